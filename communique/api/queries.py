"""Read-only queries the API and dashboard need, written against the store's tables (store/schema.sql).

They live here rather than in the store because they are shaped for the web views (paging
totals, snippets, weekly dyad summaries, network edges).  Every function takes an open
DuckDB connection and plain, already validated arguments; all SQL uses bound parameters.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from communique.ontology.contexts import check_contexts
from communique.store.store import check_genre
from communique.ontology.contexts import compiled as compiled_contexts

QUADS = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
QUAD_NUMBERS = {str(i + 1): q for i, q in enumerate(QUADS)}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# the date an event is placed at in time: its own, else the article's publication date
EVENT_DATE = "COALESCE(e.date, d.published)"
SNIPPET_RADIUS = 240


class BadQuery(ValueError):
    """A filter value that cannot be understood; the API answers 422 with this message."""


def parse_dyad(dyad: str) -> tuple[str, str]:
    parts = [p.strip().upper() for p in re.split(r"[-–—,/ ]+", dyad.strip()) if p.strip()]
    if len(parts) != 2:
        raise BadQuery(f"dyad must look like 'KAZ-RUS' (two actor codes), got {dyad!r}")
    return parts[0], parts[1]


def parse_quad(quad: str) -> str:
    q = quad.strip().lower().replace("_", " ")
    q = QUAD_NUMBERS.get(q, q)
    if q not in QUADS:
        raise BadQuery(f"quad must be 1-4 or one of {', '.join(QUADS)}; got {quad!r}")
    return q


def check_date(value: str | None, name: str) -> str | None:
    if value in (None, ""):
        return None
    if not DATE_RE.match(value):
        raise BadQuery(f"{name} must be a date YYYY-MM-DD (or YYYY-MM, YYYY); got {value!r}")
    return value


@dataclass
class EventFilter:
    """The filters shared by the events table, CSV export, dyad view, network and map."""

    dyad: str | None = None
    directed: bool = False
    actor: str | None = None
    event: str | None = None
    quad: str | None = None
    since: str | None = None
    until: str | None = None
    q: str | None = None
    doc: str | None = None
    context: str | None = None
    genre: str | None = None
    where: list[str] = field(default_factory=list)
    params: list = field(default_factory=list)

    def compile(self) -> tuple[str, list]:
        """SQL WHERE clause over `events e JOIN documents d` plus its parameters."""
        where, params = ["TRUE"], []

        def has_actor(role: str | None, cond: str, *vals):
            role_sql = "AND x.role = ?" if role else ""
            where.append(f"EXISTS (SELECT 1 FROM event_actors x LEFT JOIN actors a ON a.doc_id = x.doc_id "
                         f"AND a.actor_id = x.actor_id WHERE x.doc_id = e.doc_id AND x.event_id = e.event_id "
                         f"{role_sql} AND ({cond}))")
            params.extend(([role] if role else []) + list(vals))

        if self.dyad:
            a, b = parse_dyad(self.dyad)
            pair = ("(EXISTS (SELECT 1 FROM event_actors x WHERE x.doc_id = e.doc_id AND x.event_id = e.event_id "
                    "AND x.role = 'source' AND upper(x.code) = ?) AND EXISTS (SELECT 1 FROM event_actors x "
                    "WHERE x.doc_id = e.doc_id AND x.event_id = e.event_id AND x.role = 'target' "
                    "AND upper(x.code) = ?))")
            if self.directed:
                where.append(pair)
                params += [a, b]
            else:
                where.append(f"({pair} OR {pair})")
                params += [a, b, b, a]
        if self.actor:
            key = self.actor.strip()
            has_actor(None, "upper(x.code) = upper(?) OR lower(x.text) = lower(?) OR lower(a.name) = lower(?) "
                            "OR upper(a.org) = upper(?)", key, key, key, key)
        if self.event:
            cats = [c.strip().upper() for c in self.event.split(",") if c.strip()]
            if cats:
                where.append(f"upper(e.event) IN ({', '.join('?' * len(cats))})")
                params += cats
        if self.quad:
            where.append("lower(e.quad) = ?")
            params.append(parse_quad(self.quad))
        if self.since:
            where.append(f"{EVENT_DATE} >= ?")
            params.append(check_date(self.since, "since"))
        if self.until:
            # "until 2025-10" includes every day of October: compare on the prefix length given
            until = check_date(self.until, "until")
            where.append(f"left({EVENT_DATE}, {len(until)}) <= ?")
            params.append(until)
        if self.doc:
            where.append("e.doc_id = ?")
            params.append(self.doc)
        if self.context:
            try:
                names = check_contexts(self.context)
            except ValueError as exc:
                raise BadQuery(f"context: {exc}") from None
            where.append("list_has_any(e.contexts, ?::VARCHAR[])")
            params.append(names)
        if self.genre:
            where.append("d.genre IN (SELECT unnest(?::VARCHAR[]))")
            params.append(_genres(self.genre))
        if self.q:
            like = f"%{self.q.strip()}%"
            where.append("(e.trigger_text ILIKE ? OR d.title ILIKE ? OR e.event ILIKE ? OR e.mode ILIKE ? "
                         "OR substring(d.text, greatest(coalesce(e.trigger_start, 0) - 200, 0) + 1, 400) ILIKE ? "
                         "OR EXISTS (SELECT 1 FROM event_actors x WHERE x.doc_id = e.doc_id "
                         "AND x.event_id = e.event_id AND (x.text ILIKE ? OR x.code ILIKE ?)))")
            params += [like] * 7
        return " AND ".join(where), params


def has_contexts(con) -> bool:
    """Whether the store's events carry contexts (schema version 2; a version-1 file is upgraded when a
    writer opens it)."""
    return con.execute("SELECT count(*) FROM information_schema.columns WHERE table_name = 'events' "
                       "AND column_name = 'contexts' AND table_catalog = current_database() "
                       "AND table_schema = current_schema()").fetchone()[0] > 0


def _check_contexts_column(con, flt: "EventFilter") -> str:
    """The SQL for an event's contexts: the column, or NULL in a store that predates it."""
    if has_contexts(con):
        return "e.contexts"
    if flt.context:
        raise BadQuery("context: this store predates contexts (schema version 1); ingest into it once to upgrade")
    return "NULL"


