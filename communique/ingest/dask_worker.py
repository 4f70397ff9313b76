"""What runs on a Dask worker: the pipeline loaded once (a worker plugin), and one task per partition that
extracts its documents and writes them as a Parquet shard.

A shard is one row per input record, in input order: the record's fields, its original text, the document JSON
(keys in the pipeline's order, so the store's JSON columns come out
byte for byte as from a local ingest) and the warnings, or the error that kept the
record out. It is written to a temporary name and renamed when complete, so a shard is either whole or absent:
a task killed half-way leaves nothing the client could load, and a task run twice writes the same file twice.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from itertools import islice
from pathlib import Path

from distributed.diagnostics.plugin import WorkerPlugin

from communique.ingest.dask_partitions import Partition, Piece

PLUGIN_NAME = "communique-pipeline"
SHARD_COLUMNS = ("id", "origin", "text", "url", "title", "source", "published", "doc", "warnings", "error",
                 "unchanged")


class PipelinePlugin(WorkerPlugin):
    """Loads communique's pipeline when a worker starts (or when the plugin is registered on a running worker),
    with the actor knowledge base of the run (the offices the client read from its store), so every task of the
    worker reuses one pipeline and every worker extracts with the same knowledge as a local ingest."""

    name = PLUGIN_NAME
    idempotent = False

    def __init__(self, model: str | None, offices: list[dict] | None):
        self.model = model
        self.offices = offices or []

    async def setup(self, worker=None):
        """Loading takes seconds: done in a thread, so the worker keeps answering the scheduler meanwhile."""
        import asyncio

        await asyncio.get_running_loop().run_in_executor(None, self.load)

    def load(self):
        from communique.knowledge import people
        from communique.pipeline import runner

        if self.offices:
            from communique.knowledge.actor_kb import layered

            people.set_active(layered(people.seed(), [people.Office(**o) for o in self.offices]))
        else:
            people.set_active(None)
        if getattr(runner, "_NLP_MODEL", self.model) != self.model:  # a plugin of another run, another model
            runner._NLP = None
        runner.warm_up(self.model)  # loads the pipeline and its lazy parts: not in any task's time
        runner._NLP_MODEL = self.model

    def teardown(self, worker=None):
        from communique.knowledge import people

        people.set_active(None)


def read_piece(piece: Piece, max_chars: int | None):
    """The records (or InputErrors) of a piece, exactly as `communique ingest` would read them."""
    from communique.ingest.records import _jsonl_record, read_path

    if piece.whole:
        yield from read_path(Path(piece.path), max_chars)
        return
    with open(piece.path, "rb") as f:
        f.seek(piece.start)
        lineno, pos = piece.first_line, piece.start
        while pos < piece.end:
            raw = f.readline()
            if not raw:
                break
            pos += len(raw)
            if raw.strip():
                yield _jsonl_record(raw, f"{piece.path}:{lineno}", max_chars)
            lineno += 1


def input_key(doc_id, text_hash, url, title, source, published) -> int:
    """64 bits naming a document's input (id, content hash, url, title, source, date): equal keys, same input."""
    body = json.dumps([doc_id, text_hash, url, title, source, published], default=str, ensure_ascii=False)
    return int.from_bytes(hashlib.blake2b(body.encode("utf-8"), digest_size=8).digest(), "little")


class StoredInputs:
    """The keys (`input_key`) of the inputs the store already holds as extracted by this version of communique:
    a sorted array of 8-byte integers, sent once to every worker (a store of ten million documents is 80 MB),
    so a worker skips an unchanged document before extracting it, as a local ingest does."""

    def __init__(self, rows):
        import numpy as np

        self.keys = np.unique(np.fromiter((input_key(*r) for r in rows), dtype=np.uint64))

    def __len__(self) -> int:
        return len(self.keys)

    def __contains__(self, key: int) -> bool:
        import numpy as np

        i = int(np.searchsorted(self.keys, np.uint64(key)))
        return i < len(self.keys) and int(self.keys[i]) == key

    def holds(self, rec) -> bool:
        from communique.ingest.records import Record, content_hash

        return isinstance(rec, Record) and input_key(rec.id, content_hash(rec.text), rec.url, rec.title, rec.source,
                                                     rec.published) in self


