"""Session 33 regression tests: classes found on the session's blind news sets, each with sentences written for
this project (the names are invented)."""
from doc_helpers import run


def _actor(out, surname):
    return next(a for a in out["actors"] if a["name"] and surname in a["name"])


# -- a story filed from a capital: its unplaced officials are that capital's ---------------------------------------

def test_an_unplaced_official_in_a_story_about_the_dateline_s_country_stays_local(nlp):
    out = run(nlp, "VIENTIANE, March 4 (Reuters) - Laos on Monday opened a new bridge over the Mekong. Laos "
                   "expects trade with Thailand to grow, deputy minister Phet Sayavong said.", published="2024-03-04")
    assert _actor(out, "Sayavong")["code"] == "LAO"


# -- a person the article does not place, whom a state arrests, tries or jails, is that state's ------------------

def test_a_journalist_a_state_detains_is_its_own(nlp):
    out = run(nlp, "Belarus on Sunday forced an airliner flying from Athens to Vilnius to land in Minsk and "
                   "detained opposition blogger Andrei Palyanski. Lithuania condemned the move.", published="2024-03-04")
    assert _actor(out, "Palyanski")["code"] == "BLR"


def test_an_activist_sentenced_by_a_state_court_is_of_its_country(nlp):
    out = run(nlp, "Poland protested on Monday. In March, the activist Ivan Morozevich was sentenced by a "
                   "Belarusian court to five years.", published="2024-03-04")
    assert _actor(out, "Morozevich")["code"] == "BLR"


def test_a_foreigner_a_state_detains_keeps_the_country_the_text_gives_him(nlp):
    out = run(nlp, "Iran arrested French tourist Louis Garandel in September.", published="2024-03-04")
    assert _actor(out, "Garandel")["code"] == "FRA"


# -- of a story's two main countries, only one may have the office a person holds --------------------------------

def test_a_prime_minister_in_a_story_about_the_united_states_and_another_state_is_the_other_s(nlp):
    out = run(nlp, "The United States suspended its partnership with Moldova on Saturday. The United States said "
                   "Moldova had derailed reforms, and Washington urged Moldova to reconsider.\n\n"
                   "Protests erupted after Prime Minister Ion Corbeanu announced that his government would freeze "
                   "the talks until 2028.", published="2024-12-01")
    assert _actor(out, "Corbeanu")["code"] == "MDA"


# -- a table that names a key twice is an error, not a silent loss of the first entry -------------------------

def test_a_yaml_table_with_a_key_given_twice_is_refused():
    import pytest
    from communique.datafile import DuplicateKey, loads_yaml
    with pytest.raises(DuplicateKey, match="slam"):
        loads_yaml("verbs:\n  slam: [1]\n  hit: [2]\n  slam: [3]\n")
    assert loads_yaml("verbs:\n  slam: [1]\n  hit: [2]\n") == {"verbs": {"slam": [1], "hit": [2]}}


def test_slamming_a_state_is_criticism_and_slamming_into_a_building_an_attack(nlp):
    out = run(nlp, "Pakistan slammed India over the decision on Wednesday.", published="2024-03-06")
    assert [(e["event"], e["source"][0]["code"], e["target"][0]["code"]) for e in out["events"]] == [
        ("ACCUSE", "PAK", "IND")]
    out = run(nlp, "A Russian drone slammed into a building in Kyiv on Monday.", published="2024-03-06")
    assert [e["event"] for e in out["events"]] == ["ASSAULT"]


# -- the act a party is judged for is that party's ----------------------------------------------------------

def test_the_act_a_state_is_condemned_for_is_the_condemned_state_s(nlp):
    out = run(nlp, "Pakistan condemned India for the strikes on Wednesday.", published="2024-03-06")
    hit = [e for e in out["events"] + out["other_events"] if e["event"] == "ASSAULT"]
    assert hit and all(e["source"][0]["code"] == "IND" for e in hit)


