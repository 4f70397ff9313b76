"""Time expressions, resolved against the publication date: registered as `communique_dates`.

Detection is a set of regular expressions over the Doc text (the Doc text has the same
offsets as the input), because news dates follow a handful of written forms and regexes
give exact spans.  Resolution is our own code: dateparser resolves "Thursday" on a
Thursday to the week before and guesses the year of "November 12" without looking at
tense, both wrong for news.  Tense comes from the spaCy parse of the date's clause.

Each item of `doc._.dates`:
    {"text", "span": [s, e], "value": "YYYY-MM-DD"|"YYYY-MM"|"YYYY", "end": same|None,
     "_tok": [ts, te], "_grain": "day|month|year", "_sent": sentence start token,
     "_kind": "absolute|relative|anniversary|dateline"}
A "dateline" item comes from the blanked dateline: span into the original text, `_tok`/`_sent` None.
An "anniversary" item's value is the founding year ("33rd anniversary" in 2025 -> "1992");
it says when something began, not when the sentence's event happens.

`date_for_span(doc, ts, te)` gives the date of a token range; `story_date(doc)` the day an act the
text does not date is taken to have happened (the dateline's day, else the publication date).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from spacy.language import Language

from communique.pipeline.extensions import doc_text

MONTH_NAMES = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTH_NAMES.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTH_NAMES["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)")
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:[^\S\n]+(?:morning|afternoon|evening|night))?"
_PREP = r"(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Dd]uring|[Tt]hrough|[Bb]efore|[Aa]fter|of|[Ee]arly|[Ll]ate|mid-?|[Ll]ast|[Nn]ext|[Tt]his|year|[Tt]hroughout)"
# the joint of a range of days: "18-19", "12 to 14", "between 12 and 14" ("12 and 14 May" is taken as a range too)
_TO = r"(?:[^\S\n]*[-–][^\S\n]*|[^\S\n]+(?:to|and|until|till|through)[^\S\n]+)"
_LEAD = rf"(?:\b{_PREP}[^\S\n]+|\b[Mm]id-)"  # the word that makes a bare month or year a time ("in mid-October")
_NUMWORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_ORDWORDS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())}

# (kind, compiled pattern); the first pattern that claims characters wins, so longer forms come first.
# spaces inside a date never cross a line break ("on 17 July\n\n15 July 2020, 13:16" is two dates)
PATTERNS = [
    ("iso", re.compile(rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b")),
    ("dmy_num", re.compile(rf"\b(?P<d>0[1-9]|[12]\d|3[01])[-/.](?P<m>0[1-9]|1[0-2])[-/.](?P<y>{_YEAR})\b")),
    ("mdy_num", re.compile(rf"\b(?P<m>0?[1-9]|1[0-2])/(?P<d>1[3-9]|2\d|3[01])/(?P<y>{_YEAR})\b")),  # only when unambiguous
    ("dd_month", re.compile(rf"\b(?P<d1>{_DAY}){_TO}(?P<d2>{_DAY})[^\S\n]+(?:of[^\S\n]+)?(?P<mon>{_MONTH})(?:,?[^\S\n]+(?P<y>{_YEAR}))?(?![\w])")),
    ("month_dd", re.compile(rf"\b(?P<mon>{_MONTH})[^\S\n]+(?P<d1>{_DAY})[^\S\n]*[-–][^\S\n]*(?P<d2>{_DAY})(?![\d:])(?:,?[^\S\n]+(?P<y>{_YEAR}))?\b")),
    # "from October 3 to 8": in words only after "from"/"between" ("on March 3 and 10 people died" is no range)
    ("month_dd_w", re.compile(rf"\b(?:[Ff]rom|[Bb]etween)[^\S\n]+(?P<mon>{_MONTH})[^\S\n]+(?P<d1>{_DAY})[^\S\n]+(?:to|and|until|till|through)[^\S\n]+(?P<d2>{_DAY})(?![\d:])(?:,?[^\S\n]+(?P<y>{_YEAR}))?\b")),
    ("month_d", re.compile(rf"\b(?:{_WEEKDAY},?[^\S\n]+)?(?P<mon>{_MONTH})[^\S\n]+(?P<d>{_DAY})(?![\d:])(?:,?[^\S\n]+(?P<y>{_YEAR}))?\b")),
    ("d_month", re.compile(rf"\b(?:{_WEEKDAY},?[^\S\n]+)?(?P<d>{_DAY})[^\S\n]+(?:of[^\S\n]+)?(?P<mon>{_MONTH})(?:,?[^\S\n]+(?P<y>{_YEAR}))?(?![\w])")),
    # "on the 20th", "by the 3rd of next month"; not "the 20th century" (a word other than these follows)
    ("ord_day", re.compile(r"\b(?:[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Bb]efore|[Aa]fter)[^\S\n]+(?P<od>the[^\S\n]+"
                           r"(?P<d>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)(?:[^\S\n]+of[^\S\n]+(?P<rel>this|last|next)"
                           r"[^\S\n]+month)?)(?=[^\S\n]*(?:[,.;:)]|$)|[^\S\n]+(?:and|when|at|in|after|before|but|as|"
                           r"with|to|for|the)\b)", re.M)),
    ("month_y", re.compile(rf"\b(?P<mon>{_MONTH})[^\S\n]+(?P<y>{_YEAR})\b")),
    ("anniv", re.compile(r"\b(?:the[^\S\n]+)?(?P<n>\d{1,3}|" + "|".join(_ORDWORDS) + r")(?:st|nd|rd|th)?[^\S\n]+anniversary\b", re.I)),
    ("years_since", re.compile(r"\b(?P<n>\d{1,3})[^\S\n]+years[^\S\n]+since\b")),
    ("rel_edge", re.compile(r"\b(?P<edge>[Ee]arlier|[Ll]ater)[^\S\n]+this[^\S\n]+(?P<unit>week|month|year)\b")),
    # "the past week", "in the last month": the stretch up to the story's day, not the calendar unit before it
    ("past_span", re.compile(r"\b(?:[Tt]he|[Tt]his)[^\S\n]+(?:past|last)[^\S\n]+(?P<unit>week|month)\b(?![^\S\n]+of\b)")),
    # "on Tuesday last week", "Friday of next week": that weekday in the week named
    ("weekday_week", re.compile(rf"\b(?P<wd>{_WEEKDAY}){_PART},?[^\S\n]+(?:of[^\S\n]+)?(?P<rel>last|next|this)"
                                r"[^\S\n]+week\b")),
    # "at the weekend", "over the weekend", "this past weekend": the weekend the clause's tense points to
    ("weekend", re.compile(r"\b(?:(?:[Aa]t|[Oo]ver|[Dd]uring|[Oo]n)[^\S\n]+the|[Tt]his[^\S\n]+past)[^\S\n]+weekend\b")),
    ("rel_unit", re.compile(r"\b(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Pp]revious|[Cc]oming)[^\S\n]+(?P<unit>week|weekend|month|year)\b")),
    ("ago", re.compile(r"\b(?P<n>\d{1,3}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten))[^\S\n]+"
                       r"(?P<unit>day|week|fortnight|month|year)s?[^\S\n]+ago\b")),
    ("day_word", re.compile(r"\b(?P<w>(?:[Tt]he[^\S\n]+day[^\S\n]+(?:before[^\S\n]+yesterday|after[^\S\n]+tomorrow))|"
                            r"[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|[Ll]ast[^\S\n]+night|"
                            r"[Tt]his[^\S\n]+(?:morning|afternoon|evening))\b")),
    ("rel_weekday", re.compile(rf"\b(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)[^\S\n]+(?P<wd>{_WEEKDAY}){_PART}\b")),
    ("weekday", re.compile(rf"\b(?P<wd>{_WEEKDAY}){_PART}\b")),
    ("month_alone", re.compile(rf"{_LEAD}(?:the[^\S\n]+(?:end|beginning|middle)[^\S\n]+of[^\S\n]+)?(?P<mon>{_MONTH})\b(?!(?:[^\S\n]|,)+\d)")),
    ("year_range", re.compile(rf"{_LEAD}(?:the[^\S\n]+)?(?P<y>{_YEAR})[^\S\n]*[-–][^\S\n]*(?P<y2>{_YEAR}|\d\d)\b")),
    ("year_alone", re.compile(rf"{_LEAD}(?:the[^\S\n]+)?(?P<y>{_YEAR})\b(?![-–]\d)")),
]
# for these, the preposition is context, not part of the date text
_CONTEXT_PREFIXED = {"month_alone", "year_alone", "year_range", "month_dd_w", "ord_day"}

# verbs whose "to" complement happens when they do (not after, as with "agreed to meet")
ASPECT_VERBS = {"continue", "begin", "start", "try", "attempt", "seek", "strive", "manage", "fail", "refuse", "decline",
                "resume", "cease", "seem", "appear", "happen", "struggle", "rush", "hurry", "hasten", "move", "tend",
                "dare", "neglect", "remember", "forget"}
START_WORDS = {"from", "starting", "effective", "beginning"}  # an open start: "a truce from Saturday", "effective Monday"
FUTURE_WORDS = {"will", "shall", "'ll", "wo", "scheduled", "upcoming", "due", "planned", "plans", "plan", "ahead",
                "expected", "slated", "set", "forthcoming", "next", "tomorrow", "would"}


def _int(s: str) -> int:
    return int(re.sub(r"\D", "", s))


def _month(s: str) -> int:
    return MONTH_NAMES[s.rstrip(".").lower()]


def _fmt(d: dt.date, grain: str) -> str:
    return {"day": d.isoformat(), "month": d.isoformat()[:7], "year": d.isoformat()[:4]}[grain]


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    """The calendar day, or None for one that does not exist ("Feb. 30", year 0 or past 9999)."""
    try:
        return dt.date(y, m, d)
    except (ValueError, OverflowError):
        return None


def _plus(d: dt.date, days: int) -> dt.date | None:
    """`d` moved by `days`, or None beyond the calendar (before year 1, after 9999)."""
    try:
        return d + dt.timedelta(days=days)
    except (ValueError, OverflowError):
        return None


def _month_value(months: int) -> str | None:
    """'YYYY-MM' from a count of months since year 0, or None outside years 1-9999."""
    y, mo = divmod(months, 12)
    return f"{y:04d}-{mo + 1:02d}" if 1 <= y <= 9999 else None


def _year_value(y: int) -> str | None:
    return f"{y:04d}" if 1 <= y <= 9999 else None


CALLING_VERBS = {"call", "appeal", "push", "press"}
# actions an organiser calls for a coming day ("called a strike on Thursday")
CALLED_ACTIONS = {"strike", "protest", "demonstration", "rally", "march", "boycott", "walkout", "shutdown", "sit-in"}
# occasions one calls for on a coming day ("called for talks on Friday")
CALLED_OCCASIONS = CALLED_ACTIONS | {"talk", "talks", "vote", "election", "referendum", "meeting", "session", "summit",
                                     "ceasefire", "truce", "poll", "hearing", "debate"}


def clause_tense(doc, i: int, root: int | None = None) -> str:
    """'future', 'past' or 'present' for the clause that governs the date starting at token i (its head word
    `root`, default i). A date that names a noun's occasion ("during its Oct. 7 assault", "Monday's talks")
    is coming when its phrase says so ("ahead of Saturday's vote", "the upcoming Nov. 5 summit"), past in a
    past clause ("condemned Sunday's attack"), else the nearest: a coming clause may tell of a past occasion
    ("would free hostages seized in its Oct. 7 assault")."""
    tok = doc[i if root is None else root]
    if tok.dep_ in ("poss", "compound", "nmod", "amod") and tok.head.pos_ in ("NOUN", "PROPN"):
        np = tok.head
        words = {t.lower_ for t in np.subtree} | ({np.head.lower_, np.head.head.lower_} if np.dep_ == "pobj" else set())
        if words & FUTURE_WORDS:
            return "future"
        return "past" if clause_tense(doc, i, np.i) == "past" else "present"
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.dep_ == "prep" and tok.ent_type_ in ("DATE", "TIME"):
        return "future"  # "convened a summit for Wednesday", "talks set for Monday": the day the occasion is set for
    verb = next((a for a in [tok, *tok.ancestors] if a.pos_ in ("VERB", "AUX")), None)
    for a in [tok, *tok.ancestors]:
        if verb is not None and a.i == verb.i:
            break
        if a.dep_ == "prep" and a.lower_ == "for" and a.head.lemma_.lower() in CALLING_VERBS and any(
                g.dep_ == "pobj" and g.lemma_.lower() in CALLED_OCCASIONS for g in a.children):
            return "future"  # "called for nationwide demonstrations on June 25": the occasion called for is coming
            # (not "appealed to the UN for help on Monday": the day of the appeal)
        ends = [t for t in a.subtree] + [c for c in a.head.children if c.dep_ == "prep"]  # (or "from X | to Y")
        if a.lower_ in START_WORDS and not any(t.lower_ in ("to", "until", "till", "through", "-", "–") for t in ends):
            return "future"  # "agreed on a truce from 6 a.m. on Saturday": when it begins is not behind the deal
    if verb is not None and verb.lemma_.lower() in CALLING_VERBS and any(
            c.dep_ == "prep" and c.lower_ == "for" and c.i < tok.i and c.right_edge.i + 2 >= tok.i
            and any(g.dep_ == "pobj" and g.lemma_.lower() in CALLED_OCCASIONS for g in c.children)
            for c in verb.children):
        return "future"  # ("called for demonstrations on June 25", as parsed with the date on the verb)
    if verb is not None and verb.lemma_.lower() == "call" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in CALLED_ACTIONS for c in verb.children):
        return "future"  # "the bar association called a one-day national strike on Thursday": the strike to come
    scope = [verb] if verb is not None else []
    if verb is not None:
        scope += [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "amod", "acomp")]
        if verb.dep_ == "xcomp":  # "is scheduled to take place on Monday" (not "had set terms, but said on Monday")
            scope.append(verb.head)
    # the words of the phrase around the date ("the upcoming visit ... scheduled for")
    sent = tok.sent
    window = doc[max(sent.start, i - 8):i]
    words = {t.lower_ for t in scope}
    adverbial = verb is not None and tok.dep_ in ("pobj", "npadvmod") and (
        tok.head.i == verb.i or tok.head.dep_ == "prep" and tok.head.head.i == verb.i)
    if not (adverbial and verb.tag_ == "VBD"):  # ("is expected to visit next month, officials said on Tuesday")
        # ("deployed troops ahead of Saturday's vote": the vote's words; "a village next to X" is a place)
        words |= {t.lower_ for t in window if not (t.lower_ == "next" and t.nbor(1).lower_ == "to")}
    if any(t.lower_ == "set" and any(c.dep_ == "dobj" or c.lower_ in ("free", "loose") for c in t.children)
           for t in scope + list(window)):
        words.discard("set")  # "rebels set fire to the office on Monday", "were set free": the verb, not "is set for"
    if words & FUTURE_WORDS:
        return "future"
    if verb is not None and verb.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ASPECT_VERBS:
            return clause_tense(doc, verb.head.i)  # "continued to emerge over the weekend": the governor's time
        if verb.head.tag_ == "VBD" and (verb.dep_ == "advcl" or verb.dep_ == "xcomp" and verb.head.lemma_.lower()
                                          in ("use", "employ", "deploy", "send", "dispatch", "fire", "launch")):
            return "past"  # "used tear gas to disperse protesters late on Wednesday": the purpose of a past act
        return "future"  # "agreed to meet on Sunday", headline "Minister To Go To US On Sunday"
    if verb is not None and (verb.tag_ in ("VBD",) or _perfect_aux(verb)
                             # ("of having organised and financed Sunday's attack": conjoined participles share
                             # their auxiliary)
                             or verb.tag_ == "VBN" and verb.dep_ == "conj" and _perfect_aux(verb.head)
                             or verb.tag_ == "VBN" and any(c.tag_ == "VBD" for c in verb.children)
                             or verb.tag_ == "VBN" and (verb.dep_ == "ROOT" or verb.dep_ in ("csubjpass", "acl")) and any(
                                 c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
                             and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)):
        return "past"  # (a main verb with its subject and no auxiliary, "ambassadors on Wednesday signed off", is
        # a past tense the tagger took for a participle; so is a reduced passive, "protesters arrested in Minsk
        # on Sunday were sentenced")
    if tok.sent.root.pos_ in ("NOUN", "PROPN") or verb is not None and verb.dep_ == "ROOT" and verb.tag_ == "VBG" \
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        # "On Thursday, dozens of workers ... demonstrated outside the ministry, demanding that the government pay
        # salaries they say ...": a parse that makes a noun or the participle the root leaves the clause's tense
        # to the sentence's first finite verb
        finite = [t for t in tok.sent if t.tag_ in ("VBD", "VBZ", "VBP", "MD")]
        if finite and finite[0].tag_ == "VBD":
            return "past"
    return "present"


HAVE_FORMS = {"have", "has", "had", "having"}  # (the lemmatizer may leave "having" as it is)


def _perfect_aux(verb) -> bool:
    """Has `verb` a perfect auxiliary ("has signed", "having organised")?"""
    return any(c.dep_ == "aux" and (c.lemma_ == "have" or c.lower_ in HAVE_FORMS) for c in verb.children)


SOON_DAYS = 14
FOLLOWING_VERBS = {"follow", "succeed"}  # "X follows Y on Monday": Y's day, gone by
# verbs whose past is their present form: a plural subject's "hit" may be either
SAME_PAST = {"bet", "bid", "broadcast", "burst", "cast", "cost", "cut", "fit", "forecast", "hit", "hurt", "let", "put",
             "quit", "read", "rid", "set", "shed", "shut", "slit", "split", "spread", "thrust", "upset", "beat"}
IRREGULAR_PAST: set[str] = set()  # the model's irregular verb forms other than the base ("retook"): see make_dates
_SENTENCE_END = {".", "!", "?", "\"", "”", "'", "’"}


def scheduled_present(doc, i: int) -> bool:
    """Does the date at token i time a finite present clause of body prose ("the talks begin on Monday", "is
    visiting Paris on Friday")? News tells coming, scheduled acts so. Not a headline (no full stop: it tells
    past acts in the present too), nor a date of a noun ("follows Sunday's demonstration")."""
    tok = doc[i]
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    if tok.dep_ not in ("pobj", "npadvmod") or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lemma_.lower() in FOLLOWING_VERBS or verb.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "appos"):
        # "the exchanges follow India's missile strikes early on Wednesday": the day of what came before (and a
        # "verb" in a noun's place, "strikes" tagged VBZ, is a noun the tagger misread)
        return False
    # (the tagger calls some past forms present: "fighters retook" as VBP; "jets hit" may be either)
    finite = verb.tag_ == "VBZ" and verb.lower_.endswith("s") or verb.tag_ == "VBP" and (
        verb.lemma_ == "be" or verb.lower_ not in IRREGULAR_PAST and verb.lower_ not in SAME_PAST
    ) or verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    last = next((t for t in reversed(tok.sent) if not t.is_space), None)
    return finite and last is not None and last.text in _SENTENCE_END


def _resolve_md(month: int, day: int | None, pub: dt.date, tense: str, year_shift: int | None) -> dt.date | None:
    """A month(-day) without year: past -> latest on/before publication, future -> next, else nearest."""
    d = day or 1
    if year_shift is not None:
        return _safe_date(pub.year + year_shift, month, d)
    cands = [c for c in (_safe_date(pub.year + k, month, d) for k in (-1, 0, 1)) if c]
    if not cands:  # "Feb. 30": no such day in any year near publication
        return None
    if day is None:  # compare months, not days
        key = lambda c: (c.year, c.month)
        before = [c for c in cands if key(c) <= (pub.year, pub.month)]
        after = [c for c in cands if key(c) >= (pub.year, pub.month)]
    else:
        before = [c for c in cands if c <= pub]
        after = [c for c in cands if c >= pub]
    if tense == "future":
        # a day just gone in a future clause ("talks will begin on Oct. 20" in a story filed on the 23rd, a
        # reported plan) is that day, not one a year ahead ("February 29" with no leap day ahead: None)
        recent = [c for c in before if (pub - c).days <= SOON_DAYS]
        if recent and (not after or (min(after) - pub).days > 180):
            return max(recent)
        return min(after) if after else None
    if tense == "past":
        # a past clause is the parser's guess when the date hangs on the wrong verb ("vowed ... before the
        # truce goes into effect on May 22", published May 20): a day a few days ahead beats a year back
        # (a month alone is no such day: "met in January", filed on Dec. 18, is the January gone by)
        soon = [c for c in after if (c - pub).days <= SOON_DAYS] if day is not None else []
        if soon and (not before or (pub - max(before)).days > 180):
            return min(soon)
        return max(before) if before else None
    return min(cands, key=lambda c: abs((c - pub).days))


def _resolve_ord_day(day: int, pub: dt.date, tense: str, rel: str | None) -> dt.date | None:
    """"on the 20th": that day of the month named ("of next month"), else of the month the clause's tense
    points to: past -> latest on/before publication, future -> next on/after it, else the nearest."""
    def in_month(shift):  # the day in the month `shift` months from publication's
        y, mo = divmod(pub.year * 12 + pub.month - 1 + shift, 12)
        return _safe_date(y, mo + 1, day)

    if rel:
        return in_month({"last": -1, "this": 0, "next": 1}[rel])
    cands = [c for c in map(in_month, (-1, 0, 1)) if c]
    before, after = [c for c in cands if c <= pub], [c for c in cands if c >= pub]
    if tense == "past":
        return max(before) if before else None
    if tense == "future":
        return min(after) if after else None
    return min(cands, key=lambda c: abs((c - pub).days)) if cands else None


def _week_start(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _this_week(unit: str, pub: dt.date, tense: str):
    """"this week" / "the weekend" by the clause's tense: a past act happened between the week's start
    (the latest Saturday for a weekend) and the story's day, a coming one between that day and the week's
    (weekend's) end; a present one in the whole week (the coming weekend, the current one on a weekend)."""
    if unit == "weekend":
        if tense == "past":
            sat = _plus(pub, -((pub.weekday() - 5) % 7))
        else:
            sat = _plus(pub, -1) if pub.weekday() == 6 else _plus(pub, (5 - pub.weekday()) % 7)
        sun = sat and _plus(sat, 1)
        if not (sat and sun):
            return None
        if tense == "past":
            sun = min(sun, pub)  # published on the Saturday: the weekend so far
        elif tense == "future":
            sat = max(sat, pub)  # published on the Sunday: the rest of it
        return sat.isoformat(), sun.isoformat(), "day", "relative"
    ws = _week_start(pub)
    we = _plus(ws, 6)
    if we is None:
        return None
    a, b = {"past": (ws, pub), "future": (pub, we)}.get(tense, (ws, we))
    return a.isoformat(), b.isoformat(), "day", "relative"


def _year_shift_near(text: str, s: int, e: int) -> int | None:
    """'last year on March 19' / 'March 19 last year': the year named next to a yearless date."""
    ctx = text[max(0, s - 16):s] + " " + text[e:e + 16]
    m = re.search(r"\b(last|this|next)\s+year\b", ctx, re.I)
    return {"last": -1, "this": 0, "next": 1}[m.group(1).lower()] if m else None


def _resolve(kind, m, text, pub, tense_at):
    """(value, end, grain, kind) for one regex match, or None when it cannot be resolved.

    Calendar arithmetic goes through `_safe_date`/`_plus`, which give None beyond the calendar; the
    guard here makes any such case left over a non-date too, never an exception for the document."""
    try:
        return _resolve_match(kind, m, text, pub, tense_at)
    except (ValueError, OverflowError):
        return None


def _resolve_match(kind, m, text, pub, tense_at):
    g = m.groupdict()
    s, e = m.span()
    if kind in ("iso", "dmy_num", "mdy_num"):
        d = _safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
        return (d.isoformat(), None, "day", "absolute") if d else None
    if kind in ("dd_month", "month_dd", "month_dd_w"):
        mon = _month(g["mon"])
        d1, d2 = _int(g["d1"]), _int(g["d2"])
        if g["y"]:
            a, b = _safe_date(int(g["y"]), mon, d1), _safe_date(int(g["y"]), mon, d2)
        elif pub:
            a = _resolve_md(mon, d1, pub, tense_at(), _year_shift_near(text, s, e))
            b = _safe_date(a.year, mon, d2) if a else None
        else:
            return None
        if not (a and b) or b < a:
            return None
        return a.isoformat(), b.isoformat(), "day", "absolute" if g["y"] else "relative"
    if kind in ("month_d", "d_month"):
        mon, day = _month(g["mon"]), _int(g["d"])
        if g["y"]:
            d = _safe_date(int(g["y"]), mon, day)
        elif pub:
            d = _resolve_md(mon, day, pub, tense_at(), _year_shift_near(text, s, e))
        else:
            return None
        return (d.isoformat(), None, "day", "absolute" if g["y"] else "relative") if d else None
    if kind == "ord_day":
        if not pub:
            return None
        d = _resolve_ord_day(_int(g["d"]), pub, tense_at(), g["rel"])
        return (d.isoformat(), None, "day", "relative") if d else None
    if kind == "month_y":
        return f"{int(g['y']):04d}-{_month(g['mon']):02d}", None, "month", "absolute"
    if kind == "month_alone":
        if not pub or (g["mon"] == "May" and not re.match(r"(?i)in|since|by|until|during|early|late|mid|last|next|this",
                                                            m.group(0))):
            return None
        d = _resolve_md(_month(g["mon"]), None, pub, tense_at(), _year_shift_near(text, s, e))
        return (_fmt(d, "month"), None, "month", "relative") if d else None
    if kind == "year_alone":
        return g["y"], None, "year", "absolute"
    if kind == "year_range":
        y2 = g["y2"] if len(g["y2"]) == 4 else g["y"][:2] + g["y2"]
        return (g["y"], y2, "year", "absolute") if int(y2) > int(g["y"]) else None
    if kind in ("anniv", "years_since"):
        n = g["n"].lower()
        n = int(n) if n.isdigit() else _ORDWORDS.get(n)
        base = tense_at("base_year") or (pub.year if pub else None)
        value = _year_value(base - n) if n and base else None
        return (value, None, "year", "anniversary") if value else None
    if not pub:
        return None
    if kind == "day_word":
        w = " ".join(g["w"].lower().split())
        off = {"yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2,
               "the day after tomorrow": 2}.get(w, 0)
        d = _plus(pub, off)
        return (d.isoformat(), None, "day", "relative") if d else None
    if kind == "rel_edge":
        unit, edge = g["unit"], g["edge"].lower()
        if unit == "week":
            ws = _week_start(pub)
            if edge == "earlier":
                return ws.isoformat(), pub.isoformat(), "day", "relative"
            we = _plus(ws, 6)
            return (pub.isoformat(), we.isoformat(), "day", "relative") if we else None
        return _fmt(pub, unit), None, unit, "relative"
    if kind == "rel_unit":
        rel, unit = g["rel"].lower(), g["unit"]
        step = {"last": -1, "previous": -1, "next": 1, "coming": 1, "this": 0}[rel]
        if rel == "this" and unit in ("week", "weekend"):
            return _this_week(unit, pub, tense_at())
        if unit in ("week", "weekend"):
            ws = _plus(_week_start(pub), 7 * step)
            a, b = (_plus(ws, 5), _plus(ws, 6)) if ws and unit == "weekend" else (ws, ws and _plus(ws, 6))
            return (a.isoformat(), b.isoformat(), "day", "relative") if a and b else None
        if unit == "month":
            value = _month_value(pub.year * 12 + pub.month - 1 + step)
            return (value, None, "month", "relative") if value else None
        value = _year_value(pub.year + step)
        return (value, None, "year", "relative") if value else None
    if kind == "weekend":
        return _this_week("weekend", pub, "past" if "past" in m.group(0) else tense_at())
    if kind == "ago":
        n = g["n"].lower()
        n = int(n) if n.isdigit() else _NUMWORDS.get(n, 1)
        unit = g["unit"]
        if unit in ("day", "week", "fortnight"):
            d = _plus(pub, -n * {"day": 1, "week": 7, "fortnight": 14}[unit])
            return (d.isoformat(), None, "day", "relative") if d else None
        value = _month_value(pub.year * 12 + pub.month - 1 - n) if unit == "month" else _year_value(pub.year - n)
        return (value, None, unit, "relative") if value else None
    if kind == "past_span":
        a = _plus(pub, -6 if g["unit"] == "week" else -29)
        return (a.isoformat(), pub.isoformat(), "day", "relative") if a else None
    if kind == "weekday_week":
        d = _plus(_week_start(pub), 7 * {"last": -1, "this": 0, "next": 1}[g["rel"]] + WEEKDAYS[g["wd"].lower()])
        return (d.isoformat(), None, "day", "relative") if d else None
    if kind in ("weekday", "rel_weekday"):
        wd = WEEKDAYS[g["wd"].lower()]
        rel = (g.get("rel") or "").lower()
        back = (pub.weekday() - wd) % 7
        fwd = (wd - pub.weekday()) % 7
        if rel == "next":
            d = _plus(pub, fwd or 7)
        elif rel == "last":
            d = _plus(pub, -(back or 7))
        else:
            tense = "future" if rel == "this" else tense_at()
            if tense == "present":  # "the Wednesday meeting is imminent", "tariffs beginning Monday": the nearer
                tense = "future" if fwd < back or tense_at("scheduled") else "past"
            d = _plus(pub, fwd) if tense == "future" else _plus(pub, -back)
        return (d.isoformat(), None, "day", "relative") if d else None
    return None


_DATELINE_KINDS = ("iso", "dmy_num", "mdy_num", "month_d", "d_month", "weekday")  # "TOKYO, Wednesday (Kyodo)"


def dateline_dates(doc, pub: dt.date | None) -> list[dict]:
    """Dates written in the dateline ('DUBAI, June 9, 2023 (Reuters) -'), which the Doc text blanks.

    Items have spans into the original text, `_kind` "dateline" and no tokens (`_tok`/`_sent` None):
    the story's own date, for events without a date in their sentence.
    """
    rec = doc._.record or {}
    span = rec.get("dateline_span")
    source = doc._.source_text or ""
    if not span or not source:
        return []
    start, end = span[0], span[-1]
    part = source[start:end]
    out = []
    for kind, rx in PATTERNS:
        if kind not in _DATELINE_KINDS:
            continue
        for m in rx.finditer(part):
            res = _resolve(kind, m, part, pub, lambda what="tense": None if what == "base_year" else "past")
            if res:
                value, end_value, grain, _ = res
                out.append({"text": m.group(0), "span": [start + m.start(), start + m.end()], "value": value,
                            "end": end_value, "_tok": None, "_grain": grain, "_sent": None, "_kind": "dateline"})
        if out:
            break
    return out[:1]


STORY_LAG_DAYS = 3  # a wire story is published at most this long after the day its dateline names


def _story_day(pub: dt.date | None, on_dateline: list[dict]) -> dt.date | None:
    """The day the story reports from: its dateline's day ("DUBAI, June 9, 2023 (Reuters)" in a page
    published June 10), else the publication date. Without a publication date only a dateline date
    with its year counts."""
    d = on_dateline[0] if on_dateline else None
    if not d or d["_grain"] != "day" or d["end"]:
        return pub
    day = dt.date.fromisoformat(d["value"])
    if pub is None:
        return day if re.search(_YEAR, d["text"]) else None
    return day if 0 <= (pub - day).days <= STORY_LAG_DAYS else pub


def story_date(doc) -> str | None:
    """ISO day of the story (see `_story_day`): what an act the text does not date happened on."""
    pub = (doc._.record or {}).get("published")
    pub = dt.date.fromisoformat(pub) if pub else None
    day = _story_day(pub, [d for d in doc._.dates or [] if d.get("_kind") == "dateline"])
    return day.isoformat() if day else None


def find_dates(doc) -> list[dict]:
    text = doc_text(doc)
    pub = (doc._.record or {}).get("published")
    pub = dt.date.fromisoformat(pub) if pub else None
    on_dateline = dateline_dates(doc, pub)
    pub = _story_day(pub, on_dateline)  # relative dates count from the day the story was filed
    taken = bytearray(len(text))
    found = []
    for kind, rx in PATTERNS:
        for m in rx.finditer(text):
            s, e = m.span()
            if kind in _CONTEXT_PREFIXED:
                key = next(k for k in ("mon", "y", "od") if k in m.groupdict())
                s = m.start(key)
                if kind == "year_range":
                    e = m.end("y2")
            if any(taken[s:e]):
                continue
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            found.append((kind, m, s, e, span))
            taken[s:e] = b"\x01" * (e - s)
    found.sort(key=lambda f: f[2])
    items = []
    for kind, m, s, e, span in found:
        sent = span[0].sent

        def tense_at(what="tense", _span=span, _sent=sent, _s=s):
            if what == "base_year":  # an explicit year elsewhere in the sentence ("The year 2022 marks ...")
                ym = [int(y) for y in re.findall(rf"\b{_YEAR}\b", _sent.text)]
                return ym[0] if ym else None
            if what == "scheduled":
                return scheduled_present(doc, _span.root.i)
            return clause_tense(doc, _span[0].i, _span.root.i)

        res = _resolve(kind, m, text, pub, tense_at)
        if res is None:
            continue
        value, end, grain, dkind = res
        items.append({"text": text[s:e], "span": [s, e], "value": value, "end": end,
                      "_tok": [span.start, span.end], "_grain": grain, "_sent": sent.start, "_kind": dkind})
    return on_dateline + items


def date_for_span(doc, ts: int, te: int) -> dict | None:
    """The date item that says when the words in token range [ts, te) happen, or None.

    Looks only in the sentence of token ts and skips anniversary items (founding years).
    Preference: a date inside the range; then one attached to the same clause (the same
    governing verb); then the nearest by token distance; a finer grain breaks ties.
    """
    if not doc._.dates or ts >= len(doc):
        return None
    sent = doc[ts].sent
    cands = [d for d in doc._.dates if d["_sent"] == sent.start and d.get("_kind") != "anniversary"]
    if not cands:
        return None

    def verb_of(i):
        return next((a.i for a in [doc[i], *doc[i].ancestors] if a.pos_ in ("VERB", "AUX")), None)

    clause = {verb_of(i) for i in range(ts, min(te, len(doc)))} - {None}
    grain_rank = {"day": 0, "month": 1, "year": 2}

    def score(d):
        a, b = d["_tok"]
        inside = a >= ts and b <= te
        dist = 0 if inside else min(abs(a - te), abs(ts - b))
        same_clause = verb_of(a) in clause
        return (not inside, not same_clause, dist, grain_rank.get(d["_grain"], 3))

    return min(cands, key=score)


@Language.factory("communique_dates")
def make_dates(nlp, name):
    try:  # the lemmatizer's irregular verb forms, to tell "retook" tagged VBP from a present form
        exc = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc").get("verb") or {}
        IRREGULAR_PAST.update(form for form, lemmas in exc.items() if form not in lemmas)
    except (KeyError, AttributeError):
        pass

    def component(doc):
        doc._.dates = find_dates(doc)
        return doc
    return component
