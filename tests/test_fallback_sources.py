"""Sources of acts whose clause names no agent (issue 21): the subject of the governing clause rather than the
nearest name, a participle joined to a passive is passive too, and acts
said not to be done ("instead of ...", a plan given up). Sentences written for this project."""

from __future__ import annotations


def events_of(doc, kind, key="events"):
    return [e for e in doc[key] if e["event"] == kind]


def codes(side):
    return {p.get("code") for p in side}


def test_a_participle_joined_to_a_passive_names_no_agent(extract):
    doc = extract("Relatives told a Kenyan newspaper that the activist was arrested and tortured in prison.")
    assert not [e for e in events_of(doc, "ASSAULT") if e["source"]]


def test_the_governing_subject_acts_not_the_nearest_name(extract):
    doc = extract("Turkey has asked Washington for help as the Danish government appeared to abandon plans to "
                  "withdraw from the mission.")
    moved = [e for k in ("events", "other_events") for e in doc[k] if e["trigger"]["text"] == "withdraw"]
    assert moved and all(codes(e["source"]) == {"DNK"} for e in moved)
    # and a plan given up is no act
    assert not [e for e in doc["events"] if e["trigger"]["text"] == "withdraw"]


def test_an_act_done_instead_of_another_did_not_happen(extract):
    doc = extract("Instead of condemning Brazil over the fires, the French president was persuaded to praise its "
                  "efforts.")
    assert not events_of(doc, "ACCUSE")


def test_an_unconfirmed_attendance_is_not_announced(extract):
    doc = extract("Chile has not yet confirmed that its foreign minister will attend the Lima talks.")
    assert not [e for e in doc["events"] if e["event"] in ("CONSULT", "AGREE")]
    doc = extract("Chile confirmed that its foreign minister will attend the Lima talks.")
    assert [e for e in doc["events"] if e["event"] in ("CONSULT", "AGREE")]


def test_an_act_under_so_long_as_is_a_condition(extract):
    doc = extract("Peru will free the two activists, so long as Bolivia releases the detained soldiers.")
    assert not [e for e in doc["events"] if e["trigger"]["text"].startswith("release")]