def test_the_act_a_state_is_praised_for_is_the_praised_state_s(nlp):
    out = run(nlp, "Iran praised Iraq for its mediation.", published="2024-03-06")
    hit = [e for e in out["events"] + out["other_events"] if e["event"] == "CONSULT"]
    assert hit and all(e["source"][0]["code"] == "IRQ" for e in hit)


# -- sanctions lifted: whom they were imposed on, also through a relative clause or a share ---------------------

def _codes(side):
    return {x["code"] for x in side}


def test_lifting_sanctions_imposed_on_a_state_is_aimed_at_that_state(nlp):
    out = run(nlp, "The African Union lifted most of the economic sanctions it imposed on Gabon.",
              published="2024-02-24")
    lift = [e for e in out["events"] if e["trigger"]["text"] == "lifted"]
    assert lift and lift[0]["event"] == "RETREAT" and _codes(lift[0]["target"]) == {"GAB"}
    imposed = [e for e in out["events"] + out["other_events"] if e["trigger"]["text"] == "imposed"]
    assert imposed and imposed[0]["event"] == "SANCTION"


def test_lifting_export_controls_on_a_state_is_easing_a_sanction(nlp):
    out = run(nlp, "Seoul said it was lifting the export controls it had imposed on Japan.", published="2024-02-24")
    lift = [e for e in out["events"] if e["trigger"]["text"] == "lifting"]
    assert lift and lift[0]["event"] == "RETREAT" and _codes(lift[0]["target"]) == {"JPN"}


# -- a resolution welcomed is the act of the body that adopted it -----------------------------------------------

def test_a_welcomed_resolution_is_aimed_at_the_council_that_adopted_it(nlp):
    out = run(nlp, "UNITED NATIONS, May 6 (Reuters) - The UN Security Council on Monday demanded a truce in Sudan "
                   "after Russia abstained from the vote. The remaining members voted in favour of the resolution. "
                   "Moscow had vetoed two draft resolutions on the conflict.\n\n"
                   "The Sudanese army welcomed the resolution.", published="2024-05-06")
    ev = [e for e in out["events"] if e["trigger"]["text"] == "welcomed"]
    assert ev and _codes(ev[0]["target"]) == {"IGO"}


# -- lines cut with a state, officers, and a region's leaders acting through their body -------------------------

def test_cutting_communication_lines_with_a_state_breaks_relations_with_it(nlp):
    out = run(nlp, "On June 9, Pyongyang cut off all cross-border communication lines with Seoul.", published="2020-06-16")
    ev = [e for e in out["events"] if e["trigger"]["text"] == "cut off"]
    assert ev and ev[0]["event"] == "SANCTION" and _codes(ev[0]["source"]) == {"PRK"} and "KOR" in _codes(ev[0]["target"])


def test_army_officers_and_putschists_are_military(nlp):
    out = run(nlp, "CONAKRY - Guinean soldiers seized power on Sunday, the putschists said. The army officers also "
                   "imposed a nationwide curfew.", published="2021-09-06")
    assert _actor(out, "putschists")["sector"] == "MIL"
    curfew = [e for e in out["events"] if e["mode"] == "curfew"]
    assert curfew and _codes(curfew[0]["source"]) == {"GIN"}


def test_a_region_s_leaders_are_its_body_when_the_article_names_it(nlp):
    text = ("Southern African leaders meeting in Windhoek on Sunday imposed sanctions on Lesotho. The summit of the "
            "Southern African Development Community also suspended Lesotho.")
    out = run(nlp, text, published="2022-01-10")
    ev = [e for e in out["events"] if e["event"] == "SANCTION" and e["trigger"]["text"].startswith("imposed")]
    assert ev and _codes(ev[0]["source"]) == {"IGO"}


def test_a_region_s_leaders_are_no_body_the_article_does_not_name(nlp):
    out = run(nlp, "Southern African leaders meeting in Windhoek on Sunday imposed sanctions on Lesotho.",
              published="2022-01-10")
    assert not any("IGO" in _codes(e["source"]) for e in out["events"] + out["other_events"])


