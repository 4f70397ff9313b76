"""Turn input paths into a stream of `Record`s or `InputError`s, one per document.

Errors are yielded, not raised, so one bad line never stops the others; the caller
decides (``--strict``) whether to stop.  Nothing here holds more than one file's
line in memory at a time.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterable, Iterator

from communique.ingest.validation import MAX_CHARS, RecordInvalid, check_fields, check_id, check_text, load_json_record

# " date 2025-10-23" at the very start of a stored news page; body follows on the same line or the next.
HEADER_RE = re.compile(r"^\s?date\s+(\S+)[ \t]*\n?")
TEXT_SUFFIXES = {".txt", ".text", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}


@dataclass
class Record:
    """One document to process. `text` is the original input; `body_start` is where the body begins."""

    id: str
    text: str
    published: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None
    origin: str = ""  # "file.jsonl:12" for messages
    body_start: int = 0
    warnings: list[str] = field(default_factory=list)
    format: str = "text"  # text (plain or JSON Lines), html, rss, atom, warc (communique.ingest.detect)
    author: str | None = None
    partial: bool = False  # a feed item known only by its summary

    def to_dict(self) -> dict:
        return {"id": self.id, "text": self.text, "published": self.published, "url": self.url,
                "title": self.title, "source": self.source, "origin": self.origin,
                "body_start": self.body_start, "warnings": list(self.warnings),
                "format": self.format, "author": self.author, "partial": self.partial}

    @classmethod
    def from_dict(cls, d: dict) -> "Record":
        return cls(**d)


@dataclass
class InputError:
    """A record that could not be read, with a one-line message naming file and line."""

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


def content_id(text: str) -> str:
    """A stable id for a document without one: derived from its content only."""
    return "doc-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def content_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def parse_date(value: str) -> str:
    """Validate an ISO date (YYYY-MM-DD, optionally with a time part); raise ValueError if impossible."""
    s = str(value).strip()
    try:
        return dt.date.fromisoformat(s[:10]).isoformat()
    except ValueError:
        raise ValueError(f"impossible date {value!r} (expected YYYY-MM-DD)") from None


def split_header(text: str) -> tuple[str | None, int]:
    """Return (header date or None, offset where the body starts)."""
    m = HEADER_RE.match(text)
    if not m:
        return None, 0
    return parse_date(m.group(1)), m.end()


def make_record(text, origin, rid=None, date=None, url=None, title=None, source=None,
                max_chars: int | None = MAX_CHARS) -> Record | InputError:
    """A validated Record, or an InputError saying in one line why not (see communique.ingest.validation)."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return InputError(origin, "record has no text")
    try:
        check_text(text, max_chars)
        rid = check_id(rid)
        check_fields({"date": date, "url": url, "title": title, "source": source})
    except RecordInvalid as exc:
        return InputError(origin, str(exc))
    if "\x00" in text:
        return InputError(origin, "binary content (NUL bytes) in text")
    try:
        header_date, body_start = split_header(text)
    except ValueError as exc:
        return InputError(origin, f"header: {exc}")
    warnings = []
    published = header_date
    if date not in (None, ""):
        try:
            own = parse_date(date)
        except ValueError as exc:
            return InputError(origin, str(exc))
        if header_date and own != header_date:
            warnings.append(f"{origin}: record date {own} differs from header date {header_date}; using {own}")
        published = own
    if not text[body_start:].strip():
        return InputError(origin, "record has a header but no body text")
    rid = rid if rid is not None else content_id(text)
    return Record(id=rid, text=text, published=published, url=url, title=title, source=source,
                  origin=origin, body_start=body_start, warnings=warnings)


