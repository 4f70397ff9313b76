"""Acts whose category the PLOVER manual settles and that the hand lexicon coded wrongly or not at all:
releases and returns are RETREAT, a protest's topic is no event of its own, yielding idioms, asylum,
shared intelligence.  Sentences written for these tests."""

from __future__ import annotations

import pytest


def top(doc):
    evs = sorted(doc["events"], key=lambda e: -e["confidence"])
    return evs[0] if evs else None


def codes(side):
    return {x["code"] for x in side}


@pytest.mark.parametrize("text, category", [
    # manual, RETREAT: "the release of prisoners and hostages ... the return of confiscated property ... disarming"
    ("The Colombian army released four Venezuelan border guards it had held for a week.", "RETREAT"),
    ("Kyrgyz authorities returned the seized trucks to their Tajik owners on Monday.", "RETREAT"),
    ("Militia fighters in Libya handed over their rifles to the United Nations mission.", "RETREAT"),
    ("Armenia and Azerbaijan exchanged prisoners of war at the border on Sunday.", "RETREAT"),
    # CAMEO 080, yield
    ("The Peruvian government backed down on its plan to privatise the water utility.", "CONCEDE"),
    ("Teachers in Portugal ended their strike after the ministry promised new talks.", "CONCEDE"),
    # CAMEO 120 / 075 / 064 / 043 / 166
    ("Cambodia turned down an offer of mediation from Thailand.", "REJECT"),
    ("Germany granted asylum to a Belarusian opposition activist.", "AID"),
    ("Kenya and Uganda exchanged intelligence on the smuggling networks.", "COOPERATE"),
    ("The Ghanaian president received the visiting Nigerian army chief in Accra.", "CONSULT"),
    ("Bolivia expelled the papal nuncio last week.", "SANCTION"),
    # PROTEST idioms; obstruction by non-state groups (manual, PROTEST)
    ("Bus drivers in Argentina went on strike on Tuesday.", "PROTEST"),
    ("Hundreds of Peruvian miners blockaded the main highway to Lima.", "PROTEST"),
    # CAMEO 083 accede to demands, 080 yield, 120 reject, 112 accuse, 071 aid, 150 deploy, 160 halt, 1721, 1712
    ("The Malian junta agreed to the demands of the trade unions for higher wages.", "CONCEDE"),
    ("The Tunisian government lifted the house arrest of the former speaker.", "CONCEDE"),
    ("The Bulgarian parliament voted against the plan to buy new fighter jets from Sweden.", "REJECT"),
    ("Eritrea charged that Ethiopia was training the rebels near the border.", "ACCUSE"),
    ("The World Bank approved a 300 million dollar loan to Kenya.", "AID"),
    ("Algeria sent two battalions to its border with Libya.", "MOBILIZE"),
    ("Qatar halted gas deliveries to Egypt after the dispute.", "SANCTION"),
    ("The Iranian authorities shut down three reformist newspapers.", "COERCE"),
    ("Pakistani troops handed back two Afghan border posts they had occupied.", "RETREAT"),
    ("Syria allowed international inspectors back into the chemical plant.", "RETREAT"),
    # manual, SUPPORT: "initiation of diplomatic ties"; CONCEDE: "formal pardons ... and amnesties"
    ("Oman established diplomatic relations with Bhutan last year.", "SUPPORT"),
    ("The Ecuadorean president granted a pardon to four jailed journalists.", "CONCEDE"),
    ("Italy voiced its backing for Albania's membership bid.", "SUPPORT"),
    # CAMEO 063 extradition, 161 withdraw an envoy, 166 order an envoy out, 1724, 120 rule out, 020 plead
    ("Colombia handed over a suspected arms trafficker to Spain on Monday.", "COOPERATE"),
    ("Peru withdrew its ambassador from Bolivia over the remarks.", "SANCTION"),
    ("Kuwait ordered the Iraqi charge d'affaires to leave within two days.", "SANCTION"),
    ("Ecuador declared a state of emergency in three provinces after the riots.", "COERCE"),
    ("The Nigerian president ruled out talks with the kidnappers.", "REJECT"),
    ("The Malawian president pleaded with donors for more food aid.", "REQUEST"),
    ("Mongolia dispatched two battalions to the southern border.", "MOBILIZE"),
    ("Ukraine withdrew from the Commonwealth of Independent States on Monday.", "SANCTION"),
    ("Japan shipped 20,000 tonnes of rice to the Philippines after the typhoon.", "AID"),
    ("The Moldovan parliament repealed the law on foreign agents.", "CONCEDE"),
    ("The Lithuanian president admitted mistakes in the handling of the crisis.", "CONCEDE"),
    ("Serbia and Montenegro initialled the border treaty in Belgrade.", "SUPPORT"),
    ("The Gabonese president announced an amnesty for 500 prisoners.", "CONCEDE"),
    ("Canada flew tents and blankets to the flood victims in Honduras.", "AID"),
    ("Syria allowed Red Cross observers to return to the camp.", "RETREAT"),
    ("Rebels in southern Senegal handed in their weapons to the army on Friday.", "RETREAT"),
    ("Gunmen seized 30 hostages at a gas plant in the Algerian desert.", "ASSAULT"),
    ("Lawyers in Pakistan boycotted the courts for a week to protest against the chief justice's dismissal.", "PROTEST"),
    ("Washington pressed Islamabad to close the militant training camps.", "REQUEST"),
    ("Thousands of protesters hurled stones at the police in Lima on Friday.", "PROTEST"),
    ("Zimbabwean nurses have downed tools over unpaid salaries.", "PROTEST"),
    ("A suicide bomber blew himself up outside a police station in Quetta.", "ASSAULT"),
    ("The Malian junta ordered the French aid agencies out of the country.", "SANCTION"),
    ("South Korea dispatched two destroyers to the Gulf of Aden.", "MOBILIZE"),
    ("Qatar withdrew from its role as mediator between the Sudanese factions.", "SANCTION"),
    ("A Kenyan court convicted two men of the embassy bombing.", "SANCTION"),  # the manual's mode "convict"
    ("The Romanian government dropped its plan to close the border crossings.", "CONCEDE"),
    ("Hungary said it was ready to reschedule part of Cuba's debt.", "AGREE"),
    ("The Zambian army was ordered on full alert after the raid.", "MOBILIZE"),
    ("Iran conducted a series of missile tests near the Gulf.", "MOBILIZE"),
    ("Norwegian helicopters ferried food and tents to the stranded villagers in Nepal.", "AID"),
    ("Ghana and Togo launched coordinated naval patrols in the Gulf of Guinea.", "COOPERATE"),
    ("Iran said it had suspended uranium enrichment as a goodwill gesture.", "CONCEDE"),
    ("The Ugandan president commuted the death sentences of four journalists.", "CONCEDE"),
    ("Eritrea accepted the ruling of the boundary commission.", "CONCEDE"),
    ("The Tunisian president reinstated the dismissed judges.", "CONCEDE"),
    ("The Nepali government expressed regret for the deaths of the protesters.", "CONCEDE"),
    ("Tamil fighters surrendered to the Sri Lankan army in the east.", "RETREAT"),
    ("The United Nations withdrew its observers from Syria after the attack.", "SANCTION"),
    ("The Kuwaiti authorities revoked the citizenship of an opposition politician.", "COERCE"),
    ("Belarus jammed foreign radio broadcasts during the election.", "COERCE"),
    ("Georgian police broke up an opposition rally in Tbilisi.", "COERCE"),
    ("The Egyptian authorities put the former minister under a travel ban.", "COERCE"),
    ("The European Union disbursed 40 million euros to Niger for border security.", "AID"),
    ("The World Food Programme airdropped food to villages cut off by the floods in South Sudan.", "AID"),
    ("France transferred a suspected militant to the Moroccan authorities.", "COOPERATE"),
    ("Armenian and Russian troops trained together near Gyumri.", "COOPERATE"),
    # manual, COERCE modes: cyber (hacking, website attacks), censor; RETREAT: compensation for property
    ("Iranian hackers broke into the email accounts of Saudi officials and tried to hack the ministry's network.",
     "COERCE"),
    ("The Vietnamese authorities censored reports on the land dispute with China.", "COERCE"),
    ("Iraq paid compensation to Kuwaiti companies for the losses of the invasion.", "RETREAT"),
    ("The Kenyan government ordered a curfew in Mombasa after the clashes.", "COERCE"),
    ("Spain handed over three suspected Basque separatists to the French police.", "COOPERATE"),
    ("Austria gave 5 million euros to the refugee camps in Jordan.", "AID"),
    ("The Ethiopian government ended the state of emergency in Amhara.", "CONCEDE"),
    ("Norway expelled three Russian spies working at the embassy in Oslo.", "SANCTION"),
    # protests in other forms
    ("Dockers at the port of Mombasa walked out over unpaid wages.", "PROTEST"),
    ("Students in Colombia occupied the university to demand lower fees.", "PROTEST"),
])
def test_category_follows_the_manual(extract, text, category):
    ev = top(extract(text, "2024-05-02"))
    assert ev is not None and ev["event"] == category, ev