def _record_row(rec: dict, **fields) -> dict:
    return {"id": rec.get("id"), "origin": rec.get("origin"), "text": rec["text"], "url": rec.get("url"),
            "title": rec.get("title"), "source": rec.get("source"), "published": rec.get("published"),
            "warnings": list(rec.get("warnings") or []), **fields}


def _row_stream(partition: Partition, model, batch_size: int, doc_timeout, max_chars, stored: StoredInputs | None):
    """Shard rows (dicts), in input order. A record whose input `stored` holds is not extracted: its row says
    `unchanged` (the client checks it against the store when loading the shard)."""
    from collections import deque

    from communique.ingest.records import InputError
    from communique.pipeline.runner import process_stream

    order: deque = deque()  # rows of skipped records, and None for each record sent to the pipeline, in order

    def records():
        for piece in partition.pieces:
            for rec in read_piece(piece, max_chars):
                if stored is not None and stored.holds(rec):
                    order.append(_record_row(rec.to_dict(), unchanged=True))
                else:
                    order.append(None)
                    yield rec

    def skipped():
        while order and order[0] is not None:
            yield order.popleft()

    for rec, doc, error in process_stream(records(), model=model, workers=1, batch_size=batch_size,
                                          doc_timeout=doc_timeout):
        yield from skipped()
        order.popleft()
        if isinstance(rec, InputError):
            yield {"origin": rec.origin, "error": str(rec)}
        elif error:
            yield {"id": rec.get("id"), "origin": rec.get("origin"), "error": error}
        else:
            yield _record_row(rec, id=doc["id"], doc=json.dumps(doc, ensure_ascii=False, allow_nan=False))
    yield from skipped()


def _rows(partition: Partition, model, batch_size: int, doc_timeout, max_chars, stored=None):
    """Batches of shard rows (dicts), in input order."""
    rows = _row_stream(partition, model, batch_size, doc_timeout, max_chars, stored)
    while chunk := list(islice(rows, batch_size)):
        yield chunk


def _schema():
    import pyarrow as pa

    types = {"warnings": pa.list_(pa.string()), "unchanged": pa.bool_()}
    return pa.schema([(c, types.get(c, pa.string())) for c in SHARD_COLUMNS])


def extract_partition(partition: Partition, shard: str, model: str | None = None, batch_size: int = 16,
                      doc_timeout: float | None = None, max_chars: int | None = None,
                      stored: StoredInputs | None = None) -> dict:
    """Extract a partition into the Parquet shard `shard` (one row group per batch); returns its counts.

    `doc_timeout` bounds each document as in a local ingest (the task runs in a worker thread, where the budget
    is a watchdog timer: communique.pipeline.runner.time_budget); `stored` is the inputs not to extract again."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _schema()
    tmp = f"{shard}.{uuid.uuid4().hex}.tmp"
    docs = unchanged = errors = 0
    try:
        with pq.ParquetWriter(tmp, schema, compression="zstd") as writer:
            for rows in _rows(partition, model, batch_size, doc_timeout, max_chars, stored):
                docs += sum(1 for r in rows if r.get("doc"))
                unchanged += sum(1 for r in rows if r.get("unchanged"))
                errors += sum(1 for r in rows if r.get("error"))
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
        os.replace(tmp, shard)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return {"partition": partition.index, "shard": shard, "documents": docs, "unchanged": unchanged,
            "errors": errors}


def read_shard(shard: str, batch_size: int = 256):
    """The rows of a shard, in batches of dicts (never the whole shard in memory)."""
    import pyarrow.parquet as pq

    with pq.ParquetFile(shard) as f:
        for batch in f.iter_batches(batch_size=batch_size):
            yield batch.to_pylist()
