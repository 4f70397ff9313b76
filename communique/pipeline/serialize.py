"""The one function that turns a processed Doc into the document JSON (docs/document-json.md)."""

from __future__ import annotations


def _public(obj):
    if isinstance(obj, dict):
        return {k: _public(v) for k, v in obj.items() if not k.startswith("_")}
    if isinstance(obj, (list, tuple)):
        return [_public(v) for v in obj]
    return obj


def to_json(doc) -> dict:
    rec = doc._.record or {}
    events = sorted(doc._.events or [], key=lambda e: -float(e.get("confidence") or 0))
    out = {
        "id": rec.get("id"),
        "url": rec.get("url"),
        "title": rec.get("title"),
        "source": rec.get("source"),
        "author": rec.get("author"),
        "format": rec.get("format") or "text",
        "partial": bool(rec.get("partial")),
        "published": rec.get("published"),
        "language": "en",
        "dateline": doc._.dateline,
        "actors": doc._.actors or [],
        "events": events,
        "quotes": doc._.quotes or [],
        "amounts": doc._.amounts or [],
        "dates": doc._.dates or [],
        "places": doc._.places or [],
    }
    return _public(out)
