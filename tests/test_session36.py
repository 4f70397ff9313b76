"""Session 36 regression tests: classes found on the session's blind news sets and blind single-sentence sets,
each with sentences written for this project (the names are invented where a name matters)."""
from doc_helpers import codes, default, run


def _events(out, event):
    return [(codes(e["source"]), codes(e["target"])) for e in default(out, event)]


# -- charging with a crime is an accusation (PLOVER manual: ACCUSE, allege: "sue, indict, or charge") ----------

def test_prosecutors_charging_a_person_accuse_them(nlp):
    out = run(nlp, "French prosecutors charged two Algerian diplomats with espionage.", published="2025-03-12")
    assert ({"FRA"}, {"DZA"}) in _events(out, "ACCUSE")
    assert not default(out, "COERCE")


def test_police_charging_a_former_president_accuse_him(nlp):
    out = run(nlp, "Brazilian police charged the former president with plotting a coup.", published="2025-03-12")
    assert [e["event"] for e in out["events"]] == ["ACCUSE"]


# -- opening an investigation into a party's conduct (CAMEO 090: investigate, an accusation) -------------------

def test_opening_an_investigation_into_conduct_is_an_accusation(nlp):
    out = run(nlp, "The UN Human Rights Council opened an investigation into the conduct of Belarusian police.",
              published="2025-03-12")
    assert ({"IGO"}, {"BLR"}) in _events(out, "ACCUSE")


def test_a_joint_investigation_stays_cooperation(nlp):
    out = run(nlp, "Kenya and Uganda launched a joint investigation into the attack.", published="2025-03-12")
    assert default(out, "COOPERATE")
    assert not default(out, "ACCUSE")


# -- the act an inquiry looks into is not the inquirer's --------------------------------------------------------

def test_a_crackdown_looked_into_is_not_the_inquirers_act(nlp):
    out = run(nlp, "The UN Human Rights Council voted to open an independent international investigation into the "
                   "deadly crackdown on protesters in Belarus.", published="2025-03-12")
    assert ({"IGO"}, {"BLR"}) in _events(out, "ACCUSE")
    assert not default(out, "COERCE")


def test_an_attack_a_probe_looks_into_is_not_the_probers_act(nlp):
    out = run(nlp, "Kenya and Uganda launched a joint investigation into the attack.", published="2025-03-12")
    assert not default(out, "ASSAULT")


def test_an_act_looked_into_keeps_the_doer_its_own_phrase_names(nlp):
    out = run(nlp, "The court opened an investigation into Russia's invasion of Ukraine.", published="2025-03-12")
    assert ({"RUS"}, {"UKR"}) in _events(out, "ASSAULT")


# -- a cyber attack is coercion (PLOVER COERCE, mode cyber: "hacking, security breaches, website attacks") -------

def test_a_cyber_attack_carried_out_is_coercion_not_assault(nlp):
    out = run(nlp, "Russian hackers carried out a cyber attack on the Estonian power grid on Monday.",
              published="2025-03-12")
    assert ({"RUS"}, {"EST"}) in _events(out, "COERCE")
    assert not default(out, "ASSAULT")


def test_hyphenated_cyber_attacks_are_coercion(nlp):
    out = run(nlp, "Russia launched cyber-attacks against Estonian banks on Monday.", published="2025-03-12")
    assert [e["mode"] for e in default(out, "COERCE")] == ["cyber"]


def test_an_attack_by_troops_stays_an_assault(nlp):
    out = run(nlp, "Russian troops launched an attack on the Ukrainian town on Monday.", published="2025-03-12")
    assert ({"RUS"}, {"UKR"}) in _events(out, "ASSAULT")
    assert not default(out, "COERCE")


# -- states of siege and of exception are states of emergency; a party dissolved is banned (CAMEO 1724, 1722) --

def test_a_state_of_siege_declared_is_a_state_of_emergency(nlp):
    out = run(nlp, "The interim prime minister of Haiti declared a state of siege across the country on Wednesday.",
              published="2021-07-08")
    assert [e["mode"] for e in default(out, "COERCE")] == ["state of emergency"]


def test_dissolving_an_opposition_party_is_coercion(nlp):
    out = run(nlp, "A court in Tajikistan dissolved the main opposition party on Monday.", published="2025-03-12")
    assert [src for src, _ in _events(out, "COERCE")] == [{"TJK"}]


def test_a_substance_dissolving_is_no_event(nlp):
    out = run(nlp, "Officials in Kenya said the chemicals dissolved in the river within hours.", published="2025-03-12")
    assert not default(out, "COERCE")


