"""sentences.sentence_doc is Span.as_doc without its per-sentence pass over the Doc's entities: the same
sentence Docs come out (text, every exported attribute, hooks, tensor), for a Doc as the sentence model
sees it (tokens and preset sentence starts only) and for one carrying a parse."""

from __future__ import annotations

import numpy
import pytest
from spacy.attrs import SENT_START

from communique.pipeline.sentences import _NOT_START, sentence_doc

TEXT = ("Chile and Peru signed a fishing accord in Lima on Tuesday. \\u201cWe will talk,\\u201d the minister said.\\n\\n"
        "Ghana recalled its ambassador from Togo, the foreign ministry said on Friday.")


def _same(a, b, head):
    assert a.text == b.text and len(a) == len(b)
    assert numpy.array_equal(a.to_array(head), b.to_array(head))
    assert a.user_span_hooks is b.user_span_hooks and a.user_hooks is b.user_hooks
    assert numpy.array_equal(a.tensor, b.tensor)


@pytest.mark.parametrize("parsed", [False, True])
def test_sentence_doc_equals_as_doc(nlp, parsed):
    import spacy

    if parsed:  # the communique pipeline's Doc: tagged and parsed
        from communique.ingest.records import make_record
        from communique.pipeline.builder import make_doc

        doc = nlp(make_doc(nlp, make_record(TEXT, "t", "t").to_dict()))
    else:
        doc = spacy.blank("en")(TEXT)
    if parsed and doc.has_annotation("ENT_IOB"):
        doc.set_ents([])  # sentence_doc is used only on Docs without entities
    head = doc._get_array_attrs()
    col = list(head).index(SENT_START)
    for s, e in [(0, 13), (13, 22), (22, len(doc)), (3, 9)]:
        a1, a2 = doc.to_array(head), doc.to_array(head)
        for arr in (a1, a2):
            arr[s:e, col] = _NOT_START
            arr[s, col] = 1
        _same(sentence_doc(doc, s, e, head, a1), doc[s:e].as_doc(array_head=head, array=a2), head)
        assert numpy.array_equal(a1, a2)  # the shared array is changed the same way (dependency fix-up)
