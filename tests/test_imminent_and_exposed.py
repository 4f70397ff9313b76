"""An attack forces are poised or about to make is planned, not done; a place open or vulnerable to attack, or
the fear of an invasion, is a danger, not an act; what a party said it would do is planned (issue 21).
Sentences written for this project."""

from __future__ import annotations


def test_an_act_forces_are_poised_or_about_to_make_is_planned(extract):
    for text in ("Ethiopian troops are poised to storm the Tigrayan capital.",
                 "Azerbaijani forces were about to attack the town of Shusha, officials said."):
        doc = extract(text)
        acts = [e for e in doc["events"] + doc["other_events"] if e["event"] in ("ASSAULT", "MOBILIZE", "COERCE")]
        assert acts and all(e["planned"] for e in acts), (text, acts)


def test_a_danger_of_attack_is_no_attack(extract):
    for text in ("The border villages remain open to Serbian assault, the mayor warned.",
                 "Residents of Aden fear a Houthi invasion.",
                 "The northern towns are vulnerable to attack by Boko Haram."):
        doc = extract(text)
        assert "ASSAULT" not in {e["event"] for e in doc["events"]}, (text, doc["events"])


def test_the_future_of_a_reported_statement_is_planned(extract):
    doc = extract("Hungary said it would send border guards to North Macedonia.")
    acts = [e for e in doc["events"] + doc["other_events"] if e["event"] == "MOBILIZE"]
    assert acts and all(e["planned"] for e in acts)
    doc = extract("Canada said it would expel the Indian diplomats if the inquiry confirmed the allegations.")
    assert not [e for e in doc["events"] if e["planned"] and e["event"] == "SANCTION"]
