"""Quotations and who said them: registered as `communique_quotes`.

1. `quote_segments` pairs quotation marks paragraph by paragraph (curly, straight, guillemets;
   a curly opener may be closed by a straight mark; a quotation inside a quotation belongs to the outer one).  A paragraph that ends inside a quote and a
   following paragraph that reopens one form a multi-paragraph quote: one item per paragraph
   (so each paragraph's words can be checked at its own span), all sharing `_group` and speaker.
2. The attribution is the clause after the closing mark (", said X", ", X said", ", the statement
   read") or else the clause before the opening mark ("X said he was on a “very important trip");
   a lead-in ending right at the quote ("Modi said, “...") wins over a later clause.  Also:
   "according to X", a content clause ("X agreed that they would “..."), the speaker named in the
   next sentence, and otherwise the previous quote's speaker when it is close.
3. The subject becomes an actor through `doc._.mentions`: "he"/"she" is the last person named
   before the quote (outside quotes), "they" the last group; conjoined subjects and plural
   mentions give several actors; a role noun ("the foreign minister") the named person holding
   it; "the statement" whoever issued the last statement; a name in apposition ("the Commission's
   chair, Jane Roe,") names an office-only person.
4. Indirect speech ("X said that <clause>") outside any quotation is a quote with `direct: false`.
Finally amounts inside a quote that speaks of "our"/"mutual" figures get the speaker's actors.

Item: {"text", "span", "direct", "speaker": {"actor", "actors", "name", "code"} | None,
       "_tok": [ts, te], "_group": int | None}
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate

from spacy.language import Language
from spacy.attrs import HEAD, POS
from spacy.symbols import VERB

from communique import knowledge
from communique.knowledge.actor_kb import NAME_PARTICLES
from communique.pipeline import genre, lookup
from communique.pipeline.actors import RANK_WORDS
from communique.pipeline.places import place_at
from communique.pipeline.extensions import doc_text, span_tokens, token_indices, tokens

OPENERS, CLOSERS, BOTH = {"“", "«", "„"}, {"”", "»"}, {'"'}
_MARKS = re.compile("[" + re.escape("".join(sorted(OPENERS | CLOSERS | BOTH))) + "]")  # where `_pair_marks` looks
SPEECH_LEMMAS = {"say", "tell", "add", "state", "write", "tweet", "announce", "declare", "note", "stress",
                 "emphasize", "emphasise", "affirm", "reaffirm", "urge", "call", "warn", "insist", "argue",
                 "explain", "remark", "conclude", "read", "claim", "describe", "express", "assert", "underline",
                 "mention", "reply", "respond", "comment", "ask", "acknowledge", "admit", "confirm", "deny",
                 "vow", "pledge", "promise", "hail", "welcome", "condemn", "accuse", "recall", "quote", "cite",
                 "term", "highlight", "report", "post", "offer", "demand", "brand", "caution", "predict",
                 "reiterate", "repeat", "suggest", "indicate", "recount", "tell", "voice", "stat", "convey", "denounce",
                 "decry", "allege", "contend", "lament", "criticise", "criticize", "slam", "blast", "praise",
                 "text", "texte", "message", "dismiss", "label"}
INDIRECT_LEMMAS = {"say", "tell", "add", "state", "announce", "declare", "note", "stress", "emphasize", "emphasise",
                   "affirm", "reaffirm", "warn", "insist", "argue", "explain", "claim", "assert", "confirm",
                   "deny", "acknowledge", "admit", "report", "reiterate", "believe", "underline"}
PAST_SPEECH = {"said", "says", "read", "added", "told", "wrote", "stated", "tweeted", "noted", "stressed"}
# "the AU's chief", "the agency's head": the head of a body named in the phrase
HEAD_WORDS = {"chief", "head", "boss", "chairman", "chairwoman", "chairperson", "chair", "leader"}
PHRASE_STOPS = {"relcl", "acl", "appos", "ccomp", "advcl", "punct"}  # a speaker phrase ends at clauses
# a statement's phrase keeps who signed or issued it ("the declaration signed by both parties"), not what it says
STATEMENT_PHRASE_STOPS = {"relcl", "appos", "ccomp", "advcl", "punct"}
STATEMENT_WORDS = {"statement", "communique", "communiqué", "declaration", "readout", "release", "message", "note",
                   "tweet", "post", "letter"}
MALE_FEMALE = {"he", "she", "him", "her", "his"}
# "His Excellency said", "Her Majesty said": a style of address for the dignitary just named
STYLE_OF_ADDRESS = {"excellency", "highness", "majesty", "holiness", "eminence"}
INDEFINITE = {"a", "an", "one", "another"}
# bounds that keep every look-back linear in the document: a sentence's lead-in is read from at most
# this many characters before its quote, an antecedent is sought among at most this many mentions back,
# and a clause is searched for statement words over at most this many tokens
MAX_LOOKBACK_CHARS = 2000
MAX_LOOKBACK_MENTIONS = 400
MAX_CLAUSE_TOKENS = 60
PLURAL_PRONOUNS = {"they", "we", "them"}
# words that name a person only by what they do here: 'the diplomat said' is the person just named
GENERIC_PERSON_NOUNS = {"diplomat", "official", "spokesperson", "spokesman", "spokeswoman", "politician", "envoy"}
# words that name a body only by what kind of body it is: 'the group said' is the non-state body just named
GENERIC_BODY_NOUNS = {"group", "movement", "militia", "organisation", "organization", "alliance", "coalition",
                      "outfit", "faction"}
NON_STATE_SECTORS = {"REB", "OPP", "PTY", "NGO", "CVL", "LAB", "IMG", "BUS", "MED", "EDU", "REL", "DEV"}
ROLE_WORDS = {"minister", "president", "prime", "foreign", "secretary", "premier", "chancellor", "ambassador",
              "spokesperson", "spokesman", "spokeswoman", "diplomat", "envoy", "chief", "leader", "general",
              "state", "councilor", "councillor", "king", "emir", "prince", "chairman", "chairperson", "mr", "ms"}


def quote_segments(text: str) -> list[dict]:
    """Quote spans per paragraph: {"start", "end" (inner text), "closed", "para_start", "opens_para"}.
    A quotation inside a quotation ('“The theme, “Joining Hands,” shows ...,” said X') belongs to the outer
    one; when a paragraph's marks do not pair up as nested, they are paired flat (a stray opener is common)."""
    segs = []
    lines = text.split("\n")
    starts = list(accumulate((len(x) + 1 for x in lines), initial=0))
    i = 0
    while i < len(lines):
        base, para, j = starts[i], lines[i], i
        found = _pair_marks(para)
        # a hard-wrapped line the unwrapping left ending inside a quotation ('... and exceeded\n$120 million,"
        # X noted.'): the quotation closes on the next lines, which do not reopen it
        while found and not found[-1][2] and j + 1 < len(lines) and j - i < 3 and lines[j + 1].strip() \
                and lines[j + 1].lstrip()[:1] not in OPENERS | BOTH:
            j += 1
            para = para + "\n" + lines[j]
            found = _pair_marks(para)
        if j > i and not (found and found[-1][2]):
            para, j = lines[i], i
            found = _pair_marks(para)
        for a, b, closed in found:
            segs.append({"start": base + a, "end": base + b, "closed": closed, "para": base,
                         "opens_para": not para[:a - 1].strip()})
        i = j + 1
    return segs


def _inner_opener(para: str, i: int) -> bool:
    """Does the mark at i open a quotation inside an open one: set after a space or an opening bracket and
    before a word ('theme, “Joining' / 'theme, "Joining'), unlike a closer ('interests," Xi')?"""
    before = para[i - 1] if i else " "
    after = para[i + 1] if i + 1 < len(para) else " "
    return (before.isspace() or before in "([—–-") and (after.isalnum() or after in "‘'")


