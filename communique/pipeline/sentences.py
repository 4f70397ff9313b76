"""Run the statistical model sentence by sentence, in large batches, and only where it can matter.

spaCy parses a long article as one sequence: its parser and NER then step through thousands of
tokens with a batch of one or two documents, which wastes the vectorised maths.  This component
splits every Doc into sentences first (`gate.split_sentences`), runs the model's own components
(tok2vec, tagger, parser, attribute_ruler, lemmatizer, ner) on the sentences of many documents at
once (each sentence a Doc of its own with one preset sentence), and writes tags, lemmas, the parse
and entities back onto the full Doc, whose text and offsets never change.

Shortcut (on by default; off with ``COMMUNIQUE_NO_SHORTCUT=1`` or ``shortcut=False``): sentences
the gate says cannot yield anything (`gate.may_yield`) are not sent to the model; they keep their
tokens and their sentence boundary and have no tags or parse.  Every other sentence gets exactly
the same input in both modes, so the documents produced are identical.

Two more savings, each with a switch and each checked to give bit-identical annotations:
- the models' matrix products go through numpy/OpenBLAS instead of thinc's bundled BLIS
  (`use_numpy_matmul`; ``COMMUNIQUE_BLIS=1`` keeps BLIS): the same layers and weights, about
  twice as fast on CPUs whose BLIS kernels lag (AVX-512);
- attribute_ruler and lemmatizer are replaced by `AttributeMemo`, which remembers their effect per
  token key and asks the real components only about keys it has not seen
  (``COMMUNIQUE_NO_ATTRIBUTE_MEMO=1`` runs the real components everywhere).
"""

from __future__ import annotations

import functools
import os

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, LOWER, MORPH, ORTH, POS, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from communique.pipeline import gate
from communique.pipeline.extensions import tokens

ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
SENTENCES_PER_BATCH = 512  # sentences the model sees at once
DOCS_PER_ROUND = 64  # documents whose sentences are pooled


def numpy_matmul_default() -> bool:
    return os.environ.get("COMMUNIQUE_BLIS", "").strip().lower() in ("", "0", "false", "no")


def use_numpy_matmul(procs) -> None:
    """Run the models' matrix products through numpy (OpenBLAS) instead of thinc's bundled BLIS.

    Same weights, same layers: thinc's own `NumpyOps(use_blis=False)`.  On CPUs with AVX-512 the
    bundled BLIS kernels are about 3x slower than OpenBLAS's for these shapes, and the products are
    most of the model's time.  BLAS is held to one thread: communique runs one process per core.
    """
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, proc in procs:
        model = getattr(proc, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if isinstance(node.ops, NumpyOps):
                node.ops = ops
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1, user_api="blas")
    except ImportError:  # pragma: no cover - threadpoolctl comes with scikit-learn
        pass


_NOT_START = numpy.uint64(2 ** 64 - 1)  # SENT_START -1 as Doc.to_array stores it


def _no_vector(span):
    """Span.vector of a pipeline without word vectors: an empty array."""
    return numpy.zeros((span.vocab.vectors_length,), dtype="f")


def memo_default() -> bool:
    return os.environ.get("COMMUNIQUE_NO_ATTRIBUTE_MEMO", "").strip().lower() in ("", "0", "false", "no")


def shortcut_default() -> bool:
    return os.environ.get("COMMUNIQUE_NO_SHORTCUT", "").strip().lower() in ("", "0", "false", "no")


@Language.factory("communique_sentences", default_config={"components": [], "shortcut": True,
                                                         "batch_size": SENTENCES_PER_BATCH})
def make_sentences(nlp, name, components, shortcut, batch_size):
    return SentenceModel(nlp, components, shortcut, batch_size)


# token attributes a memoised attribute_ruler pattern may test: the token's text and what derives from
# it, plus the tagger's and parser's output (pattern keys as spaCy spells them)
_LEXICAL_KEYS = {"ORTH", "TEXT", "LOWER", "LENGTH", "SHAPE", "PREFIX", "SUFFIX", "IS_ALPHA", "IS_ASCII", "IS_DIGIT",
                 "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT", "IS_SPACE", "IS_STOP", "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL", "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT", "IS_BRACKET",
                 "IS_QUOTE", "IS_CURRENCY"}
