"""A party that wants another party to act asks it to; force used is an attack; a vessel sunk was attacked;
throats cut are killings; demonstrators who defy a ban protest, also when they are counted ("thousands of
protesters") (issue 14). Sentences written for this project."""

from __future__ import annotations


def top(doc):
    return max(doc["events"], key=lambda e: e["confidence"]) if doc["events"] else None


def codes(side):
    return {p.get("code") for p in side}


def every(doc):
    return {e["event"] for e in doc["events"] + doc["other_events"]}


def test_a_partys_wish_for_another_partys_act_is_a_request_of_it(extract):
    ev = top(extract("Nigeria's foreign minister said Abuja wanted Niamey to free the detained president."))
    assert ev and ev["event"] == "REQUEST" and codes(ev["source"]) == {"NGA"} and codes(ev["target"]) == {"NER"}
    ev = top(extract("Berlin would like Warsaw to accept more refugees, a German official said."))
    assert ev and ev["event"] == "REQUEST" and codes(ev["target"]) == {"POL"}


def test_a_wish_about_things_or_ones_own_act_asks_nothing_of_anyone(extract):
    assert "REQUEST" not in every(extract("The Chilean president wants the talks to succeed."))
    assert "REQUEST" not in every(extract("Chile wants to hold talks with Peru next month."))


def test_force_used_is_an_attack_and_force_promised_on_a_condition_a_threat(extract):
    ev = top(extract("Indonesian troops used force against separatist rebels in Aceh."))
    assert ev and ev["event"] == "ASSAULT" and codes(ev["source"]) == {"IDN"}
    ev = top(extract("Ankara said Turkey was ready to use force if Syria kept sheltering the militants."))
    assert ev and ev["event"] == "THREATEN" and codes(ev["target"]) == {"SYR"}
    assert "ASSAULT" not in every(extract("The Kenyan army used helicopters to deliver food to flood victims."))


def test_a_vessel_sunk_was_attacked_and_a_plan_sunk_was_not(extract):
    ev = top(extract("The Indian coast guard sank two Pakistani fishing trawlers near the maritime border."))
    assert ev and ev["event"] == "ASSAULT" and codes(ev["source"]) == {"IND"}
    assert "ASSAULT" not in every(extract("The corruption scandal sank the Italian government's reform plan."))


def test_throats_cut_are_killings(extract):
    ev = top(extract("Gunmen slit the throats of nine farmers in eastern Congo."))
    assert ev and ev["event"] == "ASSAULT"
    assert "ASSAULT" not in every(extract("The Greek government cut pensions again."))


def test_demonstrators_who_defy_a_ban_protest(extract):
    ev = top(extract("Thousands of demonstrators defied a ban on rallies in Tbilisi on Sunday."))
    assert ev and ev["event"] == "PROTEST" and codes(ev["source"]) == {"GEO"}
    ev = top(extract("North Korea defied the Security Council by launching another rocket."))
    assert ev and ev["event"] != "PROTEST"


def test_resolve_about_oneself_is_no_pledge(extract):
    assert "AGREE" not in every(extract("Armenian opposition supporters camped outside parliament, vowing to stay "
                                        "until the prime minister resigned."))
    ev = top(extract("Serbia pledged to continue its dialogue with Kosovo under EU auspices."))
    assert ev and ev["event"] == "AGREE"