def _pair_marks(para: str, begin: int = 0, nested: bool = True) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of each outermost quotation in one paragraph from `begin`. A quotation that held
    an inner one but is left open at the paragraph's end ('“We are ready. “We will go,” he said.': a stray
    opener) is paired again from its opening mark without nesting."""
    out = []
    open_at = None
    depth = []  # the marks of the quotations open inside the outer one
    held = False  # the open quotation has held an inner one
    for mark in _MARKS.finditer(para, begin):  # (no other character changes anything below)
        i = mark.start()
        ch = para[i]
        if open_at is None:
            if ch in OPENERS or ch in BOTH:
                if ch in BOTH and i + 1 < len(para) and para[i + 1].isspace():
                    continue  # a straight mark followed by a space does not open a quote
                open_at = i
            continue
        if nested and (ch in OPENERS or ch in BOTH and not depth or ch in BOTH and depth[-1] not in BOTH) \
                and _inner_opener(para, i):
            depth.append(ch)
            held = True
            continue
        if nested and depth and (ch in CLOSERS and depth[-1] in OPENERS or ch in BOTH and depth[-1] in BOTH):
            depth.pop()
            continue
        if ch in CLOSERS or ch in BOTH:
            out.append((open_at + 1, i, True))
            open_at, depth, held = None, [], False
    if open_at is not None and held:
        return out + _pair_marks(para, open_at, nested=False)
    if open_at is not None:
        end = len(para.rstrip())
        if end > open_at + 1:
            out.append((open_at + 1, end, False))
    return out


def _clean_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
        e -= 1
    return s, e


def _worth_keeping(t: str) -> bool:
    words = re.findall(r"[\w’'-]+", t)
    if len(words) < 2:
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    return not (len(words) <= 8 and caps >= 0.8 * len(words))  # a title or a name, not speech


def _opens_sentence(text: str, seg: dict) -> bool:
    """Does the quotation open a sentence (after a paragraph break or a full stop)?"""
    return seg["opens_para"] or re.search(r"[.!?][”\"»]?\s*$", text[max(seg["para"], seg["start"] - 6):seg["start"] - 1]) \
        is not None


def _sentence_end(doc, text: str, end: int) -> int:
    """Where the sentence of a quotation closing at `end` ends, with its attribution ('“...,” said X.')."""
    after = _after_clause(doc, text, end)
    words = [t for t in after if not t.is_space] if after is not None else []
    if words:
        return words[-1].sent.end_char
    span = doc.char_span(end, min(end + 1, len(text)), alignment_mode="expand")
    return span[0].sent.end_char if span is not None and len(span) else end


def _one_word_quote(t: str) -> bool:
    """A single lower-case word ('called the shelling “unacceptable”', 'had been “ambushed”'): a quotation when a
    verb of saying in its sentence gives it a speaker."""
    return re.fullmatch(r"\s*[a-z][a-z’'-]{3,}[.,!?]?\s*", t) is not None


def _said(doc, text: str, seg: dict) -> bool:
    """Is the quotation the words of a verb of saying: one that governs it in the parse ('called the shelling
    “unacceptable”'), or one right after it ('“unacceptable,” she said')?"""
    before = _before_clause(doc, text, seg["start"], seg["para"])
    if before is not None and len(before) and _governing_speech_verb(doc, before, seg["start"]) is not None:
        return True
    comma = "," in (text[seg["end"] - 1:seg["end"]] + text[seg["end"] + 1:seg["end"] + 2])
    after = _after_clause(doc, text, seg["end"]) if seg["closed"] and comma else None
    return after is not None and not _new_clause(after) and _speech_verb(after) is not None


def _group(segs: list[dict], text: str) -> list[list[dict]]:
    """Join an unclosed paragraph quote with the following paragraph quotes that reopen it."""
    groups, i = [], 0
    while i < len(segs):
        g = [segs[i]]
        while not g[-1]["closed"] and i + 1 < len(segs) and segs[i + 1]["opens_para"] \
                and not text[g[-1]["end"]:segs[i + 1]["start"] - 1].strip():
            i += 1
            g.append(segs[i])
        groups.append(g)
        i += 1
    return groups


def _tokens(doc, s: int, e: int):
    span = doc.char_span(s, e, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _after_clause(doc, text: str, e: int):
    """Tokens after a closing mark up to the sentence end, a new quote or the paragraph end."""
    if re.match(r"\s*[.!?]", text[e + 1:e + 4]):
        return None  # '... far apart”. The factions claimed' - the quote ended the sentence
    if text[:e].rstrip().endswith(".") and re.match(r"\s*[A-Z]", text[e + 1:e + 4]) and \
            not re.match(r"\s*[A-Z][\w.-]*\s+(said|says|added|told|wrote|stated)\b", text[e + 1:e + 40]):
        return None  # '... offer resettlement.” Up to 5,000 children ...' - a new sentence, not an attribution
    stop = min(len(text), e + 200)
    m = re.search(r"\n|[“«\"]", text[e + 1:stop])
    if m:
        stop = min(stop, e + 1 + m.start())
    first = _tokens(doc, e + 1, stop)
    if first is None:
        return None
    # the sentence end from the parser, which knows "the U.S. State Department" does not end at "U.S."
    words = [t for t in first if not t.is_punct and not t.is_space]
    if words:
        stop = min(stop, words[0].sent.end_char)
    return _tokens(doc, e + 1, stop)


def _before_clause(doc, text: str, s: int, para: int):
    """Tokens from the start of the sentence holding an opening mark up to the mark."""
    start = para = max(para, s - MAX_LOOKBACK_CHARS)
    for m in re.finditer(r"[.!?][”\"»]?\s+(?=[A-Z“\"«])|[”»]", text[para:s]):
        if para + m.end() < s:
            start = para + m.end()
    return _tokens(doc, start, s - 1) if s - 1 > start else None


def _speech_verb(clause):
    if clause is None:
        return None
    for t in clause:
        if t.lemma_.lower() in SPEECH_LEMMAS and t.pos_ in ("VERB", "AUX"):
            return t
        if t.lower_ in PAST_SPEECH:  # the tagger sometimes reads "a statement read." as a noun
            return t
    return None


REPORTING_LEMMAS = {"say", "tell", "add", "state", "write", "tweet", "announce", "declare", "note", "stress",
                    "emphasize", "emphasise", "affirm", "explain", "remark", "reply", "respond", "comment", "insist",
                    "argue", "claim", "assert", "confirm"}


def _governing_speech_verb(doc, clause, quote_start: int):
    """Of the speech verbs before a quote in its sentence, the one whose phrase holds the quote ('Malaysia has
    offered ..., and Anwar said he hoped the team would be there “within days”'; 'Guyana accused Venezuela ...,
    in what President Ali called “a clear threat”'), not the first one."""
    inside = next((t for t in doc[clause.end:clause.end + 4] if t.idx >= quote_start and not t.is_punct
                   and not t.is_space), None)
    if inside is None:
        return None
    verbs = [t for t in clause if (t.lemma_.lower() in SPEECH_LEMMAS and t.pos_ in ("VERB", "AUX")
                                    or t.lower_ in PAST_SPEECH) and t.is_ancestor(inside)
             and not _coordinated_above(t, inside)]
    # a verb of reporting above the quote names who speaks ('He said Dhaka had asked Naypyitaw to take
    # “immediate steps”': the spokesman); else the speech act nearest the quote ('what Ali called “...”')
    reporting = [t for t in verbs if t.lemma_.lower() in REPORTING_LEMMAS | INDIRECT_LEMMAS]
    return reporting[0] if reporting else (verbs[-1] if verbs else None)


def _passive_without_agent(verb) -> bool:
    """A passive verb of saying with no 'by' phrase: its subject is what is spoken of, not who speaks (but 'X was
    quoted as saying' is X's)."""
    return verb.lemma_.lower() not in ("quote", "cite") and any(c.dep_ in ("nsubjpass", "auxpass") for c in
                                                                 verb.children) \
        and not any(c.dep_ == "agent" for c in verb.children)


def _coordinated_above(verb, tok) -> bool:
    """Is `tok` reached from `verb` through a coordinated clause ('The army did not respond, but the spokesman
    said Kinshasa remained “...”')? A verb governs the words of its own clauses, not of the clause joined to it."""
    while tok.head.i != tok.i and tok.head.i != verb.i:
        tok = tok.head
    return tok.head.i == verb.i and tok.dep_ == "conj"


def _according_to(clause):
    if clause is None:
        return None
    for t in clause[:-1]:
        if t.lower_ == "according" and t.nbor(1).lower_ == "to":
            objs = [c for c in t.nbor(1).children if c.dep_ == "pobj"]
            return objs[0] if objs else (t.nbor(2) if t.i + 2 < len(t.doc) else None)
    return None


def _subject(verb, clause):
    sent = verb.sent
    v = verb
    # 'the measure was denounced by the ministry as “...”', 'he was quoted by X': the agent says it
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is not None and any(c.dep_ == "nsubjpass" for c in verb.children) and verb.lemma_.lower() != "quote":
        return agent
    # 'the statement quoted Sudani as saying': the one quoted speaks
    if verb.lemma_.lower() in ("quote", "cite") and any(c.lower_ == "as" for c in verb.children):
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
    while True:
        subs = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subs:
            # a subject inside the attribution itself first: the parser may hang a word of the quote on the verb
            # (of several subjects a broken parse gives, 'The co - chair ... Carl Bildt tweeted', the nearest)
            inside = [c for c in subs if clause is not None and clause.start <= c.i < clause.end]
            sub = min(inside, key=lambda c: abs(c.i - v.i)) if inside else subs[0]
            if sub.tag_ in ("WP", "WDT") and v.dep_ == "relcl":
                sub = v.head  # "Kurdish leaders, who claimed ..." -> the leaders
            if sent.start <= sub.i < sent.end:
                return sub
            break
        # 'at a briefing on Wednesday Trump said': a name right before the verb the parser hung elsewhere
        prev = v.doc[v.i - 1] if v.i > sent.start else None
        if v is verb and prev is not None and prev.pos_ == "PROPN" and prev.dep_ in ("pobj", "compound", "appos") \
                and prev.ent_type_ in ("PERSON", "ORG", "NORP", ""):
            return prev
        # "X said ... and warned that", "X accused ..., adding that": the subject of the verb it continues
        if v.dep_ in ("conj", "advcl", "xcomp") and v.head is not v and v.head.pos_ in ("VERB", "AUX"):
            if v.dep_ == "conj" and v.lemma_.lower() in SPEECH_LEMMAS and v.head.dep_ == "ccomp" \
                    and v.head.head.lemma_.lower() in SPEECH_LEMMAS and v.head.head.pos_ == "VERB":
                # "X said that Washington 'stands with our ally' and called China's actions 'reckless'": the
                # parser joins the second saying to the reported clause; it is X's, as the first
                v = v.head.head
                continue
            v = v.head
            continue
        # "accusing Y of stoking ... and warning that": a verb within the object of a preposition continues the
        # verb the preposition hangs on
        if v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.pos_ in ("VERB", "AUX"):
            v = v.head.head
            continue
        # "a statement by an officer accusing Y of ...": a participle's subject is the noun it modifies
        if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.pos_ in ("NOUN", "PROPN") and \
                sent.start <= v.head.i < sent.end:
            return v.head
        break
    # inverted or broken parses: the nearest nominal right after, then before, the verb
    # ('..., former president X, told reporters': those told are no sayer)
    # (nor is a place or time after it: '..., told reporters after the meeting')
    after = [t for t in clause if t.i > verb.i and t.pos_ in ("PROPN", "NOUN", "PRON") and t.dep_ != "pobj"
             and not (t.head.i == verb.i and t.dep_ in ("dobj", "dative"))][:1]
    # (before it, a person's name first: 'X, first deputy director of Y's office, told reporters')
    before = [t for t in reversed(clause) if t.i < verb.i and t.ent_type_ == "PERSON" and t.pos_ == "PROPN"][:1] or [
        t for t in reversed(clause) if t.i < verb.i and t.pos_ in ("PROPN", "NOUN", "PRON")][:1]
    return (after or before or [None])[0]


def subtree_extents(doc) -> tuple[list[int], list[int]]:
    """(first, last) token index of every token's subtree, in one pass over the heads (linear, where reading
    `tok.subtree` per token is quadratic on deep parses; and `left_edge`/`right_edge` can be stale after the
    sentences component has set the heads)."""
    n = len(doc)
    heads = [i + h for i, h in enumerate(doc.to_array(HEAD).astype("int64").tolist())]  # relative offsets
    kids: list[list[int]] = [[] for _ in range(n)]
    order = [i for i in range(n) if heads[i] == i]
    for i, h in enumerate(heads):
        if h != i:
            kids[h].append(i)
    k = 0
    while k < len(order):  # breadth first from the roots: every head before its dependents
        order.extend(kids[order[k]])
        k += 1
    lo, hi = list(range(n)), list(range(n))
    for i in reversed(order):
        h = heads[i]
        if h != i:
            lo[h], hi[h] = min(lo[h], lo[i]), max(hi[h], hi[i])
    return lo, hi


def _extents(doc):
    """subtree_extents, computed once per Doc."""
    key = ("communique", "subtree_extents")
    if key not in doc.user_data:
        doc.user_data[key] = subtree_extents(doc)
    return doc.user_data[key]


class Resolver:
    """Turns a subject token into a speaker dict, remembering what it resolved for 'the statement'."""

    def __init__(self, doc, quote_spans):
        self.doc = doc
        # (the organisations named_orgs only lists are no speakers' actors: the quote names its speaker itself)
        self.actors = {i: a for i, a in lookup.actor_index(doc).items() if not a.get("_listed")}
        self.quote_spans = sorted(quote_spans)
        self._quote_starts = [s for s, _ in self.quote_spans]
        self.last_statement_speaker = None
        self.last_speaker = None
        self.attributions = []
        self.person_attributions, self._person_attribution_at = [], []
        # indexes built once, so that each question asked per quote or per verb costs no full scan
        # (the mentions do not change in this component)
        self._mentions = sorted(doc._.mentions or [], key=lambda m: m["tok"][0])
        self._mention_starts = [m["tok"][0] for m in self._mentions]
        self._outside = [m for m in self._mentions if self._outside_quotes(m)]
        self._outside_starts = [m["start"] for m in self._outside]
        self._by_actor: dict = {}
        for m in self._mentions:
            if m.get("actor"):
                self._by_actor.setdefault(m["actor"], []).append(m)
        self._named_cache: dict = {}
        self._has_named: dict = {}
        self._display: dict = {}
        self._fuller_cache: dict = {}
        self._name_cache: dict = {}
        self._modifiers = sorted(doc._.modifiers or [], key=lambda m: m["tok"][0])
        self._modifier_starts = [m["tok"][0] for m in self._modifiers]
        self._at = None  # token -> the first mention covering it
        self._people = None

    def _outside_quotes(self, m):
        return not self.in_quote(m["start"])

    def in_quote(self, char: int) -> bool:
        k = bisect_right(self._quote_starts, char) - 1
        return k >= 0 and char < self.quote_spans[k][1]

    def _names_just_before(self, verb) -> list[str]:
        """Actor ids of the mentions written right before `verb`, joined by 'and' or commas ('the U.S. and
        Saudi Arabia said'), for a verb the parser left without a subject."""
        ids, i = [], verb.i
        while i > verb.sent.start:
            m = self.mention_at(i - 1)
            if m is None:
                break
            ids = lookup.mention_actor_ids(m) + ids
            i = m["tok"][0]
            if i > verb.sent.start and self.doc[i - 1].lower_ in ("and", ","):
                i -= 1
                continue
            break
        return list(dict.fromkeys(ids))

    def mentions_in(self, ts: int, te: int) -> list[dict]:
        """lookup.mentions_in(doc, ts, te) through the sorted index."""
        lo = bisect_left(self._mention_starts, ts)
        hi = bisect_left(self._mention_starts, te)
        return [m for m in self._mentions[lo:hi] if m["tok"][1] <= te]

    def modifiers_in(self, ts: int, te: int) -> list[dict]:
        lo, hi = bisect_left(self._modifier_starts, ts), bisect_left(self._modifier_starts, te)
        return [m for m in self._modifiers[lo:hi] if m["tok"][1] <= te]

    def mention_at(self, i: int):
        """lookup.mention_at(doc, i), from an index built once."""
        if self._at is None:
            self._at = {}
            for m in self.doc._.mentions or []:
                for k in range(*m["tok"]):
                    self._at.setdefault(k, m)
        return self._at.get(i)

    def _fuller(self, aid):
        """'Xi' or 'KIKUTA' kept as its own actor: the person actor whose fuller name contains it."""
        if aid not in self._fuller_cache:
            self._fuller_cache[aid] = aid
            a = self.actors.get(aid) or {}
            if a.get("kind") == "person" and len(a.get("name", "").split()) == 1:
                key = a["name"].lower()
                for b in self.actors.values():
                    if b["id"] != aid and b.get("kind") == "person" and key in b["name"].lower().split():
                        self._fuller_cache[aid] = b["id"]
                        break
        return self._fuller_cache[aid]

    def _speaker(self, ids, name=None):
        ids = [self._fuller(i) for i in ids if i in self.actors]
        ids = list(dict.fromkeys(ids))
        if not ids:
            return {"actor": None, "actors": [], "name": name, "code": None} if name else None
        acts = [self.actors[i] for i in ids]
        codes = {a.get("code") for a in acts}
        out = {"actor": ids[0] if len(ids) == 1 else None, "actors": ids,
               "name": " and ".join(self._display_name(a) for a in acts),
               "code": codes.pop() if len(codes) == 1 else None}
        # (a body written both ways, "the UN Support Mission in Libya (UNSMIL)": the other names it goes by here)
        text = self.doc._.source_text
        other = sorted({text[s:e] for a in acts if a.get("kind") == "org" for s, e in a.get("mentions") or []
                        if text[s:e] and text[s:e] not in out["name"] and text[s:e].isupper()})
        if other:
            out["names"] = other
        return out

    def _display_name(self, actor) -> str:
        """The actor's name; for a person known only by office, the name set beside it in apposition
        ('The Chairperson of the Commission, Jane Roe, ...') when the actors component left it out."""
        if actor["id"] not in self._display:
            self._display[actor["id"]] = self._find_display_name(actor)
        return self._display[actor["id"]]

    def _find_display_name(self, actor) -> str:
        if actor.get("kind") != "person" or self._has_named_mention(actor["id"]):
            return actor["name"]
        doc = self.doc
        for m in self._mentions_of(actor["id"]):
            e = m["tok"][1]
            if e + 1 < len(doc) and doc[e].text == ",":
                run = []
                for t in doc[e + 1:e + 6]:
                    if t.pos_ != "PROPN" or self.mention_at(t.i) is not None:
                        break
                    run.append(t)
                after = doc[e + 1 + len(run)] if e + 1 + len(run) < len(doc) else None
                if 2 <= len(run) <= 4 and (after is None or after.is_punct):
                    return doc[run[0].i:run[-1].i + 1].text
        return actor["name"]

    def _head_of(self, inner, quote_start):
        """The person last named before the quote who belongs to the body a mention names."""
        orgs = {self.actors.get(a, {}).get("org") for x in inner for a in lookup.mention_actor_ids(x)
                if self.actors.get(a, {}).get("kind") == "org"} - {None}
        if not orgs:
            return None
        kb = knowledge.load()
        last = self._last(quote_start, lambda x: x.get("actor") and self.actors.get(x["actor"], {}).get("kind")
                          == "person" and kb.org_family(self.actors[x["actor"]].get("org")) & orgs)
        return last["actor"] if last else None

    def _joint_statement(self, tok, sub, inner):
        """"the U.S. and Saudi joint statement": every party the statement's phrase names, by name or by
        nationality word; None unless it names more than one."""
        mods = self.modifiers_in(sub[0].i, sub[-1].i + 1)
        ids = [a for x in inner for a in lookup.mention_actor_ids(x)]
        codes = {self.actors.get(a, {}).get("code") for a in ids}
        for m in mods:
            if m.get("code") and m["code"] not in codes:
                state = next((a["id"] for a in self.actors.values()
                              if a.get("kind") == "state" and a.get("code") == m["code"]), None)
                ids.append(state or m["code"])
                codes.add(m["code"])
        if len(codes - {None}) < 2:
            return None
        known = [a for a in dict.fromkeys(ids) if a in self.actors]
        speaker = self._speaker(known) or {"actor": None, "actors": [], "name": None, "code": None}
        if len(known) < len(set(ids)):  # a party named only by its nationality word: keep the phrase
            speaker = dict(speaker, actor=None, name=_phrase(tok), code=None)
        return speaker

    def _mentions_of(self, aid):
        return self._by_actor.get(aid, [])

    def _has_named_mention(self, aid) -> bool:
        """Is the actor named somewhere: a mention with a person's name, or one that is its whole name in
        proper nouns (the tagger sometimes takes 'Recep Tayyip Erdoğan' for a place)?"""
        if aid not in self._has_named:
            name = (self.actors.get(aid) or {}).get("name")
            self._has_named[aid] = any(self._named(m) or (m.get("text") == name and all(
                t.pos_ == "PROPN" and t.lower_ not in ROLE_WORDS for t in self.doc[m["tok"][0]:m["tok"][1]]))
                for m in self._mentions_of(aid))
        return self._has_named[aid]

    @property
    def _named_people(self):
        """(mentions, their starts): the mentions outside quotes that name a person."""
        if self._people is None:
            ms = [m for m in self._outside if m.get("actor") and
                  self.actors.get(m["actor"], {}).get("kind") == "person" and self._named(m)]
            self._people = (ms, [m["start"] for m in ms])
        return self._people

    def _last(self, before_char, pred, pool=None):
        """The last mention (in text order) ending by `before_char`, outside quotes, that `pred` accepts,
        among the MAX_LOOKBACK_MENTIONS mentions before it; `pool` = (mentions, starts) narrows the search."""
        mentions, starts = pool or (self._outside, self._outside_starts)
        k = bisect_left(starts, before_char)
        for m in reversed(mentions[max(0, k - MAX_LOOKBACK_MENTIONS):k]):
            if m["end"] <= before_char and pred(m):
                return m
        return None

    def resolve(self, tok, quote_start: int, clause=None):
        sp = self._resolve(tok, quote_start)
        if sp is not None and sp.get("actors"):
            self.last_speaker = sp
            words = {t.lemma_.lower() for t in (clause[:MAX_CLAUSE_TOKENS] if clause is not None else [])}
            if words & STATEMENT_WORDS:
                self.last_statement_speaker = sp
        return sp

    def _named(self, m) -> bool:
        """A mention that carries a proper name ('Wang Yi'), not only a role ('senior diplomat', 'Mexican envoy')."""
        key = tuple(m["tok"])
        if key not in self._named_cache:
            # ("Nurtleu, for his part, said": a word of the person's own name, whatever the tagger thought it was)
            words = (self.actors.get(m.get("actor") or "", {}).get("name") or "").split()
            proper = all(w[:1].isupper() or w.lower() in NAME_PARTICLES or "-" in w for w in words)
            own = set(words) if proper else set()  # (not "commander of the African Union")
            self._named_cache[key] = any(
                t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.ent_type_ in ("", "PERSON")
                                            and t.lower_ not in ROLE_WORDS)
                or t.text in own and t.text[:1].isupper() and t.lower_ not in ROLE_WORDS
                for t in self.doc[m["tok"][0]:m["tok"][1]])
        return self._named_cache[key]

    def _role_holder(self, m, quote_start):
        """'the foreign minister' written as its own actor: the named person with that role, if any."""
        act = self.actors.get(m.get("actor") or "", {})
        span = self.doc[m["tok"][0]:m["tok"][1]]
        if act.get("kind") != "person" or any(t.pos_ == "PROPN" and t.lower_ not in ROLE_WORDS for t in span):
            return None
        if self._has_named_mention(act["id"]):
            return None  # the actors component already tied the role to a named person
        def indefinite(x) -> bool:
            head = self.doc[x["head"]] if "head" in x else self.doc[x["tok"][1] - 1]
            return any(c.dep_ in ("det", "nummod") and c.lower_ in INDEFINITE for c in head.children)
        # "a senior diplomat said": someone not named before, not the last one named; nor is "the spokesperson"
        # after "a State Department spokesperson said": that same unnamed one
        if indefinite(m) or any(x["start"] < m["start"] and indefinite(x) for x in self._mentions_of(act["id"])):
            return None
        role, code = act.get("role") or "", act.get("code")
        people = self._named_people
        other = lambda x: x["actor"] != act["id"]
        # of another country: never the holder ("the president of Argentina" is not Brazil's president)
        fits = lambda x: other(x) and (not code or self.actors[x["actor"]].get("code") in (code, None))
        last = self._last(quote_start, lambda x: fits(x) and role and
                          self.actors[x["actor"]].get("role") == role, people)
        if last is None and code:  # "the top Filipino diplomat" after "Foreign Secretary Locsin"
            for codes in ((code,), (code, None)):
                last = self._last(quote_start, lambda x: other(x) and self.actors[x["actor"]].get("code") in codes,
                                  people)
                if last:
                    break
        if last is None:  # no named person of that country: the person named most recently nearby
            last = self._last(quote_start, lambda x: fits(x) and quote_start - x["end"] < 1500, people)
        return last["actor"] if last else None

    def prepass(self):
        """Every 'X said' in the text, in order, so that 'the statement said' can find who issued it."""
        self.attributions = []  # (char offset of the verb, speaker, names a statement), in text order
        self.person_attributions = []  # (char offset of the subject, speaker): a person who spoke, in text order
        self._person_attribution_at = []
        toks = tokens(self.doc)
        for tok in (toks[i] for i in token_indices(self.doc, POS, VERB)):  # (only verbs pass the first test)
            if tok.pos != VERB or (tok.lemma_.lower() not in SPEECH_LEMMAS and not any(
                    c.dep_ == "dobj" and c.lemma_.lower() in STATEMENT_WORDS for c in tok.children)):
                continue  # a speech verb, or "the two countries released a communiqué"
            if self.in_quote(tok.idx):
                continue  # words inside a quotation are not an attribution
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                ids = self._names_just_before(tok)  # a broken parse of "the U.S. and Saudi Arabia said"
                if ids:
                    self.attributions.append((tok.idx, self._speaker(ids), _names_statement(tok)))
                continue
            if subj.lemma_.lower() in STATEMENT_WORDS:  # only when its phrase names the issuer
                lo, hi = _extents(self.doc)
                if not any(lookup.mention_actor_ids(x) for x in self.mentions_in(lo[subj.i], hi[subj.i] + 1)):
                    continue
            sp = _appositive_person(self.doc, self, subj, tok, self.doc[tok.i:tok.sent.end]) or self._resolve(subj, tok.idx)
            if sp and sp.get("actors"):
                self.attributions.append((tok.idx, sp, _names_statement(tok)))
            # a person named by words the actors component did not mark ('Wang said'), for 'he'/'she' after it
            if sp and self.mention_at(subj.i) is None and subj.pos_ != "PRON" and (sp.get("_person") or len(
                    sp.get("actors") or []) == 1 and self.actors.get(sp["actors"][0], {}).get("kind") == "person"):
                k = bisect_right(self._person_attribution_at, subj.idx)
                self.person_attributions.insert(k, (subj.idx, sp))
                self._person_attribution_at.insert(k, subj.idx)
        self._attribution_at = [a[0] for a in self.attributions]

    def _next(self, after_char: int, pred, reach: int = 1500):
        """The first mention outside quotes starting after `after_char` (within `reach` characters) that `pred`
        accepts."""
        k = bisect_right(self._outside_starts, after_char)
        for m in self._outside[k:k + MAX_LOOKBACK_MENTIONS]:
            if m["start"] - after_char > reach:
                break
            if pred(m):
                return m
        return None

    def spoke_between(self, start: int, end: int):
        """The speaker of the last verb of saying written outside quotes between `start` and `end` (bounded to
        400 characters), if any."""
        start = max(start, end - 400)
        k = bisect_left(self._attribution_at, end)
        verb = None
        while k and self.attributions[k - 1][0] > start:
            k -= 1
            lemma = self.doc.char_span(self.attributions[k][0], self.attributions[k][0] + 1,
                                       alignment_mode="expand")[0].lemma_.lower()
            # (not 'Politico reported', the medium, nor 'the group rejected the plan', no words of its own)
            if self.attributions[k][2] or lemma in REPORTING_LEMMAS | INDIRECT_LEMMAS and lemma not in REPORT_LEMMAS:
                verb = self.attributions[k]
                break
        k = bisect_left(self._person_attribution_at, end)
        named = self.person_attributions[k - 1] if k and self.person_attributions[k - 1][0] > start else None
        best = max((a for a in (verb, named) if a is not None), key=lambda a: a[0], default=None)
        return best[1] if best is not None else None

    def body_before(self, quote_start: int):
        """'“...,” it said': the last body (not a single person) that spoke before the quote."""
        k = bisect_left(getattr(self, "_attribution_at", []), quote_start)
        for _, sp, _ in reversed(self.attributions[max(0, k - MAX_LOOKBACK_MENTIONS):k]):
            ids = sp.get("actors") or []
            if len(ids) > 1 or (ids and self.actors.get(ids[0], {}).get("kind") != "person"):
                return sp
        return None

    def statement_speaker(self, tok, quote_start: int):
        """Who speaks through the statement `tok` ('the declaration signed by both parties'): the actors its
        phrase names, else whoever issued the last statement."""
        words = {t.i for t in lookup.phrase_tokens(tok, STATEMENT_PHRASE_STOPS)}
        inner = [x for x in self.mentions_in(min(words), max(words) + 1)
                 if lookup.mention_actor_ids(x) and all(k in words for k in range(*x["tok"]))]
        ids = list(dict.fromkeys(a for x in inner for a in lookup.mention_actor_ids(x)))
        sp = self._speaker(ids) if ids else (self.last_statement_speaker or self._statement_owner(quote_start))
        if sp is not None and sp.get("actors"):
            self.last_statement_speaker = self.last_speaker = sp
            return sp
        return None

    def _meeting_parties(self, tok, quote_start: int):
        """'a joint statement said' without its parties: those of the meeting it closes, the actors of the
        last sentence before it that tells of a meeting or talks (at least two countries among them; a place
        where they met is not a party)."""
        doc = self.doc
        sent = tok.sent
        for _ in range(MEETING_LOOKBACK_SENTENCES):
            if sent.start == 0:
                return None
            sent = doc[sent.start - 1].sent
            if not any(t.lemma_.lower() in MEETING_LEMMAS for t in span_tokens(sent)) or self.in_quote(sent.start_char):
                continue
            ids = []
            for x in self.mentions_in(sent.start, sent.end):
                head = doc[x.get("head", x["tok"][1] - 1)]
                if head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS:
                    continue
                ids += [a for a in lookup.mention_actor_ids(x) if a not in ids]
            codes = {self.actors.get(a, {}).get("code") for a in ids} - {None}
            return self._speaker(ids) if len(codes) >= 2 else None
        return None

    def _last_pair(self, quote_start: int, states: bool):
        """(end, actor ids) of the last two actors named together ("the Sudanese army and the paramilitary
        RSF") before `quote_start`, outside quotes; states only when the words pointing back name states, and
        never a person."""
        doc = self.doc
        k = bisect_left(self._outside_starts, quote_start)
        for x in reversed(self._outside[max(0, k - MAX_LOOKBACK_MENTIONS):k]):
            if x["end"] > quote_start or len(lookup.mention_actor_ids(x)) != 1:
                continue
            # "A and B", "A and the paramilitary B": only "and", articles and adjectives between the two
            j = x["tok"][0] - 1
            while j > 0 and (doc[j].pos_ in ("DET", "ADJ") and doc[j].lower_ != "and"):
                j -= 1
            if j <= 0 or doc[j].lower_ != "and":
                continue
            other = self.mention_at(j - 1)
            if other is None or other is x or len(lookup.mention_actor_ids(other)) != 1:
                continue
            ids = list(dict.fromkeys(lookup.mention_actor_ids(other) + lookup.mention_actor_ids(x)))
            kinds = {self.actors.get(a, {}).get("kind") for a in ids}
            if len(ids) == 2 and (states or "state" not in kinds) and "person" not in kinds:
                return x["end"], ids
        return None

    def _statement_owner(self, quote_start: int):
        k = bisect_left(getattr(self, "_attribution_at", []), quote_start)
        before = self.attributions[:k]
        stated = next((a for a in reversed(before[-MAX_LOOKBACK_MENTIONS:]) if a[2]), None)
        pick = stated or (before[-1] if before else None)
        return pick[1] if pick else None

    def _by_name(self, tok):
        """A bare name the actors component did not mark: 'said Xi' -> the actor 'Xi Jinping'."""
        key = tok.text.lower()
        if key not in self._name_cache:
            self._name_cache[key] = next((a["id"] for a in self.actors.values() if a.get("kind") == "person"
                                          and key in re.split(r"[\s-]+", a["name"].lower())), None)
        return self._name_cache[key]

    def _body_by_word(self, tok):
        """A body's own word the actors component did not mark alone: 'The PRF said' -> the one body or group
        actor whose name has that word ('PRF rebels'); none when several have it."""
        key = tok.text.lower()
        found = {a["id"] for a in self.actors.values() if a.get("kind") in ("org", "group") and a.get("name")
                 and key in re.split(r"[\s/]+", a["name"].lower())}
        return found.pop() if len(found) == 1 else None

    def _pronoun_person(self, quote_start: int):
        """'he'/'she': the last person named before the quote; of the people in that sentence, one who is a
        subject ('Roe told reporters after meeting Prime Minister Doe. “...,” she said': Roe); and a person who
        spoke after that without the actors component marking the name ('..., Wang said.')."""
        person = lambda x: x.get("actor") and self.actors.get(x["actor"], {}).get("kind") == "person"
        last = self._last(quote_start, lambda x: person(x) and self._named(x)) or self._last(quote_start, person)
        if last is not None:
            last = self._sentence_subject(last, quote_start) or last
        k = bisect_left(self._person_attribution_at, quote_start)
        spoke = self.person_attributions[k - 1] if k else None
        if spoke is not None and (last is None or spoke[0] >= last["end"]) and not self.in_quote(spoke[0]):
            return spoke[1]
        return self._speaker([last["actor"]]) if last else None

    def _sentence_subject(self, last, quote_start: int):
        """The person who is a subject in the sentence of the mention `last`, if `last` is not one."""
        doc = self.doc
        def is_subject(x):  # (or apposed to one: "Amnesty's secretary general, Agnes Callamard, said")
            h = doc[x.get("head", x["tok"][1] - 1)]
            return h.dep_ in ("nsubj", "nsubjpass") or h.dep_ == "appos" and h.head.dep_ in ("nsubj", "nsubjpass")
        if is_subject(last):
            # "Zuniga told reporters that Arce had asked him ... '...,' he said": a subject inside what someone
            # reported is not the one who goes on speaking; the reporter is
            h = doc[last.get("head", last["tok"][1] - 1)]
            clause = h.head
            while clause.dep_ == "conj" and clause.head.i != clause.i:
                clause = clause.head
            if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_LEMMAS:
                return None
            teller = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
            if teller is None:
                return None
            lo = bisect_left(self._outside_starts, doc[teller.left_edge.i].idx)
            hi = bisect_left(self._outside_starts, teller.idx + len(teller.text) + 1)
            own = [x for x in self._outside[lo:hi] if x.get("actor") and x["actor"] != last["actor"]
                   and self.actors.get(x["actor"], {}).get("kind") == "person"]
            return own[-1] if own else None
        sent = doc[last["tok"][0]].sent
        # a named person, or 'he'/'she' the coreference component tied to one ('he appeared to agree with Bolton')
        lo = bisect_left(self._outside_starts, sent.start_char)
        hi = bisect_left(self._outside_starts, min(sent.end_char, quote_start))
        subs = [x for x in self._outside[lo:hi] if x["end"] <= quote_start and is_subject(x) and x.get("actor")
                and x["actor"] != last["actor"] and self.actors.get(x["actor"], {}).get("kind") == "person"
                and (self._named(x) or doc[x["tok"][0]].lower_ in ("he", "she"))]
        return subs[-1] if subs else None

    def _written_name(self, tok):
        """A person's name the actors component did not take, as the speaker: a surname written in full before
        ('... Commissioner Dmytro Lubinets said. “...,” Lubinets said'), or a name in apposition to the subject
        ('the representative of Norland, Jan Olav Berg, said')."""
        doc = self.doc
        lo, hi = _extents(doc)
        # (the parser may hang the name on the last noun of the phrase: 'the representative of Velmora, Jan Roe,')
        appos = next((t for t in doc[tok.i + 1:hi[tok.i] + 1] if t.dep_ == "appos" and t.pos_ == "PROPN"
                      and doc[lo[t.i] - 1].text == "," and hi[t.i] + 1 < len(doc)
                      and (doc[hi[t.i] + 1].is_punct or doc[hi[t.i] + 1].pos_ in ("VERB", "AUX"))), None)
        if appos is not None and tok.pos_ == "NOUN" and self.mention_at(appos.i) is None:
            run = list(doc[lo[appos.i]:appos.i + 1])
            while run and (run[0].lower_.rstrip(".") in ROLE_WORDS | RANK_WORDS or run[0].lower_ == "air"):
                run.pop(0)  # 'their spokesman, Brigadier General Jan Roe': the title is no part of the name
            if 2 <= len(run) <= 4 and all(_name_word(t) for t in run):
                codes = {self.actors.get(a, {}).get("code") for x in self.mentions_in(lo[tok.i], run[0].i)
                         for a in lookup.mention_actor_ids(x)} - {None}
                return {"actor": None, "actors": [], "name": " ".join(t.text for t in run),
                        "code": codes.pop() if len(codes) == 1 else None, "_person": True}
        if not (tok.text[:1].isupper() and tok.text[1:2].islower() and tok.pos_ in ("PROPN", "NOUN")
                and tok.lower_ not in ROLE_WORDS) or self.mention_at(tok.i) is not None:
            return None
        if tok.pos_ == "PROPN" and self._by_name(tok):
            return self._speaker([self._by_name(tok)])
        if any(c.dep_ in ("det", "compound", "poss", "amod") for c in tok.children):
            return None  # 'the Sydney Morning Herald': a name of its own, not a surname standing alone
        for j in self._written_at(tok.text):
            if j >= tok.i:
                break
            first = doc[j - 1] if j else None
            if first is None or not _name_word(first) or self.in_quote(first.idx) or first.sent.start > j - 1 \
                    or first.i == first.sent.start and first.pos_ != "PROPN":
                continue
            end = j + 1
            while end < len(doc) and not doc[end - 1].whitespace_ and (doc[end].text == "-" or _name_word(doc[end])):
                end += 1  # 'Jane Perkins-Roe'
            name = doc[j - 1:end].text
            owner, t = self.mention_at(j), doc[j]
            for _ in range(3):  # the person whose phrase holds the name ('Commissioner for Human Rights Jan Roe')
                if owner is not None or t.head.i == t.i:
                    break
                t = t.head
                owner = self.mention_at(t.i)
            aid = owner.get("actor") if owner else None
            if self.actors.get(aid or "", {}).get("kind") != "person":
                aid = None
            code = self.actors[aid].get("code") if aid else None
            return {"actor": aid, "actors": [aid] if aid else [], "name": name, "code": code, "_person": True}
        return None

    def _same_noun(self, tok, upto: int) -> list:
        """'the mediators' after 'US and Saudi mediators': the actors of the last mention with the same head noun,
        with those joined to it by 'and' ('US and')."""
        doc, lemma = self.doc, tok.lemma_.lower()
        last = self._last(upto, lambda x: lookup.mention_actor_ids(x) and x["tok"][1] <= len(doc) and
                          doc[x.get("head", x["tok"][1] - 1)].lemma_.lower() == lemma)
        if last is None:
            return []
        ids = list(lookup.mention_actor_ids(last))
        a = last["tok"][0]
        before = self.mention_at(a - 2) if a >= 2 and doc[a - 1].lower_ == "and" else None
        if before is not None:
            ids = [i for i in lookup.mention_actor_ids(before) if i not in ids] + ids
        return ids

    def _acronym(self, tok):
        """An acronym the actors component did not take, defined in brackets after a name ('the European Union's
        election observation mission (EU EOM) ... The EU EOM said'): the actor of that name."""
        doc = self.doc
        if not (tok.is_upper and len(tok.text) >= 2 and tok.pos_ == "PROPN"):
            return None
        for j in self._written_at(tok.text):
            if j >= tok.i:
                break
            k = j
            while k > 0 and j - k < 4 and doc[k - 1].text != "(" and doc[k - 1].is_upper:
                k -= 1
            if k < 2 or doc[k - 1].text != "(" or j + 1 >= len(doc) or doc[j + 1].text != ")":
                continue
            m = self.mention_at(k - 2)
            if m is not None and m["tok"][1] == k - 1 and m.get("actor"):
                return self._speaker([m["actor"]])
            # a name no actor holds: its title-case words ('the Inter-Services Public Relations (ISPR)')
            a = k - 1
            while a > 0 and k - 1 - a < 8 and (doc[a - 1].text[:1].isupper() or doc[a - 1].text == "-" or
                                              doc[a - 1].lower_ in ("of", "for", "and") and doc[a - 2].text[:1].isupper()):
                a -= 1
            while a < k - 1 and not doc[a].text[:1].isupper():
                a += 1
            if k - 1 - a >= 2:
                return {"actor": None, "actors": [], "name": doc[a:k - 1].text, "code": None, "_named": True}
        return None

    def _written_at(self, word: str) -> list[int]:
        """Token indexes where `word` is written (indexed once per Doc)."""
        if not hasattr(self, "_word_index"):
            self._word_index: dict = {}
            for t in self.doc:
                if t.text[:1].isupper():
                    self._word_index.setdefault(t.text, []).append(t.i)
        return self._word_index.get(word, [])

    def _resolve(self, tok, quote_start: int):
        if tok is None:
            return None
        doc = self.doc
        low = tok.lower_
        poss = [c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her")]
        if poss and tok.pos_ == "NOUN" and self.mention_at(tok.i) is None:
            tok, low = poss[0], poss[0].lower_  # "his office said" speaks for him
        elif poss and low in STYLE_OF_ADDRESS:
            tok, low = poss[0], poss[0].lower_  # "His Excellency said": a way of saying "he"
        part_of = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                        if g.dep_ == "pobj" and g.lemma_.lower() in STATEMENT_WORDS), None)
        if tok.pos_ == "NOUN" and part_of is not None and self.mention_at(tok.i) is None:
            tok, low = part_of, part_of.lower_  # "another point of the declaration states": the declaration
        m = None if low in MALE_FEMALE | PLURAL_PRONOUNS else self.mention_at(tok.i)
        conjuncts = [c for c in tok.conjuncts if c.i > tok.i]
        if low not in MALE_FEMALE | PLURAL_PRONOUNS and any(
                t.lemma_.lower() in STATEMENT_WORDS for t in [tok, *tok.conjuncts]):
            whole = sorted(lookup.phrase_tokens(tok, PHRASE_STOPS), key=lambda t: t.i)
            inner = [x for x in self.mentions_in(whole[0].i, whole[-1].i + 1) if lookup.mention_actor_ids(x)]
            joint = self._joint_statement(tok, whole, inner)
            if joint:
                return joint
        if conjuncts and low not in MALE_FEMALE | PLURAL_PRONOUNS:
            # joint speakers: "the U.S. and Saudi joint statement", "the army and RSF"
            ids = []
            for part in [tok, *conjuncts]:
                sub = sorted((t for t in part.subtree if t.dep_ != "conj" and t not in conjuncts), key=lambda t: t.i)
                own = self.mention_at(part.i)
                found = [own] if own else (self.mentions_in(sub[0].i, sub[-1].i + 1) if sub else [])
                for x in found[:1] if own else found:
                    ids += [a for a in lookup.mention_actor_ids(x) if a not in ids]
            if ids:
                return self._speaker(ids)
        if m is None and low not in MALE_FEMALE | PLURAL_PRONOUNS:
            named = self._written_name(tok) or self._acronym(tok)
            if named is not None:
                return named
            # a mention inside the subject phrase ("a statement from the Foreign Office"); a person first
            lo, hi = _extents(doc)
            # not within what it does: "an officer accusing Velmora of ..." is no one from Velmora (but "the
            # statement released by X" is X's)
            # (nor within a participle's phrase: 'the council, chaired by President X,' speaks as the council)
            # (nor within a relative clause: 'the group, which took control of Goma, said' is not Goma; but
            # 'the statement that the ministry issued' is the ministry's)
            end = min([hi[tok.i]] + [lo[c.i] - 1 for c in tok.rights if c.dep_ in ("acl", "relcl") and (
                c.tag_ == "VBG" or c.tag_ in ("VBN", "VBD", "VBZ", "VBP") and tok.lemma_.lower() not in STATEMENT_WORDS)])
            inner = [x for x in self.mentions_in(lo[tok.i], end + 1) if lookup.mention_actor_ids(x)]
            if any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in tok.children) and \
                    tok.lemma_.lower() not in STATEMENT_WORDS:  # ('a statement from the presidency' is its)
                # "a senior army officer": someone new; a common noun in the phrase refers to no one named
                inner = [x for x in inner if any(t.pos_ == "PROPN" for t in doc[x["tok"][0]:x["tok"][1]])]
            people = [x for x in inner if self.actors.get(x.get("actor") or "", {}).get("kind") == "person"]
            if tok.lemma_.lower() in HEAD_WORDS and inner and not people:
                head = self._head_of(inner, quote_start)  # "the AU's chief": the body's head named before
                if head:
                    return self._speaker([head])
            if people or inner:
                return self._speaker(lookup.mention_actor_ids((people or inner)[0]))
        if m is not None and lookup.mention_actor_ids(m):
            holder = self._role_holder(m, quote_start)
            return self._speaker([holder] if holder else lookup.mention_actor_ids(m))
        if low in MALE_FEMALE:  # (a pronoun before the quote points back from where it is written)
            return self._pronoun_person(min(quote_start, tok.idx))
        if low in PLURAL_PRONOUNS:
            last = self._last(quote_start, lambda x: len(lookup.mention_actor_ids(x)) >= 2 or
                              self.actors.get(x.get("actor"), {}).get("kind") in ("group", "org"))
            return self._speaker(lookup.mention_actor_ids(last)) if last else None
        if tok.lemma_.lower() in STATEMENT_WORDS:
            joint = any(c.lower_ in JOINT_WORDS for c in tok.children) and self._meeting_parties(tok, quote_start)
            return (joint or self.last_statement_speaker or self._statement_owner(quote_start) or self.last_speaker
                    or self._speaker([], _phrase(tok)))
        if tok.pos_ == "PROPN" and self._by_name(tok):
            return self._speaker([self._by_name(tok)])
        if tok.pos_ == "PROPN" and self._body_by_word(tok):
            return self._speaker([self._body_by_word(tok)])
        if tok.tag_ == "NNS" and not self.mention_at(tok.i):  # "the factions claimed"
            upto = min(quote_start, tok.idx)  # what was named before these words, not after them
            last = self._last(upto, lambda x: len(lookup.mention_actor_ids(x)) >= 2)
            definite = any(c.lower_ in ("the", "both", "two") for c in tok.children)  # not "some holdouts"
            same = self._same_noun(tok, upto) if definite else []
            if len(same) >= 2:  # "US and Saudi mediators said ... the mediators said": the same parties, each named
                return self._speaker(same)
            pair = self._last_pair(upto, states=tok.lemma_.lower() in STATE_NOUNS) if definite else None
            if pair and (last is None or pair[0] > last["end"]):
                # "the army and the RSF committed ... The factions claimed": the parties named together last
                words = {t.lower_ for t in doc[_extents(doc)[0][tok.i]:tok.i + 1]} | {tok.lemma_.lower()}
                named = self._last(upto, lambda x: x.get("actor") and any(
                    w in (self.actors.get(x["actor"], {}).get("role") or "").split() for w in words if len(w) > 3))
                if named is None or pair[0] > named["end"]:
                    return self._speaker(pair[1])
            if last:
                return self._speaker(lookup.mention_actor_ids(last))
        if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in tok.children):
            return self._speaker([], _phrase(tok))  # "a senior army officer": someone new, not one named before
        # a role noun: "the foreign minister said" -> the last actor holding that role
        words = {t.lower_ for t in doc[_extents(doc)[0][tok.i]:tok.i + 1]} | {tok.lemma_.lower()}
        last = self._last(quote_start, lambda x: x.get("actor") and any(
            w in (self.actors.get(x["actor"], {}).get("role") or "").split() for w in words if len(w) > 3))
        if last and tok.pos_ == "NOUN":
            return self._speaker([last["actor"]])
        holds = lambda x: x.get("actor") and any(
            w in (self.actors.get(x["actor"], {}).get("role") or "").split() for w in words if len(w) > 3)
        if last is None and tok.pos_ in ("NOUN", "PROPN") and not any(c.dep_ in ("det", "poss") for c in tok.children):
            ahead = self._next(tok.idx, holds)  # a headline's 'Envoy says ...': the envoy the story names after
            if ahead is not None:
                return self._speaker([ahead["actor"]])
        if tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lemma_.lower() in GENERIC_PERSON_NOUNS and \
                any(c.lower_ == "the" for c in tok.children):
            # 'Zakharova told a briefing. ... the diplomat cautioned': the person named last, close before
            person = self._last(quote_start, lambda x: quote_start - x["end"] < 800, self._named_people)
            if person is not None:
                return self._speaker([person["actor"]])
        if tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lemma_.lower() in GENERIC_BODY_NOUNS and \
                any(c.lower_ == "the" for c in tok.children):
            # 'the PRF rebels attacked ... the group said': the non-state body named last, close before
            body = self._last(quote_start, lambda x: x.get("actor") and quote_start - x["end"] < 1500 and
                              self.actors.get(x["actor"], {}).get("kind") in ("org", "group") and
                              self.actors[x["actor"]].get("sector") in NON_STATE_SECTORS)
            if body is not None:
                return self._speaker([body["actor"]])
        if tok.pos_ == "NOUN" and tok.tag_ == "NN" and any(c.lower_ == "the" for c in tok.children):
            # "the agency said" after "the International Atomic Energy Agency": the body whose name ends so
            last = self._last(quote_start, lambda x: x.get("actor") and self.actors.get(x["actor"], {}).get(
                "kind") == "org" and (self.actors[x["actor"]].get("name") or "").lower().split()[-1:] == [tok.lower_])
            if last:
                return self._speaker([last["actor"]])
        if tok.pos_ == "PROPN" and tok.tag_ == "NNP" and any(c.lower_ == "the" for c in tok.children) \
                and self.mention_at(tok.i) is None and tok.ent_type_ in ("NORP", "PERSON", "") \
                and not any(c.dep_ in ("prep", "acl", "relcl", "appos") for c in tok.children):
            # (not a body: "the Council of Ministers ..., chaired by X, described")
            # '"We will not let up," the Social Democrat said': a description of the person named last, close
            # before (a body would have been found by its name above)
            person = self._last(quote_start, lambda x: quote_start - x["end"] < 600, self._named_people)
            if person is not None:
                # (the subject of that sentence when the person named last is not: "Pistorius told journalists
                # after a meeting with his counterpart Umerov")
                person = self._sentence_subject(person, quote_start) or person
                return self._speaker([person["actor"]])
        if tok.pos_ in ("PROPN", "NOUN"):
            return dict(self._speaker([], _phrase(tok)), code=self._phrase_code(tok))
        return None

    def _phrase_code(self, tok):
        """The one country a speaker's phrase names by a nationality word or a place ('South Korean officials',
        'officials in Seoul'), for a speaker who is no actor."""
        lo, hi = _extents(self.doc)
        codes = {m["code"] for m in self.modifiers_in(lo[tok.i], hi[tok.i] + 1) if m.get("code")}
        for t in self.doc[lo[tok.i]:hi[tok.i] + 1]:
            place = place_at(self.doc, t.i) if t.pos_ == "PROPN" else None
            if place is not None:
                codes.add(place["country"])
        return codes.pop() if len(codes) == 1 else None


