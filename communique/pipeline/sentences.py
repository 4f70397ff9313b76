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
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.language import Language

from communique.pipeline import gate

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
        if numpy_matmul_default():
            use_numpy_matmul(self.procs)
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
        for _, proc in self.procs:
            todo = list(proc.pipe(todo, batch_size=self.batch_size)) if hasattr(proc, "pipe") \
                else [proc(d) for d in todo]
        done = iter(todo)
        for doc, plan in zip(docs, plans):
            self._write_back(doc, plan, done)
            yield doc

    def _plan(self, doc):
        """(start, end, sentence Doc or None) for every sentence of `doc`."""
        quoted = gate.quoted_tokens(doc) if self.shortcut else None
        # as_doc would export the whole Doc for every sentence (quadratic); export it once
        head = doc._get_array_attrs()
        array = doc.to_array(head)
        plan = []
        for s, e in gate.split_sentences(doc):
            self.stats["sentences"] += 1
            if all(t.is_space for t in doc[s:e]) or (self.shortcut and not self.gate.may_yield(doc, s, e, quoted)):
                plan.append((s, e, None))
                continue
            sd = doc[s:e].as_doc(array_head=head, array=array)
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