_SET_ATTRS = (TAG, POS, MORPH, LEMMA, DEP)  # what attribute_ruler may set, per token


def _distinct_rows(table: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    """(index of the first row of each distinct row, the number of each row's distinct row): what
    `numpy.unique(table, axis=0)` tells, from one stable lexicographic sort of the rows (numpy.lexsort,
    first column first), which is many times faster."""
    if not len(table):
        return numpy.zeros(0, dtype="int64"), numpy.zeros(0, dtype="int64")
    order = numpy.lexsort(table.T[::-1])
    ordered = table[order]
    starts = numpy.ones(len(table), dtype=bool)  # where a new distinct row begins in sorted order
    starts[1:] = (ordered[1:] != ordered[:-1]).any(axis=1)
    code = numpy.empty(len(table), dtype="int64")
    code[order] = numpy.cumsum(starts) - 1
    return order[starts], code


def _indexed(lemmatizer):
    """A copy of the rule lemmatizer whose word index per part of speech is a set instead of a list.

    spaCy's rule lemmatizer checks each candidate form with `form in index`, and the English index is a list
    of up to 57,000 words: a linear scan per candidate.  Membership in a set is the same answer at once, so
    every lemma is unchanged.  The model's own lemmatizer is left as it is (it is serialised with the model)."""
    from spacy.lookups import Lookups

    copy = type(lemmatizer)(lemmatizer.vocab, lemmatizer.model, lemmatizer.name, mode=lemmatizer.mode,
                            overwrite=lemmatizer.overwrite)
    copy.lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)
        if name == "lemma_index":
            table = copy.lookups.add_table(name)
            for key, words in lemmatizer.lookups.get_table(name).items():
                table[key] = frozenset(words)
        else:
            copy.lookups.set_table(name, table)
    return copy