def _name_word(t) -> bool:
    """A word of a person's name: a title-case proper noun that is no office or title, or a particle ('von')."""
    return t.lower_ in NAME_PARTICLES or (t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in ROLE_WORDS
                                          and t.ent_type_ not in ("GPE", "NORP", "LOC", "FAC", "DATE"))


def _phrase(tok) -> str:
    doc = tok.doc
    lo, hi = _extents(doc)
    sub = list(doc[lo[tok.i]:tok.i + 1]) + [t for t in doc[tok.i + 1:hi[tok.i] + 1] if t.dep_ in ("compound", "flat")
                                                     and t.head.i == tok.i]
    while sub and (sub[0].pos_ in ("DET", "PRON", "PUNCT") or sub[0].is_space):
        sub.pop(0)  # (and the spaces a blanked dateline leaves before the first word)
    return " ".join(t.text for t in sub if not t.is_space) or tok.text


# the clauses hanging off a verb: its own words ("said in a statement") stop where they begin
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj", "parataxis", "relcl", "acl", "csubj", "punct"})


def _names_statement(verb) -> bool:
    """Does the verb's own phrase name a statement ('said in a joint statement', 'issued a communiqué')?
    Its content clause is not read: each token belongs to one clause, so this stays linear over a text."""
    return any(t.lemma_.lower() in STATEMENT_WORDS for t in lookup.phrase_tokens(verb, CLAUSE_DEPS))


