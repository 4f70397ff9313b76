"""Classes found in two blind sets of written news (session 14, issues 14 and 21): military ranks written
as abbreviations ("Lt. Col.") split the title from the name; a rank is not the office ("Defence Minister Gen.
X" is a defence minister); "army spokesman" is of the army's sector; Korean given names joined by a hyphen
("Min-jun") are one name. Text written for this project."""

from __future__ import annotations


def codes(side):
    return {p.get("code") for p in side}


def kinds(doc):
    return {e["event"] for e in doc["events"]}


def person(doc, name):
    return next((a for a in doc["actors"] if a["name"] == name), None)


def test_a_rank_abbreviation_keeps_the_name_whole(extract):
    doc = extract("A Thai army spokesman, Lt. Col. Somchai Rattanakorn, accused Cambodian troops of laying mines.")
    a = person(doc, "Somchai Rattanakorn")
    assert a is not None and a["code"] == "THA", doc["actors"]
    assert "lt." not in (a["role"] or "") and "spokesperson" in a["role"]


def test_the_office_not_the_rank_is_the_role(extract):
    doc = extract("The exercises were announced by the Peruvian defence ministry.\n\n"
                  "Defence Minister Gen. Walter Quispe Mamani said the troops were ready.")
    a = person(doc, "Walter Quispe Mamani")
    assert a is not None and a["role"] == "defence minister" and a["code"] == "PER", doc["actors"]


def test_a_body_spokesman_is_of_the_body_sector(extract):
    doc = extract("A Kenyan police spokesman, Moses Otieno Kariuki, said officers had arrested 40 protesters.")
    a = person(doc, "Moses Otieno Kariuki")
    assert a is not None and a["sector"] == "COP", doc["actors"]


def test_a_hyphenated_korean_given_name_is_one_name(extract):
    doc = extract("South Korea's deputy foreign minister Yoon Seo-jin met Japanese officials in Tokyo on Monday.")
    assert person(doc, "Yoon Seo-jin") is not None, doc["actors"]
