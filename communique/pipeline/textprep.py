"""Prepare the text spaCy sees: same length as the input, with non-body parts blanked.

Blanking (not cutting) the ` date YYYY-MM-DD` header and the dateline keeps every
character offset of the Doc equal to the offset in the original input, so spans need
no translation anywhere downstream.
"""

from __future__ import annotations


def blank(text: str, start: int, end: int) -> str:
    """Replace text[start:end] by spaces, keeping newlines (paragraph structure) intact."""
    part = "".join(c if c == "\n" else " " for c in text[start:end])
    return text[:start] + part + text[end:]


def content_sents(doc):
    """Sentences that hold body text (skip whitespace-only pieces left by blanking)."""
    for sent in doc.sents:
        if any(not t.is_space for t in sent):
            yield sent
