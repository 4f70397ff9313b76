"""Custom `Doc` attributes that the communique components read and write.

Each component owns one attribute and fills it with plain dicts shaped like the
document JSON (see docs/document-json.md).  Keys starting with "_" are internal
(token offsets, links between items) and are dropped by `to_json`.
"""

from spacy.tokens import Doc

# name -> default; lists are created per document by `init_doc`, never shared.
DOC_ATTRS = ("record", "source_text", "dateline", "genre", "actors", "mentions", "modifiers", "dates", "amounts",
             "quotes", "events", "places", "warnings")


def register() -> None:
    for name in DOC_ATTRS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def init_doc(doc: Doc, record: dict, source_text: str) -> Doc:
    """Attach the input record and fresh result containers to a new Doc."""
    doc._.record = record
    doc._.source_text = source_text
    doc._.dateline = None
    doc._.genre = None
    for name in ("actors", "mentions", "modifiers", "dates", "amounts", "quotes", "events", "places", "warnings"):
        setattr(doc._, name, [])
    return doc


register()


def warn(doc: Doc, message: str) -> None:
    """Say in the document JSON (`warnings`) that something of the text was not read as usual."""
    if doc._.warnings is None:
        doc._.warnings = []
    if message not in doc._.warnings:
        doc._.warnings.append(message)


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc: spaCy rebuilds it from every token on each access, and the
    tokens of a Doc never change once it is made."""
    cached = doc.user_data.get("communique_text")
    if cached is None:
        cached = doc.user_data["communique_text"] = doc.text
    return cached