class AttributeMemo:
    """attribute_ruler + lemmatizer, remembered per token.

    spaCy's attribute_ruler runs a Matcher over every token and the rule lemmatizer looks every token
    up again; both outputs are functions of a few token values.  A single-token pattern sees only the
    token's text, tag and dependency label, so the ruler's effect is remembered per (ORTH, TAG, DEP), the
    ORTH standing for all words that pass the same word tests of the rules (`_word_classes`);
    a sentence in which some token could start a longer pattern is handed to the real attribute_ruler.
    The lemmatizer (which fills only lemmas the ruler left empty) reads the text, POS and morphology,
    so its lemma is remembered per (ORTH, POS, MORPH).  Unseen keys are computed by the real components
    on a probe Doc holding one token per key, so every value comes from spaCy itself.
    `AttributeMemo.build` returns None when the pipeline's rules do not fit these assumptions.
    """

    def __init__(self, nlp, ruler, lemmatizer):
        self.vocab = nlp.vocab
        self.ruler = ruler
        self.lemmatizer = _indexed(lemmatizer)
        self.first = Matcher(nlp.vocab)  # first tokens of the multi-token patterns
        for i, p in enumerate(ruler.patterns):
            for pattern in p["patterns"]:
                if len(pattern) > 1:
                    self.first.add(f"first{i}", [pattern[:1]])
        # (orth, tag, pos, morph, lemma, dep) before the ruler -> (the same values after it, or None when
        # no single-token pattern matches; whether the token may start a multi-token pattern); the orth is
        # that of the word's class (`_word_classes`)
        self.rules: dict[tuple, tuple] = {}
        self.lemmas: dict[tuple, int] = {}  # (orth, pos, morph) -> lemma
        # the word tests (all but TAG and DEP) of the single-token patterns and of the first tokens of the
        # longer ones, one match id per distinct test: which of them a word passes is its class
        self.word_tests = Matcher(nlp.vocab)
        tests = {repr(t): t for p in ruler.patterns for pattern in p["patterns"]
                 for t in [{k: v for k, v in pattern[0].items() if k not in ("TAG", "DEP")}] if t}
        for n, test in enumerate(tests.values()):
            self.word_tests.add(f"word{n}", [[test]])
        self.word_class: dict[int, int] = {}  # orth -> the orth standing for its class
        self.class_of: dict[frozenset, int] = {}  # class -> its first orth

    @classmethod
    def build(cls, nlp, components):
        names = list(components)
        if "attribute_ruler" not in names or "lemmatizer" not in names or \
                names.index("lemmatizer") != names.index("attribute_ruler") + 1:
            return None
        ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
        if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "overwrite", True):
            return None
        after = names[names.index("lemmatizer") + 1:]
        if any(n != "ner" for n in after):  # only the entity recogniser may run before them instead
            return None
        for p in ruler.patterns:
            if set(p["attrs"]) - {"TAG", "POS", "MORPH", "LEMMA", "DEP"}:
                return None
            for pattern in p["patterns"]:
                for tok in pattern:
                    if "OP" in tok or set(tok) - _LEXICAL_KEYS - {"TAG", "DEP"}:
                        return None
        return cls(nlp, ruler, lemmatizer)

    def apply(self, sentences: list, rows: numpy.ndarray, orths: numpy.ndarray, offsets: list[int]) -> int:
        """Fill TAG, POS, MORPH, LEMMA, DEP (columns of ATTRS) of every sentence's rows in place, as
        attribute_ruler then lemmatizer would.  `rows` holds the rows of all sentences one after another
        (`sentences[k].to_array(ATTRS)` is `rows[offsets[k]:offsets[k + 1]]`), `orths` their ORTH values.
        Each distinct key is looked up once (numpy.unique) and its values spread back to its tokens.
        Sentences where a multi-token pattern may match go through the real attribute_ruler (their rows are
        re-read).  Returns how many did."""
        if not len(rows):
            return 0
        where = [ATTRS.index(a) for a in _SET_ATTRS]  # tag, pos, morph, lemma, dep
        table = numpy.column_stack([self._word_classes(orths), rows[:, where]])
        first, inverse = _distinct_rows(table)
        keys = [tuple(k) for k in table[first].tolist()]
        self._learn_rules([k for k in keys if k not in self.rules])
        outs = [self.rules[k] for k in keys]
        starts = numpy.array([o[1] for o in outs], dtype=bool)[inverse]
        hit = numpy.array([o[0] is not None for o in outs], dtype=bool)
        # a key's five values after the ruler (or, untouched, before it: the key without ORTH)
        after = numpy.array([o[0] if o[0] is not None else k[1:] for o, k in zip(outs, keys)], dtype="uint64")
        sentence_of = numpy.repeat(numpy.arange(len(sentences)), numpy.diff(offsets))
        ruled = numpy.flatnonzero(numpy.bincount(sentence_of[starts], minlength=len(sentences)))
        change = hit[inverse]
        for n in ruled.tolist():
            change[offsets[n]:offsets[n + 1]] = False
        rows[numpy.ix_(change, where)] = after[inverse[change]]
        for n in ruled.tolist():
            self.ruler(sentences[n])
            rows[offsets[n]:offsets[n + 1]] = sentences[n].to_array(ATTRS)
        # lemmas the ruler left empty
        lemma, pos, morph = (ATTRS.index(a) for a in (LEMMA, POS, MORPH))
        need = numpy.flatnonzero(rows[:, lemma] == 0)
        if len(need):
            table = numpy.column_stack([orths[need], rows[need, pos], rows[need, morph]])
            first, inverse = _distinct_rows(table)
            lkeys = [tuple(k) for k in table[first].tolist()]
            self._learn_lemmas([k for k in lkeys if k not in self.lemmas])
            rows[need, lemma] = numpy.array([self.lemmas[k] for k in lkeys], dtype="uint64")[inverse]
        return len(ruled)

    def _word_classes(self, orths: numpy.ndarray) -> numpy.ndarray:
        """Per token, the orth of the first word seen that passes the same word tests of the ruler
        (`word_tests`: text, lower-case form, regexes, IS_SPACE... of every pattern a token may match alone
        or start): a token pattern is these tests and its TAG and DEP tests together, so words of one class
        meet the same rules with the same tag and label, and the ruler's effect is learnt once per class and
        key instead of once per word and key (most words pass no test).  Each word is tested once, by
        spaCy's Matcher on a probe Doc."""
        if not len(orths):
            return orths
        known, classes = self.word_class, self.class_of
        distinct, inverse = numpy.unique(orths, return_inverse=True)
        distinct = distinct.tolist()
        new = [o for o in distinct if o not in known]
        if new:
            passed: dict[int, set] = {}
            for match_id, start, _ in self.word_tests(self._probe(new), allow_missing=True):
                passed.setdefault(start, set()).add(match_id)
            for k, orth in enumerate(new):
                known[orth] = classes.setdefault(frozenset(passed.get(k, ())), orth)
        return numpy.array([known[o] for o in distinct], dtype="uint64")[inverse.reshape(-1)]

    def _probe(self, orths):
        strings = self.vocab.strings
        return Doc(self.vocab, words=[strings[o] for o in orths], spaces=[True] * len(orths))

    def _learn_rules(self, keys):
        if not keys:
            return
        probe = self._probe([k[0] for k in keys])
        for tok, (_, tag, pos, morph, lemma, dep) in zip(probe, keys):
            tok.tag, tok.pos, tok.lemma, tok.dep = tag, pos, lemma, dep
            if morph:
                tok.set_morph(morph)
        starts = {s for _, s, _ in self.first(probe, allow_missing=True)}
        # single-token matches only: adjacent probe tokens are unrelated
        matches = [m for m in self.ruler.match(probe) if m[3] - m[2] == 1]
        self.ruler.set_annotations(probe, matches)
        after = probe.to_array(list(_SET_ATTRS)).tolist()
        hit = {m[2] for m in matches}
        for i, key in enumerate(keys):
            self.rules[key] = (tuple(after[i]) if i in hit else None, i in starts)

    def _learn_lemmas(self, keys):
        if not keys:
            return
        probe = self._probe([k[0] for k in keys])
        probe.from_array([POS, MORPH], numpy.array([[k[1], k[2]] for k in keys], dtype="uint64"))
        strings = self.vocab.strings
        for tok, key in zip(probe, keys):
            self.lemmas[key] = strings.add(self.lemmatizer.lemmatize(tok)[0])


