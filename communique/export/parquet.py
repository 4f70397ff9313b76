"""A Parquet dataset of the store: one file per table, typed columns, written by DuckDB's own COPY.

Opens in pandas (`pd.read_parquet(dir / "events.parquet")`), polars and R `arrow` without conversion.
Rows are in the store's order (a document's rows together). With filters, `events` and `event_actors` keep the matching events and the document-level tables
(documents, actors, quotes, amounts, dates, places) the documents those events come from.
"""

from __future__ import annotations

import os
from pathlib import Path

DOCUMENT_TABLES = ("documents", "actors", "quotes", "amounts", "dates", "places")
EVENT_TABLES = ("events", "event_actors")
# Row groups bounded in bytes (documents carry their full text and JSON) and one writer thread keep the
# export's memory flat: 100,000 events export in about 235 MB (`communique bench-export`); without them ~600 MB.
COPY_OPTIONS = "FORMAT parquet, ROW_GROUP_SIZE_BYTES '32MB'"


def _tables(con) -> list[str]:
    """The store's data tables, plus any event-cluster tables a newer store has."""
    have = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables "
                                      "WHERE table_schema = 'main'").fetchall()}
    wanted = [t for t in DOCUMENT_TABLES + EVENT_TABLES if t in have]
    return wanted + sorted(t for t in have if "cluster" in t)


def _columns(con, table: str) -> set[str]:
    return {r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()}


def write_parquet(store, out, **filters) -> dict:
    """Write `<out>/<table>.parquet` for every table; each file appears complete or not at all.
    Returns {table: rows written}."""
    if out in (None, "-"):
        raise ValueError("parquet needs a directory: --out DIR")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    con = store._cursor()
    con.execute("SET enable_progress_bar = false")
    filtered = any(v not in (None, False, "") for v in filters.values())
    if filtered:
        where, params = store._event_filters(**filters)
        con.execute("CREATE OR REPLACE TEMP TABLE export_keys AS SELECT e.doc_id, e.event_id "
                    "FROM events e JOIN documents d ON d.id = e.doc_id" + where, params)
        con.execute("CREATE OR REPLACE TEMP TABLE export_docs AS SELECT DISTINCT doc_id FROM export_keys")
    counts = {}
    parts = []
    threads = con.execute("SELECT current_setting('threads')").fetchone()[0]
    con.execute("SET threads = 1")
    try:
        for table in _tables(con):
            if not filtered:
                query = f"SELECT * FROM {table}"
            elif table == "documents":
                query = "SELECT * FROM documents WHERE id IN (SELECT doc_id FROM export_docs)"
            elif table in EVENT_TABLES or {"doc_id", "event_id"} <= _columns(con, table):
                query = (f"SELECT t.* FROM {table} t JOIN export_keys k "
                         f"ON k.doc_id = t.doc_id AND k.event_id = t.event_id")
            elif "doc_id" in _columns(con, table):
                query = f"SELECT * FROM {table} WHERE doc_id IN (SELECT doc_id FROM export_docs)"
            else:  # the clusters themselves: those with a matching member event
                query = (f"SELECT * FROM {table} WHERE id IN (SELECT ce.cluster_id FROM cluster_events ce "
                         "JOIN export_keys k ON k.doc_id = ce.doc_id AND k.event_id = ce.event_id)")
            part = out / f".{table}.parquet.part"
            parts.append(part)
            con.execute(f"COPY ({query}) TO '{_quote(part)}' ({COPY_OPTIONS})")
            counts[table] = con.execute(f"SELECT count(*) FROM ({query})").fetchone()[0]
        for part in parts:
            os.replace(part, out / part.name[1:-len(".part")])
    finally:
        con.execute(f"SET threads = {int(threads)}")
        for part in parts:
            if part.exists():
                part.unlink()
    return counts


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")
