"""The actor knowledge base: who holds which office, learned from the corpus and corrected by the user.

Once an article says "Russian Foreign Minister Sergey Lavrov", `learn` stores the evidence (document, span,
publication date) and the aggregate entry Lavrov -> RUS, GOV, foreign minister with first/last-seen dates
and a count; `index()` layers these entries (people.LEARNED) and the user's own (people.USER) over the seed and
the compiled dictionary (people.SEED, people.COMPILED) as a `PeopleIndex`, so later articles that just say "Lavrov" resolve through it.

Only what the article itself states is learned: a person actor counts as evidence when one of its mentions
contains both a name of its country (country, demonym, capital) and a role phrase with its role.  A code or
role the actor component filled from the seed or the knowledge base has no such mention, so the knowledge
base never learns its own echo.

Tables (in the store's DuckDB file, see docs/store.md): `actor_kb` (one row per person, code, role and
origin 'learned' or 'user') and `actor_kb_evidence` (one row per supporting mention).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from communique import knowledge
from communique.datafile import loads_yaml
from communique.knowledge import people
from communique.knowledge.people import Office, PeopleIndex

SCHEMA = """
CREATE TABLE IF NOT EXISTS actor_kb (
    name       VARCHAR NOT NULL,   -- display name
    name_key   VARCHAR NOT NULL,   -- normalised name (accents, case, hyphens, suffixes removed)
    code       VARCHAR NOT NULL,   -- ISO 3166-1 alpha-3, or IGO/NGO/MNC
    role       VARCHAR NOT NULL,   -- canonical role ('' = unknown)
    sector     VARCHAR,
    origin     VARCHAR NOT NULL,   -- 'learned' | 'user'
    first_seen VARCHAR,            -- learned: earliest publication date of the evidence
    last_seen  VARCHAR,            -- learned: latest publication date of the evidence
    n_docs     INTEGER DEFAULT 0,  -- learned: documents with evidence
    n_mentions INTEGER DEFAULT 0,  -- learned: evidence mentions
    valid_from VARCHAR,            -- user: office held from (inclusive), NULL = open
    valid_to   VARCHAR,            -- user: office held until (inclusive), NULL = open
    pinned     BOOLEAN DEFAULT false,
    updated_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS actor_kb_evidence (
    doc_id     VARCHAR NOT NULL,
    name_key   VARCHAR NOT NULL,
    name       VARCHAR,
    code       VARCHAR NOT NULL,
    role       VARCHAR NOT NULL,
    sector     VARCHAR,
    published  VARCHAR,
    span_start INTEGER,
    span_end   INTEGER,
    text       VARCHAR            -- the mention's words
);
CREATE INDEX IF NOT EXISTS actor_kb_evidence_key ON actor_kb_evidence (name_key);
"""
PLACE_LABELS = ("COUNTRY", "DEMONYM", "CAPITAL", "SEAT")
NAME_PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "van", "von", "der", "la", "le", "du", "dos", "di", "del",
                  "bint", "abu", "ul", "ben", "ter", "den", "af"}
KB_COLUMNS = ("name", "name_key", "code", "role", "sector", "origin", "first_seen", "last_seen", "n_docs",
              "n_mentions", "valid_from", "valid_to", "pinned", "updated_at")


def name_key(name: str) -> str:
    return " ".join(people.normalise(name))


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


@dataclass
class Evidence:
    name: str
    code: str
    role: str
    sector: str | None
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def _patterns():
    """Per country code, a regex of its names; per canonical role, a regex of the phrases that say it."""
    kb = knowledge.load()
    places: dict[str, list[str]] = defaultdict(list)
    for surface, (label, key) in kb.surfaces.items():
        if label in PLACE_LABELS:
            places[key].append(surface)
    roles: dict[str, list[str]] = defaultdict(list)
    for phrase, r in kb.roles.items():
        if r.kind == "person" and r.role and not r.weak:  # the project's own offices, not compiled agents
            roles[r.role].append(phrase)

    def rx(words, flags=0):
        alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{alts})(?![\w])", flags)

    any_role = rx([p for ws in roles.values() for p in ws], re.IGNORECASE)
    return ({c: rx(ws) for c, ws in places.items()}, {r: rx(ws, re.IGNORECASE) for r, ws in roles.items()}, any_role)


def looks_like_name(name: str) -> bool:
    """A personal name, not a description the actor component had to use instead ("Estonia's foreign minister")."""
    words = name.replace("-", " ").split()
    if not words or any(not (w[:1].isupper() or w.lower() in NAME_PARTICLES) for w in words):
        return False
    return not re.search(r"['\u2019]s\b", name) and not _patterns()[2].search(name)


def _name_words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in NAME_PARTICLES]


NAME_GOES_ON = re.compile(r"(?:-|\]?\s*\(?[A-Z]|\s+(?:%s)\b)" % "|".join(sorted(NAME_PARTICLES)))


def _named_spans(name: str, spans: list, text: str) -> list:
    """The mentions that hold the whole name, not cut short ("Syrian president Bashar" of "Bashar al-Assad")."""
    rx = re.compile(r"(?<!\w)" + r"[\s-]+".join(re.escape(w) for w in name.replace("-", " ").split()) + r"(?!\w)")
    out = []
    for s, e in spans:
        m = rx.search(text, s, e)
        if m and not (m.end() == e and NAME_GOES_ON.match(text, e)):
            out.append((s, e))
    return out


PAST = re.compile(r"\b(?:former|ex|late|then|onetime|one-time|erstwhile|retired|deposed|ousted)\b", re.IGNORECASE)


def _past(span, text: str) -> bool:
    """ "former US president Jimmy Carter": a past office, not one held at publication."""
    s, e = span
    return bool(PAST.search(text, s, e) or PAST.search(" ".join(text[max(0, s - 30):s].split()[-2:])))


def _is_apposition(span, named: list, text: str) -> bool:
    """"Sergey Lavrov, Russia's foreign minister" or "Russia's foreign minister, Sergey Lavrov"."""
    s, e = span
    return any(re.fullmatch(r"\s*[,(]\s*", text[ne:s]) or re.fullmatch(r"\s*,\s*", text[e:ns])
               for ns, ne in named if ne <= s or ns >= e)


def evidence(doc_json: dict, text: str) -> list[Evidence]:
    """The mentions in which the article itself names a person's country and role.

    The mention must hold the full name ("Russian Foreign Minister Sergey Lavrov") or stand in apposition to
    one that does ("Sergey Lavrov, Russia's foreign minister"); single-word names are not learned, since a
    lone "Donald" or "Bashar" is more often a name cut short than a surname.
    """
    places, roles, _ = _patterns()
    out = []
    for a in doc_json.get("actors") or []:
        code, role, name = a.get("code"), a.get("role"), a.get("name")
        if a.get("kind") != "person" or not code or not role or not name or not looks_like_name(name):
            continue
        if code not in places or role not in roles or len(_name_words(name)) < 2:
            continue
        spans = [tuple(sp) for sp in a.get("mentions") or [] if len(sp) == 2]
        named = _named_spans(name, spans, text)
        for s, e in spans:
            words = text[s:e]
            if not (places[code].search(words) and roles[role].search(words)) or _past((s, e), text):
                continue
            if (s, e) in named or _is_apposition((s, e), named, text):
                out.append(Evidence(name, code, role, a.get("sector"), s, e, words))
    return out


class ActorKB:
    """The knowledge base in a communique store (a `Store`, or the path of its DuckDB file)."""

    def __init__(self, store_or_path, read_only: bool = False):
        from communique.store import Store

        if isinstance(store_or_path, (str, Path)):
            self.store, self._owned = Store(store_or_path, read_only=read_only), True
        else:
            self.store, self._owned = store_or_path, False
        self.read_only = self.store.read_only
        if not self.read_only:
            with self.store._lock:
                self.store._con.execute(SCHEMA)

    def close(self) -> None:
        if self._owned:
            self.store.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _cursor(self):
        return self.store._cursor()

    def _has_tables(self) -> bool:
        row = self._cursor().execute("SELECT count(*) FROM information_schema.tables "
                                     "WHERE table_name IN ('actor_kb', 'actor_kb_evidence')").fetchone()
        return row[0] == 2

    # -- learning ------------------------------------------------------------------------------------
    def learn(self, doc_json: dict, text: str) -> int:
        """Record what one document says about people; returns the number of evidence mentions."""
        return self.learn_many([(doc_json, text)])

    def learn_many(self, pairs) -> int:
        """Learn from (document JSON, original text) pairs in one transaction.

        A document's earlier evidence is replaced, so re-ingesting it never counts twice.  The batch is
        written with a handful of statements (DuckDB's cost is per statement, not per row).
        """
        by_doc: dict[str, list[tuple]] = {}  # the last pair of a document id wins, as before
        found = 0
        for doc_json, text in pairs:
            doc_id = str(doc_json.get("id"))
            by_doc.pop(doc_id, None)
            by_doc[doc_id] = [(doc_id, name_key(ev.name), ev.name, ev.code, ev.role, ev.sector,
                               doc_json.get("published"), ev.start, ev.end, ev.text)
                              for ev in evidence(doc_json, text or "")]
            found += len(by_doc[doc_id])
        rows = [r for doc_rows in by_doc.values() for r in doc_rows]
        with self.store._transaction() as con:
            touched: set[str] = set()
            ids = list(by_doc)
            for i in range(0, len(ids), 200):
                chunk = ids[i:i + 200]
                marks = ", ".join("?" * len(chunk))
                touched.update(k for (k,) in con.execute(
                    f"SELECT DISTINCT name_key FROM actor_kb_evidence WHERE doc_id IN ({marks})", chunk).fetchall())
                con.execute(f"DELETE FROM actor_kb_evidence WHERE doc_id IN ({marks})", chunk)
            if rows:
                con.execute("INSERT INTO actor_kb_evidence SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), "
                            "unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), "
                            "unnest(?::VARCHAR[]), unnest(?::INTEGER[]), unnest(?::INTEGER[]), unnest(?::VARCHAR[])",
                            [list(c) for c in zip(*rows)])
            touched.update(r[1] for r in rows)
            self._aggregate_many(con, sorted(touched))
        return found

    @staticmethod
    def _aggregate(con, key: str) -> None:
        """Rebuild the learned rows of one person from the evidence."""
        ActorKB._aggregate_many(con, [key])

    @staticmethod
    def _aggregate_many(con, keys: list[str]) -> None:
        """Rebuild the learned rows of these people from the evidence (two statements per 200 people)."""
        for i in range(0, len(keys), 200):
            chunk = keys[i:i + 200]
            marks = ", ".join("?" * len(chunk))
            con.execute(f"DELETE FROM actor_kb WHERE name_key IN ({marks}) AND origin = 'learned'", chunk)
            con.execute(
                "INSERT INTO actor_kb (name, name_key, code, role, sector, origin, first_seen, last_seen, n_docs, "
                "n_mentions) SELECT arg_max(name, length(name)), name_key, code, role, mode(sector), 'learned', "
                "min(published), max(published), count(DISTINCT doc_id), count(*) FROM actor_kb_evidence "
                f"WHERE name_key IN ({marks}) GROUP BY name_key, code, role", chunk)

    def forget(self, name: str, code: str | None = None, role: str | None = None, origin: str | None = None) -> int:
        """Delete entries of `name` (and, for learned ones, their evidence); returns rows deleted."""
        key = name_key(name)
        where, params = ["name_key = ?"], [key]
        for col, val in (("code", code), ("role", role), ("origin", origin)):
            if val is not None:
                where.append(f"{col} = ?")
                params.append(val.upper() if col == "code" else val)
        with self.store._transaction() as con:
            n = con.execute("SELECT count(*) FROM actor_kb WHERE " + " AND ".join(where), params).fetchone()[0]
            con.execute("DELETE FROM actor_kb WHERE " + " AND ".join(where), params)
            if origin in (None, "learned"):
                ev_where = [w for w in where if not w.startswith("origin")]
                ev_params = params[:len(ev_where)]
                con.execute("DELETE FROM actor_kb_evidence WHERE " + " AND ".join(ev_where), ev_params)
        return n

    # -- the user's entries -------------------------------------------------------------------------
    def set(self, name: str, code: str, role: str | None = None, sector: str | None = None,
            valid_from: str | None = None, valid_to: str | None = None, pinned: bool = False) -> dict:
        """Add or replace the user's entry for (name, code, role); returns it."""
        if not name_key(name):
            raise ValueError("empty name")
        if not code:
            raise ValueError(f"{name}: a code is needed (ISO 3166-1 alpha-3, IGO, NGO or MNC)")
        for d in (valid_from, valid_to):
            if d and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
                raise ValueError(f"{name}: dates must look like YYYY, YYYY-MM or YYYY-MM-DD, got {d!r}")
        if valid_from and valid_to and valid_to < valid_from[:len(valid_to)]:
            raise ValueError(f"{name}: --to {valid_to} is before --from {valid_from}")
        row = (name.strip(), name_key(name), code.strip().upper(), (role or "").strip().lower(),
               sector.strip().upper() if sector else None, valid_from or None, valid_to or None, bool(pinned))
        with self.store._transaction() as con:
            con.execute("DELETE FROM actor_kb WHERE name_key = ? AND code = ? AND role = ? AND origin = 'user'",
                        [row[1], row[2], row[3]])
            if pinned:  # one pinned entry per person
                con.execute("UPDATE actor_kb SET pinned = false WHERE name_key = ?", [row[1]])
            con.execute("INSERT INTO actor_kb (name, name_key, code, role, sector, origin, valid_from, valid_to, "
                        "pinned) VALUES (?, ?, ?, ?, ?, 'user', ?, ?, ?)", list(row))
        return self.entries(name=name, origin="user", code=row[2], role=row[3])[0]

    def load(self, path: str | Path) -> int:
        """Load the user's actor table (CSV with a header, or YAML); returns the number of entries.

        Columns/keys: name, code, role, sector, from, to, pinned.  YAML may be a list of such mappings or a
        mapping name -> mapping (or -> list of mappings, one per office).
        """
        rows = read_table(path)
        for r in rows:
            self.set(**r)
        return len(rows)

    # -- reading ------------------------------------------------------------------------------------
    def entries(self, name: str | None = None, code: str | None = None, q: str | None = None,
                origin: str | None = None, role: str | None = None) -> list[dict]:
        """Knowledge-base rows as dicts (user entries first, then by name and first date)."""
        if not self._has_tables():
            return []
        where, params = [], []
        if name is not None:
            where.append("name_key = ?")
            params.append(name_key(name))
        if code:
            where.append("code = ?")
            params.append(code.upper())
        if role is not None:
            where.append("role = ?")
            params.append(role)
        if origin:
            where.append("origin = ?")
            params.append(origin)
        if q:
            where.append("(name ILIKE ? OR role ILIKE ?)")
            params += [f"%{q}%", f"%{q}%"]
        sql = f"SELECT {', '.join(KB_COLUMNS)} FROM actor_kb"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY name_key, origin DESC, coalesce(valid_from, first_seen) NULLS FIRST, code, role"
        out = []
        for r in self._cursor().execute(sql, params).fetchall():
            d = dict(zip(KB_COLUMNS, r))
            d["role"] = d["role"] or None
            d["updated_at"] = d["updated_at"].isoformat(timespec="seconds") if d["updated_at"] else None
            out.append(d)
        return out

    def evidence_of(self, name: str, limit: int = 50) -> list[dict]:
        if not self._has_tables():
            return []
        cols = ("doc_id", "name", "code", "role", "published", "span_start", "span_end", "text")
        rows = self._cursor().execute(
            f"SELECT {', '.join(cols)} FROM actor_kb_evidence WHERE name_key = ? "
            "ORDER BY published NULLS FIRST, doc_id, span_start LIMIT ?", [name_key(name), int(limit)]).fetchall()
        return [dict(zip(cols, r)) for r in rows]

    def offices(self) -> list[Office]:
        """Learned and user entries as offices (priorities people.LEARNED and people.USER)."""
        rows = self.entries()
        out = [Office(r["name"], r["code"], r["role"], r["sector"], _year(r["valid_from"]), _year(r["valid_to"]),
                      priority=people.USER, pinned=bool(r["pinned"])) for r in rows if r["origin"] == "user"]
        user_codes: dict[str, set] = defaultdict(set)
        for r in rows:
            if r["origin"] == "user":
                user_codes[r["name_key"]].add(r["code"])
        by_person: dict[str, list[dict]] = defaultdict(list)
        for r in rows:  # the user's country for a person overrules every learned one
            if r["origin"] == "learned" and r["code"] in user_codes.get(r["name_key"], {r["code"]}):
                by_person[r["name_key"]].append(r)
        for learned in by_person.values():
            out.extend(_learned_offices(learned))
        return out

    def index(self, base: PeopleIndex | None = None) -> PeopleIndex:
        """`base` (default: the seed) with the learned and user entries layered over it."""
        return layered(base if base is not None else people.seed(), self.offices())


EXTRAPOLATED = -1  # priority of a learned role beyond its evidence: below the seed's curated terms


def _learned_offices(rows: list[dict]) -> list[Office]:
    """One person's learned roles as time-stamped offices.

    A person keeps a country for life, so when the evidence names several, the best attested wins.  Each role
    holds (priority 1) over the years it was seen, and is carried forward (priority EXTRAPOLATED, below the
    seed) until the year before the next role was first seen; the latest role stays open, so a person who
    changes office is not frozen in the old one.  Roles are not carried back before their first sighting:
    there the lookup keeps the country and drops the role.  Newest roles come first to win ties in one year.
    """
    per_code: dict[str, int] = defaultdict(int)
    for r in rows:
        per_code[r["code"]] += r["n_docs"] or 0
    best = max(per_code.values())
    rows = [r for r in rows if per_code[r["code"]] == best]
    rows.sort(key=lambda r: (r["first_seen"] or "", r["last_seen"] or ""))
    out = []
    for i, r in enumerate(rows):
        first, last = _year(r["first_seen"]), _year(r["last_seen"])
        out.append(Office(r["name"], r["code"], r["role"], r["sector"], first, last, priority=people.LEARNED))
        if last is None:
            continue
        until = _year(rows[i + 1]["first_seen"]) if i + 1 < len(rows) else None
        if until is None or until - 1 > last:
            out.append(Office(r["name"], r["code"], r["role"], r["sector"], last + 1,
                              until - 1 if until is not None else None, priority=EXTRAPOLATED))
    return out[::-1]


class LayeredIndex(PeopleIndex):
    """A people index of several layers.  `PeopleIndex.lookup` already prefers an office held at the given
    date over a higher layer's that is not (a learned role seen only in 2018 does not hide the seed's
    president of 2017 in a 2017 article); the class names what `layered` returns."""


def layered(base: PeopleIndex, offices) -> LayeredIndex:
    """`base` with `offices` added, as a LayeredIndex (base is never modified)."""
    flat = base.layer(offices)
    out = LayeredIndex(flat.compiled)
    out.full, out.surname = flat.full, flat.surname
    return out


# -- the user's table ----------------------------------------------------------------------------------
FIELD_ALIASES = {"name": "name", "code": "code", "country": "code", "role": "role", "sector": "sector",
                 "from": "valid_from", "valid_from": "valid_from", "start": "valid_from", "to": "valid_to",
                 "valid_to": "valid_to", "end": "valid_to", "pinned": "pinned", "pin": "pinned"}


def _date(v) -> str | None:
    if v in (None, ""):
        return None
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()[:10]
    return str(v).strip()


def _truth(v) -> bool:
    return v is True or str(v).strip().lower() in ("1", "true", "yes", "y", "pinned", "x")


def _entry(raw: dict, where: str) -> dict:
    out = {}
    for k, v in raw.items():
        field = FIELD_ALIASES.get(str(k).strip().lower())
        if field is None:
            raise ValueError(f"{where}: unknown column {k!r} (expected name, code, role, sector, from, to, pinned)")
        out[field] = v
    if not out.get("name") or not out.get("code"):
        raise ValueError(f"{where}: name and code are required")
    return {"name": str(out["name"]), "code": str(out["code"]), "role": out.get("role") or None,
            "sector": out.get("sector") or None, "valid_from": _date(out.get("valid_from")),
            "valid_to": _date(out.get("valid_to")), "pinned": _truth(out.get("pinned"))}


def read_table(path: str | Path) -> list[dict]:
    """Entries of a user actor table (CSV or YAML), validated; raises ValueError naming the bad row."""
    import yaml

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with path.open(newline="", encoding="utf-8-sig") as f:
            return [_entry({k: v for k, v in r.items() if k is not None}, f"{path}:{i + 2}")
                    for i, r in enumerate(csv.DictReader(f))]
    if suffix in (".yaml", ".yml", ".json"):
        try:
            data = loads_yaml(path.read_text(encoding="utf-8")) if suffix != ".json" else \
                json.loads(path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, json.JSONDecodeError) as e:
            raise ValueError(f"{path}: not valid {suffix[1:].upper()}: {e}") from None
        items = []
        if isinstance(data, dict):
            for name, v in data.items():
                for j, o in enumerate(v if isinstance(v, list) else [v]):
                    if not isinstance(o, dict):
                        raise ValueError(f"{path}: {name}: expected a mapping with code, role, ...")
                    items.append((dict(o, name=name), f"{path}: {name} #{j + 1}"))
        elif isinstance(data, list):
            items = [(o, f"{path}: item {j + 1}") for j, o in enumerate(data)]
            if any(not isinstance(o, dict) for o, _ in items):
                raise ValueError(f"{path}: every item must be a mapping")
        elif data is not None:
            raise ValueError(f"{path}: expected a list or a mapping of actors")
        return [_entry(o, where) for o, where in items]
    raise ValueError(f"{path}: unknown table format {suffix!r} (use .csv or .yaml)")


@contextmanager
def activated(kb: ActorKB):
    """Make the seed + `kb` the people index of the actor component, here and in worker processes.

    Yields the index; on exit the previous state (seed, environment) is restored.
    """
    import os
    import tempfile

    offices = kb.offices()
    index = layered(people.seed(), offices)
    fd, path = tempfile.mkstemp(prefix="communique-people-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(people.offices_to_json(offices), f, ensure_ascii=False)
    old = os.environ.get(people.ACTIVE_ENV)
    os.environ[people.ACTIVE_ENV] = path
    people.set_active(index)
    try:
        yield index
    finally:
        people.set_active(None)
        if old is None:
            os.environ.pop(people.ACTIVE_ENV, None)
        else:
            os.environ[people.ACTIVE_ENV] = old
        Path(path).unlink(missing_ok=True)