@functools.lru_cache(maxsize=1)
def _solid_words() -> frozenset:
    """The trigger lexicon's words (verbs, nouns, light verbs), as written solid ("ceasefire", "reimpose")."""
    from communique import ontology

    table = ontology.triggers()
    words = set(table.get("verbs") or {}) | set(table.get("nouns") or {}) | set(table.get("light_verbs") or [])
    return frozenset(w.lower() for w in words if isinstance(w, str) and "-" not in w and " " not in w)


def _solid_hyphen_lemmas(doc, strings) -> None:
    """"a cease-fire", "counter-measures", "re-imposed": spaCy splits a hyphen between letters into three
    tokens; where the lexicon knows the word written solid, the last token takes that lemma ("ceasefire"), so
    every rule that reads lemmas finds it."""
    dash = strings["-"] if "-" in strings else None
    if dash is None:
        return
    words = _solid_words()
    for i in numpy.flatnonzero(doc.to_array([ORTH]) == numpy.uint64(dash)).tolist():
        if i == 0 or i + 1 >= len(doc):
            continue
        left, mid, right = doc[i - 1], doc[i], doc[i + 1]
        if left.whitespace_ or mid.whitespace_ or not left.is_alpha or not right.is_alpha:
            continue
        joined = left.lower_ + right.lemma_.lower()
        if joined in words:
            right.lemma_ = joined


