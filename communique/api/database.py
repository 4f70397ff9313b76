"""Short-lived DuckDB connections for the web process.

The server opens the store per request instead of holding it open, so `communique ingest` can
write to the same file while the dashboard is up.  DuckDB refuses to open one file in two
modes inside one process, so reads (read-only) and writes (read-write) take turns under a lock.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path

import duckdb


class StoreUnavailable(RuntimeError):
    """The store file cannot be opened (locked by a writer, or damaged)."""


class Database:
    def __init__(self, path: str | Path):
        self.path = str(path)
        self._lock = threading.Lock()
        self.ensure_schema()

    def ensure_schema(self) -> None:
        """Create an empty store when the file does not exist yet, so an empty dashboard still works."""
        if Path(self.path).exists():
            return
        from communique.store import Store

        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        with self._lock:
            Store(self.path).close()

    @contextmanager
    def read(self):
        with self._lock:
            try:
                con = duckdb.connect(self.path, read_only=True)
            except duckdb.Error as exc:
                raise StoreUnavailable(f"cannot open the store {self.path}: {exc}") from exc
            try:
                yield con
            finally:
                con.close()

    def add_documents(self, docs: list[dict], text_by_id: dict[str, str]) -> dict:
        """Store a batch in one transaction (the store's own writer), while no reader is open here."""
        from communique.store import Store, StoreError

        with self._lock:
            try:
                store = Store(self.path)
            except StoreError as exc:
                raise StoreUnavailable(str(exc)) from exc
            try:
                return store.add_documents(docs, text_by_id)
            finally:
                store.close()
