"""extensions.tokens: one list of Token objects per Doc, the same tokens as indexing the Doc."""

from __future__ import annotations

import spacy

from communique.pipeline import extensions
from communique.pipeline.extensions import span_tokens, tokens


def test_tokens_are_the_docs_and_made_once():
    nlp = spacy.blank("en")
    doc = nlp("Ghana recalled its ambassador from Togo on Friday.")
    toks = tokens(doc)
    assert [t.i for t in toks] == list(range(len(doc))) and [t.text for t in toks] == [t.text for t in doc]
    assert toks[-1] == doc[-1] and all(a == b for a, b in zip(toks, doc))
    assert tokens(doc) is toks  # cached
    sent = doc[2:5]
    assert [t.i for t in span_tokens(sent)] == [2, 3, 4]
    assert [t.text for t in tokens(sent)] == [t.text for t in sent]  # a Span: its own positions


def test_tokens_keep_only_the_last_docs():
    nlp = spacy.blank("en")
    docs = [nlp(f"Talks resumed on day {i}.") for i in range(extensions._TOKENS_KEPT + 3)]
    lists = [tokens(d) for d in docs]
    assert len(extensions._TOKENS) <= extensions._TOKENS_KEPT
    assert tokens(docs[-1]) is lists[-1]
    again = tokens(docs[0])  # evicted: made again, equal
    assert again is not lists[0] and [t.text for t in again] == [t.text for t in lists[0]]


def test_ext_reads_what_doc_underscore_reads():
    """extensions.ext is `doc._.<name>` without the Underscore object, set or not."""
    from communique.pipeline.extensions import DOC_ATTRS, ext

    doc = spacy.blank("en")("Kenya and Uganda signed a border accord.")
    for name in DOC_ATTRS:
        assert ext(doc, name) is getattr(doc._, name) is None
    doc._.mentions = [{"tok": [0, 1]}]
    doc._.places = []
    assert ext(doc, "mentions") is doc._.mentions and ext(doc, "places") is doc._.places
