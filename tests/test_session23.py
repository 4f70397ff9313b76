"""Session 23 regression tests: classes the session-22 precision judgement and the session-23 blind news pages
showed missing or wrong, each with sentences written for this project."""
from doc_helpers import codes, default, run


# -- a relation kept up over years is no act the story reports ----------------------------------------------------

def test_a_perfect_since_an_earlier_year_is_a_standing_relation(nlp):
    out = run(nlp, "Germany does not list the militia as a terrorist group, and has armed and supported it since "
                   "2016. Ankara protested on Monday.", published="2019-02-06")
    assert not [e for e in default(out, "SUPPORT") if codes(e["source"]) == {"DEU"}]


def test_a_perfect_since_this_week_is_kept(nlp):
    out = run(nlp, "Sudan's army has shelled the city of El Fasher since Monday, residents said.",
              published="2024-05-16")
    assert [e for e in default(out, "ASSAULT") if codes(e["source"]) == {"SDN"}]


def test_continuing_to_back_a_side_is_a_standing_relation(nlp):
    out = run(nlp, "Iran continued to back and arm the Houthi fighters, the report found.", published="2019-02-06")
    assert not [e for e in default(out, "SUPPORT") if codes(e["source"]) == {"IRN"}]


def test_continuing_to_send_arms_last_year_stays_an_act(nlp):
    out = run(nlp, "France continued to send arms to Egypt last year, a defence ministry spokesman said on Tuesday.",
              published="2019-02-06")
    assert [e for e in default(out, "AID") if codes(e["source"]) == {"FRA"}]


def test_an_ing_clause_after_commas_and_an_adverb_describes_its_subject(nlp):
    out = run(nlp, "Canada has about 200 soldiers in Latvia, mainly training the Latvian army.",
              published="2019-02-06")
    assert not [e for e in default(out) if codes(e["source"]) == {"CAN"} and e["event"] in ("AID", "COOPERATE",
                                                                                            "SUPPORT")]


def test_nationals_doing_something_describes_them(nlp):
    out = run(nlp, "Belgian nationals fighting with the Islamic State group in Iraq will not be brought home, the "
                   "government said.", published="2019-02-06")
    assert not [e for e in default(out, "ASSAULT") if codes(e["source"]) == {"BEL"}]


# -- fighters and crowds the tables cannot place are of the place their own phrase puts them in ------------------

def test_militias_in_a_town_are_of_its_country(nlp):
    out = run(nlp, "Britain provided training to the tribal militias in Hasakah province.",
              published="2018-03-02")
    (aid,) = [e for e in default(out) if codes(e["source"]) == {"GBR"}]
    assert codes(aid["target"]) == {"SYR"}



# -- a headline act the body does not retell happened on the day of the lead's act ---------------------------------

def test_headline_act_takes_the_leads_day(nlp):
    text = ("Israeli jets strike Hezbollah targets as border clashes kill 5\n\n"
            "PUBLISHED: 14 Nov 2024 WRITER: Staff reporters\n\n"
            "Israel scrambled fighter jets on Wednesday to bomb positions in southern Lebanon, the army said.")
    out = run(nlp, text, published="2024-11-14")
    strikes = [e for e in default(out, "ASSAULT") if codes(e["source"]) == {"ISR"}]
    assert strikes and {e["date"] for e in strikes} == {"2024-11-13"}


def test_headline_act_keeps_its_own_coming_day(nlp):
    text = ("Modi to visit Moscow next week\n\n"
            "NEW DELHI (PTI) - India and Russia signed a fertiliser supply agreement on Monday, officials said.")
    out = run(nlp, text, published="2024-07-03")
    visits = [e for e in out["events"] + out["other_events"] if e["event"] == "CONSULT" and e.get("planned")]
    assert all(e["date"] != "2024-07-01" for e in visits)


# -- "fighter jets" are aircraft, not fighters ---------------------------------------------------------------------

def test_fighter_jets_are_no_party(nlp):
    out = run(nlp, "India scrambled fighter jets over Ladakh on Tuesday.", published="2020-06-17")
    assert all(a["name"].lower() != "fighter" for a in out["actors"])


# -- unnamed soldiers and troops in a story filed from a state's capital are that state's ---------------------------

def test_unnamed_troops_are_the_home_states(nlp):
    out = run(nlp, "LIMA (Reuters) - Soldiers fired tear gas at demonstrators near the airport on Monday, witnesses "
                   "said.", published="2022-12-13")
    assert [e for e in default(out, "ASSAULT") if codes(e["source"]) == {"PER"}]


def test_weapons_and_force_are_no_home_troops(nlp):
    out = run(nlp, "MOSCOW - On Friday the U.S. Navy fired 59 Tomahawk cruise missiles at an air base near Homs, "
                   "and Russia warned it would use force.", published="2017-04-08")
    assert all(a["code"] != "RUS" or a["kind"] == "state" for a in out["actors"] if a["sector"] == "MIL")


