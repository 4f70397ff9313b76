"""An attack forces are poised or about to make is planned, not done; a place open or vulnerable to attack, or
the fear of an invasion, is a danger, not an act (issue 21). Sentences written for this project."""

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
