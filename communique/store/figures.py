"""The figures ledger: the amounts articles state, grouped by what they measure, by dyad or actor and by the
year they refer to, with qualifiers and sources; figures that disagree are flagged with both values.

What an amount measures (`about`, free text) is normalised to the small taxonomy of `figures.yaml` (bilateral
trade, investment, aid, loans, budget, casualties, troops, protest size, other). The dyad is the set of country
codes of the actors the amount is attributed to (`amounts[].actors`).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from communique.datafile import load_yaml
from communique.store import clusters as C

RULES_FILE = Path(__file__).resolve().parent / "figures.yaml"
_CURRENCY = re.compile(r"^[A-Z]{3}$")


@lru_cache(maxsize=1)
def rules() -> dict:
    r = load_yaml(RULES_FILE)
    r["compiled"] = [(c["name"], re.compile(r"\b(?:" + "|".join(c["words"]) + r")\b", re.I), set(c.get("units") or []))
                     for c in r["categories"]]
    return r


def categories() -> list[str]:
    r = rules()
    return [c["name"] for c in r["categories"]] + [r["other"]]


def _unit_fits(unit: str | None, allowed: set) -> bool:
    if not allowed:
        return True
    if "money" in allowed and unit and _CURRENCY.match(unit):
        return True
    return (unit or "") in allowed


def classify(about: str | None, unit: str | None, context: str = "") -> str:
    """The taxonomy category of an amount: from its `about`, else from the words around it in its sentence."""
    r = rules()
    for text in (about or "", context):
        if not text:
            continue
        for name, pattern, units in r["compiled"]:
            if pattern.search(text) and _unit_fits(unit, units):
                return name
    return r["other"]


def _context(text: str, span) -> str:
    """The words just around an amount within its sentence (read when its `about` names no category)."""
    if not text or not span:
        return ""
    lo = max(text.rfind(".", 0, span[0]) + 1, span[0] - 60)
    hi = text.find(".", span[1])
    hi = min(hi if hi >= 0 else len(text), span[1] + 60)
    return text[lo:span[0]] + " " + text[span[1]:hi]


def _sentence(text: str, span) -> dict | None:
    if not text or not span:
        return None
    lo = max(text.rfind(". ", 0, span[0]) + 2, text.rfind("\n", 0, span[0]) + 1, 0)
    ends = [i for i in (text.find(". ", span[1]), text.find("\n", span[1])) if i >= 0]
    hi = min(ends) + 1 if ends else len(text)
    return {"text": " ".join(text[lo:hi].split()), "span": [lo, hi]}


def ledger_rows(con) -> list[dict]:
    """Every stored amount as a ledger row (category, dyad, year, value, unit, qualifier, evidence)."""
    out = []
    for doc_id, title, url, source, published, text, body in con.execute(
            "SELECT id, title, url, source, published, text, doc FROM documents "
            "WHERE id IN (SELECT DISTINCT doc_id FROM amounts) ORDER BY id").fetchall():
        doc = json.loads(body) if isinstance(body, str) else body
        codes = {a.get("id"): a.get("code") for a in doc.get("actors") or []}
        for i, a in enumerate(doc.get("amounts") or []):
            parties = sorted({codes.get(x) for x in a.get("actors") or [] if codes.get(x)})
            out.append({
                "id": f"{doc_id}:{i}", "doc_id": doc_id, "position": i,
                "category": classify(a.get("about"), a.get("unit"), _context(text, a.get("span"))),
                "about": a.get("about"), "dyad": "-".join(parties) if parties else None, "actors": parties,
                "year": a.get("year"), "value": a.get("value"), "unit": a.get("unit"), "text": a.get("text"),
                "qualifier": a.get("qualifier"), "span": a.get("span"), "title": title, "url": url,
                "outlet": C.outlet_of(url, source, doc_id), "published": published,
                "evidence": _sentence(text, a.get("span"))})
    return out


def _kind(qualifier: str | None) -> str:
    return "forward" if qualifier in set(rules().get("forward_qualifiers") or []) else "measured"


def conflicts(rows: list[dict]) -> list[dict]:
    """Pairs of figures for the same quantity (category other than `other`, dyad, year, unit, measured or
    forward) from different outlets whose values differ by more than `conflict_tolerance`."""
    tol = float(rules().get("conflict_tolerance", 0.05))
    groups: dict[tuple, list[dict]] = {}
    for r in rows:
        if r["category"] == rules()["other"] or r["year"] is None or r["value"] is None or not r["dyad"]:
            continue
        groups.setdefault((r["category"], r["dyad"], r["year"], r["unit"], _kind(r["qualifier"])), []).append(r)
    out = []
    for (category, dyad, year, unit, _), members in sorted(groups.items(), key=lambda kv: str(kv[0])):
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if a["outlet"] == b["outlet"]:
                    continue
                if abs(a["value"] - b["value"]) > tol * max(abs(a["value"]), abs(b["value"])):
                    out.append({"category": category, "dyad": dyad, "year": year, "unit": unit,
                                "values": [{k: x[k] for k in ("id", "value", "qualifier", "text", "outlet", "doc_id",
                                                              "published")} for x in (a, b)]})
    return out


def figures_ledger(con, dyad: str | None = None, about: str | None = None, actor: str | None = None,
                   year: int | None = None) -> dict:
    """{"items": rows sorted by category, dyad, year; "conflicts": disagreeing pairs; "series": per
    (category, dyad, unit) the values by year}, filtered by dyad (either order), category, actor and year."""
    if about and about not in categories():
        raise ValueError(f"unknown category {about!r}: one of {', '.join(categories())}")
    rows = ledger_rows(con)
    if dyad:
        want = sorted(p.strip().upper() for p in re.split(r"[-,]", dyad) if p.strip())
        rows = [r for r in rows if set(want) <= set(r["actors"])]
    if actor:
        rows = [r for r in rows if actor.upper() in r["actors"]]
    if about:
        rows = [r for r in rows if r["category"] == about]
    if year is not None:
        rows = [r for r in rows if r["year"] == year]
    rows.sort(key=lambda r: (r["category"], r["dyad"] or "~", r["year"] or 9999, r["unit"] or "", -(r["value"] or 0)))
    flagged = conflicts(rows)
    conflict_ids = {v["id"] for c in flagged for v in c["values"]}
    for r in rows:
        r["conflict"] = r["id"] in conflict_ids
    series: dict[tuple, dict] = {}
    for r in rows:
        if r["year"] is None or r["value"] is None or r["category"] == rules()["other"]:
            continue
        s = series.setdefault((r["category"], r["dyad"], r["unit"]), {"category": r["category"], "dyad": r["dyad"],
                                                                       "unit": r["unit"], "points": []})
        s["points"].append({"year": r["year"], "value": r["value"], "qualifier": r["qualifier"], "id": r["id"]})
    for s in series.values():
        s["points"].sort(key=lambda p: (p["year"], p["value"]))
    return {"total": len(rows), "items": rows, "conflicts": flagged, "series": list(series.values())}
