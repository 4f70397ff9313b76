"""News feeds (RSS 0.9x/1.0/2.0, Atom): one document per item, read with feedparser.

An item's text is its full content (`content:encoded`, Atom `<content>`) when the feed carries it; an item
that only has a summary (`<description>`, Atom `<summary>`) is ingested from the summary and flagged
`partial`.  Item markup is turned into paragraphs; feed content carries no page furniture to remove.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterator

from communique.ingest.html import paragraphs, url_id
from communique.ingest.records import InputError, Record, make_record

BLOCK_TAGS = ("p", "div", "li", "blockquote", "pre", "tr", "table", "ul", "ol", "section", "article",
              "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "dd", "dt")


def markup_text(value: str) -> str:
    """Text of an HTML fragment (or plain text), one paragraph per block element, blank lines between."""
    from lxml import etree, html as lh

    if "<" not in value:
        return paragraphs(value)
    try:
        root = lh.fragment_fromstring(value, create_parent="div")
    except (etree.ParserError, ValueError):
        return paragraphs(value)
    etree.strip_elements(root, "script", "style", with_tail=False)
    for el in root.iter(*BLOCK_TAGS, "br"):
        el.tail = "\n" + (el.tail or "")
        if el.tag != "br":
            el.text = "\n" + (el.text or "")
    return paragraphs(root.text_content())


def _day(raw: str | None, parsed) -> str | None:
    """The item's date as YYYY-MM-DD in the publisher's own time zone (as the article would print it):
    the raw RFC 822 or ISO 8601 string, else feedparser's UTC time tuple."""
    from email.utils import parsedate_to_datetime

    for parse in (parsedate_to_datetime, dt.datetime.fromisoformat):
        try:
            return parse((raw or "").strip()).date().isoformat()
        except (TypeError, ValueError, IndexError):
            continue
    try:
        return dt.date(*parsed[:3]).isoformat() if parsed else None
    except (TypeError, ValueError):
        return None


def _author(value: str | None) -> str | None:
    """RSS 2.0's `<author>` is "email (Name)": keep the name."""
    m = re.fullmatch(r"\S+@\S+\s*\(([^()]+)\)\s*", value or "")
    return (m.group(1).strip() if m else (value or "").strip()) or None


def _format(version: str) -> str:
    return "atom" if (version or "").startswith("atom") else "rss"


def _item(entry, origin: str, fmt: str, site: str | None) -> Record | InputError:
    contents = [markup_text(c.get("value") or "") for c in entry.get("content") or []]
    full = max(contents, key=len, default="")
    summary = markup_text(entry.get("summary") or "")
    partial = not full  # only a summary (feedparser also copies a lone <content> into `summary`)
    text = full if len(full) >= len(summary) else summary
    if not text:
        return InputError(origin, "feed item has neither content nor summary")
    link = entry.get("link") or None
    key = entry.get("id") or link
    field = "published" if entry.get("published") else "updated"
    date = _day(entry.get(field), entry.get(f"{field}_parsed"))
    author = _author(entry.get("author"))
    rec = make_record(text, origin, url_id(key) if key else None, date, link, entry.get("title") or None, site)
    if isinstance(rec, Record):
        rec.format, rec.author, rec.partial = fmt, author, partial
    return rec


def read_feed(data: bytes, name: str) -> Iterator[Record | InputError]:
    """Every item of one feed document, in feed order; origins are `FILE#item-N`."""
    import feedparser

    if not data.strip():
        yield InputError(name, "empty file")
        return
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.entries:
        why = f": {parsed.get('bozo_exception')}" if parsed.get("bozo") else " (no items)"
        yield InputError(name, f"not a readable RSS/Atom feed{why}".rstrip())
        return
    fmt, site = _format(parsed.get("version", "")), parsed.feed.get("title") or None
    for i, entry in enumerate(parsed.entries, 1):
        yield _item(entry, f"{name}#item-{i}", fmt, site)