def _appositive_person(doc, resolver, subj, verb, clause):
    """A person named after a comma inside the subject phrase: 'Unicef's director for the region, Jane Roe'."""
    if subj is None:
        return None
    lo = subj.left_edge.i
    # (within the subject's own phrase: 'the ministry had summoned the ambassador, X, ... which it called “...”'
    # names X as the one summoned, not as the ministry's voice)
    hi = clause.end if verb.i < subj.i else min(verb.i, subj.right_edge.i + 1)
    for m in resolver.mentions_in(lo + 1, hi):
        a, b = m["tok"]
        while a - 1 > lo and doc[a - 1].lower_.rstrip(".") in RANK_WORDS | ROLE_WORDS:
            a -= 1  # 'their spokesman, Brigadier General Jan Roe'
        if doc[a - 1].text == "," and m.get("actor") and \
                resolver.actors.get(m["actor"], {}).get("kind") == "person":
            return resolver._speaker([m["actor"]])
    return None


def _attribution(doc, text, group, resolver):
    """(speaker, found) for a group of quote segments; found is False when nothing attributes it."""
    first, last = group[0], group[-1]
    after = _after_clause(doc, text, last["end"]) if last["closed"] else None
    if after is not None and _new_clause(after):
        after = None  # '... of “mortgaging the future,” while lawmakers said they would sue': others' words
    before = _before_clause(doc, text, first["start"], first["para"])
    order = (after, before)
    governing = _governing_speech_verb(doc, before, first["start"]) if before is not None and len(before) else None
    lead_in = _speech_verb(before)
    if lead_in is not None and lead_in.i >= before.end - 3 and before[-1].text in (",", ":", lead_in.text):
        order = (before, after)  # 'Modi said, "..." the Prime Minister said': the lead-in names the speaker
    elif lead_in is not None and _reports(after):
        order = (before, after)  # 'X said Pyongyang is “...,” the news agency reported': X spoke
    elif governing is not None and after is not None and _relayed(resolver, governing, before, after):
        order = (before, after)  # 'X, who told the envoy that the pact was “...,” the ministry said': X spoke
    elif lead_in is not None and after is not None and _continues(after):
        order = (before, after)  # 'X said Rwanda “has no soldiers there” and accused Kinshasa of ...': X spoke
    elif governing is not None and after is not None and _runs_on(text, last["end"]):
        order = (before, after)  # 'an officer accusing Y of “stoking tensions” with broadcasts and warning ...'
    noun = _speech_noun(before) if after is None or _speech_verb(after) is None else None
    if noun is not None and (lead_in is None or noun[0].i > lead_in.i):
        sp = _agent_speaker(doc, resolver, noun[1], before, first["start"])
        if sp is not None:
            return sp, True
    for clause in order:
        verb = _speech_verb(clause)
        if clause is before and verb is not None and _statement_read(verb) is None:
            verb = _governing_speech_verb(doc, clause, first["start"]) or verb  # (a statement read speaks itself)
        if verb is not None and _passive_without_agent(verb):
            verb = None  # 'what might be called “...”', 'the plan was described as “...”': no one is named
        if verb is not None:
            subj = _subject(verb, clause)
            if subj is not None and subj.lower_ in ("he", "she", "it", "they") and clause is before:
                subj = _binding_subject(resolver, verb, subj) or subj
            if subj is not None and subj.lower_ in ("it", "this") and clause is after:
                sp = resolver.body_before(first["start"])  # '“...,” it said': the body that spoke last
                if sp is not None:
                    return sp, True
                continue
            read = _statement_read(verb)
            if read is not None:  # 'X read the declaration signed by both parties': the declaration speaks
                sp = resolver.statement_speaker(read, first["start"])
                if sp is not None:
                    return sp, True
            sp = resolver.resolve(subj, first["start"], clause)
            named = _appositive_person(doc, resolver, subj, verb, clause)
            if named is not None:
                sp = named  # "said Unicef's regional director, Geert Cappelaere"
            elif sp is not None and not sp.get("actors") and subj is not None and not (
                    sp.get("_named") or sp.get("_person")):
                # a name the actors component did not take: "says 35-year-old Jane Roe"
                lo, hi = subj.left_edge.i, (clause.end if verb.i < subj.i else verb.i)
                if verb.i > subj.i:
                    hi = min(hi, _extents(doc)[1][subj.i] + 1)  # (the subject's own words, not a verb's between)
                ents = [e for e in doc.ents if lo <= e.start and e.end <= hi and e.label_ in ("PERSON", "ORG")]
                if ents:
                    sp = {"actor": None, "actors": [], "name": ents[0].text, "code": None}
            if sp is None and (subj is None or subj.pos_ != "PRON"):  # a name the actors component did not take
                ents = [e for e in clause.ents if e.label_ in ("PERSON", "ORG", "NORP", "GPE")]
                sp = {"actor": None, "actors": [], "name": ents[0].text, "code": None} if ents else None
            if sp is not None:
                return sp, True
        acc = _according_to(clause)
        if acc is not None:
            sp = resolver.resolve(acc, first["start"], clause)
            if sp is not None:
                return sp, True
    # "The army and RSF agreed that they would schedule “...”": the verb that introduces the content
    for t in (before or [])[1:]:
        v = doc[t.i - 1]
        if t.lower_ == "that" and v.pos_ == "VERB":
            sp = resolver.resolve(_subject(v, before), first["start"], before)
            if sp is not None and sp.get("actors"):
                return sp, True
    # "India had sought “restoration of ...”", "X referred to Y as “...”": a quote set inside the clause of a
    # verb that is not one of saying is still the words of that verb's subject
    verb = _governing_verb(doc, first["start"], before)
    if verb is not None:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        v = verb
        while subj is None and v.dep_ == "conj" and v.head.i < v.i:  # 'X congratulated Y and commended Z for “...”'
            v = v.head
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        # a named actor or 'he'/'she' only: 'they are “not wanted”', 'campaigners celebrated “...”' say nothing
        if subj is not None and (subj.lower_ in ("he", "she") or subj.pos_ == "PROPN" or (
                subj.pos_ != "PRON" and resolver.mention_at(subj.i) is not None)):
            sp = _appositive_person(doc, resolver, subj, v, before) or resolver.resolve(subj, first["start"], before)
            if sp is not None and sp.get("actors"):
                return sp, True
    return None, False


