"""Reading input: files, JSON Lines, directories and stdin, into validated records."""

from communique.ingest.records import InputError, Record, read_inputs

__all__ = ["InputError", "Record", "read_inputs"]
