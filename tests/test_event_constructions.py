"""General constructions that code an act without an ordinary verb trigger, and the dates they take.
Sentences written for these tests."""

from __future__ import annotations


def codes(side):
    return {x["code"] for x in side}


def of(doc, category):
    return [e for e in doc["events"] if e["event"] == category]


def test_ceasefire_taking_effect_is_the_ceasefire_of_the_sides_that_agreed_it(extract):
    doc = extract("Armenia and Azerbaijan agreed to a truce on Saturday in Geneva. "
                  "The truce will go into effect at midnight on Monday, the mediators said.", "2024-03-09")
    (ev,) = of(doc, "RETREAT")
    assert ev["mode"] == "ceasefire" and ev["date"] == "2024-03-11" and ev["planned"]
    assert codes(ev["source"]) == {"ARM", "AZE"} and codes(ev["target"]) == {"ARM", "AZE"}
    assert not any(e["mode"] and "intent" in e["mode"] for e in doc["events"])  # scheduled, not announced


def test_ceasefire_in_a_relative_clause_takes_the_signers(extract):
    doc = extract("Israel and Hamas signed a ceasefire that is due to take effect on Sunday.", "2024-03-07")
    (ev,) = of(doc, "RETREAT")
    assert ev["date"] == "2024-03-10" and codes(ev["source"]) >= {"ISR"}


def test_sanctions_coming_into_force(extract):
    doc = extract("New European Union sanctions on Iran came into force on Friday.", "2024-03-10")
    (ev,) = of(doc, "SANCTION")
    assert codes(ev["target"]) == {"IRN"} and ev["date"] == "2024-03-08"


def test_taking_effect_needs_an_eventive_noun(extract):
    doc = extract("The new rules of the Russian football league took effect on Monday.", "2024-03-10")
    assert not of(doc, "RETREAT") and not of(doc, "SANCTION")


def test_a_day_shortly_ahead_is_not_a_year_back(extract):
    # the parser hangs the date on "vowed" (past): May 22 two days after publication is the coming one
    doc = extract("Both sides vowed not to seek any military advantage before the truce between Armenia and "
                  "Azerbaijan goes into effect at 9 pm local time [1800 GMT] on May 22.", "2023-05-20")
    assert of(doc, "RETREAT")[0]["date"] == "2023-05-22"