# -- "they" and "the parties": no antecedent named after the pronoun, nor places things go to -------------------

TRUCE = ("ADEN, April 1 - The UN envoy announced on Friday that Yemen's warring parties have agreed to a two-month "
         "truce.\n\nThey also agreed that two commercial flights a week will operate from Sanaa to Jordan and Egypt. "
         "The parties will meet under the envoy's auspices to discuss opening roads.")


def test_they_is_not_the_states_its_own_sentence_names_after_it(nlp):
    out = run(nlp, TRUCE, published="2022-04-01")
    for name in ("Jordan", "Egypt"):
        spans = [s for a in out["actors"] if a["name"] == name for s, _ in a["mentions"]]
        assert all(TRUCE[s:s + 4] != "They" for s in spans)


def test_the_parties_are_the_warring_parties_named_before(nlp):
    out = run(nlp, TRUCE, published="2022-04-01")
    at = TRUCE.index("The parties will")
    owners = [a["name"] for a in out["actors"] for s, e in a["mentions"] if s <= at + 4 < e]
    assert owners == ["Yemen's warring parties"]


def test_a_welcomed_vote_of_the_council_is_aimed_at_the_council(nlp):
    out = run(nlp, "UNITED NATIONS, Oct 2 (Reuters) - The UN Security Council on Monday authorised a Kenyan-led force to help "
                   "Haiti fight gangs.\n\nHaitian Foreign Minister Jean Dorsainvil welcomed the vote.",
              published="2023-10-02")
    ev = [e for e in out["events"] if e["trigger"]["text"] == "welcomed"]
    assert ev and _codes(ev[0]["target"]) == {"IGO"}


# -- a journey for talks with someone: the venue is no party -----------------------------------------------------

def test_a_trip_to_a_venue_for_talks_with_a_party_is_aimed_at_the_party(nlp):
    out = run(nlp, "The Iranian foreign minister flew to Oslo for talks with the US envoy.", published="2018-02-20")
    ev = [e for e in out["events"] if e["trigger"]["text"] == "flew"]
    assert ev and _codes(ev[0]["target"]) == {"USA"}


def test_a_trip_for_talks_with_no_one_named_is_to_the_host(nlp):
    out = run(nlp, "Lavrov travelled to Ankara for talks on Monday.", published="2018-02-20")
    ev = [e for e in out["events"] if e["trigger"]["text"] == "travelled"]
    assert ev and _codes(ev[0]["target"]) == {"TUR"}


# -- the sayer of an attribution is never the place or time after the verb ---------------------------------------

def test_the_speaker_of_a_long_apposition_is_the_named_person_not_the_meeting(nlp):
    out = run(nlp, '"The government expresses strong regret over the explosion," Kim Dae-sung, first deputy director '
                   "of Ha Ra Dan's national security office, told reporters after the meeting.",
              published="2020-06-16")
    (q,) = out["quotes"]
    assert (q["speaker"] or {}).get("name") == "Kim Dae-sung"


def test_a_spokesperson_speaking_in_a_seat_of_government_is_of_its_state(nlp):
    out = run(nlp, 'SEOUL (dpa) - South Korea lifted martial law on Wednesday. Yoon addressed the nation.\n\nIn '
                   'Washington, a National Security Council spokesperson said: "We are relieved the president has '
                   'reversed course."', published="2024-12-04")
    assert _actor(out, "spokesperson")["code"] == "USA"


# -- one's own envoy recalled or brought home: the state of his post is the target, never the envoy -------------

def test_bringing_home_an_ambassador_recalls_him_from_his_post(nlp):
    out = run(nlp, "France will bring home its ambassador to Niger, Macron said.", published="2023-09-24")
    ev = [e for e in out["events"] if e["trigger"]["text"] == "bring"]
    assert ev and ev[0]["mode"] == "recall ambassador" and _codes(ev[0]["target"]) == {"NER"}