SPEECH_NOUNS = {"appeal", "call", "plea", "warning", "demand", "statement", "remark", "comment", "pledge", "promise",
                "vow", "threat", "accusation", "claim", "request", "message", "speech", "criticism", "assurance",
                "proposal", "invitation", "assertion", "insistence", "order", "instruction", "letter", "post"}


def _speech_noun(before):
    """(noun, agent) for a quote set in the phrase of a noun of saying that names who said it: 'an appeal
    earlier this month by the rapporteur, Jane Roe, for governments to “...”', 'Roe's call for “...”'.
    Only when no verb, and no break of the sentence, stands between the noun and the quote."""
    if before is None or not len(before) or before[-1].is_punct:
        return None
    for t in reversed(before):
        if t.pos_ in ("VERB", "AUX") and t.lower_ not in ("to",):
            return None
        if t.pos_ == "NOUN" and t.lemma_.lower() in SPEECH_NOUNS:
            poss = next((c for c in t.children if c.dep_ == "poss" and (c.pos_ in ("PROPN", "NOUN")
                                                                        or c.lower_ in ("his", "her"))), None)
            if poss is not None:
                return t, poss
            # 'the Bordurian demand for “...”': a nationality word or a name before the noun
            nat = next((c for c in t.children if c.dep_ in ("amod", "compound") and c.i < t.i
                        and c.text[:1].isupper() and c.pos_ in ("ADJ", "PROPN")), None)
            if nat is not None:
                return t, nat
            by = next((b for b in before[t.i + 1 - before.start:] if b.lower_ in ("by", "from") and b.pos_ == "ADP"),
                      None)
            obj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            return (t, obj) if obj is not None else None
    return None


