"""Actor countries and sectors that failed on unseen news (session 15). Sentences written for this project; the
people's names are invented so that no table knows them."""

from __future__ import annotations

import pytest


def actor(doc, word, kind=None):
    hits = [a for a in doc["actors"] if word in (a["name"] or "") and (kind is None or a["kind"] == kind)]
    assert hits, f"no actor named like {word!r}: {[a['name'] for a in doc['actors']]}"
    return hits[0]


def test_minister_of_a_portfolio_then_his_name_is_one_person(extract):
    """"Minister of Energy X, Kazakh Minister of Energy Y": two ministers, each of his own adjective."""
    doc = extract("The accord was signed in Tbilisi by Georgian Minister of Transport David Okribadze, Armenian "
                  "Minister of Transport Karen Vardanyants and the Turkish trade minister.")
    assert actor(doc, "Okribadze", "person")["code"] == "GEO"


def test_rebels_at_talks_abroad_are_of_the_state_they_fight(extract):
    """An armed group is of the country whose government it fights, not of the venue of the talks (dateline)."""
    doc = extract("Nairobi, Kenya – The government of South Sudan and the Kolo rebel group signed a truce in the "
                  "Kenyan capital on Monday. The Kolo rebels had seized two towns in the north in March.")
    assert actor(doc, "Kolo", "group")["code"] == "SSD"


def test_spokesman_of_a_named_rebel_group_is_a_rebel(extract):
    doc = extract("Juba – The army of South Sudan clashed with the SPF-7 rebels near the border on Friday. \"We "
                  "were attacked first,\" SPF-7 spokesman Tomas Reng said on Saturday.")
    reng = actor(doc, "Reng", "person")
    assert reng["sector"] == "REB"
    assert reng["code"] == "SSD"


def test_the_prime_minister_is_not_his_deputy(extract):
    """"the prime minister" points back to the prime minister, not to the deputy prime minister named later."""
    doc = extract("Prime Minister Shehzad Qamar arrived in Riyadh on Sunday. The delegation included Deputy Prime "
                  "Minister and Foreign Minister Tariq Mahmood. Earlier, Saudi Investment Minister Faisal Al-Harbi "
                  "called on the prime minister.")
    assert len(actor(doc, "Qamar", "person")["mentions"]) == 2
    assert len(actor(doc, "Mahmood", "person")["mentions"]) == 1


def test_a_long_arabic_name_is_known_by_its_short_form():
    """"Tamim bin Hamad bin Khalifa Al Thani" is the "Tamim bin Hamad" the people index knows; the family name
    alone is not dropped ("X bin Y Al-Z" may be another man)."""
    from communique.knowledge import people

    index = people.seed()
    assert people._shorter_names(people.normalise("Tamim bin Hamad bin Khalifa Al Thani")) == [
        ["tamim", "bin", "hamad"]]
    assert people._shorter_names(people.normalise("Khalid bin Saad Al-Otaibi")) == []
    found = index.lookup("Prince Mohammed bin Salman bin Abdulaziz Al Saud", "2025-05-01")
    assert found is not None and found.code == "SAU"


def test_an_opposition_politician_is_of_the_country_the_story_is_filed_from(extract):
    doc = extract("LUSAKA, March 3 (Reuters) - A court on Monday dismissed a petition against the new electoral law. "
                  "The petition was filed by opposition politician Mwansa Kalaba, who argued that the law was "
                  "unconstitutional.")
    assert actor(doc, "Kalaba", "person")["code"] == "ZMB"


def test_a_countrys_body_spelt_out_by_its_acronym_keeps_the_possessor(extract):
    doc = extract("Two farmers were shot dead by members of Nepal's Armed Police Force (APF) near the border on "
                  "Tuesday, villagers said.")
    assert actor(doc, "Armed Police Force", "org")["code"] == "NPL"


def test_the_ministry_that_summons_an_envoy_is_of_the_other_country(extract):
    doc = extract("Two Thai fishermen were shot dead by Cambodian soldiers near the border on Sunday, Thai villagers "
                  "said. Meanwhile, the foreign ministry summoned Cambodian Deputy High Commissioner Sok Vanna and "
                  "handed him a protest note. Thailand wants an inquiry.")
    assert actor(doc, "foreign ministry", "org")["code"] == "THA"


