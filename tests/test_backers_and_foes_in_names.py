"""A name that a group is backed by, or that a campaign is for or against, is not who acts: "US-backed forces"
are not the US, "the counter-Iran campaign" is not Iran; what a party "is yet to" do it has neither done nor
refused (issue 21). Sentences written for this project."""

from __future__ import annotations


def codes(side):
    return {p.get("code") for p in side}


def test_a_backer_named_in_a_hyphenated_participle_is_not_the_agent(extract):
    doc = extract("Dozens of Shabaab militants were captured in Somalia by US-backed troops.")
    assert doc["events"]
    assert all("USA" not in codes(e["source"]) for e in doc["events"]), doc["events"]


def test_a_backer_still_counts_when_it_leads(extract):
    ev = max(extract("The French-led coalition bombed rebel bases in Mali.")["events"], key=lambda e: e["confidence"])
    assert codes(ev["source"]) == {"FRA"}


def test_a_foe_named_after_anti_or_counter_is_not_the_source(extract):
    doc = extract("Pompeo told reporters: \"The anti-Iran effort continues, and we welcomed the vote.\"")
    assert all("IRN" not in codes(e["source"]) for e in doc["events"] + doc["other_events"])


def test_an_act_someone_is_yet_to_do_is_neither_done_nor_refused(extract):
    doc = extract("Egypt is yet to offer shelter to the Sudanese refugees.")
    assert not doc["events"], doc["events"]
    assert any(e["event"] == "AGREE" and "negated" in (e.get("flags") or []) for e in doc["other_events"])
    ev = max(extract("Egypt did not agree to the Ethiopian proposal.")["events"], key=lambda e: e["confidence"])
    assert ev["event"] == "REJECT"


def test_a_backer_in_a_conjoined_participle_is_not_the_agent(extract):
    doc = extract("The SDF, an alliance led by Kurdish militias and backed by the US, took control of Tabqa.")
    seized = [e for e in doc["events"] + doc["other_events"] if e["event"] == "COERCE"]
    assert seized and all("USA" not in {p["code"] for p in e["source"]} for e in seized)


def test_a_conjoined_passive_participle_takes_its_own_agent(extract):
    doc = extract("The offensive to retake Mosul, led by Iraqi troops and supported by the US in the air, began in "
                  "October.")
    ev = next(e for e in doc["events"] + doc["other_events"] if e["event"] == "SUPPORT")
    assert {p["code"] for p in ev["source"]} == {"USA"}