def _agent_speaker(doc, resolver, agent, before, quote_start: int):
    """The speaker a noun of saying names: a person set in apposition to the agent ('by the rapporteur, Jane
    Roe,') first, else the agent itself."""
    lo, hi = _extents(doc)
    for m in resolver.mentions_in(agent.i + 1, min(hi[agent.i] + 1, before.end)):
        if doc[m["tok"][0] - 1].text == "," and m.get("actor") and \
                resolver.actors.get(m["actor"], {}).get("kind") == "person":
            return resolver._speaker([m["actor"]])
    sp = resolver.resolve(agent, quote_start, before)
    if agent.dep_ in ("amod", "compound"):  # a modifier speaks only as a named actor or a nationality's state
        if sp is not None and sp.get("actors"):
            return sp
        code = next((m["code"] for m in resolver.modifiers_in(agent.i, agent.i + 1) if m.get("code")), None)
        state = next((a["id"] for a in resolver.actors.values() if a.get("kind") == "state" and a.get("code") == code),
                     None) if code else None
        return resolver._speaker([state]) if state else (
            {"actor": None, "actors": [], "name": agent.text, "code": code} if code else None)
    return sp if sp is not None and (sp.get("actors") or sp.get("name")) else None


def _binding_subject(resolver, verb, pronoun):
    """'The bloc's spokesperson condemned what she called “...”': 'he'/'she' under a verb whose clause hangs on
    another one with a person for subject is that person, not the last one named before the sentence."""
    if verb.dep_ == "parataxis":
        return None  # 'Turkey, they said, “has ...”': a parenthetical, not a clause of the sentence's subject
    v = verb
    while v.head.i != v.i and v.sent.start <= v.head.i:
        v = v.head
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        if subj.i >= pronoun.i or subj.pos_ == "PRON":
            return None
        m = resolver.mention_at(subj.i)
        kind = resolver.actors.get(m.get("actor") or "", {}).get("kind") if m is not None else None
        if pronoun.lower_ in ("it", "they"):  # 'the ministry summoned the envoy over what it called “...”'
            return subj if m is not None and lookup.mention_actor_ids(m) and kind != "person" else None
        return subj if kind == "person" or (m is None and subj.lemma_.lower() in ROLE_WORDS) else None
    return None


