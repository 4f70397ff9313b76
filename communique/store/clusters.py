"""Event clusters: one record per real-world happening, however many articles report it.

Two events are *linked* when the rules of `clustering.yaml` say they describe the same happening (same
category, planned-ness, overlapping parties, dates within a window, one shared piece of evidence); a cluster is
a connected group of linked events. Connected components do not depend on the order in which the links are
found, so the clusters of a store do not depend on the order in which its articles were ingested.

The update is incremental: each stored batch computes the signatures of its events, fetches the stored events
that could link with them (same category, parties in common, dates in range), and merges or splits only the
clusters involved. Counts: `mentions` (member events), `articles` (distinct article texts: the same wire copy
under two URLs counts once), `sources` (distinct outlets: the URL's host, else the record's source).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

from communique.datafile import load_yaml

STATS = {"seconds": 0.0, "batches": 0}  # time spent clustering in this process (read by `communique bench`)
RULES_FILE = Path(__file__).resolve().parent / "clustering.yaml"
STOP = frozenset("a an the of to in on at for with and or by from its their his her has have had was were is are be "
                 "been will would said says say official officially".split())

SCHEMA = """
CREATE TABLE IF NOT EXISTS cluster_events (
    doc_id     VARCHAR NOT NULL,
    event_id   VARCHAR NOT NULL,
    cluster_id VARCHAR NOT NULL,
    event      VARCHAR,             -- blocking keys of the candidate search: category, day, parties
    day        DATE,
    pday       DATE,
    codes      VARCHAR[],
    sig        JSON NOT NULL        -- everything the linking rules compare (see Sig)
);
CREATE TABLE IF NOT EXISTS clusters (
    id           VARCHAR NOT NULL,
    event        VARCHAR,
    planned      BOOLEAN,
    date         VARCHAR,            -- the representative event's date (or its publication date)
    source_codes VARCHAR[],
    target_codes VARCHAR[],
    rep_doc_id   VARCHAR,            -- the representative event: the most confident fully specified member
    rep_event_id VARCHAR,
    sources      INTEGER,            -- distinct outlets
    articles     INTEGER,            -- distinct article texts
    mentions     INTEGER,            -- member events
    first_seen   VARCHAR,            -- earliest and latest publication date of a report
    last_seen    VARCHAR,
    documents    VARCHAR[]           -- member document ids
);
CREATE INDEX IF NOT EXISTS cluster_events_doc ON cluster_events (doc_id);
CREATE INDEX IF NOT EXISTS cluster_events_cluster ON cluster_events (cluster_id);
"""


@lru_cache(maxsize=1)
def rules() -> dict:
    r = load_yaml(RULES_FILE)
    r["symmetric"] = set(r.get("symmetric") or [])
    r["compatible"] = {frozenset(p) for p in r.get("compatible") or []}
    return r


@dataclass(frozen=True)
class Sig:
    """What the linking rules compare of one event (stored as JSON in cluster_events.sig)."""
    doc_id: str
    event_id: str
    event: str
    quad: str | None
    planned: bool
    negated: bool
    day: str | None          # ISO day used for the window: the event's day, else the publication date
    precise: bool            # the event's own words date it to the day
    pday: str | None         # the publication day (events dated by inference are also compared by it)
    sources: tuple
    targets: tuple
    mode: str | None
    cameo: str | None
    place: str | None
    people: tuple
    trigger: tuple
    outlet: str
    article: str
    published: str | None
    confidence: float
    date: str | None

    def __post_init__(self):
        object.__setattr__(self, "key", (self.doc_id, self.event_id))
        object.__setattr__(self, "codes", set(self.sources) | set(self.targets))

    def to_json(self) -> str:
        return json.dumps({k: v for k, v in self.__dict__.items() if k not in ("key", "codes")}, sort_keys=True)

    @classmethod
    def from_json(cls, s) -> "Sig":
        d = json.loads(s) if isinstance(s, str) else s
        for k in ("sources", "targets", "people", "trigger"):
            d[k] = tuple(d[k])
        return cls(**d)


def outlet_of(url: str | None, source: str | None, doc_id: str) -> str:
    host = urlparse(url).hostname if url else None
    if host:
        return host.lower().removeprefix("www.")
    return (source or "").strip().lower() or f"doc:{doc_id}"


def article_key(text: str | None, doc: dict) -> str:
    """The same article text (letters and digits, case folded) gives the same key, whatever its URL."""
    body = text if text is not None else json.dumps(doc.get("events"), sort_keys=True)
    words = re.findall(r"\w+", body.lower())
    if words and words[0] == "date":  # the ` date YYYY-MM-DD` header of stored pages is no part of the article
        words = words[4:]
    return hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()[:20]


def _stem(w: str) -> str:
    """A crude stem that maps inflections together: visit/visits/visited, announce/announced -> announc."""
    for suf in ("ing", "ed", "es", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            w = w[: -len(suf)]
            break
    return w[:-1] if w.endswith("e") and len(w) > 4 else w


def _day(value: str | None) -> str | None:
    if value and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10]).isoformat()
        except ValueError:
            return None
    return None


def signatures(doc: dict, text: str | None) -> list[Sig]:
    """The signature of every event of one document JSON."""
    doc_id = str(doc["id"])
    actors = {a.get("id"): a for a in doc.get("actors") or [] if isinstance(a, dict)}
    outlet = outlet_of(doc.get("url"), doc.get("source"), doc_id)
    article = article_key(text, doc)
    published = doc.get("published")
    out = []
    for ev in doc.get("events") or []:
        if not isinstance(ev, dict) or not ev.get("event"):
            continue
        parts = [p for p in (ev.get("source") or []) + (ev.get("target") or []) if isinstance(p, dict)]

        def codes(role):
            return tuple(sorted({str(p["code"]).upper() for p in ev.get(role) or []
                                 if isinstance(p, dict) and p.get("code")}))

        people = sorted({(actors.get(p.get("actor")) or {}).get("name", "").lower() for p in parts
                         if (actors.get(p.get("actor")) or {}).get("kind") == "person"} - {""})
        trig = (ev.get("trigger") or {}).get("text") or ""
        words = sorted({_stem(w) for w in re.findall(r"[a-z]+", trig.lower()) if w not in STOP and len(w) > 2})
        loc = ev.get("location") if isinstance(ev.get("location"), dict) else {}
        own_day = _day(ev.get("date"))
        day = own_day or _day(published)  # None: no date at all, the event stays alone
        out.append(Sig(doc_id, str(ev.get("id")), ev["event"], ev.get("quad"), bool(ev.get("planned")),
                       bool(ev.get("negated")), day, bool(own_day and ev.get("date_text")), _day(published) or day,
                       codes("source"),
                       codes("target"), ev.get("mode"), str(ev.get("cameo") or "") or None,
                       (loc.get("name") or "").lower() or None, tuple(people), tuple(words), outlet, article,
                       published, float(ev.get("confidence") or 0.0), ev.get("date")))
    return out


@lru_cache(maxsize=65536)
def _ord(day: str) -> int:
    return dt.date.fromisoformat(day).toordinal()


def _days_apart(a: str, b: str) -> int:
    return abs(_ord(a) - _ord(b))


def linked(a: Sig, b: Sig, r: dict | None = None) -> bool:
    """True when the rules say `a` and `b` report the same happening."""
    r = r or rules()
    if a.event != b.event and frozenset((a.event, b.event)) not in r["compatible"]:
        return False
    if a.planned != b.planned or a.negated or b.negated or not a.day or not b.day:
        return False
    if a.precise and b.precise:
        if _days_apart(a.day, b.day) > r["window_days"]["precise"]:
            return False
    elif min(_days_apart(x, y) for x in {a.day, a.pday} for y in {b.day, b.pday}) > r["window_days"]["approximate"]:
        return False
    if a.event in r["symmetric"]:
        ca, cb = a.codes, b.codes
        if not ca or not cb or len(ca & cb) < min(2, len(ca), len(cb)):
            return False
    else:
        if not (a.sources or a.targets) or not (b.sources or b.targets):
            return False
        s_ok = not a.sources or not b.sources or bool(set(a.sources) & set(b.sources))
        t_ok = not a.targets or not b.targets or bool(set(a.targets) & set(b.targets))
        shared = bool(set(a.sources) & set(b.sources)) or bool(set(a.targets) & set(b.targets))
        if not (s_ok and t_ok and shared):
            return False
    kinds = (r.get("evidence_by_quad") or {}).get(a.quad) or r["evidence"]
    for kind in kinds:
        if kind == "mode" and a.mode and a.mode == b.mode:
            return True
        if kind == "place" and a.place and a.place == b.place:
            return True
        if kind == "people" and set(a.people) & set(b.people):
            return True
        if kind == "trigger" and set(a.trigger) & set(b.trigger):
            return True
        if kind == "cameo" and a.cameo and a.cameo == b.cameo:
            return True
    return False


def _representative(members: list[Sig]) -> Sig:
    return max(members, key=lambda s: (bool(s.sources and (s.targets or s.event in rules()["symmetric"])),
                                       s.confidence, s.precise, tuple(-ord(c) for c in s.doc_id + s.event_id)))


def cluster_date(members: list[Sig]) -> str | None:
    """The day most members' own words give (ties: the earliest), else the most reported day."""
    from collections import Counter

    precise = Counter(m.day for m in members if m.precise)
    pool = precise or Counter(m.date or m.published for m in members if m.date or m.published)
    if not pool:
        return None
    return min(pool, key=lambda d: (-pool[d], d))


