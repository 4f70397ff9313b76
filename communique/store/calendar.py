"""The forward calendar: every planned event (`planned: true`) with its scheduled date, parties, place and
evidence, and what became of it.

One entry per planned happening: the planned events of one cluster (docs/clusters.md) are one entry, with their
reports as evidence. The status says what later reports show:

* *happened*: a realised cluster is related to the planned one (same category, a party in common, dated within
  `related_days` after it: `clusters.related`);
* *cancelled* / *postponed*: a sentence of a report published no earlier than the plan's first report says so
  ("called off", "postponed", ...) next to the plan's trigger word and one of its parties;
* else *pending*, or *overdue* once the scheduled period has ended (relative to `today`).

The words are in `calendar.yaml`, not in code.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import json
import re
from functools import lru_cache
from pathlib import Path

from communique.datafile import load_yaml
from communique.store import clusters as C

WORDS_FILE = Path(__file__).resolve().parent / "calendar.yaml"
STATUSES = ("happened", "cancelled", "postponed", "pending", "overdue")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n\s*\n")


@lru_cache(maxsize=1)
def words() -> dict:
    w = load_yaml(WORDS_FILE)
    return {status: re.compile(r"\b(?:" + "|".join(w[status]) + r")\b", re.I) for status in ("cancelled", "postponed")}


def parse_day(value: str | None, name: str) -> dt.date | None:
    """An ISO day given as an option (`today`), or None; ValueError naming the option when it is no day."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


def period_end(date: str) -> dt.date | None:
    """The last day of an ISO day, month ("2021-10") or year ("2026"); None when unreadable."""
    try:
        if len(date) >= 10:
            return dt.date.fromisoformat(date[:10])
        if len(date) == 7:
            y, m = int(date[:4]), int(date[5:7])
            return dt.date(y, m, _cal.monthrange(y, m)[1])
        if len(date) == 4:
            return dt.date(int(date), 12, 31)
    except ValueError:
        return None
    return None


def period_start(date: str) -> dt.date | None:
    """The first day of an ISO day, month or year."""
    try:
        if len(date) >= 10:
            return dt.date.fromisoformat(date[:10])
        if len(date) == 7:
            return dt.date(int(date[:4]), int(date[5:7]), 1)
        if len(date) == 4:
            return dt.date(int(date), 1, 1)
    except ValueError:
        return None
    return None