# -- a finite past verb joined to an infinitive is the governing verb's conjunct (parse repair) --------------------

def test_past_verb_after_an_ordered_infinitive_is_asserted(nlp):
    out = run(nlp, "On Monday the Cambodian government ordered the US-funded broadcaster to shut its bureau and "
                   "expelled its American staff.", published="2017-09-05")
    (expel,) = [e for e in default(out, "SANCTION")]
    assert codes(expel["source"]) == {"KHM"}


def test_the_repair_leaves_an_infinitive_conjunct_alone(nlp):
    from communique.pipeline.builder import make_doc
    doc = nlp(make_doc(nlp, {"id": "t", "text": "Officials asked them to leave the building and return home."}))
    leave = next(t for t in doc if t.text == "leave")
    assert next(t for t in doc if t.text == "return").head.i == leave.i


# -- an administration's branch named by the model is placed like a ministry, not by whom it acts on ---------------

def test_a_department_is_a_state_body(nlp):
    out = run(nlp, "The Immigration Department said on Tuesday it had deported 300 Indonesian workers.",
              published="2021-02-24")
    (dept,) = [a for a in out["actors"] if a["name"].endswith("Immigration Department")]
    assert dept["sector"] == "GOV"


def test_an_institution_is_not_of_the_people_it_deports(nlp):
    out = run(nlp, "KUCHING (Bernama) - The Immigration Department has deported 1,086 Myanmar nationals, the "
                   "department said. Malaysia's home minister defended the move.", published="2021-02-24")
    (dept,) = [a for a in out["actors"] if a["name"].endswith("Immigration Department")]
    assert dept["code"] != "MMR"


# -- one who warns that his state would respond speaks for it ------------------------------------------------------

def test_warning_of_ones_states_response_places_the_speaker(nlp):
    out = run(nlp, "Lee Jae-won, deputy head of the presidential security office, warned on Monday that Tokyo would "
                   "respond firmly if Beijing sent more ships.", published="2024-05-14")
    (speaker,) = [a for a in out["actors"] if a["name"] == "Lee Jae-won"]
    assert speaker["code"] == "JPN"


def test_warning_that_the_other_side_would_pay_does_not_place_the_speaker(nlp):
    out = run(nlp, "Lee Jae-won, deputy head of the presidential security office, warned on Monday that Beijing "
                   "would pay a heavy price.", published="2024-05-14")
    (speaker,) = [a for a in out["actors"] if a["name"] == "Lee Jae-won"]
    assert speaker["code"] != "CHN"


# -- "it" in a relative clause is not the nearest name when the main clause's "it" is unresolved too ---------------

def test_it_in_a_relative_clause_is_not_the_nearest_name(nlp):
    out = run(nlp, "Its role grew in 2016, when it sent troops to fight Isis and to secure the same region it "
                   "intends to annex.", published="2018-01-16")
    assert not [e for e in out["events"] if e["trigger"]["text"] == "annex"
                and "IMG" in codes(e["source"])]


# -- "the North" / "the South" alone is the state the story names with that word ----------------------------------

def test_the_north_is_the_named_northern_state(nlp):
    out = run(nlp, "SEOUL (Yonhap) - North Korea cut all hotlines on Monday. The North demolished the joint "
                   "office building on Tuesday afternoon.", published="2020-06-17")
    assert [e for e in default(out, "ASSAULT") if codes(e["source"]) == {"PRK"}]


def test_the_south_china_sea_is_no_southern_state(nlp):
    out = run(nlp, "South Korea and China held talks. Chinese ships patrolled the South China Sea on Monday.",
              published="2020-06-17")
    assert all(m["text"] != "South" for m in out.get("mentions", []))
    assert not [a for a in out["actors"] if a["code"] == "KOR" and len(a["mentions"]) > 1]


# -- calling another's words rude or insulting criticises them ------------------------------------------------------

def test_calling_remarks_rude_is_criticism(nlp):
    out = run(nlp, "Tokyo on Monday called Beijing's remarks very rude and insulting.", published="2020-06-17")
    assert [e for e in default(out, "ACCUSE") if codes(e["source"]) == {"JPN"} and codes(e["target"]) == {"CHN"}]


def test_calling_remarks_timely_is_no_criticism(nlp):
    out = run(nlp, "Tokyo on Monday called Beijing's remarks very timely.", published="2020-06-17")
    assert not default(out, "ACCUSE")


# -- expressing concern over another's act disapproves of it; concern about a plight accuses no one -----------------

def test_expressing_concern_over_an_arrest_is_criticism(nlp):
    out = run(nlp, "Pakistan expressed deep concern over the arrest on Tuesday and urged Kabul to release the men.",
              published="2024-11-27")
    assert [e for e in default(out, "ACCUSE") if codes(e["source"]) == {"PAK"} and codes(e["target"]) == {"AFG"}]


