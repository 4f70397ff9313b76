"""Datelines ("ALMATY —", "ISLAMABAD:", "WASHINGTON (Reuters) -", "Moscow, July 3 (IANS)",
"BEIJING, (UrduPoint - 20th Aug, 2020 ) ::Foreign", "PTI | Minsk | Updated: 24-08-2020").

`find_dateline` runs before tokenisation (the dateline is blanked from the text that
sentences are built from); the `communique_dateline` component records it on the Doc and
the places component resolves its place.  An upper-case dateline without an agency in brackets
or slashes ("SHAFAQNA- The ...", "ANALYSIS: ...") must name a place the gazetteer knows; one with
an agency may name a place it lacks ("UNITED NATIONS (Reuters) -").  A mixed-case one must always
be a known place, since sentences start the same way ("On Sunday, May 26th, ..."), except a place the
gazetteer lacks written with its country and an agency ("Borisovsky Military Training area, Belarus (CNN) —").
The dateline may follow an agency tag on its line ("(MENAFN- Trend News Agency) BISHKEK, Kyrgyzstan,
October 13."), and the text after it must read as prose, not as a headline; a hard-wrapped first
paragraph is read across its line breaks.
"""

from __future__ import annotations

import re

from spacy.language import Language

from communique.knowledge import gazetteer

_MONTH = r"(?i:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)\.?"  # "Oct.", "OCTOBER"
_ORD = r"(?:st|nd|rd|th)?"
_DATE = (rf"(?:{_MONTH}\s*\d{{1,2}}{_ORD}(?:[,/]?\s*\d{{4}})?|\d{{1,2}}{_ORD}\s+{_MONTH}(?:,?\s*\d{{4}})?"
         r"|\d{1,2}[./]\d{1,2}[./]\d{4})")
_UP = "A-ZÀ-ÖØ-Þ"
_WORD_CAPS = rf"[{_UP}][{_UP}'’\.\-]+"
# (an elided article before a capital: "N'Djamena", "L'Aquila")
_WORD_MIXED = r"[A-Z](?:['’][A-Z])?[a-zà-ÿ'’]+(?:-[A-Za-zà-ÿ'’]+)*"
_CITY_CAPS = rf"{_WORD_CAPS}(?:\s+{_WORD_CAPS}){{0,3}}"
# small words inside a place's name ("Dar es Salaam", "Rio de Janeiro", "Port of Spain")
_NAME_PARTICLE = r"(?:es|de|del|da|do|dos|das|du|la|le|al|el|of)"
# the kind of place a name ends with when it is not a town ("Borisovsky Military Training area")
_PLACE_NOUN = (r"(?:area|region|district|province|county|camp|base|border|crossing|village|town|port|island|"
               r"valley|zone|ground|grounds|range|airport|airbase|strip|oblast|governorate)")
_CITY_MIXED = rf"{_WORD_MIXED}(?:\s+(?:{_NAME_PARTICLE}\s+)?{_WORD_MIXED}){{0,3}}(?:\s+{_PLACE_NOUN}|\s+D\.C\.)?"
_OTHER_CITIES = rf"(?:/{_CITY_CAPS})*"  # "BEIRUT/ANKARA (Reuters) -"
# ", Kazakhstan" / " [India]" / ", D.C." / ", Gaza Strip" / ", Türkiye"
_REGION_NAME = r"(?:(?:[A-Z]\.){1,3}|[A-Z][^\W\d_]*\.?(?:[\s\-][A-Z][^\W\d_]*\.?){0,3})"
_REGION = rf"(?:\s*,\s*(?P<region>{_REGION_NAME})|\s+\[(?P<bregion>{_REGION_NAME})\])?"
_TIME = r"(?:\s*,?\s*\d{1,2}:\d{2}(?:\s*(?:GMT|UTC|IST|[AaPp]\.?[Mm]\.?))?)?"  # "13 October 2023, 14:05"
_WHEN = rf"(?:\s*[,\.]?\s*{_DATE}{_TIME}\s*[,\.]?)?"
_PAREN = r"(?:\s*,?\s*\([^()\n]{1,80}\))?"
_AGENCY = r"(?:\s*\.?\s*/[A-Za-z][A-Za-z .]{1,24}/\.?)?"  # "/TASS/.", "/PRNewswire/", "/EINPresswire.com/"
# ", IRNA --" / ". KazTAG -": an agency name right before the separator
# (", ARMENPRESS. The ...": an agency in capitals may end with a full stop)
_AGENCY_WORD = r"(?:\s*[,\.]?\s*(?:[A-Z][A-Za-z]{1,12}(?=\s*(?:—|–|-{1,2}|::?)\s)|[A-Z]{4,14}(?=\.\s)))?"
_SEP = r"(?:\s*(?:\.?\s*(?:—|–|-{1,2})|::?|\.)\s*|\s+)"  # (EFE's ".-": "La Paz, Jul 9 (EFE).- Bolivian ...")

