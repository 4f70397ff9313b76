"""Sentence split and the shortcut gate: which sentences are worth the statistical pipeline.

The statistical model (tagger, parser, NER...) is the dominant cost.  Every sentence is split
off by cheap rules before any model runs, and the model runs on each sentence as a Doc of its
own, in both modes.  With the shortcut on, a sentence that cannot hold anything communique
extracts is not sent to the model at all: no capitalised word (other than a sentence-initial
function word), no digit or number word, no quotation mark and not inside a quotation, no
pronoun the actors component resolves, no role, date, amount or people word and no event
trigger (in any inflection) from the extractors' own tables.  Without a name, role or pronoun
there is no actor mention; without a trigger there is no event; without a digit, number word,
date word or quote mark there is no amount, date or quote.  Because each kept sentence gets exactly the same input (its own tokens,
one preset sentence) in both modes, the shortcut only removes work on sentences that yield
nothing, and extraction results are identical (tests/test_shortcut.py checks it).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import IS_SPACE, ORTH

from communique.pipeline.extensions import doc_text, tokens

ENDERS = {".", "!", "?", "…", "?!", "!?", "..."}
CLOSERS = {"”", '"', "’", "'", ")", "]", "»"}
QUOTE_MARKS = set("“”\"«»„")
SINGLE_QUOTES = {"‘", "’", "'"}
# pronouns resolved to actors (actors.PRONOUNS_SG / PRONOUNS_PL, "both"); speakers in quotes
PRONOUNS = {"he", "she", "him", "her", "his", "hers", "they", "them", "their", "theirs", "both", "we", "our", "i"}
# people, crowds and counts: amounts count "dozens of protesters", events report casualties
COUNT_WORDS = {"dozen", "dozens", "hundreds", "thousands", "millions", "billions", "scores", "half", "percent",
               "cent", "pct", "twice", "double", "triple", "killed", "dead", "injured", "wounded", "arrested",
               "detained", "protesters", "troops", "several", "many", "few", "some", "numerous"}
DATE_WORDS = {"today", "yesterday", "tomorrow", "tonight", "week", "weekend", "month", "year", "day", "days",
              "weeks", "months", "years", "ago", "earlier", "later", "last", "next", "previous", "coming",
              "morning", "afternoon", "evening", "night", "anniversary", "since", "now", "recently"}
_WORD_RE = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def lexicon() -> frozenset:
    """Lower-case words that may start an extraction, from the extractors' own tables."""
    from communique import knowledge
    from communique.pipeline import actors, amounts, dates

    words = set(PRONOUNS) | COUNT_WORDS | DATE_WORDS
    # a role phrase cannot match without its head word (the last one, matched by lemma); names of
    # countries and organisations are matched case-sensitively, so capitals already keep them
    for phrase in knowledge.load().roles:
        words.update(_WORD_RE.findall(phrase.lower())[-1:])
    for table in (actors.WEAK_ROLES, actors.PLURAL_SIDES, actors.PRONOUNS_SG, actors.PRONOUNS_PL,
                  amounts.SCALES, amounts.NAMES, amounts.WORD_VALUES, amounts.PEOPLE_NOUNS, amounts.MEASURE_NOUNS,
                  amounts.KIND_WORDS, dates._NUMWORDS, dates._ORDWORDS):
        for w in table:
            words.update(_WORD_RE.findall(str(w).lower())[-1:])
    return frozenset(words)


def _singular(low: str) -> tuple[str, ...]:
    forms = [low]
    if low.endswith("ies"):
        forms.append(low[:-3] + "y")
    if low.endswith("es"):
        forms.append(low[:-2])
    if low.endswith("s"):
        forms.append(low[:-1])
    if low.endswith("men"):
        forms.append(low[:-3] + "man")
    return tuple(forms)


WRAP_MAX_WIDTH = 100  # hard-wrapped text has lines at most this long ...
WRAP_MIN_LINES = 3  # ... and at least this many full lines broken inside a sentence