def _runs_on(text: str, end: int) -> bool:
    """Does the sentence run on past a quotation closing at `end` with no pause ('of “stoking tensions” with
    broadcasts')?  An attribution after a quote is set off by a comma or ends a question or exclamation."""
    inner = text[:end].rstrip()[-1:]
    return inner not in (",", "?", "!", ".", ";", ":", "—", "–") and re.match(r"[”\"»]\s*[a-z]", text[end:end + 3]) \
        is not None


CONTRAST_WORDS = {"while", "whereas", "although", "though", "because", "but", "yet"}


def _new_clause(clause) -> bool:
    """Do the words after a quote open a clause of contrast or cause with its own subject ('..., while X said
    ...'), which tells what someone else said, not who said the quote?"""
    words = [t for t in clause if not t.is_punct and not t.is_space]
    return len(words) >= 3 and words[0].lower_ in CONTRAST_WORDS and words[1].pos_ in ("DET", "NOUN", "PROPN", "PRON",
                                                                                         "ADJ", "NUM")


def _relayed(resolver, governing, before, after) -> bool:
    """Does a body relay what a person said: a person's verb of reporting governs the quote before it, and the
    clause after it gives the words to a body that is no person ('..., the ministry said')?"""
    kind = lambda t: resolver.actors.get((resolver.mention_at(t.i) or {}).get("actor") or "", {}).get("kind") \
        if t is not None else None
    if governing.lemma_.lower() not in REPORTING_LEMMAS | INDIRECT_LEMMAS or kind(_subject(governing, before)) != "person":
        return False
    verb = _speech_verb(after)
    subj = _subject(verb, after) if verb is not None else None
    return subj is not None and kind(subj) in ("org", "state", "group")


def _continues(clause) -> bool:
    """'... “has no soldiers there” and accused Kinshasa': the words after the quote go on with the sentence's
    own clause (a conjunction, then a verb), they do not name who spoke."""
    words = [t for t in clause if not t.is_punct and not t.is_space]
    return len(words) >= 2 and words[0].lower_ in ("and", "but") and words[1].pos_ in ("VERB", "AUX", "ADV")


REPORT_LEMMAS = {"report", "quote", "cite"}
MEDIA_WORDS = {"agency", "news", "media", "newspaper", "television", "tv", "radio", "broadcaster", "daily",
               "outlet", "wire"}


def _reports(clause) -> bool:
    """'..., the official news agency reported' / 'state media said': a medium relaying someone's words."""
    verb = _speech_verb(clause)
    if verb is None:
        return False
    if verb.lemma_.lower() in REPORT_LEMMAS:
        return True
    subj = _subject(verb, clause)
    return subj is not None and subj.lemma_.lower() in MEDIA_WORDS


def _statement_read(verb):
    """'X read (out) the declaration ...': the statement X reads, whose words are its issuers'."""
    if verb.lemma_.lower() != "read":
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in STATEMENT_WORDS), None)


STATE_VERBS = {"be", "have", "exist", "become", "remain", "seem", "appear", "look", "sound"}


def _governing_verb(doc, quote_start: int, before):
    """The verb, before the quote in its sentence, whose object the quote is ('X sought “...”', 'X dismissed
    it as “...”', 'X threatened to “...”'): not a verb of being ('Isis is opposed to “apostate regimes”'),
    and, for a content clause ('they agreed the regime had “...”'), the verb that states its content."""
    if before is None or not len(before):
        return None
    tok = next((t for t in doc[before.end:before.end + 3] if t.idx >= quote_start and not t.is_punct), None)
    steps = 0
    while tok is not None and steps < 12:
        head = tok.head
        if head is tok:
            return None
        if head.idx < quote_start and head.pos_ in ("VERB", "AUX") and head.i >= before.start:
            while head.dep_ == "ccomp" and head.head is not head and head.head.pos_ == "VERB":
                head = head.head  # the content of 'agreed', 'believed', 'insisted': their subject's words
            if head.pos_ != "VERB" or head.lemma_.lower() in STATE_VERBS:
                return None
            return head
        tok, steps = head, steps + 1
    return None


def _next_sentence_speaker(doc, text, end: int, resolver, quote_start: int):
    """'“We will not retreat.” The warning came from X, who said ...': the speaker named just after."""
    after = _tokens(doc, end + 1, min(len(text), end + 400))
    if after is None:
        return None
    words = [t for t in after if not t.is_space and not t.is_punct]
    if not words:
        return None
    sent = words[0].sent
    clause = doc[max(sent.start, after.start):min(sent.end, sent.start + 40)]
    if any(t.text in OPENERS | CLOSERS | BOTH for t in clause):
        return None  # the next sentence has its own quote
    verb = _speech_verb(clause)
    if verb is not None:
        return resolver.resolve(_subject(verb, clause), quote_start, clause)
    acc = _according_to(clause)
    if acc is not None:
        return resolver.resolve(acc, quote_start, clause)
    # "The words were those of X" / "The warning came from X": a named person or organisation
    for t in clause:
        if t.dep_ == "pobj" and t.head.lower_ in ("from", "of", "by"):
            sp = resolver.resolve(t, quote_start, clause)
            if sp is not None and sp.get("actors"):
                return sp
    return None


DASH_LINE = re.compile(r"[ \t]*[\"”’]?[ \t]*\n[ \t]*\n?[ \t]*[—–-][ \t]*(?P<who>[^\n]{3,160})")


def _dash_line_speaker(doc, text, end: int, resolver):
    """A quotation paragraph signed on the line below it, as government releases print them ("...."
    / "— The Hon. Anita Anand, Minister of National Defence"): the person or body the line names first."""
    m = DASH_LINE.match(text, end)
    if m is None:
        return None
    start, stop = m.start("who"), m.end("who")
    toks = _tokens(doc, start, stop)
    if toks is None or len(toks) > 24 or any(t.pos_ in ("VERB", "AUX") for t in toks):
        return None  # (a signature is a name and a title; a line that says something is the story going on)
    mentions = [m for m in resolver.mentions_in(toks.start, toks.end) if lookup.mention_actor_ids(m)]
    named = [lookup.mention_actor_ids(m) for m in mentions if any(
        doc[i].ent_type_ == "PERSON" for i in range(m["tok"][0], m["tok"][1]))]
    # (the person signing, by name, before a bare title or the office or state his title names)
    for ids in named + [lookup.mention_actor_ids(m) for m in mentions]:
        sp = resolver._speaker(ids)
        if sp is not None:
            return sp
    ents = [e for e in toks.ents if e.label_ in ("PERSON", "ORG")]
    return {"actor": None, "actors": [], "name": ents[0].text, "code": None} if ents else None