TAIL = rf"{_OTHER_CITIES}{_REGION}{_WHEN}{_PAREN}{_AGENCY}{_AGENCY_WORD}"
# a date in brackets after the separator: "Georgetown, Guyana – (May 1, 2025) The Government ..."
_SEP_DATE = rf"(?:\(\s*(?P<sepdate>{_DATE})\s*\)\s*)?"
CAPS_RE = re.compile(rf"(?P<city>{_CITY_CAPS})(?P<tail>{TAIL})(?P<sep>{_SEP}){_SEP_DATE}(?=[\"“A-Z])")
MIXED_RE = re.compile(rf"(?P<city>{_CITY_MIXED})(?P<tail>{TAIL})(?P<sep>{_SEP}){_SEP_DATE}(?=[\"“A-Z])")
# a line that is only a place and a date, above the story ("Nouakchott, 7 March 2024")
# (with a weekday: "Nairobi, Tuesday, November 10, 2026")
_WEEKDAY = r"(?i:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?)"
PLACE_DATE_LINE_RE = re.compile(rf"(?P<city>{_CITY_MIXED}|{_CITY_CAPS}){_REGION}\s*,\s*(?:{_WEEKDAY}\s*,?\s*)?{_DATE}\s*$")
# e.g. "MOSCOW. KAZINFORM " : caps city, a dot, a caps agency name
# (also "NUR-SULTAN. KAZINFORM – Deputy ...")
AGENCY_RE = re.compile(rf"(?P<city>{_CITY_CAPS})(?P<tail>\.\s+[A-Z]{{3,}}(?:/[A-Z]+)?)(?P<sep>(?:\s+(?:—|–|-{{1,2}}))?\s+)"
                       r"(?=[\"“A-Z])")
# an agency or outlet tag that opens the line before the dateline: "(MENAFN- Trend News Agency) "
# (with one bracket inside: "(MENAFN- Emirates News Agency (WAM)) ABU DHABI, 2nd October, 2025 (WAM) --")
PREFIX_RE = re.compile(r"(?:\((?:[^()\n]|\([^()\n]{1,20}\)){2,60}\)|\[[^\[\]\n]{2,60}\])\s*")
# an agency's initials joined to the place: "APA-Dakar (Senegal) The ..."
AGENCY_DASH_RE = re.compile(r"[A-Z]{2,6}-(?=[A-Z][a-z])")
# a sentence ends (or a quotation closes) somewhere in the text that follows a dateline
SENTENCE_END_RE = re.compile(r"[.!?][\"”’)]?(?:\s|$)|[\"”]\s")

# "PTI | Minsk | Updated: 24-08-2020 15:53 IST": a byline of fields, one of them the place
BYLINE_RE = re.compile(r"^[^|\n]{1,40}(?:\s\|\s[^|\n]{1,60}){2,}$")
NOT_CITY = {"BREAKING", "NEWS", "UPDATE", "EXCLUSIVE", "ANALYSIS", "OPINION", "WATCH", "LIVE", "VIDEO",
            "PHOTO", "FILE", "ENGLISH", "IMAGES", "HOME", "WORLD", "SHARE",
            # a page's time stamp opens with the weekday ("Mon Jan 20, 2025 09:12 PM")
            "MON", "TUE", "TUES", "WED", "THU", "THUR", "THURS", "FRI", "SAT", "SUN", "MONDAY", "TUESDAY",
            "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY", "UPDATED", "PUBLISHED", "POSTED"}