def context_counts(con) -> list[dict]:
    """Every PLOVER context with its meaning and how many stored events carry it."""
    counts = dict(con.execute("SELECT c, count(*) FROM (SELECT unnest(contexts) c FROM events) GROUP BY c")
                  .fetchall()) if has_contexts(con) else {}
    meanings = compiled_contexts()["contexts"]
    return [{"context": c, "meaning": m, "n": counts.get(c, 0)} for c, m in meanings.items()]


def _rows(con, sql: str, params=()) -> list[dict]:
    cur = con.execute(sql, list(params))
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def _json(value):
    if value is None or isinstance(value, (dict, list)):
        return value
    try:
        return json.loads(value)
    except (TypeError, ValueError):
        return None


# a sentence ends at . ! ? (maybe closed by a quote or bracket) before whitespace and a capital or quote,
# unless the word before the stop is a common abbreviation ("Oct. 22", "Mr. Lavrov", "U.S. officials")
SENTENCE_END = re.compile(r"[.!?][\"”’')\]]?(?=\s+[\"“‘(\[]?[A-Z0-9])|\n")
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "st", "prof", "sen", "rep", "gov", "jr",
                 "sr", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                 "dec", "u.s", "u.n", "u.k", "e.u", "inc", "ltd", "co", "corp", "approx", "est"}
HEADER = re.compile(r"^\s?date\s+\S+\s*")


def _sentence_ends(text: str) -> list[int]:
    ends = []
    for m in SENTENCE_END.finditer(text):
        if m.group() != "\n":
            word = re.search(r"([\w.]+)$", text[:m.start()])
            w = word.group(1).lower() if word else ""
            if w in ABBREVIATIONS or (len(w) == 1 and w.isalpha()):
                continue
        ends.append(m.end())
    return ends