def _decode(data: bytes, origin: str) -> str | InputError:
    if not data.strip():
        return InputError(origin, "empty file")
    if b"\x00" in data[:8192]:
        return InputError(origin, "binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return InputError(f"{origin}:{line}", f"undecodable bytes (not UTF-8) at byte {exc.start}")


def read_jsonl(stream: IO[bytes], name: str, max_chars: int | None = MAX_CHARS) -> Iterator[Record | InputError]:
    seen_any = False
    for lineno, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        seen_any = True
        yield _jsonl_record(raw, f"{name}:{lineno}", max_chars)
    if not seen_any:
        yield InputError(name, "empty file")


def _jsonl_record(raw: bytes, origin: str, max_chars: int | None) -> Record | InputError:
    """One JSON Lines record; whatever is wrong with it becomes its own one-line InputError."""
    if max_chars and len(raw) > 8 * max_chars + 4096:  # not even its escaped text can fit
        return InputError(origin, f"line of {len(raw):,} bytes exceeds the limit of {max_chars:,} characters "
                                  "(--max-chars); nothing of it was processed")
    if b"\x00" in raw:
        return InputError(origin, "binary content (NUL bytes), not JSON")
    try:
        line = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputError(origin, f"undecodable bytes (not UTF-8) at column {exc.start + 1}")
    try:
        obj = load_json_record(line)
    except json.JSONDecodeError as exc:
        return InputError(origin, f"malformed JSON: {exc.msg} at column {exc.colno}")
    except RecordInvalid as exc:
        return InputError(origin, str(exc))
    if not isinstance(obj, dict):
        return InputError(origin, "JSON record is not an object")
    try:
        return make_record(obj.get("text"), origin, obj.get("id"), obj.get("date"), obj.get("url"),
                           obj.get("title"), obj.get("source"), max_chars=max_chars)
    except Exception as exc:  # noqa: BLE001 - one odd record must not end the stream of the others
        return InputError(origin, f"unreadable record: {type(exc).__name__}: {exc}")


def read_text(data: bytes, name: str, max_chars: int | None = MAX_CHARS) -> Record | InputError:
    text = _decode(data, name)
    if isinstance(text, InputError):
        return text
    return make_record(text, name, None, max_chars=max_chars)


def _is_jsonl(path: Path, head: bytes) -> bool:
    if path.suffix.lower() in JSONL_SUFFIXES:
        return True
    return path.suffix.lower() not in TEXT_SUFFIXES and head.lstrip()[:1] == b"{"


def read_path(path: Path, max_chars: int | None = MAX_CHARS) -> Iterator[Record | InputError]:
    name = str(path)
    if not path.exists():
        yield InputError(name, "no such file or directory")
        return
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
            yield from read_path(child, max_chars)
        return
    try:
        with path.open("rb") as f:
            head = f.read(4096)
            # web pages, feeds and web archives (communique.ingest.detect); else JSON Lines or text as before
            from communique.ingest.detect import read_detected, sniff

            if kind := sniff(name, head):
                yield from read_detected(kind, f, name)
            elif _is_jsonl(path, head):
                f.seek(0)
                yield from read_jsonl(f, name, max_chars)
            else:
                yield read_text(head + f.read(), name, max_chars)
    except OSError as exc:
        yield InputError(name, f"cannot read: {exc.strerror}")


def read_stdin(stream: IO[bytes] | None = None, max_chars: int | None = MAX_CHARS) -> Iterator[Record | InputError]:
    data = (stream or sys.stdin.buffer).read()
    from communique.ingest.detect import read_detected, sniff

    if kind := sniff("<stdin>", data[:4096]):  # a page, feed or web archive piped in
        import io

        yield from read_detected(kind, io.BytesIO(data), "<stdin>")
    elif data.lstrip()[:1] == b"{":
        import io

        yield from read_jsonl(io.BytesIO(data), "<stdin>", max_chars)
    else:
        yield read_text(data, "<stdin>", max_chars)


def read_inputs(inputs: Iterable[str], max_chars: int | None = MAX_CHARS) -> Iterator[Record | InputError]:
    """Stream records from every input ("-" is standard input); `max_chars` is the record size limit."""
    for item in inputs:
        if item == "-":
            yield from read_stdin(max_chars=max_chars)
        else:
            yield from read_path(Path(item), max_chars)