def cluster_id(members: list[Sig]) -> str:
    first = min(m.key for m in members)
    return "c-" + hashlib.sha1(f"{first[0]}\x1f{first[1]}".encode("utf-8")).hexdigest()[:12]


def cluster_row(cid: str, members: list[Sig]) -> tuple:
    rep = _representative(members)
    published = sorted(m.published for m in members if m.published)
    return (cid, rep.event, rep.planned, cluster_date(members), sorted({c for m in members for c in m.sources}),
            sorted({c for m in members for c in m.targets}), rep.doc_id, rep.event_id,
            len({m.outlet for m in members}), len({m.article for m in members}), len(members),
            published[0] if published else None, published[-1] if published else None,
            sorted({m.doc_id for m in members}))


class _Union:
    def __init__(self):
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def ensure_schema(con) -> None:
    con.execute(SCHEMA)


def missing(con) -> bool:
    """True when the store has events but no cluster rows (it predates clusters)."""
    return (con.execute("SELECT count(*) FROM cluster_events").fetchone()[0] == 0
            and con.execute("SELECT count(*) FROM events").fetchone()[0] > 0)


def _members(con, cluster_ids) -> dict[str, list[Sig]]:
    if not cluster_ids:
        return {}
    out: dict[str, list[Sig]] = {}
    for cid, sig in con.execute("SELECT cluster_id, sig FROM cluster_events WHERE cluster_id IN "
                                "(SELECT unnest(?))", [sorted(cluster_ids)]).fetchall():
        out.setdefault(cid, []).append(Sig.from_json(sig))
    return out