def _sentences(text: str):
    """(start, end) of each sentence of a text (a crude splitter: only used to find cancellation words)."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def _planned_events(con) -> list[dict]:
    rows = con.execute(
        "SELECT e.doc_id, e.event_id, e.event, e.mode, e.cameo, e.date, e.date_text, e.trigger_text, e.location, "
        "e.confidence, d.title, d.url, d.published, d.source, d.text, d.doc, ce.cluster_id "
        "FROM events e JOIN documents d ON d.id = e.doc_id "
        "LEFT JOIN cluster_events ce ON ce.doc_id = e.doc_id AND ce.event_id = e.event_id "
        "WHERE e.planned AND NOT coalesce(e.negated, false) ORDER BY e.doc_id, e.event_id").fetchall()
    out = []
    for (doc_id, event_id, event, mode, cameo, date, date_text, trigger, location, confidence, title, url, published,
         source, text, body, cluster_id) in rows:
        doc = json.loads(body) if isinstance(body, str) else body
        ev = next((e for e in doc.get("events") or [] if str(e.get("id")) == event_id), {})
        span = ev.get("sentence_span") or (ev.get("trigger") or {}).get("span")
        loc = json.loads(location) if isinstance(location, str) else location
        out.append({
            "doc_id": doc_id, "event_id": event_id, "event": event, "mode": mode, "cameo": cameo, "date": date,
            "date_text": date_text, "trigger": trigger, "confidence": confidence, "cluster_id": cluster_id,
            "place": (loc or {}).get("name"), "place_country": (loc or {}).get("country"),
            "source": [p for p in ev.get("source") or []], "target": [p for p in ev.get("target") or []],
            "title": title, "url": url, "published": published, "outlet": C.outlet_of(url, source, doc_id),
            "trigger_span": (ev.get("trigger") or {}).get("span"),
            "evidence": {"text": " ".join(text[span[0]:span[1]].split()), "span": span} if span and text else None})
    return out


def _parties(side: list[dict]) -> list[str]:
    return sorted({p["code"] for p in side if p.get("code")})


def _entry(reports: list[dict], cluster: dict | None) -> dict:
    rep = max(reports, key=lambda r: (bool(r["source"]) + bool(r["target"]), r["confidence"] or 0,
                                      len(r["date"] or "")))
    source = sorted({c for r in reports for c in _parties(r["source"])})
    target = sorted({c for r in reports for c in _parties(r["target"])})
    names = sorted({p.get("name") or p.get("text") for r in reports for p in r["source"] + r["target"]
                    if p.get("name") or p.get("text")})
    date = (cluster or {}).get("date") or rep["date"]
    return {"id": (cluster or {}).get("id") or f"{rep['doc_id']}:{rep['event_id']}", "cluster_id": (cluster or {}).get("id"),
            "event": rep["event"], "mode": rep["mode"], "date": date, "date_text": rep["date_text"],
            "source": source, "target": target, "names": names, "place": rep["place"],
            "trigger": rep["trigger"],
            "outlets": (cluster or {}).get("sources") or len({r["outlet"] for r in reports}),
            "articles": (cluster or {}).get("articles") or len({r["doc_id"] for r in reports}),
            "mentions": (cluster or {}).get("mentions") or len(reports),
            "first_seen": min((r["published"] for r in reports if r["published"]), default=None),
            "reports": [{k: r[k] for k in ("doc_id", "event_id", "title", "url", "outlet", "published", "date",
                                           "date_text", "trigger", "trigger_span", "evidence")} for r in reports]}


def _cancellation(con, entry: dict, reports: list[dict]) -> tuple[str, dict] | None:
    """The first report (published no earlier than the plan) with a sentence saying the plan was called off or
    postponed: the sentence holds a cancellation word, the plan's trigger word (or another report's) and, in
    another article, one of the plan's parties."""
    trig = {C._stem(w) for r in reports for w in re.findall(r"[a-z]+", (r["trigger"] or "").lower())
            if w not in C.STOP}
    if not trig:
        return None
    codes = entry["source"] + entry["target"]
    since = entry["first_seen"] or ""
    rows = con.execute(
        "SELECT d.id, d.title, d.url, d.published, d.text FROM documents d WHERE coalesce(d.published, '') >= ? "
        "AND (d.id IN (SELECT doc_id FROM actors WHERE list_contains(?, code)) OR d.id IN ?) "
        "ORDER BY d.published, d.id", [since, codes, [r["doc_id"] for r in reports]]).fetchall()
    w = words()
    own = {r["doc_id"] for r in reports}
    for doc_id, title, url, published, text in rows:
        if not text:
            continue
        names = None
        for s, e in _sentences(text):
            sent = text[s:e]
            status = next((k for k in ("cancelled", "postponed") if w[k].search(sent)), None)
            if not status:
                continue
            if not trig & {C._stem(x) for x in re.findall(r"[a-z]+", sent.lower())}:
                continue
            if doc_id not in own:
                if names is None:
                    names = _party_mentions(con, doc_id, codes)
                if not any(s <= a < e for a in names):
                    continue
            return status, {"doc_id": doc_id, "title": title, "url": url, "published": published,
                            "evidence": {"text": " ".join(sent.split()), "span": [s, e]}}
    return None


def _party_mentions(con, doc_id: str, codes: list[str]) -> list[int]:
    starts = []
    for (mentions,) in con.execute("SELECT mentions FROM actors WHERE doc_id = ? AND list_contains(?, code)",
                                   [doc_id, codes]).fetchall():
        starts += [m[0] for m in (json.loads(mentions) if isinstance(mentions, str) else mentions or [])]
    return starts


