"""Actor countries that failed on unseen news (session 14): a body's spokesperson after a sentence naming two
countries, "its" officials and agencies after a country's sentence. Sentences written for this project; the
people's names are invented so that no table knows them."""

from __future__ import annotations

import pytest


def actor(doc, word, kind=None):
    hits = [a for a in doc["actors"] if word in (a["name"] or "") and (kind is None or a["kind"] == kind)]
    assert hits, f"no actor named like {word!r}: {[a['name'] for a in doc['actors']]}"
    return hits[0]


@pytest.mark.parametrize("text,word,code", [
    pytest.param("Chile's Foreign Ministry protested against the arrests and said it had summoned Peru's "
                 "ambassador in Santiago. Ministry spokeswoman Odalys Fernbrook said Chile would raise the case at "
                 "the United Nations.", "Fernbrook", "CHL", id="ministry_spokesperson_after_summoned_envoy"),
    pytest.param("Peru's government accused Ecuador of harbouring the smugglers on its side of the river. Quito rejected the "
                 "claim. Government spokesman Tadeo Brinkvall said Ecuador had no such camps.", "Brinkvall", "ECU",
                 id="government_spokesperson_after_capital_subject"),
])
def test_a_spokesperson_speaks_for_the_body_named_last(extract, text, word, code):
    assert actor(extract(text), word, "person")["code"] == code


@pytest.mark.parametrize("text,word,code", [
    pytest.param("Latvia has pressed Sweden for more patrols since March. Its defence minister, Ivars Kolbenmoor, "
                 "said Riga would keep asking.", "Kolbenmoor", "LVA", id="its_minister_apposed_name"),
    pytest.param("Norway's government rejected the Danish proposal. Its spokesman, General Olav Trennvik, told "
                 "reporters in Copenhagen the plan was unworkable.", "Trennvik", "NOR", id="its_spokesman_name"),
    pytest.param("Taiwan said its coast guard shadowed the ships. Laos had not commented by Monday, but its "
                 "official Lanxang News Agency carried a statement accusing Taipei of lying.", "Agency", "LAO",
                 id="its_news_agency"),
])
def test_its_official_or_body_belongs_to_the_subject_before(extract, text, word, code):
    assert actor(extract(text), word)["code"] == code


@pytest.mark.parametrize("text,word,wrong", [
    pytest.param("Uruguay and Argentina signed the river accord on Friday, and President Santiago Ferrandez called "
                 "it a fair deal for Uruguay.", "Ferrandez", "CHL", id="capital_as_given_name"),
    pytest.param("Prime Minister Victoria Hallsund told the Danish parliament on Monday that Denmark would "
                 "raise its defence budget.", "Hallsund", "SYC", id="another_capital_as_given_name"),
])
def test_a_place_name_between_title_and_surname_is_a_given_name(extract, text, word, wrong):
    a = actor(extract(text), word, "person")
    assert a["name"].split()[0] == text.split(word)[0].split()[-1] and a["code"] != wrong


@pytest.mark.parametrize("text,word,code", [
    pytest.param("The plan was presented by Kenya's Minister of Water and Sanitation, Odhiambo Kerrigwe, on "
                 "Monday.", "Kerrigwe", "KEN", id="title_with_of_tail"),
    pytest.param("The deal, announced on Thursday in Montevideo by Uruguayan Foreign Minister Lucas Verrano and "
                 "Brazil's Minister of Mines and Energy, Rodrigo Tallmeier, sets the price.", "Tallmeier", "BRA",
                 id="second_of_joined_titles"),
])
def test_a_name_apposed_to_an_unnamed_office_holder_takes_its_country(extract, text, word, code):
    assert actor(extract(text), word, "person")["code"] == code


@pytest.mark.parametrize("name", ["Sajid Bhullarwal", "Tahir Baloch"])
def test_a_name_followed_by_who_is_a_person(extract, name):
    doc = extract("Police have arrested a prominent television journalist in Lahore.\n\n" + name + ", who presents "
                  "a nightly current affairs show on the private channel Roshan News, was taken from his home.")
    assert actor(doc, name.split()[-1])["kind"] == "person"


