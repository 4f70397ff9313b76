"""The DuckDB store: documents and everything extracted from them, queryable (docs/store.md).

Only the document JSON crosses this boundary: `add_documents` takes document dicts (and the
original texts), the query methods return plain dicts.  Every write batch is one
transaction, so a failure half-way leaves the store exactly as it was.  All SQL is
parameterised.  One `Store` may be shared by threads (reads use their own cursor, writes
are serialised by a lock).
"""

from __future__ import annotations

import hashlib
import json
import math
import threading
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Iterable, Mapping

import duckdb

from communique.store import clusters

SCHEMA_VERSION = 3  # 2: events.contexts; 3: documents.genre (an older store is upgraded when opened for writing)
# the values of documents.genre: the document JSON's genre.kind, with "report" for a document of no special kind
GENRES = ("report", "live blog", "opinion")
DEFAULT_DB = "communique.duckdb"
CHILD_TABLES = ("actors", "events", "event_actors", "quotes", "amounts", "dates", "places")
INSERT_CHUNK = 200  # document ids per lookup query
# columns written per table, in the order of the tuples built by Store._doc_rows; a batch of documents is
# written with one INSERT per table (DuckDB's cost is mostly per statement and per parameter, not per row)
TABLE_COLUMNS = {
    "documents": ("id", "content_hash", "json_hash", "url", "title", "source", "published", "language", "dateline",
                  "text", "doc", "genre"),
    "actors": ("doc_id", "actor_id", "name", "kind", "code", "org", "sector", "role", "mentions"),
    "events": ("doc_id", "event_id", "rank", "event", "mode", "cameo", "quad", "goldstein", "date", "date_text",
               "planned", "negated", "sentence", "trigger_text", "trigger_start", "trigger_end", "confidence",
               "location", "dead", "injured", "arrested", "size", "contexts"),
    "event_actors": ("doc_id", "event_id", "role", "position", "actor_id", "code", "sector", "text", "span_start",
                     "span_end"),
    "quotes": ("doc_id", "position", "text", "span_start", "span_end", "direct", "speaker_actor", "speaker_actors",
               "speaker_name", "speaker_code"),
    "amounts": ("doc_id", "position", "value", "unit", "text", "span_start", "span_end", "about", "year",
                "qualifier"),
    "dates": ("doc_id", "position", "text", "span_start", "span_end", "value", "end_value"),
    "places": ("doc_id", "position", "text", "span_start", "span_end", "name", "country", "lat", "lon", "geonameid"),
}


class StoreError(RuntimeError):
    """The store cannot be opened or used (missing file, newer schema, ...)."""


def _sha1(s: str) -> str:
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


def canonical_json(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)


INT_MIN, INT_MAX = -2 ** 31, 2 ** 31 - 1  # DuckDB INTEGER


def _int(v):
    """An INTEGER column's value; None for what is not an integer or does not fit 32 bits (the document
    JSON in `documents.doc` keeps the number as extracted)."""
    try:
        n = None if v is None or isinstance(v, bool) else int(v)
    except (TypeError, ValueError, OverflowError):
        return None
    return n if n is None or INT_MIN <= n <= INT_MAX else None


def _float(v):
    """A DOUBLE column's value; None for what is not a finite number."""
    try:
        x = None if v is None or isinstance(v, bool) else float(v)
    except (TypeError, ValueError, OverflowError):
        return None
    return x if x is None or math.isfinite(x) else None


def genre_of(doc: dict) -> str | None:
    """The genre of a document JSON for documents.genre: its kind, "report" when the kind is null, None
    when the document has no genre (extracted before genres existed)."""
    g = doc.get("genre")
    if not isinstance(g, dict):
        return None
    return str(g["kind"]) if g.get("kind") else "report"


def _genre_sql(doc_column: str) -> str:
    """genre_of in SQL, over a JSON column (the migration, and a read-only store of version < 3)."""
    return (f"CASE WHEN json_type({doc_column}, '$.genre') = 'OBJECT' "
            f"THEN coalesce(nullif(json_extract_string({doc_column}, '$.genre.kind'), ''), 'report') END")


def check_genre(genre) -> list[str]:
    """Genre names (a name or a comma list; "live-blog" and "live_blog" spell "live blog"), checked
    against GENRES: ValueError naming them on an unknown one."""
    names = [g.strip().lower().replace("-", " ").replace("_", " ")
             for g in (genre if isinstance(genre, (list, tuple)) else str(genre).split(",")) if g.strip()]
    unknown = [g for g in names if g not in GENRES]
    if unknown or not names:
        raise ValueError(f"unknown genre {', '.join(unknown) or repr(genre)}: one of {', '.join(GENRES)}")
    return names


