"""Targets of acts a state or group does at home (issue 14, target F1): the unnamed people acted on, in a sentence
that names one country only, are that country's own, as in the PLOVER gold standard records ("Egyptian police
... dispersed Moslem fundamentalist demonstrators": EGY -> EGY). Sentences written for this project."""

from __future__ import annotations

import pytest


def events(doc, category):
    return [e for e in doc["events"] + doc.get("other_events", []) if e["event"] == category]


def codes(side):
    return {x["code"] for x in side}


@pytest.mark.parametrize("text, category, code", [
    ("The Malawian government released forty opposition activists on Tuesday.", "RETREAT", "MWI"),
    ("Peru's president pardoned two hundred prisoners to mark the national holiday.", "CONCEDE", "PER"),
    ("The Bolivian government announced an amnesty for jailed teachers.", "CONCEDE", "BOL"),
    ("Congolese militiamen abducted dozens of villagers near the lake.", "ASSAULT", "COD"),
    ("Jordan's king commuted the sentences of six dissidents.", "CONCEDE", "JOR"),
])
def test_unnamed_people_acted_on_at_home_are_the_actors_compatriots(extract, text, category, code):
    evs = events(extract(text), category)
    assert evs and code in codes(evs[0]["target"]), evs


@pytest.mark.parametrize("text, category", [
    # foreign or international people are nobody's compatriots
    ("The Laotian government expelled foreign journalists on Friday.", "SANCTION"),
    ("The Nepalese government eased visa rules for citizens of neighbouring countries.", "CONCEDE"),
    # one's own armed men moved are no target
    ("The Chadian government refused to withdraw its troops from the town.", "REJECT"),
    # what is freed, not where it goes
    ("Colombian rebels freed three hostages to a church commission on Sunday.", "RETREAT"),
])
def test_foreign_people_and_own_forces_get_no_home_target(extract, text, category):
    for ev in events(extract(text), category):
        assert not ev["target"] or len(codes(ev["target"]) & codes(ev["source"])) == 0, ev


def test_a_second_country_in_the_sentence_blocks_the_default(extract):
    # the prisoners may be Ugandan: the default does not guess
    doc = extract("Rwanda released twelve prisoners after talks with Uganda.")
    for ev in events(doc, "RETREAT"):
        assert "RWA" not in codes(ev["target"])



def test_a_nationality_word_on_the_people_names_their_country(extract):
    # (the demonym 'Djiboutian' was missing from the country table)
    evs = events(extract("Ethiopia freed four Djiboutian fishermen on Monday."), "RETREAT")
    assert evs and codes(evs[0]["target"]) == {"DJI"}