def test_an_envoy_recalled_from_an_unnamed_post_is_no_target(nlp):
    out = run(nlp, "Niger ordered the French envoy out. France recalled its ambassador.", published="2023-09-24")
    ev = [e for e in out["events"] if e["trigger"]["text"] == "recalled"]
    assert ev and "FRA" not in _codes(ev[0]["target"])


# -- ending cooperation; what a demand's circumstances tell happened ------------------------------------------

def test_putting_an_end_to_military_cooperation_ends_an_agreement(nlp):
    out = run(nlp, "France will put an end to its military cooperation with Niger.", published="2023-09-24")
    ev = [e for e in out["events"] if e["trigger"]["text"] == "put"]
    assert ev and ev[0]["event"] == "SANCTION" and _codes(ev[0]["target"]) == {"NER"}


def test_a_consequence_told_beside_a_demand_is_no_part_of_it(nlp):
    out = run(nlp, "The UN Security Council on Monday demanded an immediate ceasefire in Gaza after the United States "
                   "abstained from the vote, prompting Israel to cancel a visit to Washington.", published="2024-03-25")
    ev = [e for e in out["events"] if e["trigger"]["text"] == "cancel"]
    assert ev and not ev[0].get("hypothetical")


def test_what_is_demanded_is_still_not_done(nlp):
    out = run(nlp, "The EU urged Russia to withdraw its troops, saying the invasion violated international law.",
              published="2024-03-25")
    assert not [e for e in out["events"] if e["trigger"]["text"] == "withdraw"]


def test_a_person_held_in_a_capital_by_his_own_relative_clause_is_of_that_country(nlp):
    out = run(nlp, "Abuja, Feb. 24, 2024 (NAN) ECOWAS on Saturday lifted sanctions on Nigeria's neighbour. He also "
                   "called for the immediate release of deposed President Ali Mahamadou, who has been held with his "
                   "wife in the presidential palace in Niamey for seven months.", published="2024-02-24")
    assert _actor(out, "Mahamadou")["code"] == "NER"


def test_a_state_never_expels_its_own_ambassador(nlp):
    out = run(nlp, "PARIS, Sept 24 (Reuters) - France will withdraw its ambassador from Niger, Macron said. Relations "
                   "between Paris and Niamey collapsed after the coup. The junta ordered French ambassador Paul Vitrac "
                   "to leave the country within 48 hours on Aug. 25.", published="2023-09-24")
    ev = [e for e in out["events"] if e["mode"] == "expel diplomat"]
    assert ev and "FRA" not in _codes(ev[0]["source"])


def test_an_act_said_the_same_day_is_no_description_of_the_day(nlp):
    out = run(nlp, "TOKYO, March 16 - Kishida met Yoon in Tokyo. Japan's trade ministry said the same day that it was "
                   "lifting the export controls it imposed on South Korea in July 2019.", published="2023-03-16")
    ev = [e for e in out["events"] if e["trigger"]["text"] == "lifting"]
    assert ev and ev[0]["event"] == "RETREAT"


def test_who_gives_aid_is_not_its_recipient(nlp):
    out = run(nlp, "Washington would provide $100 million to support the force, on top of up to $100 million in "
                   "logistical support from the Department of Defense.", published="2023-10-03")
    aid = [e for e in out["events"] + out["other_events"] if e["event"] == "AID"]
    assert aid and all("Department of Defense" not in [x["name"] for x in e["target"]] for e in aid)


def test_warring_parties_agree_with_each_other(nlp):
    out = run(nlp, "ADEN, April 1 (Xinhua) -- The UN envoy announced on Friday that Yemen's warring parties have "
                   "agreed to a two-month truce. Flights will operate to Jordan and Egypt.", published="2022-04-01")
    ev = [e for e in out["events"] if e["trigger"]["text"] == "agreed"]
    assert ev and _codes(ev[0]["target"]) == {"YEM"}


# -- words of a name, and where a complement happens, are no parties -------------------------------------------

