"""Weapons and armed men that hit or target something attack it; a missile that strikes is no missile test;
travel and arms bans are sanctions; joint exercises are military cooperation; money placed in another
state's bank is aid; a go-between's deal names whom it brought together (issue 14). Sentences written for
this project."""

from __future__ import annotations


def top(doc):
    return max(doc["events"], key=lambda e: e["confidence"]) if doc["events"] else None


def codes(side):
    return {p.get("code") for p in side}


def categories(doc):
    return {e["event"] for e in doc["events"]}


def test_weapons_and_armed_men_that_hit_attack(extract):
    ev = top(extract("Syrian government jets hit a rebel stronghold near Hama on Friday."))
    assert ev and ev["event"] == "ASSAULT" and codes(ev["source"]) == {"SYR"}
    ev = top(extract("A Turkish drone targeted a convoy of Kurdish fighters in northern Iraq."))
    assert ev and ev["event"] == "ASSAULT"


def test_hit_and_target_in_other_senses_are_no_attack(extract):
    for text in ("The fall in oil prices hit Nigeria's budget hard this year.",
                 "The new European sanctions target Belarusian potash exporters.",
                 "Unemployment in Spain hit a record high in March."):
        assert "ASSAULT" not in categories(extract(text)), text


def test_a_missile_that_strikes_is_no_missile_test(extract):
    doc = extract("Russian missiles struck the port city of Odesa overnight, the Ukrainian air force said.")
    assert "MOBILIZE" not in categories(doc)
    ev = top(doc)
    assert ev and ev["event"] == "ASSAULT" and codes(ev["target"]) == {"UKR"}


def test_a_capital_the_model_takes_for_a_person_is_still_a_place(extract):
    ev = top(extract("Russian drones struck Kyiv before dawn on Sunday."))
    assert ev and codes(ev["target"]) == {"UKR"}


def test_travel_and_arms_bans_are_sanctions(extract):
    ev = top(extract("Australia imposed travel bans on six Myanmar generals after the coup."))
    assert ev and ev["event"] == "SANCTION" and codes(ev["source"]) == {"AUS"}
    assert [e["event"] for e in extract("Australia imposed travel bans on six Myanmar generals.")["events"]] \
        == ["SANCTION"]  # the verb's own compiled code (IMPOSE) adds nothing beside the noun's


def test_joint_exercises_are_military_cooperation(extract):
    ev = top(extract("Egyptian and Saudi naval units began joint exercises in the Red Sea on Sunday."))
    assert ev and ev["event"] == "COOPERATE" and codes(ev["source"]) == {"EGY", "SAU"}
    ev = top(extract("North Korea staged artillery drills near the border on Tuesday."))
    assert ev and ev["event"] == "MOBILIZE"


def test_money_deposited_in_another_states_bank_is_aid(extract):
    ev = top(extract("The United Arab Emirates deposited $2 billion in Egypt's central bank."))
    assert ev and ev["event"] == "AID" and codes(ev["source"]) == {"ARE"} and "EGY" in codes(ev["target"])


def test_a_plural_group_that_says_they_will_attack_threatens(extract):
    ev = top(extract("Al-Shabaab militants said they would attack any Kenyan convoy entering Somalia."))
    assert ev and ev["event"] == "THREATEN" and codes(ev["source"]) == {"SOM"}


def test_a_go_between_brings_the_deals_parties_together(extract):
    doc = extract("Ethiopia and Eritrea signed a peace deal on Sunday. Saudi Arabia, which brokered the deal, "
                  "hosted the ceremony in Jeddah.", "2024-05-01")
    med = [e for e in doc["events"] if e["trigger"]["text"].startswith("brokered")]
    assert med and med[0]["event"] == "CONSULT" and codes(med[0]["source"]) == {"SAU"}
    assert codes(med[0]["target"]) == {"ETH", "ERI"}


def test_rulers_who_say_they_will_hand_power_over_agree_to_concede(extract):
    ev = top(extract("Niger's ruling generals said on Monday they would hand power to an elected government "
                     "within three years, the national broadcaster reported."))
    assert ev and ev["event"] == "AGREE" and codes(ev["source"]) == {"NER"}


def test_hacked_to_death_is_a_killing_and_hacking_a_cyber_attack(extract):
    ev = top(extract("Armed herders hacked to death eleven farmers in central Nigeria, police said."))
    assert ev and ev["event"] == "ASSAULT"
    ev = top(extract("Russian military intelligence hacked the Dutch chemical weapons watchdog."))
    assert ev and ev["event"] == "COERCE"


def test_what_is_done_in_protest_is_a_protest_unless_it_is_an_act_of_its_own(extract):
    ev = top(extract("Hundreds of students burned tyres outside the French embassy in Niamey in protest against "
                     "the military presence."))
    assert ev and ev["event"] == "PROTEST" and codes(ev["source"]) == {"NER"}
    ev = top(extract("Algeria recalled its ambassador from Madrid in protest."))
    assert ev and ev["event"] == "SANCTION"


def test_a_refusal_announced_with_a_condition_is_a_refusal(extract):
    ev = top(extract("Iran said it would not attend the talks in Vienna unless the sanctions were lifted first."))
    assert ev and ev["event"] == "REJECT" and not ev.get("flags")


def test_a_warning_that_any_move_will_be_met_with_force_is_a_threat(extract):
    doc = extract("Serbia warned that any attempt by Kosovo to seize the northern municipalities would be met with "
                  "force.")
    ev = top(doc)
    assert ev and ev["event"] == "THREATEN" and codes(ev["source"]) == {"SRB"}
    assert "CONSULT" not in categories(doc)  # "be met with force" is no meeting


def test_missiles_fired_at_someone_are_an_attack_and_into_the_sea_a_test(extract):
    ev = top(extract("Iran launched ballistic missiles at American bases in Iraq on Wednesday."))
    assert ev and ev["event"] == "ASSAULT" and codes(ev["source"]) == {"IRN"}
    doc = extract("North Korea fired two ballistic missiles into the sea on Monday.")
    assert "MOBILIZE" in categories(doc)


def test_a_death_caused_by_violence_is_the_violence_done_to_the_dead(extract):
    ev = top(extract("A Kurdish journalist died under torture in Turkish police custody, his lawyer said."))
    assert ev and ev["event"] == "ASSAULT" and codes(ev["source"]) == {"TUR"}
    assert top(extract("The former Iraqi foreign minister died of cancer in Amman.")) is None
