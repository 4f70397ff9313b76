"""The store as the web process holds it: one writer, many readers, no waiting.

The server opens the store read-write once and keeps it (DuckDB allows one writing process per file, and then no
other process at all), so it is the store's only writer: `POST /api/documents` and the batches that
`communique ingest` hands over (communique.store.handoff) go through `add_documents`, one transaction each.
Every read runs on its own cursor, which sees the last committed state: a request never sees half a batch and
never waits for a write to finish.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path


class StoreUnavailable(RuntimeError):
    """The store file cannot be opened (held by another process, or damaged)."""


def _is_communique_store(path: str) -> bool:
    """True when the file is a DuckDB database with communique's `meta` table (or an empty file)."""
    import duckdb

    if Path(path).stat().st_size == 0:
        return True
    try:
        con = duckdb.connect(path, read_only=True)
    except duckdb.Error:
        return True  # held by another process or damaged: opening it read-write says which
    try:
        return con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'").fetchone()[0] > 0
    finally:
        con.close()


class Database:
    def __init__(self, path: str | Path):
        from communique.store import Store, StoreError

        self.path = str(path)
        self.store = None
        self.error: str | None = None  # why the store cannot be served: every request answers 503 with it
        self._write = threading.Lock()
        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        if Path(self.path).exists() and not _is_communique_store(self.path):
            self.error = (f"store error ({self.path}): not a communique store (a database without communique's "
                          "tables; it is left untouched)")
            return
        try:
            self.store = Store(self.path)  # creates an empty store, or upgrades an older one
        except StoreError as exc:
            self.error = f"store error ({self.path}): cannot open the store: {exc}"

    def close(self) -> None:
        if self.store is not None:
            self.store.close()

    def _check(self) -> None:
        if self.store is None:
            raise StoreUnavailable(self.error)

    @contextmanager
    def read(self):
        """A cursor on the last committed state of the store."""
        self._check()
        try:
            con = self.store._cursor()
        except Exception as exc:  # noqa: BLE001 - the store was closed under us (shutdown)
            raise StoreUnavailable(f"the store {self.path} is closed: {exc}") from exc
        try:
            yield con
        finally:
            con.close()

    def add_documents(self, docs: list[dict], text_by_id: dict[str, str], learn: bool = False) -> dict:
        """Store a batch in one transaction; with `learn`, the actor knowledge base learns from it afterwards
        (what `communique ingest` does after each of its own batches)."""
        self._check()
        with self._write:
            counts = self.store.add_documents(docs, text_by_id)
            if learn:
                from communique.knowledge.actor_kb import ActorKB

                ActorKB(self.store).learn_many((d, text_by_id.get(d["id"])) for d in docs)
            return counts

    def watched(self, op: str, content_hash: str, path: str | None = None, size: int = 0, documents: int = 0,
                errors: int = 0) -> dict:
        """`communique watch`'s record of ingested files (its WatchState), for a watch that hands over to us."""
        from communique.commands.watch import WatchState

        self._check()
        with self._write:
            state = WatchState(self.store)
            if op == "done":
                return {"done": state.done(content_hash)}
            state.mark(content_hash, path, size, documents, errors)
            return {"done": True}
