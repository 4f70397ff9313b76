"""Cut the inputs of a distributed ingest into partitions: work units a Dask worker can read on its own.

A partition is a list of pieces; a piece is a whole file (read exactly as `communique ingest` reads it: page,
feed, web archive, JSON Lines or text) or a byte range of a large JSON Lines file, aligned to line boundaries
by the client, with the number of its first line so error messages name the same file:line as a local ingest.
Small files are grouped so that ten thousand short text files do not become ten thousand tasks. The client
reads each large JSON Lines file once (to align the ranges and count lines), never holding more than a block.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from communique.ingest.records import _is_jsonl

BLOCK = 1 << 20  # bytes read at a time while aligning ranges
MAX_PARTITION_BYTES = 16 << 20  # a partition's input at most (auto size); its shard stays a few times that
MIN_PARTITION_BYTES = 1 << 16  # below this, more partitions only add scheduling overhead
PARTITIONS_PER_WORKER = 4  # auto size: enough partitions that the last ones balance the workers


class PartitionError(ValueError):
    """An input a distributed ingest cannot take (standard input, a missing path)."""


@dataclass(frozen=True)
class Piece:
    """A whole file (start=end=None) or the lines of a JSON Lines file that start in [start, end)."""

    path: str
    start: int | None = None
    end: int | None = None
    first_line: int = 1  # number of the first line of the range (1-based)

    @property
    def whole(self) -> bool:
        return self.start is None


@dataclass
class Partition:
    index: int
    pieces: list[Piece] = field(default_factory=list)
    size: int = 0  # input bytes

    def describe(self) -> str:
        """`a.jsonl bytes 0-1048576, b.txt` (for messages)."""
        return ", ".join(p.path if p.whole else f"{p.path} bytes {p.start}-{p.end}" for p in self.pieces)

    def digest(self, salt: str = "") -> str:
        """Names the partition's input (paths, ranges, sizes and modification times) and `salt` (the extractor
        version, model and knowledge base): a shard of the same digest holds the same documents."""
        h = hashlib.sha1(salt.encode())
        for p in self.pieces:
            st = os.stat(p.path)
            h.update(json.dumps([asdict(p), st.st_size, st.st_mtime_ns]).encode())
        return h.hexdigest()[:16]


def input_files(inputs: list[str]) -> list[Path]:
    """Every file of the inputs, in the order `communique ingest` reads them (directories recursively, sorted,
    hidden files skipped)."""
    files = []
    for item in inputs:
        if item == "-":
            raise PartitionError("a distributed ingest reads files every worker can open: standard input (-) "
                                 "cannot be split; save it to a file on the shared path first")
        path = Path(item)
        if not path.exists():
            raise PartitionError(f"{item}: no such file or directory")
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        else:
            files.append(path)
    return files


def _splittable(path: Path) -> bool:
    """A JSON Lines file the plain reader would read as JSON Lines (not a page, feed or web archive)."""
    from communique.ingest.detect import sniff

    with path.open("rb") as f:
        head = f.read(4096)
    return sniff(str(path), head) is None and _is_jsonl(path, head)


def line_ranges(path: Path, target: int) -> list[Piece]:
    """`path` cut into ranges of about `target` bytes, each ending just after a newline (or at the end)."""
    size = path.stat().st_size
    pieces, start, line = [], 0, 1
    with path.open("rb") as f:
        pos, newlines_before = 0, 0  # bytes scanned, newlines in them
        while start < size:
            want = start + target
            if want >= size:
                pieces.append(Piece(str(path), start, size, line))
                break
            # count newlines up to `want`, then move to just past the next newline
            while pos < want:
                block = f.read(min(BLOCK, want - pos))
                if not block:
                    break
                newlines_before += block.count(b"\n")
                pos += len(block)
            rest = f.readline()  # the rest of the line that straddles `want` (with its newline)
            pos += len(rest)
            newlines_before += rest.endswith(b"\n")
            end = min(pos, size)
            pieces.append(Piece(str(path), start, end, line))
            start, line = end, newlines_before + 1
    return pieces


def plan(inputs: list[str], workers: int, partition_bytes: int | None = None) -> list[Partition]:
    """The partitions of `inputs` for `workers` workers. Each holds about `partition_bytes` of input (default:
    the total split in PARTITIONS_PER_WORKER per worker, between MIN_ and MAX_PARTITION_BYTES)."""
    files = input_files(inputs)
    sizes = [p.stat().st_size for p in files]
    if partition_bytes is None:
        per = sum(sizes) // max(1, workers * PARTITIONS_PER_WORKER) + 1
        partition_bytes = max(MIN_PARTITION_BYTES, min(MAX_PARTITION_BYTES, per))
    partitions: list[Partition] = []
    current = Partition(0)

    def close():
        nonlocal current
        if current.pieces:
            partitions.append(current)
            current = Partition(len(partitions))

    for path, size in zip(files, sizes):
        if size > partition_bytes and _splittable(path):
            close()
            for piece in line_ranges(path, partition_bytes):
                current.pieces.append(piece)
                current.size = piece.end - piece.start
                close()
            continue
        if current.pieces and current.size + size > partition_bytes:
            close()
        current.pieces.append(Piece(str(path)))
        current.size += size
    close()
    return partitions
