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
        """Create an empty store when the file does not exist yet, so an empty dashboard still works; upgrade
        an older store's schema (a store another process is writing is left as it is)."""
        from communique.store import SCHEMA_VERSION, Store, StoreError

        if Path(self.path).exists():
            if self._stored_version() not in (None, SCHEMA_VERSION):
                with self._lock:
                    try:
                        Store(self.path).close()  # upgrades (a newer or busy store is left alone)
                    except StoreError:
                        pass
            return
        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        with self._lock:
            Store(self.path).close()

    def _stored_version(self) -> int | None:
        """The communique schema version of the file, or None (not a communique store, or unreadable)."""
        try:
            con = duckdb.connect(self.path, read_only=True)
        except duckdb.Error:
            return None
        try:
            row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            return int(row[0]) if row else None
        except (duckdb.Error, ValueError):
            return None
        finally:
            con.close()

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