def test_concern_about_refugees_accuses_no_one(nlp):
    out = run(nlp, "The UN refugee agency expressed concern about the conditions facing refugees.",
              published="2024-11-27")
    assert not default(out, "ACCUSE")


# -- the standard demonyms the country library lacks ------------------------------------------------------------------

def test_maldivian_envoy_is_of_the_maldives(nlp):
    out = run(nlp, "NEW DELHI - India's foreign ministry on Monday summoned Maldivian High Commissioner Ibrahim "
                   "Shaheeb over remarks by three deputy ministers.", published="2024-01-09")
    (summon,) = default(out, "ACCUSE")
    assert codes(summon["target"]) == {"MDV"}


# -- a place a crowd gathers near is no object of its act --------------------------------------------------------------

def test_rallying_near_a_base_is_a_protest(nlp):
    out = run(nlp, "Thousands of supporters of Mali's junta rallied on Friday near a French army base in Gao, "
                   "witnesses said.", published="2022-02-19")
    assert [e for e in default(out, "PROTEST") if codes(e["source"]) == {"MLI"}]


def test_rallying_ones_base_is_no_protest(nlp):
    out = run(nlp, "The president rallied his base in Ohio on Friday.", published="2022-02-19")
    assert not default(out, "PROTEST")


# -- ramming is an attack; a passive's agent hung on the joined participle is the agent of both -----------------------

def test_rammed_and_sunk_by_a_ship_is_its_attack(nlp):
    out = run(nlp, "A Vietnamese fishing boat was rammed and sunk by a Chinese coast guard ship on Thursday, the "
                   "foreign ministry in Hanoi said.", published="2020-04-04")
    attacks = default(out, "ASSAULT")
    assert attacks and all(codes(e["source"]) == {"CHN"} for e in attacks)


def test_sinking_of_a_boat_by_a_vessel_is_the_vessels_act(nlp):
    out = run(nlp, "Manila protests sinking of fishing boat by Chinese vessel", published="2020-04-04")
    assert all(codes(e["source"]) != {"PHL"} for e in default(out, "ASSAULT"))


def test_ramming_a_bill_through_parliament_is_no_attack(nlp):
    out = run(nlp, "The Hungarian government rammed the bill through parliament on Tuesday.", published="2020-04-04")
    assert not default(out, "ASSAULT")


# -- "General" inside a body's name is no military rank ----------------------------------------------------------------

def test_general_confederation_is_a_body_not_a_general(nlp):
    out = run(nlp, "BUENOS AIRES - A day earlier, the General Confederation of Labour staged a general strike "
                   "against the government.", published="2025-04-12")
    assert not [a for a in out["actors"] if a["role"] == "general"]
    assert [a for a in out["actors"] if a["name"].startswith("General Confederation")]


# -- "the wounded", "the detained": people named by what befell them, no act --------------------------------------------

def test_the_wounded_is_no_attack(nlp):
    out = run(nlp, "The Russian-made truck raced back to the base, the wounded crammed in the back.",
              published="2017-10-06")
    assert not [e for e in out["events"] + out["other_events"] if e["trigger"]["text"] == "wounded"]


# -- "it" in a "because" clause is the clause's own topic, not the nearest name -----------------------------------------

def test_it_in_a_because_clause_is_not_the_nearest_state(nlp):
    out = run(nlp, "Rebel commanders in Afrin spoke to reporters on Thursday. They are convinced that the battle was "
                   "a victory for Turkey, because it will open a corridor into Idlib.", published="2018-03-22")
    assert not [e for e in out["events"] if e["trigger"]["text"].startswith("open") and "TUR" in codes(e["source"])]


# -- "during Monday's unrest": the act happened on the day its occasion is named by ------------------------------------

def test_detained_during_mondays_unrest_is_mondays(nlp):
    out = run(nlp, "TEHRAN - Iranian police said on Wednesday that 300 people had been arrested during Monday's "
                   "protests.", published="2022-09-22")
    arrests = default(out, "COERCE")
    assert arrests and {e["date"] for e in arrests} == {"2022-09-19"}


def test_condemning_mondays_attack_is_not_mondays(nlp):
    out = run(nlp, "Germany on Wednesday condemned Monday's attack on the embassy in Kabul.", published="2022-09-22")
    condemn = default(out, "ACCUSE")
    assert condemn and {e["date"] for e in condemn} == {"2022-09-21"}


# -- an act "days after" another is earlier: it takes no later day from its actor's other acts ------------------------

def test_days_after_clause_takes_no_later_day(nlp):
    text = ("NEW DELHI - Indian and Chinese troops pulled back from two points on the border, Indian officials said on "
            "Tuesday, days after Indian and Chinese commanders met to discuss the standoff.")
    out = run(nlp, text, published="2020-06-10")
    meetings = [e for e in default(out, "CONSULT") + out["other_events"] if e["trigger"]["text"] == "met"]
    assert all(e["date"] != "2020-06-09" for e in meetings)
