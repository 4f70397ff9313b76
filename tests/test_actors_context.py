"""Officials the text names without a nationality take their country from the article's context (issue 3).

Sentences written for this project; names are invented so that no knowledge table knows them."""

from __future__ import annotations

import pytest


def person(doc, surname):
    hits = [a for a in doc["actors"] if a["kind"] == "person" and surname in (a["name"] or "")]
    assert hits, f"no person named like {surname!r}: {[a['name'] for a in doc['actors']]}"
    return hits[0]


# (the text, whose country, the country the context gives; None where it must not place him)
CASES = [
    pytest.param("Malaysian foreign minister urges calm over fishing dispute\n\n"
                 "Foreign Minister Harun Zakwan said on Monday that talks with Indonesia and Vietnam would resume. "
                 "Zakwan added that patrols would continue.",
                 "Zakwan", "MYS", id="unnamed_holder_of_the_same_office_gives_the_country"),
    pytest.param("Estonian Prime Minister Kaja Lind condemned the drone flights, while Interior Minister Toomas "
                 "Rebane said the border guard had been reinforced. Latvia and Lithuania raised the same concern.",
                 "Rebane", "EST", id="official_beside_a_compatriot_in_his_sentence"),
    pytest.param("Interior Minister Jonas Pakalnis met the Polish ambassador on Tuesday morning. "
                 "Lithuania and Latvia later agreed to share border data.",
                 "Pakalnis", None, id="country_of_those_an_official_meets_is_not_his"),
    pytest.param("Soldiers surrounded the residence of President Amadou Sall in the capital, Dakar, on Tuesday. "
                 "Mali closed its border the same day.",
                 "Sall", "SEN", id="place_where_a_titled_person_is_counts_when_nothing_else_is_named"),
    pytest.param("The government of President Amadou Sall declared a curfew in Senegal, a spokesman for the "
                 "French embassy said.",
                 "Sall", "SEN", id="who_reports_a_clause_does_not_give_its_subject_a_country"),
    pytest.param("NOVOSIBIRSK, May 3. Colonel Pavel Orlovsky, commander of the garrison, said the exercise "
                 "would last two weeks.\n\nRussia and Kazakhstan hold such drills every year.",
                 "Orlovsky", "RUS", id="official_with_no_country_in_his_sentences_serves_where_the_story_is_filed"),
    pytest.param("NOVOSIBIRSK, May 3. Colonel Pavel Orlovsky, commander of the garrison, said the exercise "
                 "would last two weeks.\n\nKazakhstan and Kyrgyzstan hold such drills every year.",
                 "Orlovsky", None, id="dateline_country_must_be_named_in_the_article"),
    pytest.param("Malaysian Foreign Minister Harun Zakwan met Foreign Minister Budi Santika on Monday. "
                 "The Malaysian foreign minister said the talks went well.",
                 "Santika", None, id="official_met_by_the_only_countrys_minister_is_not_assumed_his_compatriot"),
    pytest.param("The reporter, who was detained in Egypt for a year, was welcomed home by Foreign Minister Lina "
                 "Haddad on Sunday. Greece and Cyprus had campaigned for her release.",
                 "Haddad", None, id="place_of_someone_elses_act_does_not_place_an_official"),
]


@pytest.mark.parametrize("text,name,code", CASES)
def test_context_gives_or_withholds_a_country(extract, text, name, code):
    assert person(extract(text), name)["code"] == code


def test_office_held_by_a_named_person_of_that_country_is_not_a_second_holder(extract):
    text = ("Malaysian Foreign Minister Harun Zakwan met Foreign Minister Budi Santika in Jakarta. "
            "The Malaysian foreign minister said the talks went well.")
    assert person(extract(text), "Santika")["code"] != "MYS"


def test_body_named_in_an_officials_title_is_his_countrys(extract):
    text = ("On Friday the Indian ambassador and Dorji Wangchuk, Bhutanese Secretary of the Ministry of "
            "Finance, signed the loan agreement.")
    doc = extract(text)
    assert person(doc, "Wangchuk")["code"] == "BTN"
    ministry = [a for a in doc["actors"] if a["kind"] == "org" and a["role"] == "finance ministry"]
    assert ministry and ministry[0]["code"] == "BTN"


def test_people_named_in_an_article_about_one_country_are_its_own(extract):
    text = ("Belarusian police detained opposition activists Anton Kirilenko and Maria Zhuk in Minsk on Monday. "
            "Belarusian prosecutors accused the pair of organising protests. "
            "The Belarusian government has banned the movement.")
    doc = extract(text)
    assert person(doc, "Kirilenko")["code"] == "BLR" and person(doc, "Zhuk")["code"] == "BLR"


def test_an_untitled_name_needs_more_than_one_mention_of_the_country(extract):
    assert person(extract("Anton Kirilenko was detained in Belarus on Monday."), "Kirilenko")["code"] is None


def test_official_met_in_a_capital_belongs_to_its_country(extract):
    text = "Lithuanian Foreign Minister Rasa Vaitkute met Foreign Minister Budi Santika in Jakarta on Monday."
    assert person(extract(text), "Santika")["code"] == "IDN"


def test_what_an_official_talks_about_is_not_his_country(extract):
    text = "Opposition leader Marek Zielinski called for new talks on Iraq. Britain and France remain divided."
    assert person(extract(text), "Zielinski")["code"] is None


