"""A promise of force is a threat also when the force is a light verb's noun ("vowed to step up attacks"), and
a promise of force made the price of another party's act ("... unless the government frees them") threatens
that party even when the force is aimed at things (issue 14). Sentences written for this project."""

from __future__ import annotations


def top(doc):
    return max(doc["events"], key=lambda e: e["confidence"]) if doc["events"] else None


def codes(side):
    return {p.get("code") for p in side}


def test_force_promised_as_the_price_of_a_partys_act_is_a_threat_at_that_party(extract):
    ev = top(extract("Peruvian guerrillas vowed to blow up power lines unless the government in Lima freed "
                     "their imprisoned leaders."))
    assert ev and ev["event"] == "THREATEN" and codes(ev["source"]) == {"PER"} and codes(ev["target"]) == {"PER"}


def test_a_light_verbs_attack_noun_promised_is_a_threat(extract):
    ev = top(extract("Sudanese rebels pledged to step up their raids on army garrisons in Darfur."))
    assert ev and ev["event"] == "THREATEN"


def test_a_condition_on_circumstances_makes_no_threat(extract):
    doc = extract("The Kenyan government vowed to fight hunger unless the rains failed again.")
    assert "THREATEN" not in {e["event"] for e in doc["events"] + doc["other_events"]}


def test_a_light_verbs_peaceful_noun_stays_a_pledge(extract):
    doc = extract("The Ghanaian president pledged to hold talks with the striking doctors.")
    assert "THREATEN" not in {e["event"] for e in doc["events"] + doc["other_events"]}