def sentence_around(text: str, offset: int, start: int, end: int, window_end: bool = False) -> dict:
    """The sentence of `text` (which starts at `offset` in the article) holding [start, end).

    `text` may be a window cut out of the article (offset > 0: it starts inside the article; window_end: it
    stops before the article's end). Where the window's edge, not a sentence boundary, bounds the sentence, the
    text is cut back to a whole word and `clipped` says on which side ([left, right]) words are missing."""
    s, e = start - offset, end - offset
    if not text or s < 0:
        return {"text": "", "span": None, "clipped": [False, False]}
    ends = _sentence_ends(text)
    left = max([b for b in ends if b <= s], default=0)
    right = min([b for b in ends if b >= e], default=len(text))
    cut_left, cut_right = left == 0 and offset > 0, right == len(text) and window_end
    if offset == 0 and left == 0:
        header = HEADER.match(text)
        if header and header.end() <= s:
            left = header.end()
    if cut_left:  # the window starts inside a word, maybe: begin at the first whole word
        gap = re.search(r"\s", text[left:s])
        left = left + gap.end() if gap else left
    if cut_right:  # end after the last whole word
        gap = max((m.start() for m in re.finditer(r"\s", text[e:right])), default=None)
        right = e + gap if gap is not None else right
    while left < s and text[left].isspace():
        left += 1
    while right > e and text[right - 1].isspace():
        right -= 1
    return {"text": text[left:right], "span": [left + offset, right + offset], "clipped": [cut_left, cut_right]}


def _attach_actors(con, events: list[dict]) -> None:
    if not events:
        return
    keys = {(ev["doc_id"], ev["id"]) for ev in events}
    doc_ids = sorted({k[0] for k in keys})
    rows = _rows(con, f"""
        SELECT x.doc_id, x.event_id, x.role, x.position, x.actor_id, x.code, x.sector, x.text,
               x.span_start, x.span_end, a.name
        FROM event_actors x LEFT JOIN actors a ON a.doc_id = x.doc_id AND a.actor_id = x.actor_id
        WHERE x.doc_id IN ({', '.join('?' * len(doc_ids))})
        ORDER BY x.doc_id, x.event_id, x.role, x.position""", doc_ids)
    by_key: dict = {}
    for r in rows:
        if (r["doc_id"], r["event_id"]) not in keys:
            continue
        span = [r["span_start"], r["span_end"]] if r["span_start"] is not None else None
        by_key.setdefault((r["doc_id"], r["event_id"], r["role"]), []).append(
            {"actor": r["actor_id"], "code": r["code"], "sector": r["sector"], "text": r["text"],
             "name": r["name"], "span": span})
    for ev in events:
        ev["source"] = by_key.get((ev["doc_id"], ev["id"], "source"), [])
        ev["target"] = by_key.get((ev["doc_id"], ev["id"], "target"), [])


def query_events(con, flt: EventFilter, limit: int = 50, offset: int = 0, with_total: bool = True) -> dict:
    """One page of events, most recent first, each with its actors and the sentence it comes from."""
    where, params = flt.compile()
    contexts = _check_contexts_column(con, flt)
    total = None
    if with_total:
        total = con.execute(f"SELECT count(*) FROM events e JOIN documents d ON d.id = e.doc_id WHERE {where}",
                            params).fetchone()[0]
    rows = _rows(con, f"""
        SELECT e.doc_id, e.event_id AS id, e.event, e.mode, e.cameo, e.quad, e.goldstein, e.date, e.date_text,
               {EVENT_DATE} AS when_date, e.planned, e.negated, e.sentence, e.trigger_text, e.trigger_start,
               e.trigger_end, e.confidence, e.location, e.dead, e.injured, e.arrested, e.size,
               {contexts} AS contexts, d.title, d.url, d.source AS outlet, d.published,
               greatest(coalesce(e.trigger_start, 0) - {SNIPPET_RADIUS}, 0) AS snip_offset, length(d.text) AS doc_len,
               substring(d.text, greatest(coalesce(e.trigger_start, 0) - {SNIPPET_RADIUS}, 0) + 1,
                         {2 * SNIPPET_RADIUS} + coalesce(e.trigger_end - e.trigger_start, 0)) AS snip
        FROM events e JOIN documents d ON d.id = e.doc_id
        WHERE {where}
        ORDER BY when_date DESC NULLS LAST, e.doc_id, e.rank, e.event_id
        LIMIT ? OFFSET ?""", params + [limit, offset])
    events = []
    for r in rows:
        ev = {k: r[k] for k in ("doc_id", "id", "event", "mode", "cameo", "quad", "goldstein", "date", "date_text",
                                "planned", "negated", "sentence", "confidence", "title", "url", "published")}
        ev["when"] = r["when_date"]
        ev["contexts"] = list(r["contexts"]) if r["contexts"] is not None else None
        ev["outlet"] = r["outlet"]
        ev["location"] = _json(r["location"])
        for k in ("dead", "injured", "arrested", "size"):
            if r[k] is not None:
                ev[k] = r[k]
        span = [r["trigger_start"], r["trigger_end"]] if r["trigger_start"] is not None else None
        ev["trigger"] = {"text": r["trigger_text"], "span": span}
        snip = r["snip"] or ""
        ev["context"] = sentence_around(snip, r["snip_offset"], *span,
                                        window_end=r["snip_offset"] + len(snip) < (r["doc_len"] or 0)) if span else None
        events.append(ev)
    _attach_actors(con, events)
    return {"total": total, "limit": limit, "offset": offset, "items": events}