def _candidates(con, new: list[Sig], exclude_docs: set, r: dict) -> list[tuple[str, Sig]]:
    """Stored events that could link with `new`: a category it may share, dates in range, a code in common."""
    new = [s for s in new if s.day]
    if not new:
        return []
    window = max(r["window_days"].values())
    cats = sorted({s.event for s in new} | {c for p in r["compatible"] for c in p if p & {s.event for s in new}})
    days = [dt.date.fromisoformat(d) for s in new for d in (s.day, s.pday)]
    lo = (min(days) - dt.timedelta(days=window)).isoformat()
    hi = (max(days) + dt.timedelta(days=window)).isoformat()
    codes = sorted({c for s in new for c in s.codes})
    if not codes:
        return []
    rows = con.execute(
        "SELECT cluster_id, sig FROM cluster_events WHERE event IN (SELECT unnest(?)) "
        "AND (day BETWEEN CAST(? AS DATE) AND CAST(? AS DATE) OR pday BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)) "
        "AND list_has_any(codes, ?)", [cats, lo, hi, lo, hi, codes]).fetchall()
    out = []
    for cid, sig in rows:
        s = Sig.from_json(sig)
        if s.doc_id not in exclude_docs:
            out.append((cid, s))
    return out


def _pairs(left: list[Sig], right: list[Sig] | None, r: dict):
    """The pairs (one of `left`, one of `right`; or two of `left` when `right` is None) that could link: a
    category they may share, a party code in common, and days within the widest window (blocking, so a batch
    costs little however many events the store holds)."""
    window = max(r["window_days"].values())
    partners: dict[str, set] = {}
    for pair in r["compatible"]:
        for c in pair:
            partners.setdefault(c, set()).update(pair)
    index: dict[tuple, list[Sig]] = {}
    for b in (left if right is None else right):
        if b.day:
            for code in b.codes:
                index.setdefault((b.event, code), []).append(b)
    for a in left:
        if not a.day:
            continue
        days_a = {_ord(a.day), _ord(a.pday or a.day)}
        for cat in partners.get(a.event, set()) | {a.event}:
            for code in a.codes:
                for b in index.get((cat, code), ()):
                    if right is None and b.key <= a.key:
                        continue
                    if min(abs(x - y) for x in days_a for y in (_ord(b.day), _ord(b.pday or b.day))) <= window:
                        yield a, b