def repair_parse(doc) -> None:
    """Undo a misparse the components would read as meaning: a finite past verb joined to an infinitive
    ("ordered the institute to close its office and expelled its staff") is the governing verb's conjunct (the
    government expelled the staff; it did not order it expelled); so is a statement verb joined to the verb of
    what was said (`_said_and`). Only the rows that can match are read. Then the passives and participles the
    tagger misread (`_reduced_passives`, `_labelled_agents`, `_active_participles`)."""
    if not len(doc):
        return
    strings = doc.vocab.strings
    table = doc.to_array([TAG, DEP])
    past = (table[:, 0] == numpy.uint64(strings["VBD"])) | (table[:, 0] == numpy.uint64(strings["VBN"]))
    hits = numpy.flatnonzero(past & (table[:, 1] == numpy.uint64(strings["conj"])))
    for i in hits.tolist():
        t = doc[i]
        h = t.head
        finite = t.tag_ == "VBD"  # (a participle the tagger took for the finite verb: only the condition case)
        if finite and h.tag_ == "VB" and h.dep_ == "xcomp" and h.head.i != h.i and h.head.pos_ in ("VERB", "AUX") \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in h.children) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            t.head = h.head
        elif finite and _said_and(t, h):
            t.head = h.head
        elif _active_after_condition(t, h):
            g = h.head
            while g.dep_ == "xcomp" and g.head.i != g.i:
                g = g.head  # ("threatened to veto the budget if ... and accused Rutte": the threatener accused)
            t.head = g
    _headed_subjects(doc, table, strings)
    _solid_hyphen_lemmas(doc, strings)
    _verbs_tagged_as_nouns(doc, table, strings)
    _reduced_passives(doc, table, strings)
    _labelled_agents(doc)
    _active_participles(doc, table, strings)


def _verbs_tagged_as_nouns(doc, table, strings) -> None:
    """"The Government of Honduras severs diplomatic relations with Taiwan", with "severs" tagged a plural noun:
    a word the parser still made the head of a clause, with a subject and a direct object of its own, is the
    clause's verb (present tense, third person)."""
    hits = numpy.flatnonzero(table[:, 0] == numpy.uint64(strings["NNS"]))
    for i in hits.tolist():
        t = doc[i]
        if t.dep_ not in ("ROOT", "ccomp", "conj") or not t.lower_.endswith("s") or t.is_title:
            continue
        if any(c.dep_ == "nsubj" and c.i < t.i for c in t.children) and any(
                c.dep_ == "dobj" and c.i > t.i for c in t.children) and not any(
                c.dep_ in ("det", "amod", "compound", "poss") for c in t.children):
            t.tag_ = "VBZ"
            t.pos_ = "VERB"


def _headed_subjects(doc, table, strings) -> None:
    """"Migration and mobility: The EU will provide EUR 105 million": a heading before a colon, parsed as a
    second subject of the verb after it, is no subject (the verb's subject is the one after the colon)."""
    colons = numpy.flatnonzero(table[:, 1] == numpy.uint64(strings["punct"]))
    for i in colons.tolist():
        c = doc[i]
        if c.text != ":":
            continue
        v = c.head
        subjects = [x for x in v.children if x.dep_ == "nsubj"]
        if len(subjects) >= 2 and subjects[0].i < c.i < subjects[-1].i < v.i:
            subjects[0].dep_ = "dep"


def _active_after_condition(t, h) -> bool:
    """"threatened to veto the budget if such a link was imposed and accused Rutte of ...", parsed with "accused"
    joined to the passive verb of the condition: an active past verb with an object of its own and no subject,
    joined to a passive verb that heads a subordinate clause, carries on the main clause (the link accused no
    one)."""
    return h.dep_ == "advcl" and h.head.i != h.i and any(c.dep_ == "auxpass" for c in h.children) \
        and any(c.dep_ == "nsubjpass" for c in h.children) \
        and any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "when", "after", "because", "as", "once")
                for c in h.children) \
        and any(c.dep_ == "dobj" for c in t.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in t.children)