def _genres(genre: str) -> list[str]:
    """The genre names of a `genre` parameter (one or a comma list); BadQuery naming them on an unknown one."""
    try:
        return check_genre(genre)
    except ValueError as exc:
        raise BadQuery(f"genre: {exc}") from None


def list_documents(con, q: str | None = None, since: str | None = None, until: str | None = None,
                   source: str | None = None, limit: int = 50, offset: int = 0, genre: str | None = None) -> dict:
    where, params = ["TRUE"], []
    if genre:
        where.append("d.genre IN (SELECT unnest(?::VARCHAR[]))")
        params.append(_genres(genre))
    if q:
        where.append("(d.title ILIKE ? OR d.id ILIKE ? OR d.text ILIKE ?)")
        params += [f"%{q}%"] * 3
    if since:
        where.append("d.published >= ?")
        params.append(check_date(since, "since"))
    if until:
        until = check_date(until, "until")
        where.append(f"left(d.published, {len(until)}) <= ?")
        params.append(until)
    if source:
        where.append("d.source ILIKE ?")
        params.append(source)
    w = " AND ".join(where)
    total = con.execute(f"SELECT count(*) FROM documents d WHERE {w}", params).fetchone()[0]
    items = _rows(con, f"""
        SELECT d.id, d.title, d.url, d.source, d.published, d.dateline, d.genre, length(d.text) AS chars,
               (SELECT count(*) FROM events e WHERE e.doc_id = d.id) AS events,
               (SELECT count(*) FROM actors a WHERE a.doc_id = d.id) AS actors,
               (SELECT count(*) FROM quotes x WHERE x.doc_id = d.id) AS quotes,
               left(regexp_replace(trim(d.text), '\\s+', ' ', 'g'), 160) AS preview
        FROM documents d WHERE {w}
        ORDER BY d.published DESC NULLS LAST, d.id LIMIT ? OFFSET ?""", params + [limit, offset])
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def get_document(con, doc_id: str) -> dict | None:
    """The stored document JSON with the original text under "text"; None when unknown."""
    row = con.execute("SELECT doc, text FROM documents WHERE id = ?", [doc_id]).fetchone()
    if row is None:
        return None
    doc = _json(row[0]) or {}
    doc["text"] = row[1]
    return doc


