"""Session 27 regression tests: classes the session-27 measurements over the blind news sets showed missing, each
with sentences written for this project."""
from doc_helpers import actor, coded, codes_of, run


# -- a name written in another transliteration is the same person ----------------------------------------------

def test_a_name_in_another_transliteration_is_found_in_the_tables(nlp):
    out = run(nlp, "Dmitriy Peskov told reporters in Geneva that the talks had ended without a date for the next "
                   "round.", published="2023-05-10")
    assert actor(out, "Peskov")["code"] == "RUS"


def test_transliterations_fold_only_the_final_i_sound():
    from communique.knowledge.people import folded

    assert folded(["zelenskiy"]) == folded(["zelenskyy"]) == folded(["zelensky"]) == ["zelensky"]
    assert folded(["sergei"]) == folded(["sergey"])
    assert folded(["abbas"]) == ["abbas"] and folded(["li"]) == ["li"]  # (short words stay as written)


# -- an office a state does not have is not that state's -------------------------------------------------------

def test_a_king_in_a_sentence_about_a_republic_is_of_the_dateline_state(nlp):
    out = run(nlp, "RABAT, Oct 17 (Reuters) - His Majesty King Tarek condemned the Israeli bombing of a hospital in "
                   "Gaza on Tuesday.", published="2023-10-17")
    assert actor(out, "Tarek")["code"] == "MAR"


def test_a_prime_minister_beside_the_us_president_is_not_american(nlp):
    out = run(nlp, "OSLO, March 3 - President Biden, for his part, promised support when the Prime Minister, "
                   "Mr. Hans Berglund, travelled to Washington in February.", published="2023-03-03")
    assert actor(out, "Berglund")["code"] == "NOR"


def test_a_given_name_amir_is_no_monarch():
    from communique import knowledge

    assert not knowledge.office_possible("head of state", "AFG", monarch=True)
    assert knowledge.office_possible("foreign minister", "AFG")
    assert not knowledge.office_possible("prime minister", "USA")
    assert knowledge.office_possible("prime minister", "NOR")


def test_an_afghan_named_amir_keeps_his_country(nlp):
    out = run(nlp, "KABUL, June 2 - Afghan Foreign Minister Amir Khan Muttaqi met the Chinese ambassador on Sunday.",
              published="2024-06-02")
    assert actor(out, "Muttaqi")["code"] == "AFG"


# -- a national news agency's leader named by office alone -------------------------------------------------------

def test_an_agency_s_amir_is_its_own_state_s_wherever_the_story_is_filed(nlp):
    out = run(nlp, "MUSCAT, March 2 (QNA) -- His Highness the Amir Sheikh Jassim bin Hamad arrived on Wednesday on a "
                   "state visit to the Sultanate of Oman.", published="2022-03-02")
    assert actor(out, "Hamad")["code"] == "QAT"


def test_an_international_agency_does_not_place_a_leader(nlp):
    out = run(nlp, "MUSCAT, March 2 (Reuters) - His Highness the Amir Sheikh Jassim bin Hamad arrived on Wednesday "
                   "on a state visit to the Sultanate of Oman.", published="2022-03-02")
    assert actor(out, "Hamad")["code"] != "QAT"


def test_an_agency_leader_named_with_his_state_keeps_it(nlp):
    out = run(nlp, "DOHA, March 2 (KUNA) -- His Highness the Amir of Qatar Sheikh Jassim bin Hamad received the "
                   "Kuwaiti envoy on Wednesday.", published="2022-03-02")
    assert actor(out, "Hamad")["code"] == "QAT"


# -- dates: what a present "follows" is gone by; a noun the tagger read as a verb ---------------------------------

def test_strikes_that_an_exchange_follows_are_past(nlp):
    out = run(nlp, "ISLAMABAD, May 8 (Reuters) - The exchanges follow India's missile strikes early on Wednesday on "
                   "nine sites in Pakistan, which New Delhi said targeted militant camps.", published="2025-05-08")
    strikes = coded(out, "ASSAULT", {"IND"})
    assert strikes and strikes[0]["date"] == "2025-05-07" and not strikes[0].get("planned")


