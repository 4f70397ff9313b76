"""Web archives (WARC, WARC.gz; Common Crawl's CC-NEWS, the Internet Archive): one document per HTML page.

Every `response` record with HTTP status 200 and an HTML body becomes a document through the same page
extraction as a saved HTML file, with the record's target URI as its URL and the capture date standing in
for a publication date the page does not state.  Other records are skipped and counted: requests, metadata
and revisits, non-200 responses, non-HTML bodies (PDF, images, feeds), pages without article text.  The
count is reported as a warning on the archive's last document (or as the archive's error if none is left).
The archive is streamed: one record in memory at a time.
"""

from __future__ import annotations

from collections import Counter
from typing import IO, Iterator

from communique.ingest.html import read_html
from communique.ingest.records import InputError, Record

HTML_TYPES = ("text/html", "application/xhtml+xml")


def _skip_reason(record) -> str | None:
    """Why a WARC record is no document, or None for an HTML page to extract."""
    if record.rec_type != "response":
        return f"{record.rec_type} records"
    if record.http_headers is None:
        return "non-HTTP responses"
    status = record.http_headers.get_statuscode()
    if status != "200":
        return f"HTTP {status}"
    ctype = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if ctype and ctype not in HTML_TYPES:
        return f"non-HTML ({ctype})"
    return None


def _summary(name: str, pages: int, skipped: Counter) -> str:
    parts = ", ".join(f"{n} {why}" for why, n in sorted(skipped.items(), key=lambda kv: (-kv[1], kv[0])))
    return f"{name}: {pages} HTML pages read; skipped {sum(skipped.values())} records" + (f": {parts}" if parts else "")


class TruncatedArchive(ValueError):
    """The archive ends inside a record (an interrupted download or copy)."""


def _records(stream: IO[bytes]) -> Iterator[tuple]:
    """(record, reason to skip it or None, HTML body or None) for each record, complete ones only: raises
    TruncatedArchive where warcio would quietly stop at (or hand out half of) a cut-off record."""
    from warcio.archiveiterator import ArchiveIterator

    class Checked(ArchiveIterator):
        truncated = False

        def close(self):  # called at the end of iteration: was the last gzip member complete?
            dec = self.reader.decompressor if self.reader is not None else None
            self.truncated = dec is not None and not getattr(dec, "eof", True)
            super().close()

    it = Checked(stream)
    for record in it:
        reason = _skip_reason(record)
        body = record.content_stream().read() if reason is None else None
        while record.raw_stream.read(1 << 16):  # the rest of a skipped record
            pass
        if getattr(record.raw_stream, "limit", 0) > 0:
            raise TruncatedArchive("the archive ends inside this record")
        yield record, reason, body
    if it.truncated:
        raise TruncatedArchive("the archive ends inside a compressed record")


def read_warc(stream: IO[bytes], name: str) -> Iterator[Record | InputError]:
    """Records of the HTML pages in one archive; origins are `FILE#record-N` (N counts every WARC record)."""
    from communique.ingest.detect import is_archive

    head = stream.read(4096)
    stream.seek(0)
    if not is_archive(head):
        yield InputError(name, "not a WARC archive (no WARC record at its start)")
        return
    skipped: Counter = Counter()
    pages = 0
    held: Record | None = None  # the last document, held back to carry the skip count
    n = 0
    try:
        for n, (record, reason, body) in enumerate(_records(stream), 1):
            if reason is None:
                origin = f"{name}#record-{n}"
                rec = read_html(body, origin, url=record.rec_headers.get_header("WARC-Target-URI"),
                                date=(record.rec_headers.get_header("WARC-Date") or "")[:10] or None, fmt="warc")
                if isinstance(rec, InputError) and rec.message in ("no article text found in the HTML page",
                                                                   "empty file"):
                    reason = "HTML pages without article text"
                elif isinstance(rec, InputError):
                    yield rec
                    continue
                else:
                    pages += 1
                    if held is not None:
                        yield held
                    held = rec
                    continue
            skipped[reason] += 1
    except Exception as exc:  # noqa: BLE001 - warcio/gzip errors on a damaged archive: report and keep what was read
        if held is not None:
            held.warnings.append(_summary(name, pages, skipped))
            yield held
        yield InputError(f"{name}#record-{n + 1}", f"damaged or unreadable WARC archive: {type(exc).__name__}: {exc}")
        return
    if held is not None:
        held.warnings.append(_summary(name, pages, skipped))
        yield held
    elif not n:
        yield InputError(name, "no WARC records in the archive")
    else:
        yield InputError(name, f"no HTML article in the archive ({_summary(name, pages, skipped)})")
