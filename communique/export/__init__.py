"""Exports of a store in the shapes analysts' code expects (see docs/exports.md).

`stream_events` walks the store one page of documents at a time, so every format runs in constant memory
whatever the store's size; each row format (`plover`, `gdelt`, `phoenix`, `csv`, `jsonl`) is a pure function
of one event and its document, and `parquet` is DuckDB's own `COPY ... (FORMAT parquet)` per table.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Callable, Iterator

FORMATS = ("parquet", "csv", "jsonl", "plover", "gdelt", "phoenix")
PAGE = 200  # documents per page: bounds memory, whatever the store holds


@dataclass
class ExportItem:
    """One event with what every format needs from its document."""
    event: dict
    doc_id: str
    url: str | None
    title: str | None
    source: str | None
    published: str | None
    ingested_at: object
    actors: dict          # actor id -> actor object of the document JSON
    text: str             # the document's original text (spans index into it)
    cluster: dict | None = None  # the event's cluster: id, sources, articles, mentions (docs/clusters.md)

    def evidence(self) -> str | None:
        """The sentence the event was coded from (its trigger when the sentence span is unknown)."""
        span = self.event.get("sentence_span") or (self.event.get("trigger") or {}).get("span")
        if not span or self.text is None:
            return None
        s, e = span
        return self.text[s:e]


def stream_events(store, page: int = PAGE, **filters) -> Iterator[ExportItem]:
    """Every event matching `filters` (those of `Store.query_events`), document by document (id order), each
    document's events in rank order."""
    where, params = store._event_filters(**filters)
    cur = store._cursor()
    last = ""
    while True:
        docs = cur.execute("SELECT id, url, title, source, published, ingested_at, text, doc FROM documents "
                           "WHERE id > ? ORDER BY id LIMIT ?", [last, page]).fetchall()
        if not docs:
            return
        last = docs[-1][0]
        ids = [d[0] for d in docs]
        clause = (" AND " if where else " WHERE ") + "e.doc_id IN (SELECT unnest(?))"
        keys = set(cur.execute("SELECT e.doc_id, e.event_id FROM events e JOIN documents d ON d.id = e.doc_id"
                               + where + clause, params + [ids]).fetchall())
        with_events = {k[0] for k in keys}
        clusters = _clusters_of(cur, ids)
        for doc_id, url, title, source, published, ingested_at, text, body in docs:
            if doc_id not in with_events:
                continue
            doc = json.loads(body) if isinstance(body, str) else body
            actors = {a.get("id"): a for a in doc.get("actors") or [] if isinstance(a, dict)}
            for ev in doc.get("events") or []:
                if (doc_id, ev.get("id")) in keys:
                    yield ExportItem(ev, doc_id, url, title, source, published, ingested_at, actors, text,
                                     clusters.get((doc_id, ev.get("id"))))


def _clusters_of(cur, doc_ids: list[str]) -> dict:
    """(doc id, event id) -> its cluster's id and counts, for the events of `doc_ids` (empty for a store made
    before clusters existed)."""
    import duckdb

    try:
        rows = cur.execute("SELECT ce.doc_id, ce.event_id, c.id, c.sources, c.articles, c.mentions "
                           "FROM cluster_events ce JOIN clusters c ON c.id = ce.cluster_id "
                           "WHERE ce.doc_id IN (SELECT unnest(?))", [doc_ids]).fetchall()
    except duckdb.CatalogException:
        return {}
    return {(d, e): {"id": c, "sources": s, "articles": a, "mentions": m} for d, e, c, s, a, m in rows}


def row_writer(fmt: str) -> Callable:
    """The module that writes `fmt` rows: `open(out) -> writer` with `.write(item)` and `.close()`."""
    from communique.export import delimited, plover

    return {"csv": delimited.CsvWriter, "gdelt": delimited.GdeltWriter, "phoenix": delimited.PhoenixWriter,
            "jsonl": plover.JsonlWriter, "plover": plover.PloverWriter}[fmt]


def export(store, fmt: str, out, progress: Callable[[int], None] | None = None, **filters) -> dict:
    """Write `fmt` to `out` (a path; for parquet a directory; '-' = standard output for row formats).

    Returns counts: {"events": n} for row formats, {table: rows} for parquet."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        from communique.export.parquet import write_parquet

        return write_parquet(store, out, **filters)
    n = 0
    with row_writer(fmt)(out) as writer:
        for item in stream_events(store, **filters):
            writer.write(item)
            n += 1
            if progress and n % 1000 == 0:
                progress(n)
    if progress:
        progress(n)
    return {"events": n}