@pytest.mark.parametrize("text,name,code,sector", [
    pytest.param("Police in Karachi detained Omar Latif, a lawmaker from the opposition Sindh Awami Tehreek (SAT), "
                 "on Monday.", "Sindh Awami Tehreek", None, "OPP", id="opposition_party_spelt_out"),
    pytest.param("Separately, Border Guard Ghana (BGG) said it had reinforced its posts along the frontier.",
                 "Border Guard Ghana", "GHA", None, id="country_in_the_name"),
    pytest.param("The teachers' strike was called by the National Union of Kenyan Teachers (NUKT) on Monday.",
                 "National Union of Kenyan Teachers", "KEN", "LAB", id="union_with_demonym"),
])
def test_capitalised_words_spelt_out_by_an_acronym_name_one_body(extract, text, name, code, sector):
    a = actor(extract(text), name.split()[-1])
    assert a["name"] == name and a["kind"] == "org"
    assert code is None or a["code"] == code
    assert sector is None or a["sector"] == sector


def test_a_programme_spelt_out_by_an_acronym_is_no_actor(extract):
    doc = extract("Grants under the Rural Water Access Scheme (RWAS) rose by a fifth last year.")
    assert not [a for a in doc["actors"] if "Scheme" in (a["name"] or "")]


def test_an_office_in_a_body_named_by_its_acronym_is_of_the_bodys_country(extract):
    doc = extract("Separately, Border Guard Ghana (BGG) said it had reinforced its posts. A regional BGG commander, "
                  "Lt. Col. Kwame Asantefo, said patrols would be doubled.")
    assert actor(doc, "Asantefo", "person")["code"] == "GHA"


def test_a_proper_name_before_a_group_role_names_the_group(extract):
    doc = extract("Fighting between Ghanaian troops and K45 rebels flared on Monday near the border.")
    a = actor(doc, "K45")
    assert (a["name"], a["sector"]) == ("K45 rebels", "REB")


def test_a_named_rebel_group_fights_in_the_datelines_country(extract):
    doc = extract("TAMALE, Ghana, May 3 (AP) — Fighting between Ghanaian troops and K45 rebels flared again on "
                  "Monday near the town of Yendi, local officials said.")
    assert actor(doc, "K45")["code"] == "GHA"


def test_their_relatives_are_no_office_of_people_named_before(extract):
    doc = extract("Russia said the talks would go on. \"The camp is full,\" said Colonel Piet Varnhout. Ahmed Soraya, "
                  "a camp official, said hundreds of children were now being cared for by their mothers.")
    assert actor(doc, "Soraya", "person")["code"] != "RUS"


def test_a_known_body_spelt_out_with_its_acronym_keeps_its_code(extract):
    doc = extract("The International Committee of the Red Cross (ICRC) said its staff had reached the town.")
    assert actor(doc, "Red Cross")["code"] == "NGO"


def test_a_place_before_a_role_word_is_not_a_group_name(extract):
    doc = extract("He volunteered to fight after the Leeds terrorist attack, an inquest heard.")
    assert not [a for a in doc["actors"] if (a["name"] or "").startswith("Leeds ")]


def test_its_right_after_a_gapped_state_is_that_states(extract):
    doc = extract("Spain is sending its prime minister to the summit, while Italy is sending a civil servant and "
                  "Portugal its deputy foreign minister.")
    assert [a["code"] for a in doc["actors"] if (a["role"] or "").endswith("foreign minister")] == ["PRT"]


@pytest.mark.parametrize("text,name,code,sector", [
    pytest.param("The Union of Mine Workers said about 800 mines had stayed closed since Monday.",
                 "Union of Mine Workers", None, "LAB", id="union_of"),
    pytest.param("U.S. Pacific Fleet Command said it had tracked the vessels for two days.",
                 "U.S. Pacific Fleet Command", "USA", "MIL", id="command_with_country"),
])
def test_an_organisation_entity_acting_as_subject_is_a_body(extract, text, name, code, sector):
    a = actor(extract(text), name.split()[-1])
    assert (a["name"], a["kind"]) == (name, "org")
    assert code is None or a["code"] == code
    assert sector is None or a["sector"] == sector


@pytest.mark.parametrize("name", ["Santosh Varnekar", "Vikram Basu"])
def test_a_name_apposed_to_an_envoy_in_a_capital_is_the_envoy(extract, name):
    doc = extract("\" India's high commissioner in Colombo, " + name + ", was among the first foreign envoys to call "
                  "on the president-elect on Sunday.")
    a = actor(doc, name.split()[-1], "person")
    assert (a["name"], a["code"]) == (name, "IND")
