"""The relations index: how the relationship of two actors moves, period by period (docs/relations.md).

For a dyad A-B, every default event between them (a source coded A and a target coded B, or the reverse) is a
report; reports of one happening (one event cluster, communique/store/clusters.py) count once. Each counted item
weighs its Goldstein score (ontology/data/goldstein.yaml via the event's CAMEO code): a period's `score` is the
sum of its items' scores, split into `cooperation` (positive) and `conflict` (negative), with `mean` per item.

Direction: an item is `a_to_b` when its reports have A among the sources and B among the targets, `b_to_a` for
the reverse, `mutual` when both hold (a joint act such as "A and B signed a deal", or one meeting reported
either way). The three add up to the dyad's total, so both directions are shown and their sum is exact.

Counted: the store's default events (the document's `events`: unflagged acts; `other_events` are never stored),
at or above the default confidence, neither planned (those are the forward calendar's) nor negated.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re

import duckdb

from communique import ontology
from communique.pipeline.serialize import DEFAULT_MIN_CONFIDENCE
from communique.store import clusters as C

PERIODS = ("day", "week", "month")
DIRECTIONS = ("a_to_b", "b_to_a", "mutual")
MAX_PERIODS = 20_000  # a dense series longer than this is refused (a daily series over decades)
CSV_COLUMNS = ("dyad", "period", "start", "n", "score", "cooperation", "conflict", "mean", "a_to_b_n", "a_to_b_score",
               "b_to_a_n", "b_to_a_score", "mutual_n", "mutual_score", "movers")
_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")


def parse_dyads(values) -> list[tuple[str, str]]:
    """'KAZ-RUS', 'KAZ-RUS,CHN-PAK' or a list of them -> [('KAZ', 'RUS'), ('CHN', 'PAK')]; ValueError on bad input."""
    items = [values] if isinstance(values, str) else list(values or [])
    out = []
    for value in items:
        for part in str(value).split(","):
            if not part.strip():
                continue
            codes = [c.upper() for c in re.split(r"[-–—:/ ]+", part.strip()) if c]
            if len(codes) != 2 or not all(_CODE.match(c) for c in codes):
                raise ValueError(f"a dyad is two actor codes such as KAZ-RUS, got {part.strip()!r}")
            if codes[0] == codes[1]:
                raise ValueError(f"a dyad needs two different actors, got {part.strip()!r}")
            if tuple(codes) not in out:
                out.append(tuple(codes))
    if not out:
        raise ValueError("give at least one dyad, e.g. KAZ-RUS")
    return out


def check_date(value: str | None, name: str) -> str | None:
    """A --since/--until bound: YYYY-MM-DD, YYYY-MM or YYYY (a real date), else ValueError naming `name`."""
    if value in (None, ""):
        return None
    try:
        if not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", value):
            raise ValueError
        dt.date.fromisoformat((value + "-01-01")[:10] if len(value) < 10 else value)
    except ValueError:
        raise ValueError(f"{name}: {value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)") from None
    return value


def period_of(date: str | None, by: str) -> str | None:
    """The period key of an ISO date: '2025-10-22' (day), '2025-W43' (ISO week), '2025-10' (month). A date known
    only to the month has a period only by month; one known only to the year has none."""
    if not date:
        return None
    if by == "month":
        return date[:7] if re.match(r"^\d{4}-\d{2}", date) else None
    try:
        day = dt.date.fromisoformat(date[:10])
    except ValueError:
        return None
    if by == "day":
        return day.isoformat()
    y, w, _ = day.isocalendar()
    return f"{y}-W{w:02d}"


def period_start(key: str, by: str) -> dt.date:
    if by == "day":
        return dt.date.fromisoformat(key)
    if by == "week":
        return dt.date.fromisocalendar(int(key[:4]), int(key[6:]), 1)
    return dt.date(int(key[:4]), int(key[5:7]), 1)


def _next(start: dt.date, by: str) -> dt.date:
    if by == "day":
        return start + dt.timedelta(days=1)
    if by == "week":
        return start + dt.timedelta(days=7)
    return dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)


def periods_between(first: str, last: str, by: str) -> list[dict]:
    """Every period from `first` to `last` (keys), each {period, start, end} with ISO start and end days."""
    out, d, stop = [], period_start(first, by), period_start(last, by)
    while d <= stop:
        nxt = _next(d, by)
        out.append({"period": period_of(d.isoformat(), by), "start": d.isoformat(),
                    "end": (nxt - dt.timedelta(days=1)).isoformat()})
        if len(out) > MAX_PERIODS:
            raise ValueError(f"more than {MAX_PERIODS} {by}s between {first} and {last}: choose a coarser --by "
                             "or a shorter --since/--until range")
        d = nxt
    return out


def _has_clusters(con) -> bool:
    try:
        con.execute("SELECT 1 FROM cluster_events LIMIT 0")
        return True
    except duckdb.CatalogException:
        return False


def _default_events_sql(con) -> tuple[str, str]:
    """(FROM/JOIN clause, WHERE conditions) selecting the counted events with their cluster when clusters exist."""
    join = ("LEFT JOIN cluster_events ce ON ce.doc_id = e.doc_id AND ce.event_id = e.event_id "
            "LEFT JOIN clusters c ON c.id = ce.cluster_id" if _has_clusters(con) else "")
    where = ("NOT coalesce(e.planned, false) AND NOT coalesce(e.negated, false) "
             f"AND coalesce(e.confidence, 0) >= {float(DEFAULT_MIN_CONFIDENCE)!r}")
    return "FROM events e JOIN documents d ON d.id = e.doc_id " + join, where


def _reports(con, a: str, b: str) -> list[dict]:
    """The counted events between a and b (either direction), each with its parties and its cluster."""
    frm, where = _default_events_sql(con)
    clustered = "ce.cluster_id" in frm
    cluster_cols = "ce.cluster_id, c.date, c.rep_doc_id, c.rep_event_id, c.mentions" if clustered else \
        "NULL, NULL, NULL, NULL, NULL"
    sides = ("(SELECT list(DISTINCT upper(x.code)) FROM event_actors x WHERE x.doc_id = e.doc_id "
             "AND x.event_id = e.event_id AND x.role = '{role}' AND x.code IS NOT NULL)")
    rows = con.execute(f"""
        SELECT e.doc_id, e.event_id, e.event, e.cameo, e.goldstein, e.confidence, coalesce(e.date, d.published),
               e.date_text, e.trigger_text, e.trigger_start, e.trigger_end, d.title, d.url, d.source, d.published,
               {sides.format(role='source')}, {sides.format(role='target')}, {cluster_cols}
        {frm}
        WHERE {where}
          AND EXISTS (SELECT 1 FROM event_actors x WHERE x.doc_id = e.doc_id AND x.event_id = e.event_id
                      AND x.role = 'source' AND upper(x.code) IN (?, ?))
          AND EXISTS (SELECT 1 FROM event_actors x WHERE x.doc_id = e.doc_id AND x.event_id = e.event_id
                      AND x.role = 'target' AND upper(x.code) IN (?, ?))
        ORDER BY e.doc_id, e.event_id""", [a, b, a, b]).fetchall()
    out = []
    for (doc_id, event_id, event, cameo, goldstein, confidence, when, date_text, trigger, ts, te, title, url, source,
         published, src, tgt, cluster_id, cluster_date, rep_doc, rep_event, mentions) in rows:
        src, tgt = set(src or []), set(tgt or [])
        ab, ba = a in src and b in tgt, b in src and a in tgt
        if not (ab or ba):
            continue
        if goldstein is None:
            goldstein = ontology.goldstein(cameo)
        out.append({"doc_id": doc_id, "event_id": event_id, "event": event, "cameo": cameo, "goldstein": goldstein,
                    "confidence": confidence or 0.0, "date": when, "date_text": date_text,
                    "trigger": {"text": trigger, "span": [ts, te] if ts is not None else None},
                    "title": title, "outlet": C.outlet_of(url, source, doc_id), "published": published,
                    "source": sorted(src), "target": sorted(tgt), "ab": ab, "ba": ba,
                    "cluster_id": cluster_id, "cluster_date": cluster_date,
                    "representative": (rep_doc, rep_event) == (doc_id, event_id), "mentions": mentions})
    return out


def _items(reports: list[dict]) -> list[dict]:
    """One item per cluster (or per unclustered event): the cluster's representative event when it is among the
    dyad's reports, else the most confident of them; dated by the cluster's date; direction from all its reports."""
    groups: dict[str, list[dict]] = {}
    for r in reports:
        groups.setdefault(r["cluster_id"] or f"{r['doc_id']}\x1f{r['event_id']}", []).append(r)
    items = []
    for members in groups.values():
        chosen = max(members, key=lambda r: (r["representative"], r["confidence"], bool(r["date_text"]),
                                             tuple(-ord(ch) for ch in r["doc_id"] + "\x1f" + r["event_id"])))
        ab, ba = any(r["ab"] for r in members), any(r["ba"] for r in members)
        direction = "mutual" if ab and ba else "a_to_b" if ab else "b_to_a"
        items.append(dict(chosen, direction=direction, reports=len(members),
                          date=chosen["cluster_date"] or chosen["date"],
                          documents=sorted({r["doc_id"] for r in members})))
    return items


def _evidence(con, movers: list[dict]) -> None:
    """Attach each mover's evidence sentence (the event's `sentence_span`, else the trigger's sentence)."""
    from communique.api.queries import HEADER, sentence_around

    ids = sorted({m["doc_id"] for m in movers})
    if not ids:
        return
    docs = {i: (t, json.loads(body) if isinstance(body, str) else body) for i, t, body in con.execute(
        "SELECT id, text, doc FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()}
    for m in movers:
        text, doc = docs.get(m["doc_id"], (None, {}))
        ev = next((e for e in (doc or {}).get("events") or [] if str(e.get("id")) == m["event_id"]), {})
        span = ev.get("sentence_span")
        trig = (m.get("trigger") or {}).get("span")
        if not span and trig and text:
            span = sentence_around(text, 0, *trig)["span"]
        if span and text and span[0] == 0:  # the ` date YYYY-MM-DD` header of a stored page is no part of it
            header = HEADER.match(text)
            span = [header.end(), span[1]] if header and header.end() < span[1] else span
        m["evidence"] = ({"text": " ".join(text[span[0]:span[1]].split()), "span": list(span)}
                         if span and text else None)


def _sums(items: list[dict]) -> dict:
    scored = [i["goldstein"] for i in items if i["goldstein"] is not None]
    score = sum(scored)
    return {"n": len(items), "score": round(float(score), 4),
            "cooperation": round(float(sum(g for g in scored if g > 0)), 4),
            "conflict": round(float(sum(g for g in scored if g < 0)), 4),
            "mean": round(score / len(scored), 4) if scored else None}


def _mover(item: dict) -> dict:
    keys = ("doc_id", "event_id", "cluster_id", "event", "cameo", "goldstein", "date", "direction", "source",
            "target", "trigger", "title", "outlet", "published", "reports", "documents")
    return {k: item[k] for k in keys}


def _rank(item: dict):
    g = item["goldstein"] if item["goldstein"] is not None else 0.0
    return (-abs(g), item["date"] or "", item["doc_id"], item["event_id"])


def dyad_series(con, a: str, b: str, by: str = "week", since: str | None = None, until: str | None = None,
                top: int = 3) -> dict:
    """The relations series of one dyad (sparse: only periods with items), its totals by direction, and the
    `top` items that moved each period most (largest |Goldstein|), each with its evidence sentence."""
    if by not in PERIODS:
        raise ValueError(f"by: {by!r} is not one of {', '.join(PERIODS)}")
    since, until = check_date(since, "since"), check_date(until, "until")
    items = _items(_reports(con, a, b))
    if since:
        items = [i for i in items if i["date"] and i["date"][:len(since)] >= since]
    if until:
        items = [i for i in items if i["date"] and i["date"][:len(until)] <= until]
    by_period: dict[str, list[dict]] = {}
    undated = []
    for it in items:
        key = period_of(it["date"], by)
        if key is None:
            undated.append(it)
        else:
            by_period.setdefault(key, []).append(it)
    series = []
    for key in sorted(by_period):
        members = by_period[key]
        row = {"period": key, "start": period_start(key, by).isoformat(), **_sums(members)}
        for d in DIRECTIONS:
            row[d] = _sums([m for m in members if m["direction"] == d])
        row["movers"] = [_mover(m) for m in sorted(members, key=_rank)[:max(0, top)]]
        series.append(row)
    _evidence(con, [m for row in series for m in row["movers"]])
    dated = [i for p in by_period.values() for i in p]
    total = _sums(dated)
    for d in DIRECTIONS:
        total[d] = _sums([i for i in dated if i["direction"] == d])
    return {"dyad": f"{a}-{b}", "a": a, "b": b, "by": by, "total": total,
            "reports": sum(i["reports"] for i in dated), "undated": len(undated),
            "unscored": sum(1 for i in dated if i["goldstein"] is None), "series": series}


def _dense(one: dict, periods: list[dict]) -> list[dict]:
    have = {r["period"]: r for r in one["series"]}
    empty = {"n": 0, "score": 0.0, "cooperation": 0.0, "conflict": 0.0, "mean": None}
    out = []
    for p in periods:
        row = have.get(p["period"])
        out.append(row if row is not None else
                   {"period": p["period"], "start": p["start"], **empty, **{d: dict(empty) for d in DIRECTIONS},
                    "movers": []})
    return out


def relations(con, dyads, by: str = "week", since: str | None = None, until: str | None = None, top: int = 3,
              dense: bool = True) -> dict:
    """The relations index of one or more dyads on one time axis: `periods` (every period from the first to the
    last with an item in any dyad) and per dyad its `series` (dense over `periods` unless dense=False), totals
    by direction, undated and report counts."""
    pairs = parse_dyads(dyads) if not (isinstance(dyads, list) and dyads and isinstance(dyads[0], tuple)) else dyads
    if by not in PERIODS:
        raise ValueError(f"by: {by!r} is not one of {', '.join(PERIODS)}")
    results = [dyad_series(con, a, b, by, since, until, top) for a, b in pairs]
    keys = sorted({r["period"] for one in results for r in one["series"]})
    periods = periods_between(keys[0], keys[-1], by) if keys else []
    if dense:
        for one in results:
            one["series"] = _dense(one, periods)
    return {"by": by, "since": since, "until": until, "top": top,
            "counting": "each event cluster once (one item per happening); default events only, neither planned "
                        "nor negated; score = sum of Goldstein values",
            "periods": periods, "dyads": results}


def busiest_dyads(con, limit: int = 20, countries_only: bool = False) -> list[dict]:
    """Undirected pairs of actor codes by the number of items (clusters once) the relations index counts."""
    frm, where = _default_events_sql(con)
    item = "coalesce(ce.cluster_id, e.doc_id || '/' || e.event_id)" if "ce.cluster_id" in frm else \
        "e.doc_id || '/' || e.event_id"
    rows = con.execute(f"""
        SELECT least(upper(s.code), upper(t.code)) AS a, greatest(upper(s.code), upper(t.code)) AS b,
               count(DISTINCT {item}) AS n, count(DISTINCT (e.doc_id, e.event_id)) AS reports
        {frm}
        JOIN event_actors s ON s.doc_id = e.doc_id AND s.event_id = e.event_id AND s.role = 'source'
        JOIN event_actors t ON t.doc_id = e.doc_id AND t.event_id = e.event_id AND t.role = 'target'
        WHERE {where} AND s.code IS NOT NULL AND t.code IS NOT NULL AND upper(s.code) <> upper(t.code)
        GROUP BY 1, 2 ORDER BY n DESC, reports DESC, a, b""").fetchall()
    out = []
    for a, b, n, reports in rows:
        if countries_only and not (_is_country(a) and _is_country(b)):
            continue
        out.append({"dyad": f"{a}-{b}", "a": a, "b": b, "items": n, "reports": reports})
        if len(out) >= limit:
            break
    return out


def _is_country(code: str) -> bool:
    from communique.knowledge import load

    return len(code) == 3 and code in load().countries  # (ISO codes and PLOVER's KOS for Kosovo)


def mover_text(m: dict) -> str:
    """'AGREE +8.0 KAZ,RUS<->KAZ,RUS doc#e1': category, Goldstein, source and target codes, where it was coded."""
    weight = f" {m['goldstein']:+.1f}" if m["goldstein"] is not None else ""
    parties = f"{','.join(m['source'])}{'↔' if m['direction'] == 'mutual' else '→'}{','.join(m['target'])}"
    return f"{m['event']}{weight} {parties} {m['doc_id']}#{m['event_id']}"


def to_csv(result: dict) -> str:
    """A `relations` result as CSV: one row per dyad and period, the movers as text."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for one in result["dyads"]:
        for r in one["series"]:
            w.writerow([one["dyad"], r["period"], r["start"], r["n"], r["score"], r["cooperation"], r["conflict"],
                        "" if r["mean"] is None else r["mean"], r["a_to_b"]["n"], r["a_to_b"]["score"],
                        r["b_to_a"]["n"], r["b_to_a"]["score"], r["mutual"]["n"], r["mutual"]["score"],
                        "; ".join(mover_text(m) for m in r["movers"])])
    return buf.getvalue()