def update(con, docs: list[tuple[dict, str | None]], removed: set[str] = frozenset()) -> int:
    """Re-cluster after a batch: `docs` are the (document JSON, original text) pairs just stored (new or
    replacing), `removed` ids of documents deleted. Runs inside the caller's transaction. Returns the number
    of clusters written."""
    t0 = time.perf_counter()
    try:
        return _update(con, docs, removed)
    finally:
        STATS["seconds"] += time.perf_counter() - t0
        STATS["batches"] += 1


def _update(con, docs, removed) -> int:
    r = rules()
    changed = {str(d["id"]) for d, _ in docs} | set(removed)
    if not changed:
        return 0
    affected = {row[0] for row in con.execute("SELECT DISTINCT cluster_id FROM cluster_events WHERE doc_id IN "
                                              "(SELECT unnest(?))", [sorted(changed)]).fetchall()}
    con.execute("DELETE FROM cluster_events WHERE doc_id IN (SELECT unnest(?))", [sorted(changed)])
    new = [s for d, text in docs for s in signatures(d, text)]
    loose = [s for members in _members(con, affected).values() for s in members]  # may split now
    nodes = new + loose
    uf = _Union()
    for s in nodes:
        uf.find(("e",) + s.key)
    for a, b in _pairs(nodes, None, r):  # a pair already joined through others needs no test
        ka, kb = ("e",) + a.key, ("e",) + b.key
        if uf.find(ka) != uf.find(kb) and linked(a, b, r):
            uf.union(ka, kb)
    touched = set(affected)
    candidates = {}
    for cid, sig in _candidates(con, nodes, changed, r):
        if cid not in affected:
            candidates[sig.key] = (cid, sig)
    for a, b in _pairs(nodes, [sig for _, sig in candidates.values()], r):
        ka, kc = ("e",) + a.key, ("c", candidates[b.key][0])
        if uf.find(ka) != uf.find(kc) and linked(a, b, r):
            uf.union(ka, kc)
            touched.add(kc[1])
    existing = _members(con, touched - affected)
    groups: dict = {}
    for s in nodes:
        groups.setdefault(uf.find(("e",) + s.key), []).append(s)
    for cid, members in existing.items():
        groups.setdefault(uf.find(("c", cid)), []).extend(members)
    con.execute("DELETE FROM cluster_events WHERE cluster_id IN (SELECT unnest(?))", [sorted(touched)])
    con.execute("DELETE FROM clusters WHERE id IN (SELECT unnest(?))", [sorted(touched)])
    member_rows, cluster_rows = [], []
    for members in groups.values():
        cid = cluster_id(members)
        member_rows += [(m.doc_id, m.event_id, cid, m.event, m.day, m.pday, sorted(m.codes), m.to_json())
                        for m in members]
        cluster_rows.append(cluster_row(cid, members))
    if member_rows:
        con.execute("INSERT INTO cluster_events SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), "
                    "unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::DATE[]), unnest(?::DATE[]), "
                    "unnest(?::VARCHAR[][]), unnest(?::JSON[])", [list(c) for c in zip(*member_rows)])
    if cluster_rows:  # one statement, each column one typed list (DuckDB's cost is per statement)
        types = ("VARCHAR", "VARCHAR", "BOOLEAN", "VARCHAR", "VARCHAR[]", "VARCHAR[]", "VARCHAR", "VARCHAR", "INTEGER",
                 "INTEGER", "INTEGER", "VARCHAR", "VARCHAR", "VARCHAR[]")
        con.execute("INSERT INTO clusters SELECT " + ", ".join(f"unnest(?::{t}[])" for t in types),
                    [list(c) for c in zip(*cluster_rows)])
    return len(cluster_rows)