def _active_participles(doc, table, strings) -> None:
    """"The Saudi-led coalition bombed Sanaa on Tuesday", parsed as a noun phrase whose participle "bombed"
    describes the coalition: a participle right after the noun the sentence hangs on, with a direct object
    of its own and no auxiliary, is the finite verb (a passive participle takes no object), and the noun its
    subject."""
    hits = numpy.flatnonzero(((table[:, 0] == numpy.uint64(strings["VBN"])) | (table[:, 0] == numpy.uint64(strings["VBD"])))
                             & (table[:, 1] == numpy.uint64(strings["acl"])))
    for i in hits.tolist():
        v = doc[i]  # (a past form the tagger took for the finite verb, hung on the noun all the same)
        n = v.head
        if n.dep_ != "ROOT" or n.pos_ not in ("NOUN", "PROPN") or n.i != v.i - 1 \
                or not any(c.dep_ == "dobj" or _calls_on(v, c) for c in v.children) \
                or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in v.children):
            continue
        after = [c for c in n.children if c.i > v.i]
        v.head = v
        v.dep_ = "ROOT"
        n.head = v
        n.dep_ = "nsubj"
        v.tag_ = "VBD"
        for c in after:
            c.head = v  # (the sentence's closing stop hangs on its root)


def _calls_on(v, c) -> bool:
    """"The statement called on Britain to resume talks": "call on X to" is an appeal the noun makes (no one
    is called on anybody in the passive)."""
    return v.lemma_.lower() == "call" and c.dep_ == "prep" and c.lower_ in ("on", "upon") and any(
        x.dep_ == "xcomp" for x in v.children)


# verbs of a statement that carry on the statement of a saying verb ("said ... and warned it could act")
STATEMENT_VERBS = {"say", "add", "warn", "urge", "call", "demand", "threaten", "accuse", "vow", "pledge", "promise",
                   "insist", "stress", "announce", "condemn", "criticise", "criticize", "reject", "deny", "express",
                   "reiterate", "appeal", "ask", "welcome", "describe", "note", "declare", "tell", "dismiss"}
SAYING_HEADS = {"say", "announce", "state", "declare", "tell", "add", "note", "stress", "insist", "confirm", "report"}


def _said_and(t, h) -> bool:
    """"The European Union said on Tuesday that the election was neither free nor fair and warned it could act":
    a statement verb without its own subject, parsed as the conjunct of the verb of what was said, carries on
    the saying verb's statement (the Union warned; the election did not)."""
    g = h.head
    return h.dep_ == "ccomp" and g.i < h.i < t.i and g.lemma_.lower() in SAYING_HEADS \
        and t.lemma_.lower() in STATEMENT_VERBS and any(c.dep_ == "nsubj" for c in g.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)


def _labelled_agents(doc) -> None:
    """"The accusations were rejected as "unfounded" by the Belarusian Foreign Ministry", parsed with "by" on
    the label: in a passive clause without its agent, a "by" phrase hung on the label of an "as" phrase (its
    adjective, or "as" itself) names who acted; it becomes the verb's agent."""
    strings = doc.vocab.strings
    agent = strings["agent"]
    rows = doc.to_array([LOWER, DEP])
    hits = numpy.flatnonzero((rows[:, 0] == numpy.uint64(strings["by"])) & (rows[:, 1] == numpy.uint64(strings["prep"])))
    for i in hits.tolist():
        t = doc[i]
        h = t.head
        if not any(c.dep_ == "pobj" for c in t.children):
            continue
        if h.lower_ == "as" and h.dep_ == "prep":
            as_prep = h  # "rejected as interference by ...", parsed with "by" on "as"
        elif h.pos_ == "ADJ" and h.dep_ in ("amod", "acomp") and h.head.lower_ == "as" and h.head.dep_ == "prep":
            as_prep = h.head  # "rejected as "unfounded" by ...": on the label
        else:
            continue
        v = as_prep.head
        if v.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in v.children) \
                or any(c.dep_ == "agent" for c in v.children):
            continue
        t.head, t.dep = v, agent


