"""The shortcut (skip the model on sentences that cannot yield anything) never changes a result."""

from __future__ import annotations

import json
from itertools import islice

import pytest

from tests.conftest import shared_file

# written for these tests: sentences the gate must skip between ones it must keep
MIXED = ("Oman's foreign minister met his Iranian counterpart in Muscat on Tuesday. It was not a surprise. "
         "Most analysts were not surprised. The two sides agreed to hold further talks. "
         "That seemed unlikely only a short while before. “We are ready,” he said. "
         "Nothing else was known. The meeting lasted 3 hours.")


@pytest.fixture
def both_modes(nlp):
    """run(record dicts) -> (documents with the shortcut, documents without it)."""
    from communique.pipeline.builder import make_doc
    from communique.pipeline.serialize import to_json

    model = nlp.get_pipe("communique_sentences")

    def process(records, shortcut):
        old = model.shortcut
        model.shortcut = shortcut
        try:
            return [to_json(d) for d in nlp.pipe(make_doc(nlp, r) for r in records)]
        finally:
            model.shortcut = old

    return lambda records: (process(records, True), process(records, False))


def _records(path, n=None, every=1):
    from communique.ingest.records import make_record

    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in islice(f, 0, None, every) if line.strip()]
    for r in rows[:n]:
        rec = make_record(r["text"], str(path), r["id"], r.get("date"), r.get("url"))
        yield rec.to_dict()


def _assert_same(fast, full):
    assert len(fast) == len(full)
    for a, b in zip(fast, full):
        assert a == b, f"document {a['id']} differs with the shortcut"


def test_gate_skips_only_empty_sentences(nlp):
    from communique.pipeline import gate

    g = gate.Gate(nlp)

    def verdicts(text):
        doc = nlp.make_doc(text)
        quoted = gate.quoted_tokens(doc)
        return [g.may_yield(doc, s, e, quoted) for s, e in gate.split_sentences(doc)]

    assert verdicts(MIXED) == [True, False, False, True, False, True, False, True]
    assert verdicts("It rained. They left. Three stayed. Yesterday was calm. The minister spoke.") == \
        [False, True, True, True, True]
    # a quotation running over several sentences keeps all of them
    assert verdicts("“It is over. Nothing is left. We go home.” That was all.") == [True, True, True, False]


def test_split_covers_the_doc(nlp):
    from communique.pipeline import gate

    text = "Headline without a stop\n\nFirst sentence here. Second one? “Third!” he said.\nLast bit"
    doc = nlp.make_doc(text)
    bounds = gate.split_sentences(doc)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(doc)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))
    firsts = [doc[s].text for s, _ in bounds]
    assert firsts == ["Headline", "First", "Second", "“", "Last"]


def test_mixed_article_identical_and_skips(nlp, both_modes):
    from communique.ingest.records import make_record

    rec = make_record(MIXED, "<test>", "mixed", "2025-03-04").to_dict()
    model = nlp.get_pipe("communique_sentences")
    before = dict(model.stats)
    fast, full = both_modes([rec])
    _assert_same(fast, full)
    assert fast[0]["events"] and fast[0]["quotes"]
    skipped = model.stats["sentences"] - before["sentences"] - (model.stats["modelled"] - before["modelled"])
    assert skipped >= 4  # 4 skipped with the shortcut; none without it


def test_sentences_keep_offsets(nlp):
    from communique.ingest.records import make_record
    from communique.pipeline.builder import make_doc

    text = " date 2025-10-23\nALMATY — Kazakhstan and Russia signed a deal. It was brief.\n\nNothing more."
    doc = nlp(make_doc(nlp, make_record(text, "<test>", "o").to_dict()))
    assert len(doc.text) == len(text)
    assert all(doc.text[t.idx:t.idx + len(t)] == text[t.idx:t.idx + len(t)] for t in doc if not t.is_space
               and t.idx >= text.index("Kazakhstan"))
    assert any(t.dep_ == "nsubj" for t in doc) and any(e.label_ == "GPE" for e in doc.ents)


def test_news_dev_identical(both_modes):
    _assert_same(*both_modes(list(_records(shared_file("corpus/news_dev.jsonl")))))


def test_gsr_dev_sample_identical(both_modes):
    _assert_same(*both_modes(list(_records(shared_file("plover_gsr/gsr_dev.jsonl"), every=4))))


def test_guardian_sample_identical(both_modes):
    _assert_same(*both_modes(list(_records(shared_file("guardian_sample/guardian_2019.jsonl"), n=4, every=50))))


# written for this test: contractions and "there is" start attribute_ruler's two-token patterns
RULER = ("There is no deal yet, the envoy said. Let's be clear: they ain't gonna sign. "
         "Y'all know it. The ministers were meeting in Geneva on 3 May and talks are going well.\n\n"
         "C'mon, he said. Got ta go.")


def test_attribute_memo_matches_attribute_ruler_and_lemmatizer(nlp):
    """The memo (sentences.AttributeMemo) gives the same tags, POS, morphology, lemmas and parse."""
    from communique.ingest.records import make_record
    from communique.pipeline.builder import make_doc
    from communique.pipeline.sentences import ATTRS

    model = nlp.get_pipe("communique_sentences")
    assert model.memo is not None
    texts = [RULER, MIXED] + [r["text"] for r in _records(shared_file("corpus/news_dev.jsonl"), n=3)]
    records = [make_record(t, "<test>", f"m{i}").to_dict() for i, t in enumerate(texts)]

    def annotate():
        return [d.to_array(ATTRS) for d in model.pipe(make_doc(nlp, r) for r in records)]

    ruled = model.stats["ruled"]
    fast = annotate()
    assert model.stats["ruled"] > ruled  # some sentences went to the real attribute_ruler
    memo, model.memo = model.memo, None
    try:
        full = annotate()
    finally:
        model.memo = memo
    for a, b in zip(fast, full):
        assert (a == b).all()


def test_distinct_rows_agrees_with_numpy_unique():
    """The memo's distinct rows are numpy.unique(axis=0)'s: same groups, same first rows, same numbers."""
    import numpy

    from communique.pipeline.sentences import _distinct_rows

    rng = numpy.random.default_rng(7)
    table = rng.choice(numpy.array([0, 3, 2 ** 63 + 5, 2 ** 64 - 1], dtype="uint64"), size=(500, 4))
    first, code = _distinct_rows(table)
    rows, index, inverse = numpy.unique(table, axis=0, return_index=True, return_inverse=True)
    assert (table[first] == rows).all() and (first == index).all() and (code == inverse.reshape(-1)).all()
    assert _distinct_rows(table[:0])[0].size == 0


def test_indexed_lemmatizer_gives_the_models_lemmas(nlp):
    """The memo's lemmatizer looks words up in sets instead of lists: the same lemmas as the model's."""
    from communique.ingest.records import make_record
    from communique.pipeline.builder import make_doc
    from communique.pipeline.sentences import _indexed

    lemmatizer = nlp.get_pipe("lemmatizer")
    text = "The envoys were meeting ministers and signed accords; talks are going better than feared."
    doc = nlp(make_doc(nlp, make_record(text, "<test>", "l").to_dict()))
    assert doc.has_annotation("POS")
    fast = _indexed(lemmatizer)
    assert [fast.rule_lemmatize(t) for t in doc] == [lemmatizer.rule_lemmatize(t) for t in doc]
    assert isinstance(lemmatizer.lookups.get_table("lemma_index").get("noun"), list)  # the model's is untouched
