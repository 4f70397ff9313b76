"""DuckDB storage of document JSON (see docs/store.md and schema.sql)."""

from communique.store.store import DEFAULT_DB, GENRES, SCHEMA_VERSION, Store, StoreError, check_genre, parse_dyad

__all__ = ["DEFAULT_DB", "GENRES", "SCHEMA_VERSION", "check_genre", "Store", "StoreError", "parse_dyad"]
