"""DuckDB storage of document JSON (see docs/store.md and schema.sql)."""

from communique.store.store import DEFAULT_DB, SCHEMA_VERSION, Store, StoreError, parse_dyad

__all__ = ["DEFAULT_DB", "SCHEMA_VERSION", "Store", "StoreError", "parse_dyad"]