def test_people_inside_a_group_s_name_points_back_to_no_one(nlp):
    out = run(nlp, "The high commissioner, Nadia Ferreira, and the secretary general, Tomas Lindqvist, condemned "
                   "the killing. Ankara launched an offensive last month against the Kurdish People's Protection "
                   "Units (YPG) in Afrin.", published="2018-02-26")
    ev = [e for e in out["events"] if e["trigger"]["text"].startswith("launched")]
    assert ev and not {"Nadia Ferreira", "Tomas Lindqvist"} & {x["name"] for x in ev[0]["target"]}


def test_where_a_refused_act_would_take_place_is_no_target(nlp):
    out = run(nlp, "GENEVA - The Syrian government delegation refused to engage in Geneva on Tuesday.",
              published="2017-12-14")
    refusals = [e for e in out["events"] + out["other_events"] if e["event"] == "REJECT"]
    assert refusals and all("CHE" not in _codes(e["target"]) for e in refusals)


# -- a perfect looking back over an unbounded past is background -------------------------------------------------

def _default_triggers(out):
    return {e["trigger"]["text"] for e in out["events"]}


def test_since_then_and_hitherto_look_back_no_act_reported(nlp):
    text = ("TEHRAN - Iran sent advisers to Syria in 2012. Since then, Tehran has entrenched its military in the "
            "country, deploying drone operators. Russia has hitherto acquiesced in Turkey's operation.")
    out = run(nlp, text, published="2018-05-08")
    assert not {"deploying", "acquiesced"} & _default_triggers(out)


def test_a_year_an_act_came_by_before_the_story_is_background(nlp):
    out = run(nlp, "ERBIL - The leader died on Tuesday. By 2003, his fighters were able to repel Iraqi soldiers with "
                   "minimal US assistance.", published="2017-10-04")
    assert "assistance" not in _default_triggers(out)


def test_a_plain_perfect_is_still_news(nlp):
    out = run(nlp, "WASHINGTON - The United States has imposed new sanctions on Iran, the Treasury said on Monday.",
              published="2018-05-08")
    assert any(e["event"] == "SANCTION" for e in out["events"])


def test_sides_of_two_countries_agree_with_no_third_party_added(nlp):
    out = run(nlp, "The Turkish and Greek sides of the island have agreed to share information on missing people, "
                   "a UN official said on Monday.", published="2024-03-04")
    ev = [e for e in out["events"] if e["trigger"]["text"] == "agreed"]
    assert ev and not ev[0]["target"]


# -- a penalty promised is the promiser's threat against whoever is to bear it -----------------------------------

def _threats(out):
    return [e for e in out["events"] if e["event"] == "THREATEN"]


def test_will_have_consequences_is_the_speaker_s_threat(nlp):
    out = run(nlp, '"The illegal behaviour of the regime in Belarus will have consequences," EU foreign policy chief '
                   "Josep Borrell said.", published="2021-05-24")
    ev = _threats(out)
    assert ev and _codes(ev[0]["source"]) == {"IGO"} and _codes(ev[0]["target"]) == {"BLR"}


def test_will_pay_a_price_is_the_speaker_s_threat(nlp):
    out = run(nlp, "Israel will pay a heavy price for its crimes, the Hezbollah leader said on Friday.",
              published="2024-03-04")
    ev = _threats(out)
    assert ev and _codes(ev[0]["target"]) == {"ISR"} and "ISR" not in _codes(ev[0]["source"])


def test_consequences_that_happened_or_that_no_one_promises_are_no_threat(nlp):
    out = run(nlp, "The war has had devastating consequences for civilians. The decision will have consequences "
                   "for the economy, analysts said.", published="2024-03-04")
    assert not [e for e in out["events"] + out["other_events"] if e["event"] == "THREATEN"]


def test_a_warning_that_failure_would_have_consequences_is_a_threat(nlp):
    out = run(nlp, "The EU warned Serbia and Kosovo that failure to do so would have consequences for their "
                   "accession processes.", published="2023-03-18")
    ev = [e for e in _threats(out) if e["trigger"]["text"] == "warned"]
    assert ev and {"SRB", "KOS"} <= _codes(ev[0]["target"])


