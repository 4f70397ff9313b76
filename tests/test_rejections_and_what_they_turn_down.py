"""Spurning or snubbing is a rejection; what a rejection turns down ("rejected the invitation to the summit")
did not happen: no summit (issue 21); condolences and solidarity expressed are support, a bill withdrawn a
concession (issue 14). Sentences written for this project."""

from __future__ import annotations


def test_spurn_and_snub_reject(extract):
    for text in ("Hungary spurned efforts by the European Commission to share out asylum seekers.",
                 "Venezuela snubbed the Colombian offer of mediation."):
        ev = max(extract(text)["events"], key=lambda e: e["confidence"])
        assert ev["event"] == "REJECT", text


def test_what_a_rejection_turns_down_is_no_event(extract):
    for text in ("Algeria rejected the Moroccan invitation to the summit.",
                 "Algeria snubbed the Moroccan invitation to the summit in Rabat."):
        doc = extract(text)
        assert [e["event"] for e in doc["events"]] == ["REJECT"], (text, doc["events"])
    doc = extract("Algeria accepted the Moroccan invitation to the summit.")
    assert "AGREE" in {e["event"] for e in doc["events"]}


def test_condolences_and_solidarity_expressed_are_support(extract):
    for text in ("Uzbekistan expressed condolences to Morocco after the earthquake that killed hundreds.",
                 "Lithuania expressed solidarity with Moldova."):
        ev = max(extract(text)["events"], key=lambda e: e["confidence"])
        assert ev["event"] == "SUPPORT", text


def test_a_bill_withdrawn_is_a_concession_troops_withdrawn_a_retreat(extract):
    ev = max(extract("The Georgian government withdrew the draft law on foreign agents after mass protests.")["events"],
             key=lambda e: e["confidence"])
    assert ev["event"] == "CONCEDE"
    ev = max(extract("Armenia withdrew its troops from the border village.")["events"], key=lambda e: e["confidence"])
    assert ev["event"] == "RETREAT"


def test_i_agree_that_is_an_opinion_not_an_agreement(extract):
    doc = extract("I agree the children should be allowed back to Denmark, but not their parents.")
    assert "AGREE" not in {e["event"] for e in doc["events"]}
    doc = extract("Denmark and Iraq agreed that the fighters should be tried in Baghdad.")
    assert "AGREE" in {e["event"] for e in doc["events"]}
