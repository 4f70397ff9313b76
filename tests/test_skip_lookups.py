"""The look-ups that let components skip tokens and patterns give the answers of the full passes they replace."""

from spacy.attrs import ORTH, POS
from spacy.symbols import VERB

from communique.ontology import cameo
from communique.pipeline.builder import make_doc
from communique.pipeline.extensions import token_indices, upper_initial

TEXT = ("The Border Guard Bangladesh (BGB) said on Monday that Élodie Martin, the envoy of France, had "
        "set out a plan. \u201cWe asked for aid,\u201d she told reporters in Dhaka (the capital). ok")


def parse(nlp, text):
    return nlp(make_doc(nlp, {"id": "t", "text": text}))


def test_token_indices_and_upper_initial_match_the_tokens(nlp):
    doc = parse(nlp, TEXT)
    assert token_indices(doc, ORTH, "(") == [i for i, t in enumerate(doc) if t.text == "("]
    assert token_indices(doc, POS, VERB) == [i for i, t in enumerate(doc) if t.pos == VERB]
    assert upper_initial(doc) == [t.text[:1].isupper() for t in doc]
    empty = nlp.make_doc("")
    assert token_indices(empty, ORTH, "(") == [] and upper_initial(empty) == []


def test_cameo_candidates_hold_every_pattern_that_matches(nlp):
    """Every pattern that scores above 0 on a verb is among the candidates `match` tries."""
    doc = parse(nlp, "Rebels set off a bomb. The government asked for aid and sent troops to the border. "
              "Police fired warning shots at protesters, and the minister called off the talks with Iran.")
    verbs = [t for t in doc if t.pos_ == "VERB" and t.lemma_.lower() in cameo.lexicon()["verbs"]]
    assert verbs
    for t in verbs:
        lemma, ctx = t.lemma_.lower(), cameo.context(t)
        holding = [k for k, cp in enumerate(cameo._patterns(lemma)) if cameo._holds_compiled(cp, ctx) > 0]
        assert set(holding) <= set(cameo._candidates(lemma, ctx))


def test_trigger_candidates_are_the_tokens_may_trigger_accepts(nlp):
    events = nlp.get_pipe("communique_events")
    doc = parse(nlp, TEXT + " Thousands joined the protest; the talks were opposed by Russia.")
    assert events.trigger_candidates(doc) == [t.i for t in doc if events.may_trigger(t)]


def test_proper_words_are_the_capitalised_alphabetic_proper_nouns(nlp):
    from communique.pipeline.actors import _proper_words

    doc = parse(nlp, TEXT)
    assert _proper_words(doc) == [t.i for t in doc if t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper()]


def test_tokens_with_gives_a_sentences_tokens_of_one_value(nlp):
    from spacy.attrs import DEP
    from communique.pipeline.extensions import tokens_with

    doc = parse(nlp, TEXT)
    for sent in doc.sents:
        assert [t.i for t in tokens_with(sent, POS, VERB)] == [t.i for t in sent if t.pos == VERB]
        assert [t.i for t in tokens_with(sent, DEP, "nsubj")] == [t.i for t in sent if t.dep_ == "nsubj"]