def rebuild(con) -> int:
    """Cluster every stored event again (after the rules change, or for a store made before clusters)."""
    con.execute("DELETE FROM cluster_events")
    con.execute("DELETE FROM clusters")
    n = 0
    last = ""
    while True:
        rows = con.execute("SELECT id, doc, text FROM documents WHERE id > ? ORDER BY id LIMIT 200",
                           [last]).fetchall()
        if not rows:
            return n
        last = rows[-1][0]
        docs = [(json.loads(d) if isinstance(d, str) else d, t) for _, d, t in rows]
        n += update(con, docs)


# -- reading ---------------------------------------------------------------------------------------------------
CLUSTER_COLUMNS = ("id", "event", "planned", "date", "source_codes", "target_codes", "rep_doc_id", "rep_event_id",
                   "sources", "articles", "mentions", "first_seen", "last_seen", "documents")


def _cluster_dict(row, rep: dict | None = None) -> dict:
    c = dict(zip(CLUSTER_COLUMNS, row))
    out = {"id": c["id"], "event": c["event"], "planned": c["planned"], "date": c["date"],
           "source": list(c["source_codes"] or []), "target": list(c["target_codes"] or []),
           "sources": c["sources"], "articles": c["articles"], "mentions": c["mentions"],
           "first_seen": c["first_seen"], "last_seen": c["last_seen"], "documents": list(c["documents"] or []),
           "representative": {"doc_id": c["rep_doc_id"], "event_id": c["rep_event_id"]}}
    if rep:
        out["representative"].update(rep)
    return out


def _matching(where: str) -> str:
    """Clusters with at least one member event passing `where` (a clause over `events e JOIN documents d`)."""
    if not where.strip():
        return ""
    return (" WHERE c.id IN (SELECT ce.cluster_id FROM cluster_events ce JOIN events e ON e.doc_id = ce.doc_id "
            f"AND e.event_id = ce.event_id JOIN documents d ON d.id = e.doc_id WHERE {where})")


