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
"""

from __future__ import annotations

import os

import numpy
import re

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, TAG
from spacy.language import Language

from communique.pipeline import gate

ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
SENTENCES_PER_BATCH = 512  # sentences the model sees at once
DOCS_PER_ROUND = 64  # documents whose sentences are pooled


def shortcut_default() -> bool:
    return os.environ.get("COMMUNIQUE_NO_SHORTCUT", "").strip().lower() in ("", "0", "false", "no")


@Language.factory("communique_sentences", default_config={"components": [], "shortcut": True,
                                                         "batch_size": SENTENCES_PER_BATCH})
def make_sentences(nlp, name, components, shortcut, batch_size):
    return SentenceModel(nlp, components, shortcut, batch_size)


class SentenceModel:
    """Applies the (disabled) statistical components of `nlp` per sentence; see the module docstring."""

    def __init__(self, nlp, components, shortcut=True, batch_size=SENTENCES_PER_BATCH):
        self.procs = [(n, nlp.get_pipe(n)) for n in components]
        self.memo = AttributeMemo.for_pipes(self.procs)
        self.shortcut = shortcut
        self.batch_size = batch_size
        self.stats = {"sentences": 0, "modelled": 0}
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
        for name, proc in self.procs:
            if self.shortcut and self.memo is not None and name in self.memo.names:
                if name == self.memo.names[0]:
                    todo = self.memo.apply(todo)
                continue
            todo = list(proc.pipe(todo, batch_size=self.batch_size)) if hasattr(proc, "pipe") \
                else [proc(d) for d in todo]
        done = iter(todo)
        for doc, plan in zip(docs, plans):
            self._write_back(doc, plan, done)
            yield doc

    def _plan(self, doc):
        """(start, end, sentence Doc or None) for every sentence of `doc`."""
        quoted = gate.quoted_tokens(doc) if self.shortcut else None
        plan = []
        for s, e in gate.split_sentences(doc):
            self.stats["sentences"] += 1
            if all(t.is_space for t in doc[s:e]) or (self.shortcut and not self.gate.may_yield(doc, s, e, quoted)):
                plan.append((s, e, None))
                continue
            sd = doc[s:e].as_doc()
            sd[0].is_sent_start = True
            for t in sd[1:]:
                t.is_sent_start = False
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
                arr[s:e] = next(done).to_array(ATTRS)
        if n:
            doc.from_array(ATTRS, arr)
            doc.from_array([SENT_START], starts.astype("uint64"))


class AttributeMemo:
    """The attribute_ruler and lemmatizer, remembered: their output for a token is a function of its
    text, tag and dependency label alone, except where one of the ruler's multi-token patterns
    could match ("gon na", "ai n't", "there is").  Sentences holding a word those patterns need go
    through the real components; for all others the remembered output is copied, which is exact
    (part of the shortcut, so tests/test_shortcut.py compares it with the real components)."""

    KEY = [ORTH, TAG, DEP]
    OUT = [TAG, POS, MORPH, LEMMA, DEP, HEAD]

    def __init__(self, names, procs, ruler):
        self.names = names  # consecutive component names replaced, in order
        self.procs = procs
        self.table: dict[tuple, tuple] = {}
        self.lowers: set[str] = set()
        self.regexes: list = []
        for p in ruler.patterns:
            for pattern in p["patterns"]:
                if len(pattern) < 2:
                    continue
                for spec in pattern:
                    low = spec.get("LOWER")
                    if isinstance(low, str):
                        self.lowers.add(low)
                    elif isinstance(low, dict):
                        self.lowers.update(low.get("IN", []))
                        if "REGEX" in low:
                            self.regexes.append(re.compile(low["REGEX"]))
        self._context_cache: dict[str, bool] = {}

    @classmethod
    def for_pipes(cls, procs):
        names = [n for n, _ in procs]
        if "attribute_ruler" not in names or "lemmatizer" not in names:
            return None
        i = names.index("attribute_ruler")
        if names[i + 1:i + 2] != ["lemmatizer"]:
            return None
        ruler = procs[i][1]
        if any(len(pattern) > 1 and not any("LOWER" in spec for spec in pattern)
               for p in ruler.patterns for pattern in p["patterns"]):
            return None  # a multi-token pattern without a word to spot it by
        return cls(names[i:i + 2], procs[i:i + 2], ruler)

    def _contextual(self, low: str) -> bool:
        hit = self._context_cache.get(low)
        if hit is None:
            hit = low in self.lowers or any(r.search(low) for r in self.regexes)
            self._context_cache[low] = hit
        return hit

    def apply(self, docs):
        misses = []
        for sd in docs:
            if any(self._contextual(t.lower_) for t in sd):
                misses.append((sd, False))
                continue
            keys = [tuple(row) for row in sd.to_array(self.KEY).tolist()]
            rows = [self.table.get(k) for k in keys]
            if any(r is None for r in rows):
                misses.append((sd, True))
                continue
            out = numpy.array(rows, dtype="uint64")
            out[:, 5] = sd.to_array(HEAD)
            sd.from_array(self.OUT, out)
        if misses:
            before = [sd.to_array(self.KEY) for sd, _ in misses]
            done = [sd for sd, _ in misses]
            for _, proc in self.procs:
                done = [proc(d) for d in done]
            for (sd, learn), keys in zip(misses, before):
                if learn:
                    for key, row in zip(keys.tolist(), sd.to_array(self.OUT[:5]).tolist()):
                        self.table[tuple(key)] = tuple(row) + (0,)
        return docs