def list_actors(con, q: str | None = None, code: str | None = None, kind: str | None = None,
                sector: str | None = None, limit: int = 50, offset: int = 0) -> dict:
    """Actors merged across documents by (name, code), with document, mention and event counts."""
    where, params = ["TRUE"], []
    if q:
        where.append("(a.name ILIKE ? OR a.code ILIKE ? OR a.org ILIKE ?)")
        params += [f"%{q}%"] * 3
    if code:
        where.append("upper(a.code) = upper(?)")
        params.append(code)
    if kind:
        where.append("lower(a.kind) = lower(?)")
        params.append(kind)
    if sector:
        where.append("upper(a.sector) = upper(?)")
        params.append(sector)
    w = " AND ".join(where)
    base = f"""
        SELECT a.name, a.code, any_value(a.kind) AS kind, mode(a.sector) AS sector, mode(a.role) AS role,
               any_value(a.org) AS org, count(DISTINCT a.doc_id) AS documents,
               sum(coalesce(json_array_length(a.mentions), 0)) AS mentions, sum(coalesce(ec.n, 0)) AS events
        FROM actors a LEFT JOIN (SELECT doc_id, actor_id, count(DISTINCT event_id) AS n FROM event_actors
                                 GROUP BY doc_id, actor_id) ec
             ON ec.doc_id = a.doc_id AND ec.actor_id = a.actor_id
        WHERE {w} GROUP BY a.name, a.code"""
    total = con.execute(f"SELECT count(*) FROM ({base})", params).fetchone()[0]
    items = _rows(con, f"{base} ORDER BY events DESC, mentions DESC, a.name LIMIT ? OFFSET ?",
                  params + [limit, offset])
    for it in items:
        it["mentions"] = int(it["mentions"] or 0)
        it["events"] = int(it["events"] or 0)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def actor_detail(con, key: str, limit: int = 100) -> dict | None:
    """Every document actor matching `key` (a code such as RUS, a name, or an org acronym) with its
    mentions in context, and the events it takes part in."""
    key = key.strip()
    rows = _rows(con, """
        SELECT a.doc_id, a.actor_id, a.name, a.kind, a.code, a.org, a.sector, a.role, a.mentions, d.title,
               d.published, d.text
        FROM actors a JOIN documents d ON d.id = a.doc_id
        WHERE upper(a.code) = upper(?) OR lower(a.name) = lower(?) OR upper(a.org) = upper(?)
              OR a.doc_id || ':' || a.actor_id = ?
        ORDER BY d.published DESC NULLS LAST, a.doc_id, a.actor_id LIMIT ?""", [key, key, key, key, limit])
    if not rows:
        return None
    entries = []
    for r in rows:
        text = r.pop("text") or ""
        mentions = []
        for span in _json(r.pop("mentions")) or []:
            s, e = int(span[0]), int(span[1])
            mentions.append({"span": [s, e], "text": text[s:e], "context": sentence_around(text, 0, s, e)["text"]})
        r["mentions"] = mentions
        entries.append(r)
    counts: dict = {}
    for r in entries:
        if r["name"]:
            counts[r["name"]] = counts.get(r["name"], 0) + len(r["mentions"])
    names = sorted(counts, key=lambda n: (-counts[n], n))
    codes = sorted({r["code"] for r in entries if r["code"]})
    if key.upper() in codes:
        flt, label = EventFilter(actor=key), country_name(key.upper()) or key.upper()
    else:
        flt, label = EventFilter(actor=entries[0]["name"] or key), names[0] if names else key
    return {"key": key, "label": label, "names": names, "codes": codes, "entries": entries,
            "events": query_events(con, flt, limit=limit)}


def dyad_summary(con, a: str, b: str, directed: bool = False, since: str | None = None,
                 until: str | None = None, limit: int = 200) -> dict:
    """Counts per category and per ISO week (split by quad class), mean Goldstein per week, and the events."""
    flt = EventFilter(dyad=f"{a}-{b}", directed=directed, since=since, until=until)
    where, params = flt.compile()
    src = "FROM events e JOIN documents d ON d.id = e.doc_id WHERE " + where
    categories = _rows(con, f"SELECT e.event, count(*) AS n, avg(e.goldstein) AS goldstein {src} "
                            "GROUP BY e.event ORDER BY n DESC, e.event", params)
    week = f"strftime(try_cast({EVENT_DATE} AS DATE), '%G-W%V')"
    weekly = _rows(con, f"""
        SELECT {week} AS week, min(try_cast({EVENT_DATE} AS DATE)) AS first_day, count(*) AS n,
               avg(e.goldstein) AS goldstein,
               {', '.join(f"count(*) FILTER (WHERE lower(e.quad) = '{q}') AS q{i + 1}" for i, q in enumerate(QUADS))}
        {src} AND try_cast({EVENT_DATE} AS DATE) IS NOT NULL
        GROUP BY week ORDER BY week""", params)
    for w in weekly:
        w["first_day"] = w["first_day"].isoformat() if w["first_day"] else None
        w["quads"] = {q: w.pop(f"q{i + 1}") for i, q in enumerate(QUADS)}
    undated = con.execute(f"SELECT count(*) {src} AND try_cast({EVENT_DATE} AS DATE) IS NULL", params).fetchone()[0]
    events = query_events(con, flt, limit=limit)
    return {"dyad": [a, b], "directed": directed, "total": events["total"], "categories": categories,
            "weeks": weekly, "undated": undated, "events": events}