def _reduced_passives(doc, table, strings) -> None:
    """"Two journalists detained in Iran since May were freed on Monday", parsed with "journalists" as the
    subject of "detained": a past participle with no auxiliary and no object is a reduced passive, and the
    noun it has as its subject is what the act befell (its passive subject)."""
    nsubj = strings["nsubjpass"]
    for i in numpy.flatnonzero(table[:, 0] == numpy.uint64(strings["VBN"])).tolist():
        v = doc[i]
        kids = list(v.children)
        subj = [c for c in kids if c.dep_ == "nsubj"]
        if len(subj) != 1 or subj[0].pos_ not in ("NOUN", "PROPN") or subj[0].i > v.i \
                or v.dep_ not in ("ROOT", "csubj", "csubjpass"):
            continue  # (elsewhere, "as forces pressed ahead", a past tense the tagger took for a participle)
        if any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "prt") for c in kids):
            continue
        if v.dep_ == "ROOT" and not any(c.dep_ in ("advcl", "conj") and c.i > v.i and (
                c.tag_ in ("VBD", "VBZ", "VBP") or any(a.dep_ in ("aux", "auxpass") for a in c.children))
                and not any(a.dep_ in ("nsubj", "nsubjpass") and a.ent_type_ not in ("DATE", "TIME")
                            for a in c.children) for c in kids):
            # ("ambassadors on Wednesday signed off": a past tense the tagger took for a participle; so is
            # "demonstrators rampaged through the city, as forces pressed ahead", whose other verb has its own
            # subject; the finite verb that lost its subject to the participle is the sentence's main verb)
            continue
        subj[0].dep = nsubj


def sentence_doc(doc, s: int, e: int, head, array) -> Doc:
    """`doc[s:e].as_doc(array_head=head, array=array)` for a Doc without entity annotation, step for step
    as spaCy 3's Span.as_doc, without its look at the Doc's entities (there are none to trim), which costs
    a pass over the whole Doc per sentence.  tests/test_sentences_as_doc.py checks both give the same Doc."""
    span = doc[s:e]
    sub = array[s:e]
    cols = list(head)
    if ORTH in cols and SPACY in cols:  # the words and their spaces from the exported array: no Token objects
        strings = doc.vocab.strings
        words = [strings[o] for o in sub[:, cols.index(ORTH)].tolist()]
        spaces = [bool(x) for x in sub[:, cols.index(SPACY)].tolist()]
    else:
        words, spaces = [t.text for t in span], [bool(t.whitespace_) for t in span]
    sd = Doc(doc.vocab, words=words, spaces=spaces)
    if HEAD not in cols or sub[:, cols.index(HEAD)].any():  # (every head its own token: nothing to rewire)
        span._fix_dep_copy(head, sub)
    if len(sub) > 0 and ENT_IOB in head:
        col = list(head).index(ENT_IOB)
        if sub[0][col] == 1:
            sub[0][col] = 3
    sd.from_array(head, sub)
    sd.noun_chunks_iterator = doc.noun_chunks_iterator
    sd.user_hooks = doc.user_hooks
    sd.user_span_hooks = doc.user_span_hooks
    sd.user_token_hooks = doc.user_token_hooks
    sd.vector = span.vector
    sd.vector_norm = span.vector_norm
    sd.tensor = doc.tensor[s:e]
    for key, value in doc.cats.items():
        if hasattr(key, "__len__") and len(key) == 3 and key[0] == span.start_char and key[1] == span.end_char:
            sd.cats[key[2]] = value
    return sd