@pytest.mark.parametrize("text,word,code", [
    pytest.param("BAKU: Azerbaijan and Georgia on Tuesday signed three agreements during a visit by Georgian Foreign "
                 "Minister Nino Chikovani. Chikovani, who arrived in the capital on Monday on a two-day visit, held "
                 "delegation-level talks with Deputy Prime Minister and Foreign Minister Elmar Gasimov at the "
                 "ministry.", "Gasimov", "AZE", id="talks_with_the_host"),
    pytest.param("The IMF approved a loan for Chile on Friday, hours after Finance Minister Rodrigo Alcalde announced "
                 "new spending cuts. U.S. Treasury Secretary John Whitford will be in Santiago on Monday for "
                 "meetings with President Gabriel Boric and Alcalde.", "Alcalde", "CHL", id="meetings_with"),
])
def test_whom_someone_holds_talks_with_is_not_his_compatriot(extract, text, word, code):
    assert actor(extract(text), word, "person")["code"] == code


def test_an_official_announcing_what_a_state_will_do_speaks_for_it(extract):
    """Filed from Washington, but the minister who announces what Ecuador will do is Ecuador's."""
    doc = extract("WASHINGTON, May 2 (Reuters) - The International Monetary Fund approved a $5 billion loan on "
                  "Friday. The approval came hours after Economy Minister Rafael Sandoval announced that Ecuador would "
                  "lift most of its capital controls from Monday. U.S. Treasury Secretary John Whitford will travel to "
                  "Quito on Monday to express Washington's support for the reforms, the Treasury Department said.")
    assert actor(doc, "Sandoval", "person")["code"] == "ECU"


def test_an_envoy_named_often_does_not_make_the_story_his_countrys(extract):
    doc = extract("A Nepali farmer was shot dead near the border on Sunday. The ministry summoned Indian High "
                  "Commissioner Arun Mehra over the killing. Mehra was handed a protest note, and Mehra promised an "
                  "inquiry. India's border force has not commented. \"We have asked for justice,\" Adviser Rafiqul "
                  "Karim told reporters.")
    assert actor(doc, "Karim", "person")["code"] != "IND"


@pytest.mark.parametrize("text,word", [
    pytest.param("The army's spokesman, Maj Gen Tunde Adeyemi, told reporters in Abuja that Nigerian troops had "
                 "retaken the town.", "Adeyemi", id="maj_gen"),
    pytest.param("Air Commodore Tunde Adeyemi of the Nigerian Air Force said the strikes destroyed two camps.",
                 "Adeyemi", id="air_commodore"),
])
def test_abbreviated_and_air_force_ranks_are_military_titles(extract, text, word):
    a = actor(extract(text), word, "person")
    assert (a["code"], a["sector"]) == ("NGA", "MIL")


def test_amir_is_a_title_before_sheikh_and_a_name_otherwise(extract):
    doc = extract("DOHA, May 3 (QNA) -- His Highness the Amir Sheikh Hamad Al-Nuaimi sent a cable of condolences "
                  "to the families of the flood victims on Sunday. Qatar has pledged aid to the affected areas.")
    amir = actor(doc, "Nuaimi", "person")
    assert (amir["code"], amir["sector"], amir["role"]) == ("QAT", "GOV", "head of state")
    doc = extract("Interior Minister Amir Hossein Karimi said the border would stay open.")
    assert actor(doc, "Karimi", "person")["name"].startswith("Amir")


def test_a_person_titled_at_a_placed_body_is_of_its_country(extract):
    """"X, deputy chief of mission at the Japanese Embassy in Seoul": a diplomat (not a legislator) of Japan."""
    doc = extract("SEOUL, July 15 (Yonhap) -- The foreign ministry summoned Kenji Tanaka, deputy chief of mission "
                  "at the Japanese Embassy in Seoul, on Tuesday over the claim.")
    a = actor(doc, "Tanaka", "person")
    assert (a["code"], a["sector"]) == ("JPN", "GOV")


def test_director_general_is_an_officials_title(extract):
    doc = extract("SEOUL, July 15 (Yonhap) -- South Korea protested on Tuesday. Park Min-soo, director general for "
                  "Asian and Pacific affairs, conveyed the government's regret, according to the ministry.")
    a = actor(doc, "Park Min-soo", "person")
    assert (a["code"], a["sector"], a["role"]) == ("KOR", "GOV", "director general")


def test_the_spokesperson_of_the_ministry_comma_name_is_the_spokesperson(extract):
    doc = extract("Tbilisi. The Georgian foreign ministry summoned the Russian ambassador on Monday. Speaking to "
                  "journalists, the spokesperson of the Foreign Ministry, Anna Beridze, said that the claim was false.")
    a = actor(doc, "Beridze", "person")
    assert (a["code"], a["role"]) == ("GEO", "spokesperson")