def test_a_quoted_label_of_condemnation_is_the_speaker_s_accusation(nlp):
    text = ('TBILISI - Russia lifted its ban on flights to Georgia. "This is another Russian provocation!" '
            "Georgian President Nino Abashidze wrote on Twitter.")
    out = run(nlp, text, published="2023-05-10")
    ev = [e for e in out["events"] if e["event"] == "ACCUSE"]
    assert ev and _codes(ev[0]["source"]) == {"GEO"} and _codes(ev[0]["target"]) == {"RUS"}
    s, e = ev[0]["source"][0]["span"]
    assert "Abashidze" in text[s:e]  # (the speaker's own words in the text, not an empty span)


def test_a_quoted_label_of_praise_is_no_accusation(nlp):
    out = run(nlp, 'TBILISI - Russia lifted its ban on flights to Georgia. "This is a great day for Georgia," '
                   "Georgian President Nino Abashidze said.", published="2023-05-10")
    assert not [e for e in out["events"] if e["event"] == "ACCUSE"]


def test_a_summit_named_by_its_body_is_the_body_s_meeting(nlp):
    out = run(nlp, "Tokayev thanked the leaders at the CSTO extraordinary summit held via videoconference on "
                   "January 10.", published="2022-01-11")
    ev = [e for e in out["events"] if e["trigger"]["text"] == "summit"]
    assert ev and _codes(ev[0]["source"]) == {"IGO"}


def test_a_private_person_s_town_in_an_unnamed_country_places_no_one(nlp):
    out = run(nlp, "West Hampstead mother Amira Kashani has been released by Iran after six years of detention and is "
                   "on her way back to the UK, the prime minister has confirmed.", published="2022-03-16")
    assert _actor(out, "Kashani")["code"] != "ZAF"


# -- a government's readout reports; it is no commentary ------------------------------------------------------

def test_a_readout_is_no_opinion_piece():
    from communique.pipeline.genre import detect
    body = ("President Lindqvist met President Tamura in Oslo on November 15. The two leaders held a candid "
            "discussion on a range of bilateral and global issues. " * 30)
    assert detect(body)[0] == "opinion"  # (no attribution at all, a long text: read as an essay)
    kind, signals = detect("THE PRESIDENCY\n\nBRIEFING ROOM\n\nReadout of President Lindqvist's Meeting with "
                           "President Tamura\n\n" + body)
    assert kind is None and "official release" in signals[0]


def test_a_spokesman_speaks_for_the_state_that_acts_first_in_the_sentence_before(nlp):
    out = run(nlp, "Beijing (AFP) - China said it will impose sanctions on US defence firms over arms sales to Taiwan, "
                   "hours before Washington approved another weapons package for the island.\n\n\"To safeguard "
                   "China's national interests, the central government decided to take necessary measures,\" foreign "
                   "ministry spokesman Liu Wenbo told reporters on Monday.", published="2020-10-27")
    assert _actor(out, "Wenbo")["code"] == "CHN"


def test_a_trip_postponed_is_coded_as_a_visit_called_off(nlp):
    out = run(nlp, "Secretary of State Antony Blinken postponed a trip to Beijing over the Chinese balloon.",
              published="2023-02-03")
    ev = [e for e in out["events"] if e["trigger"]["text"] == "postponed"]
    assert ev and ev[0]["mode"] == "cancel visit" and _codes(ev[0]["target"]) == {"CHN"}


def test_restored_sanctions_are_sanctions_and_restored_order_no_cooperation(nlp):
    out = run(nlp, "The EU restored its sanctions on Iran.", published="2025-04-12")
    assert [e["event"] for e in out["events"] if e["trigger"]["text"] == "restored"] == ["SANCTION"]
    out = run(nlp, "The Malian army restored order in the capital.", published="2025-04-12")
    assert not [e for e in out["events"] + out["other_events"] if e["event"] == "COOPERATE"]