# a city that opens the story with only a full stop is a big one the paper sits in ("Dar es Salaam. Chadema")
STOP_CITY_POP = 500_000
MAX_LINES = 12  # a dateline opens one of the article's first paragraphs (lines with text)
# a place-and-date line of its own may sit below a portal's menus ("Home", "Press Releases", "Archive", ...)
MAX_PLACE_DATE_LINES = 40
MAX_CHARS = 4000  # ... within its first few kilobytes (boilerplate lines are short)
MIN_PROSE = 25  # characters of text after a dateline
WEAK_PROSE = 80  # ... when the dateline has neither date nor agency and the text shows no sentence end


def find_dateline(text: str, body_start: int = 0) -> tuple[int, int, int] | None:
    """Return (city start, city end, dateline end) as offsets in `text`, or None."""
    pos = body_start
    seen = 0
    while seen < MAX_PLACE_DATE_LINES and pos < len(text) and pos - body_start < MAX_CHARS:
        nl = text.find("\n", pos)
        line_end = len(text) if nl < 0 else nl
        line = text[pos:line_end]
        s = pos + len(line) - len(line.lstrip())
        if s < line_end:
            seen += 1
            if seen > MAX_LINES:
                found = _place_date_line(text, s, line_end)
                if found:
                    return found
                pos = line_end + 1
                continue
            found = _match_line(text, s, line_end) or _byline(text, s, line_end) or _place_date_line(
                text, s, line_end) or _city_line(text, s, line_end)
            prefix = PREFIX_RE.match(text, s, line_end) or AGENCY_DASH_RE.match(text, s, line_end)
            if not found and prefix and prefix.end() < line_end:
                found = _match_line(text, prefix.end(), line_end)
            if found:
                return found
        pos = line_end + 1
    return None


def _prose_after(text: str, pos: int, line_end: int) -> str:
    """The text a dateline opens: the rest of its line, continued across hard line breaks when the line
    stops mid-sentence ("... October 13. President of\nKyrgyzstan Sadyr Japarov ..."), never across a
    blank line."""
    out = text[pos:line_end]
    for _ in range(3):
        if len(out.strip()) >= WEAK_PROSE or SENTENCE_END_RE.search(out) or line_end >= len(text):
            break
        nxt = text.find("\n", line_end + 1)
        nxt = len(text) if nxt < 0 else nxt
        line = text[line_end + 1:nxt]
        if not line.strip():
            break
        out, line_end = out + " " + line.strip(), nxt
    return out.strip()


def _match_line(text, s, line_end):
    for rx in (CAPS_RE, AGENCY_RE, MIXED_RE):
        m = rx.match(text, s, min(line_end, s + 240))  # a dateline is short: bound the search
        if not m:
            continue
        city = m.group("city").strip()
        city = city if city.endswith(" D.C.") else city.rstrip("-.'")
        if city.upper() in NOT_CITY or len(city) < 3:
            continue
        tail, sep = m.group("tail").strip(" ,"), m.group("sep").strip()
        if not tail and not sep:
            continue
        agency = "(" in tail or "/" in tail or rx is AGENCY_RE
        strong = agency or any(ch.isdigit() for ch in tail) or bool(m.groupdict().get("sepdate"))
        # the text after it must be prose, not the rest of a headline ("Gaza: Strikes kill 24 overnight")
        prose = _prose_after(text, m.end(), line_end)
        if len(prose) < MIN_PROSE or not strong and len(prose) < WEAK_PROSE and not SENTENCE_END_RE.search(prose):
            continue
        if rx is MIXED_RE:
            # mixed case is how sentences start too ("On Sunday, May 26th, ..."): the place must be known,
            # or be written with a known country and an agency ("Borisovsky Military Training area, Belarus
            # (CNN) —")
            if not _known_place(city, min_pop=15_000 if strong else 50_000) and not (
                    "(" in tail and sep in ("—", "–", "-", "--") and _known_country(_region(m))):
                continue
            if not strong and sep not in ("—", "–", ":", "::", "--") and not (
                    sep == "." and _known_place(city, min_pop=STOP_CITY_POP)) and not _spaced_hyphen(m):
                continue
        elif not agency and not _known_place(city) and not (sep in ("—", "–", "-", "--") and _region(m)
                                                             and _known_country(_region(m))):
            continue  # "SHAFAQNA- ", "IMEMC 7 Apr —": an agency or a word, not a place (a town the gazetteer
            # lacks, written with its country before a dash, is one: "KASTANIES, Greece —")
        return m.start("city"), m.start("city") + len(city), m.end()
    return None