def test_a_body_of_a_named_country_is_that_countrys(extract):
    """"the Majlis of Azerbaijan" is Azerbaijan's parliament, though "Majlis" alone names Iran's."""
    doc = extract("The Majlis of Azerbaijan adopted a statement on Friday condemning the resolution.")
    assert actor(doc, "Majlis", "org")["code"] == "AZE"


def test_a_hyphenated_title_is_one_office(extract):
    """"Secretary-General" is the secretary general (GOV), not a secretary and a (military) general."""
    a = actor(extract("UN Secretary-General Antonio Guterres urged restraint on Monday."), "Guterres", "person")
    assert (a["code"], a["sector"], a["role"]) == ("IGO", "GOV", "secretary general")


def test_a_governor_is_of_the_country_of_the_towns_he_reports_on(extract):
    doc = extract("Russia launched drones and missiles overnight, officials said. Three people were killed when a drone "
                  "hit a house near Kharkiv, regional governor Oleh Petrenko said. Poland scrambled fighter jets.")
    assert actor(doc, "Petrenko", "person")["code"] == "UKR"


def test_the_writer_of_a_byline_is_a_journalist_of_its_place(extract):
    doc = extract("Army says 40 fighters killed in Borno\nBy Peter Okonkwo, Maiduguri\nMay 20, 2025\n\nThe Nigerian "
                  "army said on Tuesday that its troops had killed 40 fighters near Lake Chad.")
    a = actor(doc, "Okonkwo", "person")
    assert (a["code"], a["sector"]) == ("NGA", "MED")
    doc = extract("The suspect was arrested after the attack. The car was driven by John Smith, police said.")
    assert actor(doc, "John Smith", "person")["sector"] != "MED"


def test_the_place_of_a_byline_is_where_the_story_is_filed(extract):
    doc = extract("Air strikes kill 40 fighters in Borno\nBy Peter Okonkwo, Maiduguri\nMay 20, 2025\n\nThe Nigerian "
                  "Air Force says it has killed 40 fighters near Lake Chad. Air Commodore Tunde Bakare said in a "
                  "statement that several camps were destroyed.")
    assert actor(doc, "Bakare", "person")["code"] == "NGA"


def test_the_head_of_a_body_works_in_its_sector_and_country(extract):
    doc = extract("TEHRAN - The tanker was seized on Tuesday, according to Reza Karimi, the head of the judiciary in "
                  "Bushehr province. Iran has seized several tankers this year.")
    a = actor(doc, "Karimi", "person")
    assert (a["code"], a["sector"]) == ("IRN", "JUD")


def test_justice_is_a_judges_title_before_a_name_only(extract):
    doc = extract("NAIROBI, Jan 26 (Reuters) - Kenya's High Court blocked the deployment on Friday. Justice David "
                  "Kamau said the plan was unconstitutional.")
    a = actor(doc, "Kamau", "person")
    assert (a["code"], a["sector"]) == ("KEN", "JUD")
    doc = extract("The minister vowed to bring the killers to justice, Kenyan police said.")
    assert not [x for x in doc["actors"] if x["role"] == "judge"]


def test_officials_listed_together_share_the_placed_ones_country(extract):
    doc = extract("ISLAMABAD, Nov 18 (APP): Saudi Arabia has agreed to roll over its deposit, the Prime Minister's "
                  "Office said, a day after Prime Minister Shehbaz Sharif held talks with Crown Prince Mohammed bin "
                  "Salman in Riyadh. The two sides reviewed defence cooperation. The delegation included Deputy Prime "
                  "Minister and Foreign Minister Ishaq Dar, Finance Minister Tariq Mahmood and Petroleum Minister "
                  "Omar Farooq.")
    assert actor(doc, "Mahmood", "person")["code"] == "PAK"
    assert actor(doc, "Farooq", "person")["code"] == "PAK"


def test_without_a_dateline_the_storys_voices_give_its_officials_home(extract):
    doc = extract("Russia attacked Ukraine overnight with 300 drones, killing three people, Ukrainian officials said. "
                  "Ukraine's Air Force said it shot down 250 drones. Russia's Defence Ministry said it hit military "
                  "targets. Ukraine's energy ministry said power was cut in three regions. \"Russia is hitting our "
                  "cities again,\" Foreign Minister Petro Kovalenko wrote on X.")
    assert actor(doc, "Kovalenko", "person")["code"] == "UKR"