def _str(v):
    return None if v is None else str(v)


def _bool(v):
    return None if v is None else bool(v)


def _span(item: dict) -> tuple:
    sp = item.get("span") if isinstance(item, dict) else None
    if isinstance(sp, (list, tuple)) and len(sp) == 2:
        return _int(sp[0]), _int(sp[1])
    return None, None


def _json(v):
    return None if v is None else json.dumps(v, ensure_ascii=False)


def _list_type(column_type: str) -> str:
    """The element type to pass a column's values as: JSON goes in as text (cast on insert)."""
    return "VARCHAR" if column_type == "JSON" else column_type


def _upper(v):
    return None if v in (None, "") else str(v).upper()


def _contexts(e: dict):
    """An event's contexts as a list of strings; None when the document JSON predates contexts."""
    v = e.get("contexts")
    if not isinstance(v, (list, tuple)):
        return None
    return [str(c) for c in v if c]


def parse_dyad(dyad) -> tuple[str, str]:
    """'KAZ-RUS' (or 'KAZ:RUS', or a pair) -> ('KAZ', 'RUS')."""
    if isinstance(dyad, (list, tuple)) and len(dyad) == 2:
        a, b = dyad
    else:
        parts = str(dyad).replace(":", "-").replace(",", "-").split("-")
        parts = [p.strip() for p in parts if p.strip()]
        if len(parts) != 2:
            raise ValueError(f"dyad must look like KAZ-RUS, got {dyad!r}")
        a, b = parts
    return str(a).upper(), str(b).upper()