class SentenceModel:
    """Applies the (disabled) statistical components of `nlp` per sentence; see the module docstring."""

    def __init__(self, nlp, components, shortcut=True, batch_size=SENTENCES_PER_BATCH):
        self.procs = [(n, nlp.get_pipe(n)) for n in components]
        self.all_procs = list(self.procs)  # what runs when the memo is switched off (memo = None)
        if numpy_matmul_default():
            use_numpy_matmul(self.procs)
        self.memo = AttributeMemo.build(nlp, components) if memo_default() else None
        if self.memo is not None:  # the memo stands in for these two (see AttributeMemo)
            self.procs = [(n, p) for n, p in self.procs if n not in ("attribute_ruler", "lemmatizer")]
        self.shortcut = shortcut
        self.batch_size = batch_size
        self.stats = {"sentences": 0, "modelled": 0, "ruled": 0}
        self.gate = gate.Gate(nlp)

    def __call__(self, doc):
        return next(iter(self.pipe([doc])))

    def pipe(self, docs, batch_size=None):
        chunk = []
        for doc in docs:
            chunk.append(doc)
            if len(chunk) >= DOCS_PER_ROUND:
                yield from self._round(chunk)
                chunk = []
        if chunk:
            yield from self._round(chunk)

    def _round(self, docs):
        plans = [self._plan(doc) for doc in docs]
        todo = [sd for plan in plans for (_, _, sd) in plan if sd is not None]
        for _, proc in (self.procs if self.memo is not None else self.all_procs):
            todo = list(proc.pipe(todo, batch_size=self.batch_size)) if hasattr(proc, "pipe") \
                else [proc(d) for d in todo]
        sentences = todo  # in plan order
        offsets = numpy.cumsum([0] + [len(sd) for sd in sentences]).tolist()
        table = numpy.concatenate([sd.to_array(ATTRS + [ORTH]) for sd in sentences]) if sentences else \
            numpy.zeros((0, len(ATTRS) + 1), dtype="uint64")
        rows = numpy.ascontiguousarray(table[:, :len(ATTRS)])
        if self.memo is not None:
            self.stats["ruled"] += self.memo.apply(sentences, rows, table[:, len(ATTRS)], offsets)
        done = (rows[a:b] for a, b in zip(offsets, offsets[1:]))
        for doc, plan in zip(docs, plans):
            self._write_back(doc, plan, done)
            repair_parse(doc)
            yield doc

    def _plan(self, doc):
        """(start, end, sentence Doc or None) for every sentence of `doc`."""
        quoted = gate.quoted_tokens(doc) if self.shortcut else None
        # as_doc would export the whole Doc for every sentence (quadratic); export it once
        head = doc._get_array_attrs()
        array = doc.to_array(head)
        # as_doc also averages the sentence's word vectors; without vectors that is an empty array, and
        # no component reads it: skip the per-token look-ups
        hooks = doc.user_span_hooks
        hooked = doc.vocab.vectors_length == 0 and "vector" not in hooks
        if hooked:
            hooks["vector"] = _no_vector
        try:
            return self._sentence_docs(doc, quoted, head, array)
        finally:
            if hooked:
                del hooks["vector"]

    def _sentence_docs(self, doc, quoted, head, array):
        start_col = list(head).index(SENT_START)
        # Span.as_doc reads the whole Doc's entities once per sentence (quadratic: 14,000 one-line
        # sentences took 10 s in that alone); before the model a Doc has none, and `sentence_doc` does
        # the rest of what as_doc does
        as_doc = sentence_doc if not doc.has_annotation("ENT_IOB") else \
            (lambda d, s, e, h, a: d[s:e].as_doc(array_head=h, array=a))
        plan = []
        for s, e in gate.split_sentences(doc):
            self.stats["sentences"] += 1
            if all(t.is_space for t in tokens(doc)[s:e]) or \
                    (self.shortcut and not self.gate.may_yield(doc, s, e, quoted)):
                plan.append((s, e, None))
                continue
            # one preset sentence: its first token starts it, no other does (set through the exported
            # array, which as_doc copies, rather than token by token)
            array[s:e, start_col] = _NOT_START
            array[s, start_col] = 1
            sd = as_doc(doc, s, e, head, array)
            plan.append((s, e, sd))
            self.stats["modelled"] += 1
        return plan

    @staticmethod
    def _write_back(doc, plan, done):
        n = len(doc)
        arr = numpy.zeros((n, len(ATTRS)), dtype="uint64")
        starts = numpy.full((n, 1), -1, dtype="int64")
        for s, e, sd in plan:
            starts[s] = 1
            if sd is not None:
                arr[s:e] = next(done)
        if n:
            doc.from_array(ATTRS, arr)
            doc.from_array([SENT_START], starts.astype("uint64"))