def _spaced_hyphen(m) -> bool:
    """"Niamey - Niger's military rulers ...": a hyphen with a space on each side separates as a dash does
    (not the hyphen of a compound, "Kyiv-Russia")."""
    sep = m.group("sep")
    return sep.strip() == "-" and sep.startswith(" ") and sep.endswith(" ") and not m.group("tail").strip()


def _city_line(text, s, line_end):
    """A line that is only a known place in capitals, above the story's first paragraph, as some agencies
    set it ("ISTANBUL" on its own line, then the story)."""
    line = text[s:line_end].strip()
    if not re.fullmatch(_CITY_CAPS, line) or line.upper() in NOT_CITY or len(line) < 3 \
            or not _known_place(line, min_pop=STOP_CITY_POP):
        return None
    after = re.split(r"\n\s*\n", text[line_end:line_end + 600].strip())
    first = " ".join(after[0].split()) if after else ""
    if len(first) < WEAK_PROSE or not SENTENCE_END_RE.search(first):
        return None
    return s, s + len(line), line_end


def _place_date_line(text, s, line_end):
    """A line of its own with a known place and a date, as press releases put it above the story, with prose
    among the next few lines ("Nouakchott, 7 March 2024")."""
    m = PLACE_DATE_LINE_RE.match(text, s, line_end)
    if not m or m.group("city").upper() in NOT_CITY or not _known_place(m.group("city"), min_pop=15_000):
        return None
    # (a hard-wrapped paragraph is read across its line breaks)
    after = re.split(r"\n\s*\n", text[line_end:line_end + 600].strip())
    if not any(len(p) >= WEAK_PROSE and SENTENCE_END_RE.search(p) for p in (" ".join(b.split()) for b in after[:4])):
        return None
    return m.start("city"), m.end("city"), line_end


def _region(m) -> str:
    gd = m.groupdict()
    return (gd.get("region") or gd.get("bregion") or "").strip(" .")


def _byline(text, s, line_end):
    line = text[s:line_end].rstrip()
    if not BYLINE_RE.match(line) or not any(ch.isdigit() for ch in line):
        return None
    offset = s
    for field in line.split("|"):
        name = field.strip()
        start = offset + field.find(name) if name else offset
        offset += len(field) + 1
        if name and name[0].isupper() and _known_place(name, min_pop=15_000):
            return start, start + len(name), line_end
    return None


def _known_place(name: str, min_pop: int = 0) -> bool:
    """The gazetteer knows this as a city or division by its own name (with at least `min_pop` people)."""
    if not gazetteer.DATA.exists():
        return min_pop == 0
    for c in gazetteer.load().candidates(name):
        # (another spelling of a national capital counts as its name: "Addis Abeba", "Kiev")
        if c["kind"] in ("city", "admin1") and (not min_pop or (c["primary"] or c["kind"] == "city" and c.get("capital"))
                                                and (c["population"] or 0) >= min_pop):
            return True
    return False


def _known_country(name: str) -> bool:
    """The gazetteer knows this as a country or first-level division ("Belarus", "Gaza Strip")."""
    if not name or not gazetteer.DATA.exists():
        return False
    return any(c["kind"] in ("country", "admin1") and c["primary"] for c in gazetteer.load().candidates(name))


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
