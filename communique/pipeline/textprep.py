"""Prepare the text spaCy sees: same length as the input, with non-body parts blanked.

Blanking (not cutting) the ` date YYYY-MM-DD` header and the dateline keeps every
character offset of the Doc equal to the offset in the original input, so spans need
no translation anywhere downstream.
"""

from __future__ import annotations

import re

from communique.pipeline.extensions import span_tokens

# a line break inside a sentence: after a word or comma, before a word ("Emomali Rahmon\ndiscussed issues")
_MID_SENTENCE_BREAK = re.compile(r"(?<=[\w,;)])\n(?=[\w(\"“‘'])")
WRAP_WIDTH = 40  # a wrapped line is long; menu items and headlines broken off a page are short
WRAP_SLACK = 12  # a wrapped line is at most this much longer than the text's median wrapped line
WRAPPED_MIN_BREAKS = 5  # a text hard-wrapped at a fixed width breaks most of its sentences, not one headline


def blank(text: str, start: int, end: int) -> str:
    """Replace text[start:end] by spaces, keeping newlines (paragraph structure) intact."""
    part = "".join(c if c == "\n" else " " for c in text[start:end])
    return text[:start] + part + text[end:]


# a line that links to another story ("Also read: IMF urges Nigeria to ...", "Related: ..."): its words are
# another article's headline, not this story's facts
_CROSS_LINK = re.compile(r"(?im)^[ \t]*(?:also read|read also|read more|see also|related(?: articles?| stories| news)?"
                         r"|more on this|recommended)\s*(?::|>>|-|–|—)[^\n]*")


def blank_cross_links(text: str) -> str:
    """Blank the lines that link to other stories (same length: offsets unchanged). A link headline wrapped
    onto the next line (it does not end a sentence; the next line goes on in lower case) is blanked too."""
    for m in list(_CROSS_LINK.finditer(text)):
        end = m.end()
        if not m.group(0).rstrip().endswith((".", "!", "?")) and end + 1 < len(text) and text[end:end + 1] == "\n" \
                and text[end + 1:end + 2].islower():
            nxt = text.find("\n", end + 1)
            end = nxt if nxt != -1 else len(text)
        text = blank(text, m.start(), end)
    return text


def content_sents(doc):
    """Sentences that hold body text (skip whitespace-only pieces left by blanking)."""
    for sent in doc.sents:
        if any(not t.is_space for t in span_tokens(sent)):
            yield sent


def unwrap(text: str) -> str:
    """A hard-wrapped text (wire copy broken into lines of fixed width) reads as one line per sentence
    piece to the parser, which then parses "Rahmon\ndiscussed" as two phrases.  When a text breaks its
    sentences at least WRAPPED_MIN_BREAKS times, its mid-sentence line breaks become spaces (same length:
    offsets unchanged). Paragraph breaks (blank lines, a break after a full stop) stay; a text with one
    break after a headline is left alone."""
    def wrapped(m) -> bool:
        return m.start() - (text.rfind("\n", 0, m.start()) + 1) >= WRAP_WIDTH

    breaks = [m for m in _MID_SENTENCE_BREAK.finditer(text) if wrapped(m)]
    if len(breaks) < WRAPPED_MIN_BREAKS:
        return text
    # a line longer than the text's wrapped lines was not wrapped: it ends where its writer ended it (a photo
    # caption, "Estonian Navy patrol vessel. Source: Ministry of Defence (illustrative image)", over the story)
    # (measured from the line's first letter: a blanked header or dateline leaves spaces before it)
    def width(m) -> int:
        return len(text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip())

    lengths = sorted(width(m) for m in breaks)
    widest = lengths[len(lengths) // 2] + WRAP_SLACK
    breaks = [m for m in breaks if width(m) <= widest]
    out = list(text)
    for m in breaks:
        out[m.start()] = " "
    return "".join(out)
