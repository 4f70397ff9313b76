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


class Database:
    def __init__(self, path: str | Path):
        from communique.store import Store, StoreError

        self.path = str(path)
        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.store = Store(self.path)  # creates an empty store, or upgrades an older one
        except StoreError as exc:
            raise StoreUnavailable(f"cannot open the store {self.path}: {exc}") from exc
        self._write = threading.Lock()

    def close(self) -> None:
        self.store.close()

    @contextmanager
    def read(self):
        """A cursor on the last committed state of the store."""
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
        with self._write:
            counts = self.store.add_documents(docs, text_by_id)
            if learn:
                from communique.knowledge.actor_kb import ActorKB

                ActorKB(self.store).learn_many((d, text_by_id.get(d["id"])) for d in docs)
            return counts
