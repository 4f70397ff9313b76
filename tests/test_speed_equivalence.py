"""Speed-ups that must not change what is found: each fast form against the plain one it replaces."""

from __future__ import annotations

import re

import pytest
import spacy


def test_money_pattern_lookahead_changes_no_match():
    """The leading digit lookahead of the first money pattern only skips places where it cannot match."""
    from communique.pipeline import amounts

    fast = amounts.MONEY_PATTERNS[0]
    assert fast.pattern.startswith("(?=")
    plain = re.compile(fast.pattern.split(")", 1)[1], fast.flags)  # the pattern without its lookahead
    texts = ["The fund pledged U.S.$ 5 million and NRs. 3 bn to the scheme.", "It cost US$\n12,500 in all.",
             "usd 4 and EUR\t7m were sent; x$5 is no amount, nor is $ alone.", "KShs 100, KSh1,000 and ¥2,256,000,000.",
             "Costs rose to £3.5bn from €900m in 2019 (CAD 12 billion).", "No money here at all: 2019, 45 people."]
    for text in texts:
        assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == \
               [(m.span(), m.groupdict()) for m in plain.finditer(text)]
    assert [m.group("sym") for m in fast.finditer(texts[0])] == ["U.S.$", "NRs."]


def test_cameo_patterns_are_the_slots_patterns_in_order():
    """`_patterns` keeps every unpruned pattern of a verb in the order `match` tried them before."""
    from communique.ontology import cameo

    lex = cameo.lexicon()
    if not lex["verbs"]:
        pytest.skip("no compiled CAMEO lexicon")
    off = cameo.disabled()
    for lemma in list(lex["verbs"])[:300]:
        slot = lex["verbs"][lemma]
        plain = [p for p in slot["phrasal"] + [p for b in slot["blocks"] for p in lex["blocks"][b]] if p["id"] not in off]
        assert [cp[0] for cp in cameo._patterns(lemma)] == plain


def test_cameo_compiled_holds_scores_as_the_pattern_says():
    from communique.ontology import cameo

    ctx = {"objs": {"aid"}, "mods": {"humanitarian"}, "preps": {"to": {"gaza", cameo.PARTY}}, "prts": {"to"},
           "subj": {"army"}, "before": {"army"}}
    assert cameo._holds({"obj": ["aid"], "obj_mods": ["humanitarian"]}, ctx) == 3
    assert cameo._holds({"obj": ["aid"], "obj_mods_each": [["humanitarian"], ["food"]]}, ctx) == -1
    assert cameo._holds({"preps": [["to", []]]}, ctx) == 1
    assert cameo._holds({"preps": [["to", ["gaza"]]], "subj": ["army"], "prt": ["to"]}, ctx) == 5
    assert cameo._holds({"preps": [["from", []]]}, ctx) == -1
    assert cameo._holds({"before": ["navy"]}, ctx) == -1


def test_trigger_words_outside_the_prefilter_code_nothing():
    """events.__call__ skips words whose part of speech none of the four trigger finders codes."""
    from communique.pipeline.events import TRIGGER_POS, EventsComponent

    nlp = spacy.blank("en")
    comp = EventsComponent.__new__(EventsComponent)
    comp.verbs = {"attack": [{"event": "ASSAULT"}], "oppose": [{"event": "REJECT"}]}
    comp.nouns, comp.effect, comp.light_over, comp.speech, comp.use_cameo = {"attack": {"event": "ASSAULT"}}, {}, {}, set(), True
    comp._vetoed = False
    doc = nlp("attack attack")
    for t in doc:
        for pos in ("ADV", "DET", "ADP", "AUX", "PRON", "ADJ", ""):
            t.pos_ = pos
            t.lemma_ = "attack"
            if pos not in TRIGGER_POS:
                assert comp.effect_trigger(t) is None and comp.joint_trigger(t) is None
                assert comp.verb_trigger(t) is None and comp.noun_trigger(t) is None
    assert not comp._vetoed