# -- a capital that only hosts talks about another state does not place that state's bodies ---------------------

HOSTED = ("KINGSTON (AP) — Caribbean leaders met in Kingston on Monday to discuss the crisis in Haiti. Haiti's "
          "prime minister did not attend the talks. Gangs have seized much of the Haitian capital. The government "
          "declared a state of emergency on Sunday after gangs stormed two prisons in Haiti.")


def test_the_unnamed_government_of_a_story_hosted_elsewhere_is_the_story_states(nlp):
    out = run(nlp, HOSTED, published="2024-03-12")
    assert [src for src, _ in _events(out, "COERCE") if src] and all(
        src == {"HTI"} for src, _ in _events(out, "COERCE"))


def test_the_unnamed_police_of_a_story_about_the_dateline_state_stay_its_own(nlp):
    out = run(nlp, "KINGSTON (AP) — Police arrested 20 suspected gang members in western Jamaica on Monday. The "
                   "government said it would also send aid to Haiti, where gangs control much of the capital, and to "
                   "Haitian refugees.", published="2024-03-12")
    assert ({"JAM"}, {"JAM"}) in _events(out, "COERCE")
    assert all(src == {"JAM"} for src, _ in _events(out, "AID"))


# -- a thing said to pose a threat is criticism of its owner --------------------------------------------------

def test_a_dam_said_to_pose_a_threat_accuses_its_owner(nlp):
    out = run(nlp, "Cairo said the Ethiopian dam posed an existential threat to Egypt.", published="2021-07-09")
    assert ({"EGY"}, {"ETH"}) in _events(out, "ACCUSE")


def test_a_launch_that_could_pose_a_threat_is_no_accusation(nlp):
    out = run(nlp, "Seoul said the North Korean launch could pose a threat to regional peace.", published="2021-07-09")
    assert not default(out, "ACCUSE")


# -- agreeing that something is so, or "as agreed", tells no agreement ----------------------------------------

def test_appearing_to_agree_with_someone_that_a_state_of_affairs_holds_is_no_agreement(nlp):
    out = run(nlp, "WASHINGTON - By Sunday, however, Trump appeared to agree with Bolton that the withdrawal from Syria "
                   "would be conditional.", published="2018-12-24")
    assert not default(out, "AGREE")


def test_agreeing_with_another_state_that_troops_will_withdraw_stays_an_agreement(nlp):
    out = run(nlp, "Russia agreed with Turkey that the troops would withdraw by October.", published="2018-12-24")
    assert ({"RUS"}, {"TUR"}) in _events(out, "AGREE")


def test_as_agreed_recalls_an_earlier_agreement_and_codes_none(nlp):
    out = run(nlp, "Erdogan said Kurdish fighters had not left Manbij, as agreed with Washington.",
              published="2018-12-24")
    assert not [e for e in default(out, "AGREE") if e["trigger"]["text"].startswith("agreed")]


# -- "in exchange for" gives the terms of another act; it is no act -------------------------------------------

def test_in_exchange_for_is_no_cooperation(nlp):
    out = run(nlp, "Iran on Monday released five U.S. nationals in exchange for five Iranians held in the United "
                   "States.", published="2023-09-18")
    assert ({"IRN"}, {"USA"}) in [(s, t - {"IRN"}) for s, t in _events(out, "RETREAT")]
    assert not default(out, "COOPERATE")


def test_a_prisoner_exchange_carried_out_stays_cooperation(nlp):
    out = run(nlp, "Iran and the United States carried out a prisoner exchange on Saturday.", published="2019-12-08")
    assert default(out, "COOPERATE")


def test_leaders_agreeing_that_a_zone_will_be_in_place_stays_an_agreement(nlp):
    out = run(nlp, "The zone will be demilitarised and will be in place by 15 October, the Russian and Turkish "
                   "leaders agreed.", published="2018-09-18")
    assert default(out, "AGREE")


# -- a harm kept off ("safe from attack") is no act -----------------------------------------------------------

def test_an_attack_a_zone_is_safe_from_is_no_assault(nlp):
    out = run(nlp, "The zone will be safe from Syrian and Russian air force attack and will be in place by 15 October, "
                   "the two leaders agreed.", published="2018-09-18")
    assert not default(out, "ASSAULT")


def test_attacks_launched_from_a_base_stay_assaults(nlp):
    out = run(nlp, "Russian jets launched attacks on Idlib from the Hmeimim base on Monday.", published="2018-09-18")
    assert default(out, "ASSAULT")


# -- a participle before a title describes the person ("ousted President X"); it tells no act -------------------