def test_a_present_visit_on_a_weekday_is_still_coming(nlp):
    out = run(nlp, "The Indian foreign minister visits Beijing on Friday for talks with his Chinese counterpart.",
              published="2025-05-07")
    assert any(e["date"] == "2025-05-09" for e in out["events"] + out["other_events"])


# -- a legislature that declares an act a genocide accuses its author -------------------------------------------

def test_a_parliament_declaring_a_massacre_a_genocide_accuses_its_perpetrators(nlp):
    out = run(nlp, "VIENNA, May 5 (Reuters) - Austria's parliament on Tuesday declared the 1915 massacre of Armenians "
                   "by Ottoman troops a genocide.", published="2015-05-07")
    assert coded(out, "ACCUSE", {"AUT"})


def test_a_house_declaring_that_a_state_s_policy_constitutes_genocide_accuses_that_state(nlp):
    out = run(nlp, "OTTAWA, Feb 22 (Reuters) - The House of Commons voted on Monday to declare that Myanmar's "
                   "treatment of its Rohingya minority constitutes genocide.", published="2021-02-23")
    acc = coded(out, "ACCUSE", {"CAN"})
    assert acc and codes_of(acc[0]["target"]) == {"MMR"}


def test_a_massacre_labelled_by_its_agent_is_aimed_at_the_agent(nlp):
    out = run(nlp, "The Dutch parliament declared the 1915 killings of Armenians by Ottoman forces a genocide on "
                   "Thursday.", published="2018-02-23")
    acc = coded(out, "ACCUSE", {"NLD"})
    assert acc and codes_of(acc[0]["target"]) == {"TUR"}


def test_a_house_of_commons_is_british_unless_filed_from_canada(nlp):
    out = run(nlp, "The House of Commons condemned Iran on Monday.", published="2021-02-22")
    assert coded(out, "ACCUSE", {"GBR"})


def test_declaring_a_state_of_emergency_is_no_label(nlp):
    out = run(nlp, "President Macron declared a state of emergency on Monday after the riots.", published="2023-07-03")
    assert not coded(out, "ACCUSE")


# -- a national news agency is its state's medium ------------------------------------------------------------------

def test_a_national_news_agency_named_in_the_text_is_its_state_s(nlp):
    out = run(nlp, 'DOHA, June 7 (Reuters) - "We will spare no effort," the minister told KUNA before departing. '
                   'The RIA Novosti news agency quoted an official as saying the talks had ended.',
              published="2017-06-07")
    by_name = {a["name"]: a for a in out["actors"]}
    assert by_name["KUNA"]["code"] == "KWT" and by_name["KUNA"]["sector"] == "MED"
    assert any(a["code"] == "RUS" for n, a in by_name.items() if n.startswith("RIA Novosti"))


# -- a halt to one's own fighting is no sanction ------------------------------------------------------------------

def test_a_suspension_of_attacks_announced_is_a_ceasefire(nlp):
    out = run(nlp, "SANAA, April 2 (Reuters) - The Houthis' Supreme Political Council announced a three-day "
                   "suspension of missile and drone attacks on Saudi Arabia on Saturday.", published="2022-04-02")
    assert coded(out, "RETREAT", {"YEM"}) and not coded(out, "SANCTION")


def test_a_suspension_of_aid_announced_stays_a_sanction(nlp):
    out = run(nlp, "The European Union announced the suspension of budget aid to Niger on Sunday.",
              published="2023-07-30")
    assert coded(out, "SANCTION") and not coded(out, "RETREAT")


# -- family name first: the first word of a three-word name, however the tagger reads it ------------------------------