def wrapped_breaks(text: str) -> set[int]:
    """Offsets of the line breaks that hard wrapping put inside a sentence ("... President of\nKyrgyzstan
    Sadyr Japarov ..."): in a text whose lines have a fixed width, a break after a full-width line that does
    not end a sentence. Headlines and boilerplate lines are short or the text is not wrapped: their
    breaks stay sentence ends."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos + len(line), line.rstrip()))  # (offset of its line break, text)
        pos += len(line) + 1
    widths = sorted(len(x) for _, x in lines if x.strip())
    if len(widths) < WRAP_MIN_LINES + 1:
        return set()
    width = widths[int(0.9 * (len(widths) - 1))]
    if width > WRAP_MAX_WIDTH:
        return set()
    out = set()
    for (brk, line), (_, nxt) in zip(lines, lines[1:]):
        if len(line) >= 0.7 * width and nxt.strip() and line[-1:] not in ".!?:;\"”»)]" and line[-1:].isalnum() \
                or len(line) >= 0.7 * width and line[-1:] == ",":
            out.add(brk)
    return out if len(out) >= WRAP_MIN_LINES else set()


def split_sentences(doc) -> list[tuple[int, int]]:
    """Token ranges [start, end) covering the whole Doc: a sentence ends after . ! ? (with any closing
    quotes or brackets) unless a lower-case word follows, and at a line break, unless hard wrapping put
    it inside a sentence (`wrapped_breaks`); whitespace after a sentence stays with it."""
    tok = tokens(doc)
    soft = wrapped_breaks(doc_text(doc))
    bounds = []
    n = len(doc)
    start = 0
    i = 0
    while i < n:
        t = tok[i]
        brk = False
        if t.text in ENDERS or (t.is_punct and t.text[-1:] in "!?" and len(t.text) <= 3):
            j = i + 1
            while j < n and tok[j].text in CLOSERS:
                j += 1
            i = j - 1
            k = j
            while k < n and tok[k].is_space and "\n" not in tok[k].text:
                k += 1
            # "“Stop!” he said.": a lower-case word after the mark continues the sentence
            brk = not (k < n and not tok[k].is_space and tok[k].text[:1].islower())
        elif t.is_space and "\n" in t.text:
            brk = not (soft and t.text.count("\n") == 1 and t.idx + t.text.index("\n") in soft)
        if brk:
            j = i + 1
            while j < n and tok[j].is_space:  # trailing whitespace (and blank lines) stays with the sentence
                j += 1
            if j < n:
                bounds.append((start, j))
                start = j
            i = j
            continue
        i += 1
    if start < n:
        bounds.append((start, n))
    if any(e - s > MAX_SENTENCE_TOKENS for s, e in bounds):
        bounds = [piece for s, e in bounds for piece in _cut_long(doc, s, e)]
    return bounds


# Sentences longer than this many tokens are cut into pieces for the model and the extractors (the
# longest sentence of the development data and the 249 Guardian articles has 176 tokens).  Each piece
# is a sentence of its own: spans and text are untouched, and the document's `warnings` say where.
MAX_SENTENCE_TOKENS = 250
_CUT_AFTER = {";", ",", ":", "—", "–", "-", ")"}


def _cut_long(doc, s: int, e: int) -> list[tuple[int, int]]:
    """[s, e) as pieces of at most MAX_SENTENCE_TOKENS tokens, each cut after the last comma, semicolon,
    colon or dash of its second half when there is one."""
    tok = tokens(doc)
    if e - s <= MAX_SENTENCE_TOKENS:
        return [(s, e)]
    from communique.pipeline.extensions import warn

    pieces = []
    start = s
    while e - start > MAX_SENTENCE_TOKENS:
        limit = start + MAX_SENTENCE_TOKENS
        cut = next((i + 1 for i in range(limit - 1, start + MAX_SENTENCE_TOKENS // 2, -1)
                    if tok[i].text in _CUT_AFTER), limit)
        pieces.append((start, cut))
        start = cut
    pieces.append((start, e))
    warn(doc, f"sentence at [{tok[s].idx}, {tok[e - 1].idx + len(tok[e - 1].text)}] has {e - s} tokens, more "
              f"than {MAX_SENTENCE_TOKENS}: read as {len(pieces)} pieces")
    return pieces


def _quote_marks_after(text: str, inside: bool) -> bool:
    """Inside double quotation marks after reading `text`, having been `inside` before it?"""
    for ch in text:
        if ch in "“«„":
            inside = True
        elif ch in "”»":
            inside = False
        elif ch == '"':
            inside = not inside
    return inside


# ORTH -> (does the token close a paragraph, inside quotation marks after it from outside, from inside): a
# token's effect on the quotation state is a function of its text, worked out once per word form
_QUOTE_EFFECT: dict[int, tuple[bool, bool, bool]] = {}


def quoted_tokens(doc) -> list[bool]:
    """Per token: does it lie inside double quotation marks (a quotation may run over several sentences)?
    Quotations are closed at paragraph ends (a space token holding a line break).  Read from the Doc's ORTH and
    IS_SPACE arrays, each word form's effect looked up in `_QUOTE_EFFECT`."""
    if not len(doc):
        return []
    strings, effects = doc.vocab.strings, _QUOTE_EFFECT
    inside = False
    out = []
    for orth, space in doc.to_array([ORTH, IS_SPACE]).tolist():
        effect = effects.get(orth)
        if effect is None:
            text = strings[orth]
            effect = effects[orth] = (bool(space) and "\n" in text, _quote_marks_after(text, False),
                                      _quote_marks_after(text, True))
        if effect[0]:
            inside = False  # quotations are closed at paragraph ends
        out.append(inside)
        inside = effect[2] if inside else effect[1]
    return out