class Store:
    """A communique DuckDB database.

    `Store(path)` opens (creating if needed) a store for writing; `Store(path, read_only=True)`
    opens an existing one for serving (several read-only processes may share the file).
    Use as a context manager or call `close()`.
    """

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False):
        self.path = str(path)
        self.read_only = read_only
        self._lock = threading.RLock()
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"no store at {self.path}: run `communique ingest` first")
        try:
            self._con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc
        if read_only:
            self._check_version()
        else:
            self._create()

    # -- lifecycle -------------------------------------------------------------------------
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self) -> None:
        """Close the connection (idempotent)."""
        con, self._con = getattr(self, "_con", None), None
        if con is not None:
            con.close()

    def _cursor(self):
        if self._con is None:
            raise StoreError("store is closed")
        return self._con.cursor()

    def _create(self) -> None:
        sql = resources.files("communique.store").joinpath("schema.sql").read_text(encoding="utf-8")
        with self._lock:
            self._con.execute(sql)
            clusters.ensure_schema(self._con)
            if clusters.missing(self._con):  # a store written before clusters existed
                self._con.execute("BEGIN TRANSACTION")
                clusters.rebuild(self._con)
                self._con.execute("COMMIT")
            row = self._con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if row is None:
                from communique import __version__ as version

                self._con.executemany("INSERT INTO meta VALUES (?, ?)",
                                      [("schema_version", str(SCHEMA_VERSION)), ("created_by", f"communique {version}")])
            elif int(row[0]) > SCHEMA_VERSION:
                raise StoreError(f"{self.path} has schema version {row[0]}; this communique reads {SCHEMA_VERSION}")
            else:
                if int(row[0]) < 2:
                    self._migrate_to_2()
                if int(row[0]) < 3:
                    self._migrate_to_3()

    def _migrate_to_2(self) -> None:
        """Version 1 -> 2: add events.contexts, filled from each stored document JSON (events of documents
        extracted before contexts existed keep NULL until re-ingested).  One transaction: all or nothing."""
        con = self._con
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS contexts VARCHAR[]")
            rows = []
            for doc_id, body in con.execute("SELECT id, doc FROM documents").fetchall():
                events = [e for e in (json.loads(body).get("events") or []) if isinstance(e, dict)]
                rows += [(doc_id, rank, _contexts(e)) for rank, e in enumerate(events) if "contexts" in e]
            if rows:
                con.execute("CREATE TEMP TABLE migrate_contexts AS SELECT unnest(?::VARCHAR[]) doc_id, "
                            "unnest(?::INTEGER[]) rank, unnest(?::VARCHAR[][]) contexts",
                            [list(c) for c in zip(*rows)])
                con.execute("UPDATE events SET contexts = m.contexts FROM migrate_contexts m "
                            "WHERE events.doc_id = m.doc_id AND events.rank = m.rank")
                con.execute("DROP TABLE migrate_contexts")
            con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")

    def _migrate_to_3(self) -> None:
        """Version 2 -> 3: add documents.genre, read from each stored document JSON's genre.kind ("report"
        when the kind is null, NULL for a document extracted before genres existed).  One transaction."""
        con = self._con
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute("ALTER TABLE documents ADD COLUMN IF NOT EXISTS genre VARCHAR")
            con.execute(f"UPDATE documents SET genre = {_genre_sql('doc')}")
            con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")

    @property
    def genre_column(self) -> str:
        """The SQL for a document's genre: the column, or (a store of version < 3 opened read-only, not
        upgraded) the same value read from the stored JSON."""
        if "_genre_column" not in self.__dict__:
            has = self._cursor().execute(
                "SELECT count(*) FROM information_schema.columns WHERE table_name = 'documents' "
                "AND column_name = 'genre' AND table_catalog = current_database() "
                "AND table_schema = current_schema()").fetchone()[0] > 0
            self._genre_column = "d.genre" if has else _genre_sql("d.doc")
        return self._genre_column

    def _check_version(self) -> None:
        try:
            row = self._cursor().execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.CatalogException as exc:
            raise StoreError(f"{self.path} is not a communique store") from exc
        if row is None or int(row[0]) > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: unsupported schema version {row and row[0]}")

    @property
    def has_contexts(self) -> bool:
        """False for a version-1 store opened read-only (not upgraded: it has no events.contexts)."""
        if "_has_contexts" not in self.__dict__:
            self._has_contexts = self._cursor().execute(
                "SELECT count(*) FROM information_schema.columns WHERE table_name = 'events' "
                "AND column_name = 'contexts' AND table_catalog = current_database() "
                "AND table_schema = current_schema()").fetchone()[0] > 0
        return self._has_contexts

    @property
    def schema_version(self) -> int:
        return int(self._cursor().execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0])

    # -- writing ---------------------------------------------------------------------------
    @contextmanager
    def _transaction(self):
        if self.read_only:
            raise StoreError("store opened read-only")
        with self._lock:
            con = self._con
            con.execute("BEGIN TRANSACTION")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")

    def add_documents(self, docs: Iterable[dict], text_by_id: Mapping[str, str] | None = None,
                      versions: tuple[str, int] | None = None) -> dict:
        """Store a batch of document JSON dicts in ONE transaction; returns counts.

        `text_by_id` maps a document id to its original input text (spans index into it).
        Same id and same content (text and JSON) -> unchanged; same id with new content ->
        the old document and all its rows are replaced.  If anything raises (including the
        `docs` iterator itself), nothing of the batch is written.
        `versions` = (extracted_by, kb_version) is recorded for every document of the batch (table
        document_versions), unchanged ones included: their extraction was redone and came out the same.
        Returns {"added": n, "replaced": n, "unchanged": n}.
        """
        text_by_id = text_by_id or {}
        counts = {"added": 0, "replaced": 0, "unchanged": 0}
        with self._transaction() as con:
            docs = list(docs)
            ids = [str(d["id"]) for d in docs if isinstance(d, dict) and d.get("id")]
            stored = self._stored_hashes(con, ids)
            pending: dict[str, dict] = {}  # doc id -> its rows per table, written together at the end
            written: dict[str, tuple] = {}  # doc id -> (document JSON, text) for the clusters
            for doc in docs:
                if not isinstance(doc, dict) or not doc.get("id"):
                    raise ValueError("document without an id")
                doc_id = str(doc["id"])
                text = text_by_id.get(doc_id)
                body = canonical_json(doc)
                json_hash = _sha1(body)
                content_hash = _sha1(text) if text is not None else json_hash
                old = stored.get(doc_id)
                if old is not None:
                    if old == (content_hash, json_hash):
                        counts["unchanged"] += 1
                        continue
                    if doc_id not in pending:
                        self._delete(con, doc_id)
                    counts["replaced"] += 1
                else:
                    counts["added"] += 1
                pending.pop(doc_id, None)
                self._insert(con, doc_id, doc, text, content_hash, json_hash, body, into=pending)
                written[doc_id] = (doc, text)
                stored[doc_id] = (content_hash, json_hash)
            self._write(con, pending.values())
            clusters.update(con, list(written.values()))
            if versions is not None and ids:
                self._set_versions(con, ids, versions)
        return counts

    @staticmethod
    def _set_versions(con, ids: list[str], versions: tuple[str, int]) -> None:
        unique = list(dict.fromkeys(ids))
        for i in range(0, len(unique), INSERT_CHUNK):
            chunk = unique[i:i + INSERT_CHUNK]
            con.execute(f"DELETE FROM document_versions WHERE doc_id IN ({', '.join('?' * len(chunk))})", chunk)
            con.execute("INSERT INTO document_versions SELECT unnest(?::VARCHAR[]), ?, ?",
                        [chunk, versions[0], versions[1]])

    def kb_version(self, digest: str) -> int:
        """The version number of the actor knowledge base whose content digest is `digest`: the stored
        number while the digest is the one recorded with it, else that number + 1 (recorded now).  Numbers
        only grow, so "extracted with an older knowledge base" is `kb_version < current`."""
        with self._transaction() as con:
            rows = dict(con.execute("SELECT key, value FROM meta WHERE key IN ('kb_version', 'kb_digest')").fetchall())
            version = int(rows.get("kb_version") or 0)
            if rows.get("kb_digest") != digest:
                version += 1
                con.execute("DELETE FROM meta WHERE key IN ('kb_version', 'kb_digest')")
                con.execute("INSERT INTO meta VALUES ('kb_version', ?), ('kb_digest', ?)", [str(version), digest])
        return version

    def document_versions(self, ids: list[str] | None = None) -> dict[str, tuple]:
        """id -> (extracted_by, kb_version) of stored documents (all, or those among `ids`); a document
        stored before versions were recorded has (None, None)."""
        cur = self._cursor()
        sql = "SELECT d.id, v.extracted_by, v.kb_version FROM documents d LEFT JOIN document_versions v ON v.doc_id = d.id"
        if ids is None:
            return {r[0]: tuple(r[1:]) for r in cur.execute(sql + " ORDER BY d.id").fetchall()}
        out = {}
        unique = list(dict.fromkeys(str(i) for i in ids))
        for i in range(0, len(unique), INSERT_CHUNK):
            chunk = unique[i:i + INSERT_CHUNK]
            for r in cur.execute(sql + f" WHERE d.id IN ({', '.join('?' * len(chunk))})", chunk).fetchall():
                out[r[0]] = tuple(r[1:])
        return out

    def _insert(self, con, doc_id, doc, text, content_hash, json_hash, body, into: dict | None = None) -> None:
        """The rows of one document: staged in `into` (add_documents writes a whole batch at once), or
        written now when `into` is None."""
        rows = self._doc_rows(doc_id, doc, text, content_hash, json_hash, body)
        if into is None:
            self._write(con, [rows])
        else:
            into[doc_id] = rows

    def _write(self, con, staged) -> None:
        staged = list(staged)
        for table, columns in TABLE_COLUMNS.items():
            self._rows(con, table, columns, [row for rows in staged for row in rows[table]])

    @staticmethod
    def _stored_hashes(con, ids: list[str]) -> dict[str, tuple]:
        """id -> (content_hash, json_hash) of the documents among `ids` already stored (one query)."""
        out = {}
        unique = list(dict.fromkeys(ids))
        for i in range(0, len(unique), INSERT_CHUNK):
            chunk = unique[i:i + INSERT_CHUNK]
            sql = f"SELECT id, content_hash, json_hash FROM documents WHERE id IN ({', '.join('?' * len(chunk))})"
            for doc_id, content_hash, json_hash in con.execute(sql, chunk).fetchall():
                out[doc_id] = (content_hash, json_hash)
        return out

    def meta(self, key: str) -> str | None:
        row = self._cursor().execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self._transaction() as con:
            con.execute("DELETE FROM meta WHERE key = ?", [key])
            con.execute("INSERT INTO meta VALUES (?, ?)", [key, value])

    def stored_inputs(self, ids: list[str]) -> dict[str, tuple]:
        """id -> (content_hash, url, title, source, published) of the documents among `ids` already stored:
        what `communique ingest` compares to skip a document whose input has not changed."""
        out = {}
        unique = list(dict.fromkeys(str(i) for i in ids))
        cur = self._cursor()
        for i in range(0, len(unique), INSERT_CHUNK):
            chunk = unique[i:i + INSERT_CHUNK]
            sql = ("SELECT id, content_hash, url, title, source, published FROM documents "
                   f"WHERE id IN ({', '.join('?' * len(chunk))})")
            for row in cur.execute(sql, chunk).fetchall():
                out[row[0]] = tuple(row[1:])
        return out

    def inputs_extracted_by(self, extracted_by: str, chunk: int = 10_000):
        """(id, content_hash, url, title, source, published) of every stored document extracted by `extracted_by`,
        a chunk of rows at a time: what a distributed ingest hands its workers so they skip unchanged input."""
        cur = self._cursor()
        cur.execute("SELECT d.id, d.content_hash, d.url, d.title, d.source, d.published FROM documents d "
                    "JOIN document_versions v ON v.doc_id = d.id WHERE v.extracted_by = ?", [extracted_by])
        while rows := cur.fetchmany(chunk):
            yield from rows

    def delete_document(self, doc_id: str) -> bool:
        """Remove one document and all its rows; True if it existed."""
        with self._transaction() as con:
            found = con.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() is not None
            self._delete(con, doc_id)
            clusters.update(con, [], removed={doc_id})
        return found

    @staticmethod
    def _delete(con, doc_id: str) -> None:
        for table in CHILD_TABLES:
            con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])
        con.execute("DELETE FROM document_versions WHERE doc_id = ?", [doc_id])
        con.execute("DELETE FROM documents WHERE id = ?", [doc_id])

    def _rows(self, con, table: str, columns: tuple, rows: list) -> None:
        """Insert `rows` with one statement: each column is passed as one typed list and unnested
        (far cheaper in DuckDB than multi-row VALUES, whose cost grows with the parameter count)."""
        if not rows:
            return
        types = self._column_types(con, table)
        select = ", ".join(f"unnest(?::{_list_type(types[c])}[])" for c in columns)
        con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {select}", [list(c) for c in zip(*rows)])

    def _column_types(self, con, table: str) -> dict[str, str]:
        cache = self.__dict__.setdefault("_types", {})
        if table not in cache:
            cache[table] = {name: str(kind).upper() for name, kind in con.execute(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? "
                "AND table_catalog = current_database() AND table_schema = current_schema()",
                [table]).fetchall()}
        return cache[table]

    @staticmethod
    def _doc_rows(doc_id, doc, text, content_hash, json_hash, body) -> dict[str, list[tuple]]:
        """The rows of one document for every table (columns in TABLE_COLUMNS order)."""
        dl = doc.get("dateline")
        dl_text = dl.get("text") if isinstance(dl, dict) else _str(dl)
        documents = [(doc_id, content_hash, json_hash, _str(doc.get("url")), _str(doc.get("title")),
                      _str(doc.get("source")), _str(doc.get("published")), _str(doc.get("language")),
                      dl_text, text, body, genre_of(doc))]
        actors = [(doc_id, _str(a.get("id")) or f"a{i}", _str(a.get("name")), _str(a.get("kind")), _upper(a.get("code")),
                   _str(a.get("org")), _upper(a.get("sector")), _str(a.get("role")), _json(a.get("mentions")))
                  for i, a in enumerate(doc.get("actors") or []) if isinstance(a, dict)]
        events, links = [], []
        for rank, e in enumerate(x for x in doc.get("events") or [] if isinstance(x, dict)):
            eid = _str(e.get("id")) or f"e{rank}"
            trig = e.get("trigger") if isinstance(e.get("trigger"), dict) else {}
            ts, te = _span(trig)
            events.append((doc_id, eid, rank, _upper(e.get("event")), _str(e.get("mode")), _str(e.get("cameo")),
                           _str(e.get("quad")), _float(e.get("goldstein")), _str(e.get("date")),
                           _str(e.get("date_text")), _bool(e.get("planned")), _bool(e.get("negated")),
                           _int(e.get("sentence")), _str(trig.get("text")), ts, te, _float(e.get("confidence")),
                           _json(e.get("location")), _int(e.get("dead")), _int(e.get("injured")),
                           _int(e.get("arrested")), _int(e.get("size")), _contexts(e)))
            for role in ("source", "target"):
                for pos, a in enumerate(x for x in e.get(role) or [] if isinstance(x, dict)):
                    s, t = _span(a)
                    links.append((doc_id, eid, role, pos, _str(a.get("actor")), _upper(a.get("code")),
                                  _upper(a.get("sector")), _str(a.get("text")), s, t))
        quotes = []
        for i, q in enumerate(x for x in doc.get("quotes") or [] if isinstance(x, dict)):
            sp = q.get("speaker") if isinstance(q.get("speaker"), dict) else {}
            s, t = _span(q)
            quotes.append((doc_id, i, _str(q.get("text")), s, t, _bool(q.get("direct")), _str(sp.get("actor")),
                           _json(sp.get("actors")), _str(sp.get("name")), _upper(sp.get("code"))))
        amounts = [(doc_id, i, _float(a.get("value")), _str(a.get("unit")), _str(a.get("text")), *_span(a),
                    _str(a.get("about")), _int(a.get("year")), _str(a.get("qualifier")))
                   for i, a in enumerate(x for x in doc.get("amounts") or [] if isinstance(x, dict))]
        dates = [(doc_id, i, _str(d.get("text")), *_span(d), _str(d.get("value")), _str(d.get("end")))
                 for i, d in enumerate(x for x in doc.get("dates") or [] if isinstance(x, dict))]
        places = [(doc_id, i, _str(p.get("text")), *_span(p), _str(p.get("name")), _upper(p.get("country")),
                   _float(p.get("lat")), _float(p.get("lon")), _int(p.get("geonameid")))
                  for i, p in enumerate(x for x in doc.get("places") or [] if isinstance(x, dict))]
        return {"documents": documents, "actors": actors, "events": events, "event_actors": links,
                "quotes": quotes, "amounts": amounts, "dates": dates, "places": places}

    # -- reading ---------------------------------------------------------------------------
    def _event_filters(self, dyad=None, directed=False, actor=None, event=None, quad=None, since=None, until=None,
                       q=None, doc_id=None, context=None, genre=None) -> tuple[str, list]:
        where, params = [], []

        def has(role, code):
            params.append(role)
            params.append(code)
            return ("EXISTS (SELECT 1 FROM event_actors x WHERE x.doc_id = e.doc_id AND x.event_id = e.event_id "
                    "AND x.role = ? AND x.code = ?)")

        if dyad:
            a, b = parse_dyad(dyad)
            clause = f"({has('source', a)} AND {has('target', b)})"
            if not directed:
                clause = f"({clause} OR ({has('source', b)} AND {has('target', a)}))"
            where.append(clause)
        if actor:
            where.append("EXISTS (SELECT 1 FROM event_actors x WHERE x.doc_id = e.doc_id AND x.event_id = e.event_id "
                         "AND (x.code = ? OR x.actor_id = ?))")
            params += [str(actor).upper(), str(actor)]
        if event:
            cats = [c.strip().upper() for c in (event if isinstance(event, (list, tuple)) else str(event).split(","))
                    if c.strip()]
            where.append("e.event IN (" + ", ".join("?" * len(cats)) + ")")
            params += cats
        if quad:
            where.append("lower(e.quad) = lower(?)")
            params.append(str(quad))
        if since:
            where.append("coalesce(e.date, d.published) >= ?")
            params.append(str(since))
        if until:
            # inclusive: "2025-10" <= until "2025-10-31"; a day equal to `until` is kept
            where.append("coalesce(e.date, d.published) <= ?")
            params.append(str(until))
        if q:
            like = f"%{q}%"
            where.append("(e.trigger_text ILIKE ? OR d.title ILIKE ? OR EXISTS (SELECT 1 FROM event_actors x "
                         "WHERE x.doc_id = e.doc_id AND x.event_id = e.event_id AND x.text ILIKE ?))")
            params += [like, like, like]
        if doc_id:
            where.append("e.doc_id = ?")
            params.append(str(doc_id))
        if context:
            names = [c.strip().lower() for c in (context if isinstance(context, (list, tuple))
                                                 else str(context).split(",")) if c.strip()]
            if not self.has_contexts:
                raise StoreError(f"{self.path} has schema version 1 (no contexts): open it for writing once "
                                 "(e.g. `communique ingest`) to upgrade it")
            where.append("list_has_any(e.contexts, ?::VARCHAR[])")
            params.append(names)
        if genre:
            where.append(f"{self.genre_column} IN (SELECT unnest(?::VARCHAR[]))")
            params.append(check_genre(genre))
        return (" WHERE " + " AND ".join(where)) if where else "", params

    def query_events(self, dyad=None, directed: bool = False, actor=None, event=None, quad=None, since=None,
                     until=None, q=None, limit: int | None = None, offset: int = 0, doc_id=None,
                     context=None, genre=None) -> list[dict]:
        """Events matching every given filter, newest first (then by document and rank).

        dyad: "KAZ-RUS" -> events with a KAZ source and RUS target or, unless `directed`, the
        reverse.  actor: a code (or actor id) among sources or targets.  event: a PLOVER category
        (or a comma list).  quad: e.g. "verbal cooperation".  since/until: inclusive ISO dates,
        compared with the event date or, when it has none, the document's publication date.
        q: case-insensitive text in the trigger, an actor's text or the document title.
        context: a PLOVER context (or a comma list: any of them).
        genre: the document's genre (GENRES; or a comma list).
        Each result: doc_id, id, event, mode, cameo, quad, goldstein, date, date_text, planned,
        negated, sentence, trigger {text, span}, confidence, rank, title, url, published, contexts
        (None for events stored before contexts existed), and source/target lists of
        {actor, code, sector, text, span}.
        """
        where, params = self._event_filters(dyad, directed, actor, event, quad, since, until, q, doc_id, context,
                                            genre)
        contexts = "e.contexts" if self.has_contexts else "NULL"
        sql = ("SELECT e.doc_id, e.event_id, e.event, e.mode, e.cameo, e.quad, e.goldstein, e.date, e.date_text, "
               "e.planned, e.negated, e.sentence, e.trigger_text, e.trigger_start, e.trigger_end, e.confidence, "
               f"e.rank, d.title, d.url, d.published, d.source, {contexts} "
               "FROM events e JOIN documents d ON d.id = e.doc_id" + where +
               " ORDER BY coalesce(e.date, d.published) DESC NULLS LAST, e.doc_id, e.rank")
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        if offset:
            sql += " OFFSET ?"
            params.append(int(offset))
        cur = self._cursor()
        rows = cur.execute(sql, params).fetchall()
        out = []
        for r in rows:
            out.append({"doc_id": r[0], "id": r[1], "event": r[2], "mode": r[3], "cameo": r[4], "quad": r[5],
                        "goldstein": r[6], "date": r[7], "date_text": r[8], "planned": r[9], "negated": r[10],
                        "sentence": r[11], "trigger": {"text": r[12], "span": [r[13], r[14]]},
                        "confidence": r[15], "rank": r[16], "title": r[17], "url": r[18], "published": r[19],
                        "doc_source": r[20], "contexts": list(r[21]) if r[21] is not None else None,
                        "source": [], "target": []})
        if out:
            by_key = {(e["doc_id"], e["id"]): e for e in out}
            doc_ids = sorted({e["doc_id"] for e in out})
            links = cur.execute(
                "SELECT doc_id, event_id, role, actor_id, code, sector, text, span_start, span_end FROM event_actors "
                "WHERE doc_id IN (SELECT unnest(?)) ORDER BY doc_id, event_id, role, position", [doc_ids]).fetchall()
            for d, eid, role, aid, code, sector, text, s, t in links:
                ev = by_key.get((d, eid))
                if ev is not None:
                    ev[role].append({"actor": aid, "code": code, "sector": sector, "text": text,
                                     "span": [s, t] if s is not None else None})
        return out

    def query_clusters(self, limit: int | None = 50, offset: int = 0, **filters) -> dict:
        """Event clusters with a member event matching the filters of `query_events`, newest first:
        {"total", "items": [{id, event, planned, date, source, target, sources, articles, mentions, first_seen,
        last_seen, documents, representative}]} (see communique.store.clusters and docs/clusters.md)."""
        where, params = self._event_filters(**filters)
        return clusters.query_clusters(self._cursor(), where.replace(" WHERE ", "", 1), params, limit, offset)

    def get_cluster(self, cluster_id: str) -> dict | None:
        """One cluster with each of its reports and related planned/realised clusters, or None."""
        return clusters.get_cluster(self._cursor(), cluster_id)

    def calendar(self, **filters) -> list[dict]:
        """The forward calendar: planned events with their status and evidence (communique.store.calendar)."""
        from communique.store.calendar import forward_calendar

        return forward_calendar(self._cursor(), **filters)

    def figures(self, **filters) -> dict:
        """The figures ledger: stated amounts by category, dyad and year (communique.store.figures)."""
        from communique.store.figures import figures_ledger

        return figures_ledger(self._cursor(), **filters)

    def relations(self, dyads, **options) -> dict:
        """The relations index of one or more dyads: Goldstein-weighted series, each cluster once
        (communique.store.relations)."""
        from communique.store.relations import relations

        return relations(self._cursor(), dyads, **options)

    def busiest_dyads(self, limit: int = 20, countries_only: bool = False) -> list[dict]:
        """Dyads by how many items (event clusters once) the relations index counts."""
        from communique.store.relations import busiest_dyads

        return busiest_dyads(self._cursor(), limit, countries_only)

    def rebuild_clusters(self) -> int:
        """Cluster every stored event again (after changing clustering.yaml); one transaction."""
        with self._transaction() as con:
            return clusters.rebuild(con)

    def count_events(self, **filters) -> int:
        """How many events `query_events(**filters)` would return without limit/offset."""
        filters.pop("limit", None)
        filters.pop("offset", None)
        where, params = self._event_filters(**filters)
        return self._cursor().execute("SELECT count(*) FROM events e JOIN documents d ON d.id = e.doc_id" + where,
                                      params).fetchone()[0]

    def get_document(self, doc_id: str) -> dict | None:
        """The stored document JSON plus "text" (original input) and "ingested_at"; None if absent."""
        row = self._cursor().execute("SELECT doc, text, ingested_at FROM documents WHERE id = ?",
                                     [str(doc_id)]).fetchone()
        if row is None:
            return None
        doc = json.loads(row[0])
        doc["text"] = row[1]
        doc["ingested_at"] = row[2].isoformat() if row[2] is not None else None
        return doc

    def list_documents(self, limit: int | None = None, offset: int = 0, q: str | None = None,
                       since: str | None = None, until: str | None = None, genre=None) -> list[dict]:
        """Document summaries (id, title, url, source, published, dateline, genre, n_events, n_actors,
        n_quotes, n_amounts), newest publication first.  q searches title and text; genre is one of
        GENRES (or a comma list)."""
        where, params = [], []
        if genre:
            where.append(f"{self.genre_column} IN (SELECT unnest(?::VARCHAR[]))")
            params.append(check_genre(genre))
        if q:
            where.append("(d.title ILIKE ? OR d.text ILIKE ?)")
            params += [f"%{q}%", f"%{q}%"]
        if since:
            where.append("d.published >= ?")
            params.append(str(since))
        if until:
            where.append("d.published <= ?")
            params.append(str(until))
        sql = ("SELECT d.id, d.title, d.url, d.source, d.published, d.dateline, "
               f"{self.genre_column}, (SELECT count(*) FROM events e WHERE e.doc_id = d.id), "
               "(SELECT count(*) FROM actors a WHERE a.doc_id = d.id), "
               "(SELECT count(*) FROM quotes x WHERE x.doc_id = d.id), "
               "(SELECT count(*) FROM amounts x WHERE x.doc_id = d.id) FROM documents d")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY d.published DESC NULLS LAST, d.id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        if offset:
            sql += " OFFSET ?"
            params.append(int(offset))
        keys = ("id", "title", "url", "source", "published", "dateline", "genre", "n_events", "n_actors", "n_quotes",
                "n_amounts")
        return [dict(zip(keys, r)) for r in self._cursor().execute(sql, params).fetchall()]

    def summary(self, top: int = 10) -> dict:
        """Counts per table, events per category, top dyads and actors, and the date range."""
        cur = self._cursor()
        counts = {t: cur.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("documents", "actors", "events", "quotes", "amounts", "dates", "places")}
        by_cat = cur.execute("SELECT event, count(*) n FROM events GROUP BY event ORDER BY n DESC, event").fetchall()
        by_quad = cur.execute("SELECT quad, count(*) n FROM events GROUP BY quad ORDER BY n DESC, quad").fetchall()
        dyads = cur.execute(
            "SELECT s.code, t.code, count(DISTINCT (s.doc_id, s.event_id)) n FROM event_actors s "
            "JOIN event_actors t ON s.doc_id = t.doc_id AND s.event_id = t.event_id AND t.role = 'target' "
            "WHERE s.role = 'source' AND s.code IS NOT NULL AND t.code IS NOT NULL AND s.code <> t.code "
            "GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?", [top]).fetchall()
        actors = cur.execute(
            "SELECT code, count(DISTINCT (doc_id, event_id)) n FROM event_actors WHERE code IS NOT NULL "
            "GROUP BY code ORDER BY n DESC, code LIMIT ?", [top]).fetchall()
        by_context = cur.execute(
            "SELECT c, count(*) n FROM (SELECT unnest(contexts) c FROM events) GROUP BY c ORDER BY n DESC, c"
        ).fetchall() if self.has_contexts else []
        span = cur.execute("SELECT min(published), max(published) FROM documents").fetchone()
        return {"schema_version": self.schema_version, "counts": counts,
                "events_by_category": [{"event": c, "n": n} for c, n in by_cat],
                "events_by_quad": [{"quad": c, "n": n} for c, n in by_quad],
                "events_by_context": [{"context": c, "n": n} for c, n in by_context],
                "top_dyads": [{"source": s, "target": t, "n": n} for s, t, n in dyads],
                "top_actors": [{"code": c, "n": n} for c, n in actors],
                "published": {"first": span[0], "last": span[1]}}