def status_of(con, entry: dict, reports: list[dict], today: dt.date) -> dict:
    """happened / cancelled / postponed / pending / overdue, with the evidence of the later report."""
    if entry["cluster_id"]:
        row = con.execute(f"SELECT {', '.join(C.CLUSTER_COLUMNS)} FROM clusters WHERE id = ?",
                          [entry["cluster_id"]]).fetchone()
        if row is not None:
            realised = [r for r in C.related(con, C._cluster_dict(row)) if not r["planned"]]
            if realised:
                return {"status": "happened", "by": {"cluster_id": realised[0]["id"], "date": realised[0]["date"]}}
    found = _cancellation(con, entry, reports)
    if found:
        return {"status": found[0], "by": found[1]}
    end = period_end(entry["date"] or "")
    if end is not None and end < today:
        return {"status": "overdue", "by": None}
    return {"status": "pending", "by": None}


def forward_calendar(con, since: str | None = None, until: str | None = None, actor: str | None = None,
                     today: dt.date | None = None, status: str | None = None) -> list[dict]:
    """Calendar entries (oldest scheduled date first) whose scheduled period overlaps [since, until] and with
    `actor` among their parties; each with its status and reports (the evidence sentences)."""
    today = today or dt.date.today()
    groups: dict[str, list[dict]] = {}
    for r in _planned_events(con):
        groups.setdefault(r["cluster_id"] or f"{r['doc_id']}:{r['event_id']}", []).append(r)
    lo = period_start(since) if since else None
    hi = period_end(until) if until else None
    out = []
    for key, reports in groups.items():
        cluster = None
        if reports[0]["cluster_id"]:
            row = con.execute("SELECT id, date, sources, articles, mentions FROM clusters WHERE id = ?",
                              [key]).fetchone()
            if row:
                cluster = dict(zip(("id", "date", "sources", "articles", "mentions"), row))
        entry = _entry(reports, cluster)
        start, end = period_start(entry["date"] or ""), period_end(entry["date"] or "")
        if (lo or hi) and start is None:
            continue
        if lo and end < lo or hi and start > hi:
            continue
        if actor and actor.upper() not in entry["source"] + entry["target"]:
            continue
        entry.update(status_of(con, entry, reports, today))
        if status and entry["status"] != status:
            continue
        out.append(entry)
    out.sort(key=lambda e: (e["date"] or "9999", e["id"]))
    return out


def to_ics(entries: list[dict]) -> bytes:
    """An iCalendar file of the entries: all-day events over their scheduled day, month or year."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//communique//forward calendar//EN")
    cal.add("version", "2.0")
    ics_status = {"happened": "CONFIRMED", "cancelled": "CANCELLED"}
    for e in entries:
        start, end = period_start(e["date"] or ""), period_end(e["date"] or "")
        if start is None:
            continue
        ev = Event()
        ev.add("uid", f"{e['id']}@communique")
        ev.add("summary", summary(e))
        ev.add("dtstart", start)
        ev.add("dtend", end + dt.timedelta(days=1))
        ev.add("dtstamp", dt.datetime(start.year, start.month, start.day, tzinfo=dt.timezone.utc))
        ev.add("status", ics_status.get(e["status"], "TENTATIVE"))
        if e["place"]:
            ev.add("location", e["place"])
        lines = [f"status: {e['status']}", f"{e['outlets']} outlets, {e['articles']} articles"]
        lines += [f"{r['outlet']} ({r['published'] or '?'}): {(r['evidence'] or {}).get('text', '')}"
                  for r in e["reports"]]
        ev.add("description", "\n".join(lines))
        url = next((r["url"] for r in e["reports"] if r["url"]), None)
        if url:
            ev.add("url", url)
        ev.add("categories", [e["event"]])
        cal.add_component(ev)
    return cal.to_ical()


def summary(e: dict) -> str:
    who = ", ".join(e["source"]) + (" → " + ", ".join(e["target"]) if e["target"] else "")
    return f"{e['event']} {who}: {e['trigger'] or ''}".strip()