def test_ousted_before_a_title_after_a_verb_is_no_coup(nlp):
    out = run(nlp, "ECOWAS threatened on Sunday to use force against the junta in Niger unless it reinstated ousted "
                   "President Mohamed Bazoum within a week.", published="2023-07-30")
    assert not default(out, "COERCE")
    assert ({"IGO"}, {"NER"}) in _events(out, "THREATEN")


def test_ousted_as_the_finite_verb_of_an_army_stays_a_coup(nlp):
    out = run(nlp, "Niger's army ousted President Mohamed Bazoum on Wednesday.", published="2023-07-30")
    assert [e["event"] for e in out["events"] + out["other_events"]].count("COERCE") == 1


# -- "officials said Monday, weeks after X did Y": the day is the saying's ------------------------------------

def test_a_day_after_said_before_a_comma_dates_the_reported_act(nlp):
    out = run(nlp, "McALLEN, Texas (Border Report) — Mexico has agreed to make immediate water transfers to the "
                   "United States, U.S. officials said Monday, weeks after President Donald Trump threatened tariffs.",
              published="2025-04-29")
    assert [e["date"] for e in default(out, "AGREE")] == ["2025-04-28"]


# -- an opening "when" clause tells its head's time -----------------------------------------------------------

def test_an_opening_when_clause_dates_the_main_act(nlp):
    out = run(nlp, "ISTANBUL - When the activist returned to Turkey last year, he was arrested by Turkish police on a "
                   "beach.", published="2018-12-14")
    assert [e["date"] for e in out["events"] + out["other_events"] if e["event"] == "COERCE"] == ["2017"]


def test_a_later_since_clause_does_not_date_the_main_act(nlp):
    out = run(nlp, "ISTANBUL - Turkish police arrested the activist on Tuesday, since he returned last year.",
              published="2018-12-14")
    assert [e["date"] for e in default(out, "COERCE")] == ["2018-12-11"]


# -- an act done "on a daily basis" is a habit, not an act -----------------------------------------------------

def test_detentions_on_a_daily_basis_are_a_habit(nlp):
    out = run(nlp, "Many Syrians were also detained by the militants on a daily basis for smoking.",
              published="2018-09-08")
    assert not out["events"]


def test_detentions_on_a_day_stay_an_act(nlp):
    out = run(nlp, "The militants detained 40 Syrians on Monday for smoking.", published="2018-09-08")
    assert out["events"]


# -- an envoy summoned by name is summoned as an envoy -------------------------------------------------------

def test_summoning_an_ambassador_by_his_name_is_a_summons(nlp):
    out = run(nlp, "MOSCOW (Reuters) - U.S. Ambassador John Sullivan was told to leave. The Russian Foreign Ministry "
                   "summoned Sullivan on Thursday.", published="2021-04-16")
    assert ({"RUS"}, {"USA"}) in _events(out, "ACCUSE")


def test_summoning_an_opposition_leader_is_no_summons_of_an_envoy(nlp):
    out = run(nlp, "MOSCOW (Reuters) - The Russian Foreign Ministry summoned Alexei Navalny on Thursday.",
              published="2021-04-16")
    assert not default(out, "ACCUSE")


# -- a dateline town the gazetteer does not know is still in the country its qualifier names --------------------

def test_a_dateline_town_unknown_in_its_named_country_is_placed_in_that_country(nlp):
    out = run(nlp, "GUBA, Ethiopia (AP) - Ethiopia inaugurated the dam on Tuesday.", published="2025-09-09")
    assert out["dateline"]["place"]["country"] == "ETH"


def test_a_dateline_town_known_in_its_named_state_keeps_the_town(nlp):
    out = run(nlp, "PARIS, Texas (AP) - The mayor met the governor on Tuesday.", published="2025-09-09")
    assert (out["dateline"]["place"]["country"], out["dateline"]["place"]["name"]) == ("USA", "Paris")


# -- those who attend an occasion visit the state where it is held --------------------------------------------

def test_leaders_attending_a_ceremony_visit_its_host(nlp):
    out = run(nlp, "GUBA, Ethiopia (AP) - Ethiopia inaugurated the dam on Tuesday at a ceremony attended by the "
                   "leaders of Kenya, Somalia and Djibouti.", published="2025-09-09")
    assert [tgt for _, tgt in _events(out, "CONSULT")] == [{"ETH"}]


def test_officials_attending_a_ceremony_at_home_visit_no_one(nlp):
    out = run(nlp, "GUBA, Ethiopia (AP) - Ethiopian officials attended the ceremony on Tuesday.",
              published="2025-09-09")
    assert [tgt for _, tgt in _events(out, "CONSULT")] == [set()]
