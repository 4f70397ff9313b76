"""Where an export goes: a file that appears complete or not at all, or standard output."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class Output:
    """`with Output(path) as f:` writes to a temporary file beside `path` and renames it into place on
    success, so a reader never sees half an export; '-' (or None) is standard output."""

    def __init__(self, path, newline: str | None = ""):
        self.path = None if path in (None, "-") else Path(path)
        self.newline = newline
        self._tmp = None
        self.stream = None

    def __enter__(self):
        if self.path is None:
            self.stream = sys.stdout
            return self.stream
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent)
        os.chmod(self._tmp, 0o666 & ~_umask())  # mkstemp's 0600 would hide the export from other users
        self.stream = os.fdopen(fd, "w", encoding="utf-8", newline=self.newline)
        return self.stream

    def __exit__(self, exc_type, exc, tb):
        if self.path is None:
            self.stream.flush()
            return False
        self.stream.close()
        if exc_type is None:
            os.replace(self._tmp, self.path)
        else:
            os.unlink(self._tmp)
        return False


class RowWriter:
    """Base of the row formats: subclasses set `header` (or None) and implement `row(item)` -> str line."""

    header: str | None = None

    def __init__(self, out):
        self._output = Output(out)
        self._f = None

    def __enter__(self):
        self._f = self._output.__enter__()
        if self.header is not None:
            self._f.write(self.header + "\n")
        return self

    def __exit__(self, *exc):
        return self._output.__exit__(*exc)

    def write(self, item) -> None:
        self._f.write(self.row(item) + "\n")

    def row(self, item) -> str:  # pragma: no cover - abstract
        raise NotImplementedError