class Gate:
    """`may_yield(doc, start, end)`: could any extractor find something in doc[start:end]?  False only
    when surely not.  Built from the extractors' tables and the model's irregular word forms."""

    def __init__(self, nlp=None):
        from communique import ontology

        self.words = lexicon()
        lex = ontology.triggers()
        # events: trigger verbs and nouns; obligations ("must", "should", "have to") make REQUEST events
        self.triggers = {w.lower() for w in list(lex["verbs"]) + list(lex["nouns"])} | {"must", "should", "have"}
        self.irregular: dict[str, set] = {}
        lemmatizer = _pipe(nlp, "lemmatizer")
        if lemmatizer is not None and "lemma_exc" in lemmatizer.lookups.tables:
            exc = lemmatizer.lookups.get_table("lemma_exc")
            for pos in ("verb", "noun"):
                for form, lemmas in (exc.get(pos) or {}).items():
                    self.irregular.setdefault(form, set()).update(lemmas)

    def is_trigger(self, low: str) -> bool:
        """A trigger word in any inflection (a generous superset: stems by stripping endings)."""
        if low in self.triggers or any(x in self.triggers for x in self.irregular.get(low, ())):
            return True
        for suffix, repl in (("s", ""), ("es", ""), ("ies", "y"), ("d", ""), ("ed", ""), ("ied", "y"),
                             ("ing", ""), ("ing", "e")):
            if low.endswith(suffix) and low[: -len(suffix)] + repl in self.triggers:
                return True
        for suffix in ("ed", "ing"):  # doubled consonant: "stopped", "planning"
            stem = low[: -len(suffix)]
            if low.endswith(suffix) and len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in self.triggers:
                return True
        return False

    def may_yield(self, doc, start: int, end: int, quoted: list[bool] | None = None) -> bool:
        tok = tokens(doc)
        words = self.words
        first = True
        for i in range(start, end):
            t = tok[i]
            if t.is_space:
                continue
            text = t.text
            if quoted is not None and quoted[i]:
                return True
            if any(ch in QUOTE_MARKS or ch.isdigit() for ch in text):
                return True
            if text in SINGLE_QUOTES or text[:1] == "‘":
                return True
            low = t.lower_
            if text != low:
                # a capitalised sentence-initial function word ("The", "But", "In") names nothing
                if not (first and t.is_title and t.is_stop and low not in words):
                    return True
            if t.like_num or any(f in words for f in _singular(low)) or self.is_trigger(low):
                return True
            if not t.is_punct:
                first = False
        return False


def _pipe(nlp, name):
    if nlp is None:
        return None
    try:
        return nlp.get_pipe(name)
    except KeyError:
        return None
