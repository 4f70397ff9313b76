"""Saved web pages: the article's main text and its metadata, boilerplate left behind.

trafilatura finds the main text (menus, cookie banners, related links, comments and footers stay out; see
the README for the comparison that chose it) and reads title, publication date, author, site name and
canonical URL from the page's metadata.  The text the extractors see is the article's paragraphs joined
by blank lines, as in the news corpora, so spans index into it like into any plain-text input.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from communique.ingest.records import InputError, Record, make_record

# The mark a browser's "Save page as" leaves: <!-- saved from url=(0043)https://... -->
SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.I)
# Fewer words than this is no article (a home page or an error page leaves its menu as "main text").
MIN_WORDS = 10
# Publication rather than last-modified date; no guessing from dates that merely appear in the text.
DATE_PARAMS = {"original_date": True, "extensive_search": False}


def url_id(url: str) -> str:
    """The id of a document known by its URL: fetching the page again replaces the earlier version."""
    return "url-" + hashlib.sha1(url.strip().encode("utf-8")).hexdigest()[:16]


def paragraphs(text: str) -> str:
    """One paragraph per line in, paragraphs separated by blank lines out (whitespace runs collapsed)."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


@lru_cache(maxsize=1)
def _config():
    """trafilatura's settings, but a short article is still an article: by default a main text under 250
    characters sends trafilatura to a baseline that takes the whole page (cookie banner and byline included)."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "0")
    return config


def extract_page(data: bytes | str, url: str | None = None) -> dict | None:
    """{text, title, date, author, sitename, url} of a page, or None when it has no main text."""
    import trafilatura

    found = trafilatura.bare_extraction(data, url=url, with_metadata=True, include_comments=False,
                                        include_tables=False, include_images=False, include_links=False,
                                        date_extraction_params=DATE_PARAMS, config=_config())
    if found is None:
        return None
    meta = found.as_dict() if hasattr(found, "as_dict") else dict(found)
    text = paragraphs(meta.get("text") or "")
    if len(text.split()) < MIN_WORDS:  # what is left of a page without an article: a menu, a caption
        return None
    return {"text": text, "title": meta.get("title") or None, "date": meta.get("date") or None,
            "author": meta.get("author") or None, "sitename": meta.get("sitename") or None,
            "url": meta.get("url") or url}


def _saved_from(data: bytes | str) -> str | None:
    head = data[:2048].encode("utf-8", "replace") if isinstance(data, str) else data[:2048]
    m = SAVED_FROM.search(head)
    return m.group(1).decode("utf-8", "replace") if m else None


def read_html(data: bytes | str, origin: str, url: str | None = None, date: str | None = None,
              fmt: str = "html") -> Record | InputError:
    """One page -> one Record.  `url` and `date` (a web archive's target URI and capture date) stand in for
    what the page itself does not say; the page's canonical URL and publication date win over them, except
    that an archive's target URI stays the document's URL (it is where the words were read)."""
    if not (data.strip() if isinstance(data, (bytes, str)) else data):
        return InputError(origin, "empty file")
    try:
        page = extract_page(data, url)
    except Exception as exc:  # noqa: BLE001 - the parser's own failure, reported as this page's error
        return InputError(origin, f"unreadable HTML page: {type(exc).__name__}: {exc}")
    if page is None:
        return InputError(origin, "no article text found in the HTML page")
    page_url = url or page["url"] or _saved_from(data)
    rec = make_record(page["text"], origin, url_id(page_url) if page_url else None, page["date"] or date,
                      page_url, page["title"], page["sitename"])
    if isinstance(rec, Record):
        rec.format, rec.author = fmt, page["author"]
    return rec
