"""What runs on a Dask worker: the pipeline loaded once (a worker plugin), and one task per partition that
extracts its documents and writes them as a Parquet shard.

A shard is one row per input record, in input order: the record's fields, its original text, the document JSON
(keys in the pipeline's order, so the store's JSON columns come out
byte for byte as from a local ingest) and the warnings, or the error that kept the
record out. It is written to a temporary name and renamed when complete, so a shard is either whole or absent:
a task killed half-way leaves nothing the client could load, and a task run twice writes the same file twice.
"""

from __future__ import annotations

import json
import os
import uuid
from itertools import islice
from pathlib import Path

from distributed.diagnostics.plugin import WorkerPlugin

from communique.ingest.dask_partitions import Partition, Piece

PLUGIN_NAME = "communique-pipeline"
SHARD_COLUMNS = ("id", "origin", "text", "url", "title", "source", "published", "doc", "warnings", "error")


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


def _rows(partition: Partition, model, batch_size: int, doc_timeout, max_chars):
    """Batches of shard rows (dicts), in input order."""
    from communique.ingest.records import InputError
    from communique.pipeline.runner import process_stream

    def records():
        for piece in partition.pieces:
            yield from read_piece(piece, max_chars)

    stream = process_stream(records(), model=model, workers=1, batch_size=batch_size, doc_timeout=doc_timeout)
    while chunk := list(islice(stream, batch_size)):
        rows = []
        for rec, doc, error in chunk:
            if isinstance(rec, InputError):
                rows.append({"origin": rec.origin, "error": str(rec)})
            elif error:
                rows.append({"id": rec.get("id"), "origin": rec.get("origin"), "error": error})
            else:
                rows.append({"id": doc["id"], "origin": rec.get("origin"), "text": rec["text"], "url": rec.get("url"),
                             "title": rec.get("title"), "source": rec.get("source"),
                             "published": rec.get("published"), "doc": json.dumps(doc, ensure_ascii=False, allow_nan=False),
                             "warnings": list(rec.get("warnings") or [])})
        yield rows


def _schema():
    import pyarrow as pa

    return pa.schema([(c, pa.list_(pa.string()) if c == "warnings" else pa.string()) for c in SHARD_COLUMNS])


def extract_partition(partition: Partition, shard: str, model: str | None = None, batch_size: int = 16,
                      doc_timeout: float | None = None, max_chars: int | None = None) -> dict:
    """Extract a partition into the Parquet shard `shard` (one row group per batch); returns its counts.

    --doc-timeout is a signal alarm, which only a process's main thread can have: Dask runs tasks in other
    threads, so the per-document budget does not apply here (--max-chars still bounds a document)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _schema()
    tmp = f"{shard}.{uuid.uuid4().hex}.tmp"
    docs = errors = 0
    try:
        with pq.ParquetWriter(tmp, schema, compression="zstd") as writer:
            for rows in _rows(partition, model, batch_size, doc_timeout, max_chars):
                docs += sum(1 for r in rows if not r.get("error"))
                errors += sum(1 for r in rows if r.get("error"))
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
        os.replace(tmp, shard)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return {"partition": partition.index, "shard": shard, "documents": docs, "errors": errors}


def read_shard(shard: str, batch_size: int = 256):
    """The rows of a shard, in batches of dicts (never the whole shard in memory)."""
    import pyarrow.parquet as pq

    with pq.ParquetFile(shard) as f:
        for batch in f.iter_batches(batch_size=batch_size):
            yield batch.to_pylist()
