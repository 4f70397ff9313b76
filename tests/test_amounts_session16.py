"""Amounts, session 16: counts the parse splits (scale words, hard wraps, written numbers), the unit a count
takes from its noun, hyphenated measures, and a bare local currency read by the story's country."""

from __future__ import annotations

import pytest


def found(extract, text):
    return {(round(a["value"], 3), a["unit"]) for a in extract(text, "2025-03-04")["amounts"]
            if a["value"] is not None}


@pytest.mark.parametrize("text,value,unit", [
    # a scale word between the number and its noun
    ("Officials said more than 3.5 million people had fled the valley since spring.", 3_500_000, "people"),
    ("Customs seized 2 million liters of diesel at the depot.", 2_000_000, "liters"),
    # a written number the tagger calls an adjective
    ("Eleven people were killed when the ferry capsized on the lake.", 11, "people"),
    # people harmed or held are people, whatever the noun names them
    ("Gunmen killed two villagers at the market on Friday.", 2, "people"),
    ("The drone strike killed seven soldiers near the outpost.", 7, "people"),
    ("Twelve other soldiers were wounded in the ambush.", 12, "people"),
    ("The army rescued 24 of the 30 pupils taken from the school.", 24, "people"),
    ("The army rescued 24 of the 30 pupils taken from the school.", 30, "people"),
    ("More than a dozen other officials were detained overnight.", 12, "people"),
    ("Police said 9 were injured in the crush.", 9, "people"),
    ("At least 30 Nepalis were killed by the guards along the frontier.", 30, "people"),
    ("Two traders were martyred in the shelling, the governor said.", 2, "people"),
    ("The junta expelled three Belgian diplomats on Monday.", 3, "people"),
    ("Fifty workers and 300 small farmers will receive the bonus.", 300, "people"),
    ("The town is home to about 90,000 of the province's residents.", 90_000, "people"),
    # armed forces that nothing befalls keep a military unit
    ("The ministry will deploy an additional 1,500 soldiers along the river.", 1500, "servicemen"),
    ("Officials said 5,000\ntroops were sent to the border.", 5000, "troops"),
    # measures, papers and ships
    ("The plant will deliver up to 300 megawatts to the grid.", 300, "MW"),
    ("The pipeline has an annual capacity of 12.5 billion cubic metres.", 12.5e9, "cubic metres"),
    ("The field now pumps 800,000 barrels of oil per day.", 800_000, "barrels per day"),
    ("The boat was stopped some 20 nautical miles off the reef.", 20, "nautical miles"),
    ("The donation of 5,000 tons of maize arrived in May.", 5000, "tons"),
    ("The trawler landed around three tonnes of tuna.", 3, "tonnes"),
    ("The two ministers signed eight memoranda of understanding.", 8, "documents"),
    ("The ministers signed three cooperation documents in the capital.", 3, "documents"),
    ("The council blacklisted 120 more tankers of the fleet.", 120, "vessels"),
    # hyphenated measures
    ("The pact brought calm to the 900-kilometre de facto frontier.", 900, "km"),
    ("Both armies agreed to a five-day truce in the north.", 5, "days"),
    ("The board approved a 30-month programme for the central bank.", 30, "months"),
    # a few things an action counts, and the kind a compound names
    ("Rebels captured two border outposts near the pass.", 2, "border outposts"),
    ("The relief agency will dispatch two aircraft with tents.", 2, "aircraft"),
    ("Sanctions need unanimity among the 19 member states of the bloc.", 19, "member states"),
    ("The army said one Nepali soldier had been injured near the line.", 1, "people"),
    ("The channel has over half a million subscribers.", 500_000, "subscribers"),
    # count ranges: both ends
    ("Between 20,000 and 30,000 militants remain active in the hills.", 30_000, "people"),
    ("The army deployed 3,000 to 4,000 troops to the coast.", 3000, "troops"),
    ("Officials said 2 to 3 million people had fled.", 2e6, "people"),
    # a vote's losing side
    ("The motion passed by 140 votes to 95 in the assembly.", 95, "votes"),
])
def test_counts(extract, text, value, unit):
    assert (round(value, 3), unit) in found(extract, text)


@pytest.mark.parametrize("text,value,unit", [
    # a bare local currency name is the money of the country the story is about
    ("Argentina raised the minimum wage to 250,000 pesos a month, officials in Argentina said.", 250_000, "ARS"),
    ("Colombia will spend up to 3 billion pesos on rural roads, Colombia's minister said.", 3e9, "COP"),
    ("Pakistan's court fined the firm 2 million rupees, Pakistan's regulator said.", 2e6, "PKR"),
    ("Moldova approved about 6 million lei for schools in Moldova.", 6e6, "MDL"),
    ("Iraq's cabinet in Iraq allocated 5 billion dinars for the dam.", 5e9, "IQD"),
    ("Mexico approved 30 million pesos for the clinics.", 3e7, "MXN"),
    ("The council approved 30 million pesos for the clinics.", 3e7, "MXN"),
    # a symbol several countries write: read by the story's country too
    ("Pakistan's cabinet approved Rs50 billion for flood relief, Pakistan's minister said.", 5e10, "PKR"),
    ("Uganda's parliament in Uganda passed a Sh2 trillion budget.", 2e12, "UGX"),
    ("The state cleared Rs 500 crore for flood relief.", 5e9, "INR"),
    # ranges with the currency written once: both ends
    ("Argentina's bank lets the peso float between 900 and 1,300 pesos per dollar in Argentina.", 900, "ARS"),
    ("The repairs will cost 4 to 5 billion euros.", 4e9, "EUR"),
    ("The fund needs $2-3 billion a year.", 2e9, "USD"),
    ("The fund needs $2-3 billion a year.", 3e9, "USD"),
    ("The state approved Rs 1.5 lakh crore for roads.", 1.5e12, "INR"),
    # symbols, codes with written numbers, hyphens
    ("The bank lent Tk 3,200 crore for the bridge.", 3.2e10, "BDT"),
    ("The emirate will send USD three million in relief.", 3e6, "USD"),
    ("Ottawa unveiled a 15-billion-dollar housing plan.", 1.5e10, "USD"),
])
def test_money(extract, text, value, unit):
    assert (round(value, 3), unit) in found(extract, text)


@pytest.mark.parametrize("text,value", [
    ("The two leaders met in two countries last week.", 2),
    ("The minister arrived on a two-day visit to the capital.", 2),
    ("The country has been torn by a seven-year war.", 7),
    ("A 25-year-old man was detained at the checkpoint.", 25),
    ("He spoke to the three envoys about trade.", 3),
    ("The two sides met in one city to speak with one voice.", 1),
    ("The two sides met in one city to speak with one voice.", 2),
    ("She left home with two school friends and slept there for two nights.", 2),
    ("Children aged 5 to 12 years were vaccinated at the clinic.", 5),
    ("Children aged 5 to 12 years were vaccinated at the clinic.", 12),
    ("Support was high among voters 18 to 34 years old.", 18),
    ("By Jane Roe\nMarch 4, 2025 10:15 AM  4 min read\nRescuers searched the rubble.", 4),
])
def test_no_spurious_counts(extract, text, value):
    assert not [a for a in extract(text, "2025-03-04")["amounts"] if a["value"] == value]