def query_clusters(con, where: str = "", params: list | None = None, limit: int | None = 50,
                   offset: int = 0) -> dict:
    """A page of clusters (newest first, then most reported) with a member event passing `where`; `total`
    counts them all. Each has id, event, planned, date, source/target codes, the counts sources (outlets),
    articles, mentions, first_seen, last_seen, documents, and its representative event's trigger and title."""
    params = list(params or [])
    flt = _matching(where)
    total = con.execute(f"SELECT count(*) FROM clusters c{flt}", params).fetchone()[0]
    sql = (f"SELECT {', '.join('c.' + x for x in CLUSTER_COLUMNS)}, e.trigger_text, e.mode, d.title, d.url "
           f"FROM clusters c LEFT JOIN events e ON e.doc_id = c.rep_doc_id AND e.event_id = c.rep_event_id "
           f"LEFT JOIN documents d ON d.id = c.rep_doc_id{flt} "
           "ORDER BY c.date DESC NULLS LAST, c.sources DESC, c.mentions DESC, c.id")
    args = params
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        args = params + [int(limit), int(offset)]
    items = []
    for row in con.execute(sql, args).fetchall():
        n = len(CLUSTER_COLUMNS)
        items.append(_cluster_dict(row[:n], {"trigger": row[n], "mode": row[n + 1], "title": row[n + 2],
                                             "url": row[n + 3]}))
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def get_cluster(con, cid: str) -> dict | None:
    """One cluster with every report: each member event with its document (title, url, outlet, publication
    date), trigger, date and the sentence it was coded from; and the related planned/realised clusters."""
    row = con.execute(f"SELECT {', '.join(CLUSTER_COLUMNS)} FROM clusters WHERE id = ?", [cid]).fetchone()
    if row is None:
        return None
    out = _cluster_dict(row)
    reports = []
    members = con.execute("SELECT ce.doc_id, ce.event_id, ce.sig, d.title, d.url, d.published, d.text, d.doc "
                          "FROM cluster_events ce JOIN documents d ON d.id = ce.doc_id WHERE ce.cluster_id = ? "
                          "ORDER BY d.published, ce.doc_id, ce.event_id", [cid]).fetchall()
    for doc_id, event_id, sig, title, url, published, text, body in members:
        s = Sig.from_json(sig)
        doc = json.loads(body) if isinstance(body, str) else body
        ev = next((e for e in doc.get("events") or [] if str(e.get("id")) == event_id), {})
        span = ev.get("sentence_span") or (ev.get("trigger") or {}).get("span")
        reports.append({"doc_id": doc_id, "event_id": event_id, "title": title, "url": url, "outlet": s.outlet,
                        "published": published, "date": ev.get("date"), "date_text": ev.get("date_text"),
                        "trigger": ev.get("trigger"), "mode": ev.get("mode"), "confidence": ev.get("confidence"),
                        "source": [p.get("code") for p in ev.get("source") or []],
                        "target": [p.get("code") for p in ev.get("target") or []],
                        "evidence": {"text": text[span[0]:span[1]], "span": span} if span and text else None,
                        "representative": (doc_id, event_id) == (out["representative"]["doc_id"],
                                                                 out["representative"]["event_id"])})
    out["reports"] = reports
    rep = next((r for r in reports if r["representative"]), None)
    if rep:
        out["representative"].update(trigger=(rep["trigger"] or {}).get("text"), mode=rep["mode"],
                                     title=rep["title"], url=rep["url"])
    out["related"] = related(con, out)
    return out


def related(con, cluster: dict) -> list[dict]:
    """Planned clusters a realised one may fulfil (and the reverse): same category, a party in common, the
    realised date within `related_days` after the planned one."""
    if not cluster.get("date") or len(cluster["date"]) < 10:
        return []
    days = rules().get("related_days", 14)
    d = dt.date.fromisoformat(cluster["date"][:10])
    lo, hi = ((d, d + dt.timedelta(days=days)) if cluster["planned"] else (d - dt.timedelta(days=days), d))
    codes = sorted(set(cluster["source"]) | set(cluster["target"]))
    rows = con.execute(
        "SELECT id, planned, date, sources, mentions FROM clusters WHERE event = ? AND planned <> ? AND length(date) >= 10 "
        "AND CAST(left(date, 10) AS DATE) BETWEEN ? AND ? AND list_has_any(list_concat(source_codes, target_codes), ?) "
        "ORDER BY date, id", [cluster["event"], cluster["planned"], lo, hi, codes]).fetchall()
    return [{"id": r[0], "planned": r[1], "date": r[2], "sources": r[3], "mentions": r[4]} for r in rows]
