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


# sentences written for this test: trigger words of many kinds, in many parts of speech
TRIGGER_SENTENCES = (
    "Thousands marched in protest against the new law, and the truce will go into effect on May 22.",
    "Israel is opposed to the plan; Jordanian and Iraqi engineers began jointly building a pipeline.",
    "A prisoner died as a result of torture after the army shelled the town and detained foreigners.",
    "The minister set fire to the talks, vowed to crush the rebels and urged all parties to stop fighting.",
    "US-backed fighters attacked the base; Ghana recalled its ambassador and imposed sanctions effective Monday.",
    "Protest leaders said the protest, a build-up of troops and a stand-off at the border worried Kenya.",
)
UPOS = ("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
        "SCONJ", "SYM", "VERB", "X", "SPACE", "")


def test_words_the_trigger_prefilter_skips_code_nothing(nlp):
    """`EventsComponent.may_trigger` skips only words that none of the four finders would code: every word of
    parsed sentences, given every part of speech in turn, is either admitted or coded by none (and vetoes
    nothing)."""
    from communique.pipeline.builder import make_doc

    events = nlp.get_pipe("communique_events")
    finders = (events.effect_trigger, events.joint_trigger, events.verb_trigger, events.noun_trigger)
    skipped = 0
    for text in TRIGGER_SENTENCES:
        doc = nlp(make_doc(nlp, {"id": "t", "text": text}))
        assert any(events.may_trigger(t) and any(f(t) for f in finders) for t in doc)
        for t in doc:
            own = t.pos_
            for pos in UPOS:
                t.pos_ = pos
                if events.may_trigger(t):
                    continue
                skipped += 1
                events._vetoed = False
                assert all(f(t) is None for f in finders), (text, t.text, pos)
                assert not events._vetoed
            t.pos_ = own
    assert skipped > 500