def _node_key(code, text, name):
    return code or name or text or "?"


UNCODED = ("show", "group", "hide")


def _doc_countries(con, doc_ids: list[str]) -> dict[str, str]:
    """Each document's country: its dateline's, else the country code its actors carry most often."""
    out: dict[str, str] = {}
    if not doc_ids:
        return out
    for doc_id, country in con.execute(
            "SELECT id, json_extract_string(doc, '$.dateline.place.country') FROM documents "
            "WHERE id IN (SELECT unnest(?::VARCHAR[]))", [doc_ids]).fetchall():
        if country:
            out[doc_id] = country.upper()
    rest = [d for d in doc_ids if d not in out]
    if rest:
        for doc_id, code in con.execute(
                "SELECT doc_id, upper(code) c FROM actors WHERE doc_id IN (SELECT unnest(?::VARCHAR[])) "
                "AND length(code) = 3 AND upper(code) NOT IN ('IGO', 'NGO', 'MNC') "
                "GROUP BY doc_id, c ORDER BY doc_id, count(*) DESC, c", [rest]).fetchall():
            out.setdefault(doc_id, code)
    return out


def network(con, flt: EventFilter, max_events: int = 20000, uncoded: str = "show") -> dict:
    """Actor graph: one node per actor code, one edge per directed pair, weighted by the number of events, split
    into cooperation and conflict. Actors without a code ("junta", "civilians", a person's name) are, by
    `uncoded`: `show`n as a node each (by name), `group`ed into one node per document country ("uncoded · NER":
    the dateline's country, else the code the article's actors carry most), or `hide`n (counted in
    `uncoded_hidden`)."""
    if uncoded not in UNCODED:
        raise BadQuery(f"uncoded must be one of {', '.join(UNCODED)}; got {uncoded!r}")
    where, params = flt.compile()
    _check_contexts_column(con, flt)
    rows = _rows(con, f"""
        SELECT e.doc_id, e.event_id, e.quad, e.goldstein, x.role, x.code, x.text, a.name, a.kind
        FROM (SELECT e.doc_id, e.event_id, e.quad, e.goldstein FROM events e JOIN documents d ON d.id = e.doc_id
              WHERE {where} LIMIT ?) e
        JOIN event_actors x ON x.doc_id = e.doc_id AND x.event_id = e.event_id
        LEFT JOIN actors a ON a.doc_id = x.doc_id AND a.actor_id = x.actor_id""", params + [max_events])
    countries = _doc_countries(con, sorted({r["doc_id"] for r in rows if not r["code"]})) if uncoded == "group" else {}
    per_event: dict = {}
    nodes: dict = {}
    hidden: set = set()
    for r in rows:
        ev = per_event.setdefault((r["doc_id"], r["event_id"]), {"quad": r["quad"], "g": r["goldstein"],
                                                                 "source": set(), "target": set()})
        name = r["name"] or r["text"] or "?"
        if not r["code"] and uncoded == "hide":
            hidden.add(name.lower())
            continue
        if not r["code"] and uncoded == "group":
            country = countries.get(r["doc_id"], "?")
            key = f"uncoded:{country}"
            node = nodes.setdefault(key, {"id": key, "label": f"uncoded · {country}", "code": None,
                                          "kind": "uncoded group", "country": country, "events": 0, "members": []})
            if name not in node["members"]:
                node["members"].append(name)
        else:
            key = _node_key(r["code"], r["text"], r["name"])
            node = nodes.setdefault(key, {"id": key, "label": key, "code": r["code"], "kind": r["kind"], "events": 0})
            if r["name"] and not r["code"]:
                node["label"] = r["name"]
        ev[r["role"]].add(key)
    edges: dict = {}
    for ev in per_event.values():
        for k in ev["source"] | ev["target"]:
            nodes[k]["events"] += 1
        for s in ev["source"]:
            for t in ev["target"]:
                if s == t:
                    continue
                edge = edges.setdefault((s, t), {"source": s, "target": t, "count": 0, "cooperation": 0,
                                                 "conflict": 0, "_g": []})
                edge["count"] += 1
                quad = (ev["quad"] or "").lower()
                if "cooperation" in quad:
                    edge["cooperation"] += 1
                elif "conflict" in quad:
                    edge["conflict"] += 1
                if ev["g"] is not None:
                    edge["_g"].append(ev["g"])
    out_edges = []
    for e in edges.values():
        g = e.pop("_g")
        e["goldstein"] = sum(g) / len(g) if g else None
        out_edges.append(e)
    out_edges.sort(key=lambda e: -e["count"])
    for n in nodes.values():
        if "members" in n:
            n["members"].sort()
    return {"nodes": sorted(nodes.values(), key=lambda n: (-n["events"], n["id"])), "edges": out_edges,
            "uncoded": uncoded, "uncoded_hidden": len(hidden)}


