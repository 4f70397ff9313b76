"""Which reader a file needs: web page, news feed, web archive, or neither (then JSON Lines or plain text).

Content decides first (a saved page named `.txt` is still a page), the file name second (an HTML fragment
without an `<html>` tag, a feed saved as `.rss`).  Only the first few kilobytes are looked at.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path
from typing import IO, Iterator

HTML = "html"
FEED = "feed"
WARC = "warc"
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
FEED_SUFFIXES = {".rss", ".atom"}
WARC_SUFFIXES = {".warc", ".arc"}
GZIP_MAGIC = b"\x1f\x8b"

_SKIP_PROLOGUE = re.compile(rb"^(?:\s+|<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE\s+(?!html)[^>]*>)*", re.S | re.I)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.I)
_HTML_ROOT = re.compile(rb"<(?:!DOCTYPE\s+html|html|head|body)[\s>]", re.I)


def _suffixes(name: str) -> list[str]:
    return [s.lower() for s in Path(name).suffixes]


def _gunzip_head(head: bytes) -> bytes:
    """The first decompressed bytes of a gzip stream (b'' if it is not one)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 1024)
    except zlib.error:
        return b""


def is_archive(head: bytes) -> bool:
    """Does this (possibly gzipped) start of a file begin a WARC or ARC record?"""
    start = _gunzip_head(head) if head.startswith(GZIP_MAGIC) else head
    return start.startswith((b"WARC/", b"filedesc://"))


def sniff(name: str, head: bytes) -> str | None:
    """HTML, FEED, WARC, or None for everything the JSON Lines / text readers handle."""
    if head.startswith(GZIP_MAGIC):
        return WARC if _gunzip_head(head).startswith(b"WARC/") else None
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"WARC/"):
        return WARC
    if start[:1] == b"<":
        body = start[_SKIP_PROLOGUE.match(start).end():]
        if _FEED_ROOT.match(body):
            return FEED
        if _HTML_ROOT.match(body):
            return HTML
    suffixes = _suffixes(name)
    if suffixes and suffixes[-1] in HTML_SUFFIXES:
        return HTML
    if suffixes and suffixes[-1] in FEED_SUFFIXES:
        return FEED
    if any(s in WARC_SUFFIXES for s in suffixes[-2:]):
        return WARC
    return None


def read_detected(kind: str, f: IO[bytes], name: str) -> Iterator:
    """Records (or InputErrors) of an open binary file of a sniffed kind, read from its start."""
    f.seek(0)
    if kind == WARC:
        from communique.ingest.warc import read_warc

        yield from read_warc(f, name)
    elif kind == FEED:
        from communique.ingest.feeds import read_feed

        yield from read_feed(f.read(), name)
    else:
        from communique.ingest.html import read_html

        yield read_html(f.read(), name)