def test_a_korean_family_name_alone_is_the_person_named_in_full(nlp):
    out = run(nlp, "SEOUL, Nov 3 (Yonhap) -- President Park Geun Hye condemned the launch on Monday.\n\nPark later "
                   "held a summit with Japanese Prime Minister Shigeru Ishiba in Gyeongju.", published="2022-11-03")
    summit = coded(out, "CONSULT", {"KOR"})
    assert summit and [a["name"] for a in summit[0]["source"]] == ["Park Geun Hye"]


def test_a_monarch_s_title_before_another_person_is_not_that_person_s(nlp):
    out = run(nlp, "The Thai king received the Indian president at the Grand Palace in Bangkok on Monday.",
              published="2024-03-04")
    met = coded(out, "CONSULT", {"THA"})
    assert met and codes_of(met[0]["target"]) == {"IND"}


def test_an_agency_s_minister_named_by_office_alone_is_its_state_s(nlp):
    out = run(nlp, "WASHINGTON, Sept. 13 (BNA) -- The signing was attended by the Minister of Foreign Affairs Dr. "
                   "Khalid bin Ahmed Al Jalahma and the US Secretary of Commerce.", published="2023-09-13")
    assert actor(out, "Jalahma")["code"] == "BHR"


# -- the story's acting state, not the scene its pages keep naming ---------------------------------------------------

def test_officials_of_the_state_a_story_follows_are_not_of_the_scene_it_keeps_naming(nlp):
    text = ("Egypt postpones Cairo conference after strike on Gaza school\n\nBy Staff Writer\n\n"
            "Egypt on Monday postponed a conference on reconstruction in Gaza, hours after a strike on a school in "
            "Gaza killed dozens of Palestinians.\n\nForeign Minister Karim Mansour announced the decision, saying "
            "the meeting would be held only when the war on Gaza ended and aid reached the Palestinians.\n\n"
            "Palestinian officials in Gaza said the school sheltered displaced families from northern Gaza.")
    out = run(nlp, text, published="2024-06-10")
    assert actor(out, "Mansour")["code"] == "EGY"


def test_a_story_filed_from_the_other_state_keeps_its_officials(nlp):
    text = ("US lifts sanctions on Zimbabwe\n\nBy Staff Reporter\n\nHARARE - The United States on Monday ended its "
            "sanctions programme on Zimbabwe, a move welcomed in Harare.\n\nFinance Minister Tendai Moyo said Zimbabwe "
            "had waited two decades for the decision and that Zimbabwe would now seek new loans for Zimbabwe's roads.")
    out = run(nlp, text, published="2024-03-05")
    assert actor(out, "Moyo")["code"] == "ZWE"


# -- a state's own body named like an international one ------------------------------------------------------------

def test_a_state_s_security_council_is_that_state_s(nlp):
    out = run(nlp, "Georgia's Security Council decided on Monday to ask the European Union for monitors.",
              published="2008-08-18")
    council = next(a for a in out["actors"] if a["name"] and "Security Council" in a["name"])
    assert council["code"] == "GEO"


def test_the_un_security_council_stays_international(nlp):
    out = run(nlp, "The UN Security Council met on Monday to discuss the fighting in Georgia.", published="2008-08-18")
    council = next(a for a in out["actors"] if a["name"] and "Security Council" in a["name"])
    assert council["code"] == "IGO"


def test_a_rear_admiral_is_a_title_not_a_name(nlp):
    out = run(nlp, "Israeli military spokesman Rear Admiral Amos Tal said the drone had been intercepted.",
              published="2024-07-20")
    assert not any(a["name"] == "Rear" for a in out["actors"])
    assert actor(out, "Tal")["code"] == "ISR"


def test_an_international_body_s_managing_director_is_the_body_s(nlp):
    out = run(nlp, "CAIRO, March 6 (Reuters) - International Monetary Fund (IMF) Managing Director Maria Lindqvist "
                   "welcomed the agreement on Wednesday.", published="2024-03-06")
    assert actor(out, "Lindqvist")["code"] == "IGO"
