"""Acts named inside a complement that says they did not (yet) happen: what is warned against or prevented, what
one tries to persuade another to do, what someone is accused or suspected of; and verbs whose protest sense is
intransitive.  Sentences written for these tests."""

from __future__ import annotations


def default(doc, category):
    return [e for e in doc["events"] if e["event"] == category]


def test_what_is_warned_against_did_not_happen(extract):
    doc = extract("The Bolivian president warned farmers in Santa Cruz against blocking the highways.", "2024-05-02")
    assert not default(doc, "PROTEST")


def test_what_is_prevented_did_not_happen(extract):
    doc = extract("Police in Minsk prevented opposition supporters from marching to the parliament.", "2024-05-02")
    assert not default(doc, "PROTEST")


def test_what_one_tries_to_persuade_another_to_do_did_not_happen(extract):
    doc = extract("France is trying to persuade Chad to open talks with the rebels.", "2024-05-02")
    assert not default(doc, "CONSULT")


def test_what_someone_is_suspected_of_is_only_claimed(extract):
    doc = extract("Soldiers in Mali detained ten villagers suspected of helping the jihadists attack the base.",
                  "2024-05-02")
    assert default(doc, "COERCE") and not default(doc, "ASSAULT")


def test_an_accusation_that_people_collaborated_is_no_cooperation(extract):
    doc = extract("The militants executed five men over accusations that they collaborated with the Iraqi army.",
                  "2024-05-02")
    assert not default(doc, "COOPERATE")


def test_demonstrating_a_quality_is_no_protest(extract):
    doc = extract("The Chinese navy demonstrated its growing power in the Pacific.", "2024-05-02")
    assert not default(doc, "PROTEST")
    doc = extract("Thousands of Armenians demonstrated in Yerevan against the peace deal.", "2024-05-02")
    assert default(doc, "PROTEST")