def test_backing_down_is_not_backing(extract):
    doc = extract("The Peruvian government backed down on its plan to privatise the water utility.", "2024-05-02")
    assert not [e for e in doc["events"] if e["event"] == "SUPPORT"]


def test_the_topic_of_a_protest_is_not_a_second_event(extract):
    # manual, PROTEST: "the topic of the protest---which will typically be a REQUEST---is not coded"
    doc = extract("Hundreds of nurses staged a sit-in outside the Tunisian health ministry to demand higher pay.",
                  "2024-05-02")
    assert [e["event"] for e in doc["events"]] == ["PROTEST"]


def test_a_request_not_under_a_protest_is_still_coded(extract):
    doc = extract("Nepal urged India to reopen the border crossing to demand trade.", "2024-05-02")
    assert any(e["event"] == "REQUEST" for e in doc["events"])


def test_released_statement_is_no_release_of_people(extract):
    doc = extract("The Thai foreign ministry released a statement on the border talks.", "2024-05-02")
    assert not [e for e in doc["events"] if e["event"] == "RETREAT"]


def test_the_noun_a_verb_lifts_is_not_a_second_event(extract):
    doc = extract("The Tunisian government lifted the house arrest of the former speaker.", "2024-05-02")
    assert [e["event"] for e in doc["events"]] == ["CONCEDE"]


