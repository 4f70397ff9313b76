"""Datelines ("ALMATY —", "ISLAMABAD:", "WASHINGTON (Reuters) -", "Moscow, July 3 (IANS)").

`find_dateline` runs before tokenisation (the dateline is blanked from the text that
sentences are built from); the `communique_dateline` component records it on the Doc
and resolves its place when the places component's gazetteer knows it.
"""

from __future__ import annotations

import re

from spacy.language import Language

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)"
_CITY_CAPS = r"[A-Z][A-Z'\.\-]+(?:\s+[A-Z][A-Z'\.\-]+){0,2}"
_CITY_MIXED = r"[A-Z][a-z'\-]+(?:\s+[A-Z][a-z'\-]+){0,2}"
_COUNTRY = r"(?:\s*,\s*[A-Z][A-Za-z\.]+(?:\s+[A-Z][A-Za-z\.]+)?(?=\s*,))?"
_WHEN = rf"(?:\s*,\s*{_DATE}\s*,?)?"
_PAREN = r"(?:\s*,?\s*\([^()\n]{1,80}\))?"
_AGENCY = r"(?:\s*\.?\s*/[A-Z]{2,10}/\.?)?"
_SEP = r"(?:\s*(?:—|–|-{1,2}|::?|\.))?\s+"

TAIL = rf"{_COUNTRY}{_WHEN}{_PAREN}{_AGENCY}"
CAPS_RE = re.compile(rf"(?P<city>{_CITY_CAPS})(?P<tail>{TAIL})(?P<sep>{_SEP})(?=[\"“A-Z])")
MIXED_RE = re.compile(rf"(?P<city>{_CITY_MIXED})(?P<tail>{TAIL})(?P<sep>{_SEP})(?=[\"“A-Z])")
# e.g. "MOSCOW. KAZINFORM " : caps city, a dot, a caps agency name
AGENCY_RE = re.compile(rf"(?P<city>{_CITY_CAPS})(?P<tail>\.\s+[A-Z]{{3,}}(?:/[A-Z]+)?)(?P<sep>\s+)(?=[A-Z])")

NOT_CITY = {"BREAKING", "NEWS", "UPDATE", "EXCLUSIVE", "ANALYSIS", "OPINION", "WATCH", "LIVE", "VIDEO",
            "PHOTO", "FILE", "ENGLISH", "IMAGES", "HOME", "WORLD", "SHARE"}
MAX_LINES = 12  # a dateline opens one of the article's first paragraphs


def find_dateline(text: str, body_start: int = 0) -> tuple[int, int, int] | None:
    """Return (city start, city end, dateline end) as offsets in `text`, or None."""
    pos = body_start
    for _ in range(MAX_LINES):
        if pos >= len(text):
            break
        nl = text.find("\n", pos)
        line_end = len(text) if nl < 0 else nl
        line = text[pos:line_end]
        stripped = len(line) - len(line.lstrip())
        s = pos + stripped
        for rx in (CAPS_RE, AGENCY_RE, MIXED_RE):
            m = rx.match(text, s, line_end)
            if not m:
                continue
            city = m.group("city").strip()
            if city.upper() in NOT_CITY or len(city) < 3:
                continue
            # the rest of the line must be prose, not a headline of two words
            if line_end - m.end() < 25:
                continue
            tail, sep = m.group("tail").strip(" ,"), m.group("sep").strip()
            if not tail and not sep:
                continue
            if rx is MIXED_RE and not (tail and ("(" in tail or any(ch.isdigit() for ch in tail))):
                continue
            return m.start("city"), m.start("city") + len(city), m.end()
        pos = line_end + 1
    return None


@Language.factory("communique_dateline")
def make_dateline(nlp, name):
    return DatelineComponent()


class DatelineComponent:
    """Record the dateline found at `make_doc` time on `doc._.dateline`."""

    def __call__(self, doc):
        span = (doc._.record or {}).get("dateline_span")
        if span:
            text = doc._.source_text[span[0]:span[1]]
            doc._.dateline = {"text": text, "span": [span[0], span[1]], "place": None}
        return doc