@pytest.mark.parametrize("text", [
    "Turkish troops shelled the border post, and Interior Minister Lina Haddad condemned the attack. "
    "Greece and Cyprus called for calm.",
    "Interior Minister Lina Haddad condemned the attack, while Turkish troops shelled the border post. "
    "Greece and Cyprus called for calm.",
])
def test_other_peoples_clauses_do_not_place_an_official(extract, text):
    assert person(extract(text), "Haddad")["code"] is None


def test_the_body_a_name_serves_gives_sector_and_country(extract):
    doc = extract("The convoy was stopped near the border, said Ahmed Rana of the Pakistani army. "
                  "Afghanistan denied the report.")
    a = person(doc, "Rana")
    assert (a["code"], a["sector"]) == ("PAK", "MIL")


def test_member_of_an_unplaced_force_serves_where_the_story_is_filed(extract):
    text = ("PESHAWAR, May 3. Trucks queued for three days at the crossing, said Ahmed Rana of the Frontier "
            "Scouts border force.\n\nPakistan and Afghanistan reopened the crossing on Friday.")
    a = person(extract(text), "Rana")
    assert (a["code"], a["sector"]) == ("PAK", "MIL")


def test_a_body_of_an_organisation_keeps_its_own_name_and_country(extract):
    doc = extract("The Canadian Ministry of Northern Development and the U.S. State Department's Bureau of "
                  "Oceans Affairs said on Monday that the survey would go ahead.")
    names = {a["name"]: (a["code"], a["sector"]) for a in doc["actors"]}
    assert names.get("Canadian Ministry of Northern Development") == ("CAN", "GOV"), names
    assert names.get("U.S. State Department's Bureau of Oceans Affairs") == ("USA", "GOV"), names


def test_foreign_office_by_abbreviation_and_by_its_first_sentence(extract):
    text = ("Foreign Minister Ali Raza will lead the Pakistani delegation, the Foreign Office said on Monday. "
            "The FO said the talks with China would cover trade.")
    doc = extract(text)
    office = [a for a in doc["actors"] if a["role"] == "foreign ministry"]
    assert len(office) == 1 and office[0]["code"] == "PAK"
    start = text.index("FO ")
    assert [start, start + 2] in office[0]["mentions"]


def test_family_name_first_links_a_later_bare_family_name(extract):
    text = ("Vietnamese Deputy Prime Minister Tran Van Long met Laotian officials in Vientiane on Monday. "
            "'We share a long border,' Tran said.")
    a = person(extract(text), "Tran Van Long")
    start = text.index("Tran said")
    assert [start, start + 4] in a["mentions"]


def test_title_before_of_is_the_head_and_the_body_gives_the_sector(extract):
    doc = extract("The spokesman for the Nigerian army, Musa Bello, denied the report. "
                  "The President of the ECOWAS Commission, Dr. Omar Touray, read the communique. "
                  "The Secretary of the Kenyan Ministry of Energy, Paul Mwangi, attended.")
    bello, touray, mwangi = person(doc, "Bello"), person(doc, "Touray"), person(doc, "Mwangi")
    assert (bello["code"], bello["sector"], bello["role"]) == ("NGA", "MIL", "spokesperson")
    assert (touray["code"], touray["org"], touray["role"]) == ("IGO", "ECOWAS", "president")
    assert (mwangi["code"], mwangi["role"]) == ("KEN", "secretary")


@pytest.mark.parametrize("text,code,role", [
    ("Bogdan Aurescu, the Romanian foreign minister, said on Monday that Bucharest would respond.",
     "ROU", "foreign minister"),
    ("The talks were led by Bogdan Aurescu, a senior Romanian diplomat, and lasted two hours.", "ROU", "diplomat"),
])
def test_apposition_with_article_or_modifier_after_the_name(extract, text, code, role):
    a = person(extract(text), "Aurescu")
    assert (a["code"], a["role"]) == (code, role)


def test_a_new_subject_after_a_comma_is_not_an_apposition(extract):
    doc = extract("While Bucharest has not replied to Lavrov, the government of Romania's president, "
                  "Klaus Iohannis, has told allies it will not yield.")
    assert person(doc, "Lavrov")["code"] == "RUS"


def test_an_ambassador_listed_with_host_officials_is_not_given_their_country(extract):
    doc = extract("Qureshi was received by the ambassador Moinul Haq, senior officials of the Chinese foreign "
                  "ministry and officers from the embassy.")
    assert person(doc, "Moinul Haq")["code"] != "CHN"


def test_title_followed_by_a_name_describes_that_name(extract):
    text = ("Saudi Foreign Minister Adel Faris met opposition leaders in Riyadh. "
            "The foreign minister, Tomas Berg, later said Sweden would send aid.")
    doc = extract(text)
    assert person(doc, "Faris")["code"] == "SAU"
    berg = person(doc, "Berg")
    assert berg["code"] != "SAU" and berg["role"] == "foreign minister"


def test_a_body_word_after_a_title_is_no_persons_name(extract):
    doc = extract("The press service of the Eastern Military District said the drills had ended.")
    assert not any(a["kind"] == "person" and a["name"] == "District" for a in doc["actors"])