def test_a_state_blockade_is_still_coercion(extract):
    doc = extract("Saudi Arabia blockaded Qatar in June.", "2024-05-02")
    assert top(doc)["event"] == "COERCE"


def test_walking_out_of_talks_is_no_strike(extract):
    doc = extract("The Somali delegation walked out of the talks with Kenya on Tuesday.", "2024-05-02")
    assert top(doc)["event"] == "SANCTION"


def test_an_army_occupying_a_town_is_no_protest(extract):
    doc = extract("Ethiopian troops occupied the Somali town of Baidoa.", "2024-05-02")
    assert top(doc)["event"] == "ASSAULT"


def test_not_willing_is_a_refusal(extract):
    doc = extract("The rebels in Colombia said they were not willing to disarm.", "2024-05-02")
    assert [e["event"] for e in doc["events"]] == ["REJECT"]


def test_ready_to_fight_is_no_agreement(extract):
    doc = extract("Armenia said it was ready to respond to any attack.", "2024-05-02")
    assert not [e for e in doc["events"] if e["event"] == "AGREE"]


def test_suspending_an_aid_programme_is_no_concession(extract):
    doc = extract("Sweden suspended part of its aid programme for Bolivia.", "2024-05-02")
    assert not [e for e in doc["events"] if e["event"] == "CONCEDE"]
