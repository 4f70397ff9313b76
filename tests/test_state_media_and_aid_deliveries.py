"""State media speak for their government; a sit-in is staged however the parser splits it; air strikes used
are force; food deliveries resumed are aid; the Commonwealth is an intergovernmental body (issue 14). Sentences
written for this project."""

from __future__ import annotations


def top(doc):
    return max(doc["events"], key=lambda e: e["confidence"]) if doc["events"] else None


def codes(side):
    return {p.get("code") for p in side}


def test_state_media_speak_for_their_state(extract):
    ev = top(extract("Egypt's state-run newspapers warned Ethiopia that it would pay dearly for filling the dam."))
    assert ev and ev["event"] == "THREATEN" and codes(ev["source"]) == {"EGY"} and codes(ev["target"]) == {"ETH"}


def test_a_sit_in_staged_is_a_protest(extract):
    ev = top(extract("Teachers in Harare staged a sit-in outside the finance ministry to demand higher pay."))
    assert ev and ev["event"] == "PROTEST"


def test_air_strikes_used_are_force_and_a_conditioned_promise_of_them_a_threat(extract):
    ev = top(extract("France said it was ready to use air strikes against the rebels if they advanced on Bamako."))
    assert ev and ev["event"] == "THREATEN"
    assert top(extract("The Kenyan army used drones to monitor the border with Somalia.")) is None


def test_food_deliveries_resumed_are_aid(extract):
    ev = top(extract("UNICEF resumed food deliveries to northern Ethiopia after a three-month halt."))
    assert ev and ev["event"] == "AID" and codes(ev["source"]) == {"IGO"} and codes(ev["target"]) == {"ETH"}


def test_the_commonwealth_is_an_intergovernmental_body(extract):
    ev = top(extract("The Commonwealth suspended the Maldives after the disputed election."))
    assert ev and ev["event"] == "SANCTION" and codes(ev["source"]) == {"IGO"}


def test_a_weapon_used_as_the_means_of_another_act_is_no_attack_of_its_own(extract):
    doc = extract("Minsk said Vilnius was planning a provocation using a drone packed with explosives and a bomb.")
    assert not [e for e in doc["events"] if (e["trigger"].get("pattern") or "").startswith("hand use")]