def find_quotes(doc) -> list[dict]:
    text = doc_text(doc)
    segs = [s for s in quote_segments(text)]
    spans = [(s["start"], s["end"]) for s in segs]
    resolver = Resolver(doc, spans)
    resolver.prepass()
    items, prev = [], None
    for gi, group in enumerate(_group(segs, text)):
        joined = " ".join(text[s["start"]:s["end"]] for s in group)
        if not _worth_keeping(joined) and not (_one_word_quote(joined) and _said(doc, text, group[0])):
            continue  # a title or a name, or a word in quotation marks that no one is said to have said
        speaker, found = _attribution(doc, text, group, resolver)
        spoke = resolver.spoke_between(_sentence_end(doc, text, prev["para_end"]) if prev else 0, group[0]["start"]) \
            if not found and _opens_sentence(text, group[0]) else None
        signed = _dash_line_speaker(doc, text, group[-1]["end"], resolver)
        if signed is not None:
            speaker = signed  # '“...”' / '— The Hon. Anita Anand, Minister of National Defence': signed below
        elif spoke is not None:
            speaker = spoke  # '“...,” the source said. Khalil said their expulsion changed things. “The ...”': Khalil
        elif not found and prev is not None and group[0]["para"] - prev["para_end"] < 400:
            speaker = prev["speaker"]
        elif not found:
            speaker = _next_sentence_speaker(doc, text, group[-1]["end"], resolver, group[0]["start"])
        for seg in group:
            s, e = _clean_span(text, seg["start"], seg["end"])
            span = _tokens(doc, s, e)
            if span is None or s >= e:
                continue
            items.append({"text": text[s:e], "span": [s, e], "direct": True, "speaker": speaker,
                          "_tok": [span.start, span.end], "_group": gi})
        prev = {"speaker": speaker, "para_end": group[-1]["end"]}
    items += transcript_answers(doc, text, items, resolver)
    items += indirect_quotes(doc, items, resolver, text)
    items.sort(key=lambda q: q["span"][0])
    link_amounts(doc, items)
    return items


QUESTION_LINE = genre.TRANSCRIPT_QUESTION  # ("Q: ...", "Question: ...": the genre detector reads the same lines)
# (an answer opens with "A:" or with the name of who answers: "Maria Zakharova: ...")
ANSWER_LINE = re.compile(r"^[ \t]*(?:(?:A|Answer|ANSWER)[ \t]*[:.\-–—]|(?P<who>(?:[A-Z][\w.'’-]+ ){0,3}[A-Z][\w.'’-]+):)"
                         r"[ \t]+(?=\S)", re.M)
BRIEFING_WORDS = ("briefing", "press conference", "news conference", "told reporters", "transcript", "interview")
SPOKESPERSON_ROLE_WORDS = ("spokes", "minister", "secretary", "president", "ambassador", "chancellor", "premier")


def transcript_answers(doc, text: str, direct: list[dict], resolver) -> list[dict]:
    """A briefing printed as questions and answers ("Q: ... A: ..."): each answer paragraph is the words of the
    one who gives the briefing, the office holder the story names at it ("X told her weekly press briefing")
    before the first question (else the last one named before it). Nothing when the text has no questions."""
    first_q = QUESTION_LINE.search(text)
    if first_q is None:
        return []
    speaker = _briefer(doc, text, first_q.start(), resolver)  # (None: only named answers are kept)
    taken = [q["span"] for q in direct]
    out = []
    people = [a for a in doc._.actors or [] if a.get("kind") == "person"]
    by_id = {a["id"]: a for a in people}
    for m in ANSWER_LINE.finditer(text, first_q.start()):
        who = speaker
        if m.group("who"):
            # ("Maria Zakharova: We consider ..."): the person the line's name is a mention of, else no answer
            named = [a["id"] for a in people if any(m.start("who") <= s0 and e0 <= m.end("who")
                                                    for s0, e0 in a.get("mentions") or [])]
            if not named:
                continue
            if not by_id[named[0]].get("code"):
                # ("MR MILLER: ..." after "spokesman Matthew Miller"): the placed person of that surname
                last = m.group("who").split()[-1].lower()
                named = [a["id"] for a in people if a.get("code") and (a.get("name") or "").split()[-1:] and
                         (a.get("name") or "").split()[-1].lower() == last] or named
            who = resolver._speaker(named[:1])
        end = text.find("\n", m.end())
        s, e = _clean_span(text, m.end(), len(text) if end < 0 else end)
        if who is None or not who.get("code") or e - s < 12 or any(a < e and s < b for a, b in taken):
            continue  # (an answerer the tables cannot place would make "we" no one's)
        span = _tokens(doc, s, e)
        if span is None:
            continue
        out.append({"text": text[s:e], "span": [s, e], "direct": True, "speaker": who,
                    "_tok": [span.start, span.end], "_group": -1})
    return out


def _briefer(doc, text: str, before: int, resolver):
    """The person who gives the briefing: named in a sentence about it before `before`, else the last office
    holder named before it."""
    people = [a for a in doc._.actors or [] if a.get("kind") == "person" and any(
        w in (a.get("role") or "") for w in SPOKESPERSON_ROLE_WORDS)]
    named = sorted((m[0], a["id"]) for a in people for m in a.get("mentions") or [] if m[0] < before)
    if not named:
        return None

    def paragraph(pos):
        end = text.find("\n", pos)
        return text[max(0, text.rfind("\n", 0, pos)):len(text) if end < 0 else end].lower()

    at_briefing = [(pos, aid) for pos, aid in named if any(w in paragraph(pos) for w in BRIEFING_WORDS)]
    return resolver._speaker([(at_briefing or named)[-1][1]])


def indirect_quotes(doc, direct: list[dict], resolver, text: str | None = None) -> list[dict]:
    """'X said (that) <clause>' outside any direct quote -> a quote with direct False.
    `text` is the Doc's text (`doc_text`)."""
    text = doc_text(doc) if text is None else text
    taken = sorted((q["span"][0], q["span"][1]) for q in direct)  # disjoint, so sorted by start and end
    taken_starts = [a for a, _ in taken]
    marks = list(accumulate((ch in "“”\"«»\n" for ch in text), initial=0))  # quote marks before each offset
    first, last = _extents(doc)
    out = []
    toks = tokens(doc)
    for tok in (toks[i] for i in token_indices(doc, POS, VERB)):  # (every other token is skipped below)
        if tok.lemma_.lower() not in INDIRECT_LEMMAS or tok.pos_ != "VERB":
            continue
        comps = [c for c in tok.children if c.dep_ == "ccomp"]
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if not comps or subj is None or subj.lower_ in ("it", "this", "that"):
            continue
        comp = comps[0]
        if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in comp.children):
            continue  # not a clause
        lo, hi = first[comp.i], last[comp.i]  # the subtree's first and last tokens
        while lo <= hi and (doc[lo].lower_ == "that" and doc[lo].dep_ == "mark" or doc[lo].is_punct):
            lo += 1
        while lo <= hi and (doc[lo].is_space or doc[lo].is_punct):
            lo += 1
        while hi >= lo and (doc[hi].is_punct or doc[hi].is_space):
            hi -= 1
        if hi - lo + 1 < 3:
            continue
        s, e = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
        k = bisect_left(taken_starts, e) - 1  # the last taken span starting before e
        if (k >= 0 and taken[k][1] > s) or marks[e] - marks[s]:
            continue
        if subj.lower_ in QUANTIFIERS or (resolver.mention_at(subj.i) is None and subj.pos_ not in ("PRON", "PROPN")
                                          and subj.lemma_.lower() not in STATEMENT_WORDS):
            continue  # "many of them from the Isis enclave, said X": not a speaker
        if comp.i < tok.i and not (subj.i > comp.right_edge.i):
            continue  # "<content>, said X": the speaker must follow the content
        speaker = resolver.resolve(subj, min(tok.idx, s), doc[tok.i:min(tok.right_edge.i + 1, tok.i + MAX_CLAUSE_TOKENS)])
        if speaker is None:
            continue
        out.append({"text": text[s:e], "span": [s, e], "direct": False, "speaker": speaker,
                    "_tok": [lo, hi + 1], "_group": None})
        k = bisect_left(taken_starts, s)
        taken.insert(k, (s, e))
        taken_starts.insert(k, s)
    return out


JOINT_WORDS = {"joint", "common"}
STATE_NOUNS = {"country", "nation", "state", "government"}
# words telling of the meeting a joint statement closes
MEETING_LEMMAS = {"meet", "meeting", "talk", "talks", "summit", "visit", "negotiate", "negotiation", "discuss",
                  "consultation", "confer", "host"}
MEETING_LOOKBACK_SENTENCES = 4
LOCATIVE_PREPS = {"in", "at", "near", "outside"}
QUANTIFIERS = {"many", "some", "most", "all", "few", "both", "each", "several", "none", "one"}
FIRST_PERSON = {"our", "we", "us", "ours"}
MUTUAL = {"mutual", "bilateral", "two-way"}


def link_amounts(doc, quotes: list[dict]) -> None:
    """'our mutual trade' in a quote: the amount concerns the speaker (and, for 'mutual', the pair in focus)."""
    spoken = sorted((q for q in quotes if q["direct"] and q.get("speaker") and q["speaker"].get("actors")),
                    key=lambda q: q["span"][0])  # direct quotes do not overlap
    spoken_starts = [q["span"][0] for q in spoken]
    pairs = sorted((m for m in doc._.mentions or [] if len(lookup.mention_actor_ids(m)) >= 2), key=lambda m: m["end"])
    pair_ends = [m["end"] for m in pairs]
    sent_words: dict = {}
    for am in doc._.amounts or []:
        k = bisect_right(spoken_starts, am["span"][0]) - 1
        q = spoken[k] if k >= 0 and am["span"][0] < spoken[k]["span"][1] else None
        if q is None:
            continue
        sent = doc[am["_tok"][0]].sent
        if sent.start not in sent_words:
            sent_words[sent.start] = {t.lower_ for t in span_tokens(sent)}
        words = sent_words[sent.start]
        if not words & FIRST_PERSON:
            continue
        ids = list(am.get("actors") or [])
        for a in q["speaker"]["actors"]:
            if a not in ids:
                ids.append(a)
        if (words & MUTUAL) or (am.get("about") and set(am["about"].lower().split()) & MUTUAL):
            k = bisect_right(pair_ends, q["span"][0])
            pair = pairs[k - 1] if k else None
            for a in lookup.mention_actor_ids(pair) if pair else []:
                if a not in ids:
                    ids.append(a)
        am["actors"] = ids


@Language.factory("communique_quotes")
def make_quotes(nlp, name):
    def component(doc):
        doc._.quotes = find_quotes(doc)
        return doc
    return component