def _point(loc) -> tuple[float, float] | None:
    if not isinstance(loc, dict):
        return None
    lat, lon = loc.get("lat"), loc.get("lon")
    if isinstance(lat, (int, float)) and isinstance(lon, (int, float)):
        return float(lat), float(lon)
    place = loc.get("place")
    return _point(place) if isinstance(place, dict) else None


def event_locations(con, flt: EventFilter, max_events: int = 5000) -> dict:
    """Map points: an event's own location when it has coordinates, else its article's dateline place
    (marked approximate)."""
    where, params = flt.compile()
    _check_contexts_column(con, flt)
    rows = _rows(con, f"""
        SELECT e.doc_id, e.event_id, e.event, e.quad, e.location, {EVENT_DATE} AS when_date, d.title,
               json_extract(d.doc, '$.dateline') AS dateline
        FROM events e JOIN documents d ON d.id = e.doc_id WHERE {where}
        ORDER BY when_date DESC NULLS LAST LIMIT ?""", params + [max_events])
    points = []
    unplaced = 0
    for r in rows:
        loc, approx = _json(r["location"]), False
        pt = _point(loc)
        if pt is None:
            dl = _json(r["dateline"])
            loc = dl.get("place") if isinstance(dl, dict) else None
            pt, approx = _point(loc), True
        if pt is None:
            unplaced += 1
            continue
        name = (loc or {}).get("name") or (loc or {}).get("text")
        points.append({"doc_id": r["doc_id"], "event_id": r["event_id"], "event": r["event"], "quad": r["quad"],
                       "date": r["when_date"], "title": r["title"], "lat": pt[0], "lon": pt[1], "place": name,
                       "approximate": approx})
    return {"points": points, "unplaced": unplaced}


def countries(con) -> list[dict]:
    """Actor codes that take part in events, with counts and a readable name, for the dyad picker."""
    rows = _rows(con, """SELECT upper(code) AS code, count(DISTINCT doc_id || '/' || event_id) AS events
                         FROM event_actors WHERE code IS NOT NULL AND code <> '' GROUP BY upper(code)
                         ORDER BY events DESC, code""")
    for r in rows:
        r["name"] = country_name(r["code"]) or r["code"]
    return rows


def country_name(code: str) -> str | None:
    """A readable name for an ISO-3166 alpha-3 code (None for IGO/NGO/... or unknown codes)."""
    if len(code or "") != 3:
        return None
    import pycountry

    c = pycountry.countries.get(alpha_3=code.upper())
    if c is None:  # a state ISO has no code for, in the package's own table (PLOVER's KOS for Kosovo)
        from communique.knowledge import load

        known = load().countries.get(code.upper())
        return known.name if known is not None else None
    return getattr(c, "common_name", None) or getattr(c, "name", None)
