"""Datelines ("ALMATY —", "ISLAMABAD:", "WASHINGTON (Reuters) -", "Moscow, July 3 (IANS)",
"BEIJING, (UrduPoint - 20th Aug, 2020 ) ::Foreign", "PTI | Minsk | Updated: 24-08-2020").

`find_dateline` runs before tokenisation (the dateline is blanked from the text that
sentences are built from); the `communique_dateline` component records it on the Doc and
the places component resolves its place.  A dateline whose only sign is a separator
("SHAFAQNA- The ...", "ANALYSIS: ...") must name a place the gazetteer knows; one with an
agency in brackets or a date may name a place the gazetteer lacks ("UNITED NATIONS (Reuters) -").
"""

from __future__ import annotations

import re

from spacy.language import Language

from communique.knowledge import gazetteer

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)"
_CITY_CAPS = r"[A-Z][A-Z'\.\-]+(?:\s+[A-Z][A-Z'\.\-]+){0,2}"
_CITY_MIXED = r"[A-Z][a-z'\-]+(?:\s+[A-Z][a-z'\-]+){0,2}"
_COUNTRY = r"(?:\s*,\s*[A-Z][A-Za-z\.]+(?:\s+[A-Z][A-Za-z\.]+)?(?=\s*,))?"
_WHEN = rf"(?:\s*,\s*{_DATE}\s*,?)?"
_PAREN = r"(?:\s*,?\s*\([^()\n]{1,80}\))?"
_AGENCY = r"(?:\s*\.?\s*/[A-Z]{2,10}/\.?)?"
_SEP = r"(?:\s*(?:—|–|-{1,2}|::?|\.)\s*|\s+)"

TAIL = rf"{_COUNTRY}{_WHEN}{_PAREN}{_AGENCY}"
CAPS_RE = re.compile(rf"(?P<city>{_CITY_CAPS})(?P<tail>{TAIL})(?P<sep>{_SEP})(?=[\"“A-Z])")
MIXED_RE = re.compile(rf"(?P<city>{_CITY_MIXED})(?P<tail>{TAIL})(?P<sep>{_SEP})(?=[\"“A-Z])")
# e.g. "MOSCOW. KAZINFORM " : caps city, a dot, a caps agency name
AGENCY_RE = re.compile(rf"(?P<city>{_CITY_CAPS})(?P<tail>\.\s+[A-Z]{{3,}}(?:/[A-Z]+)?)(?P<sep>\s+)(?=[A-Z])")

# "PTI | Minsk | Updated: 24-08-2020 15:53 IST": a byline of fields, one of them the place
BYLINE_RE = re.compile(r"^[^|\n]{1,40}(?:\s\|\s[^|\n]{1,60}){2,}$")
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
        found = _match_line(text, s, line_end) or _byline(text, s, line_end)
        if found:
            return found
        pos = line_end + 1
    return None


def _match_line(text, s, line_end):
    for rx in (CAPS_RE, AGENCY_RE, MIXED_RE):
        m = rx.match(text, s, line_end)
        if not m:
            continue
        city = m.group("city").strip().rstrip("-.'")
        if city.upper() in NOT_CITY or len(city) < 3:
            continue
        # the rest of the line must be prose, not a headline of two words
        if line_end - m.end() < 25:
            continue
        tail, sep = m.group("tail").strip(" ,"), m.group("sep").strip()
        if not tail and not sep:
            continue
        strong = bool(tail) and ("(" in tail or "/" in tail or any(ch.isdigit() for ch in tail)
                                 or rx is AGENCY_RE)
        known = _known_place(city, mixed=rx is MIXED_RE)
        if rx is MIXED_RE and not (strong or known and sep in ("—", "–", ":", "::", "--")):
            continue
        if not strong and not known:
            continue
        return m.start("city"), m.start("city") + len(city), m.end()
    return None


def _byline(text, s, line_end):
    line = text[s:line_end].rstrip()
    if not BYLINE_RE.match(line) or not any(ch.isdigit() for ch in line):
        return None
    offset = s
    for field in line.split("|"):
        name = field.strip()
        start = offset + field.find(name) if name else offset
        offset += len(field) + 1
        if name and name[0].isupper() and _known_place(name, mixed=True):
            return start, start + len(name), line_end
    return None


def _known_place(name: str, mixed: bool = False) -> bool:
    """The gazetteer knows this as a city or division (a mixed-case one must be sizeable: "Moscow", not "Best")."""
    if not gazetteer.DATA.exists():
        return not mixed
    for c in gazetteer.load().candidates(name):
        if c["kind"] in ("city", "admin1") and (not mixed or c["primary"] and (c["population"] or 0) >= 50_000):
            return True
    return False


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
