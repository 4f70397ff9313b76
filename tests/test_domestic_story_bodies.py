"""In a story that names one state only, its unnamed bodies ("police", "the army", "the ministry") are that
state's, as a dateline's would be; a story naming two states leaves them unplaced (issue 14, unseen news).
Police firing tear gas is violent repression (CAMEO 175, ASSAULT in CAMEO2PLOVER). Text written for this project."""

from __future__ import annotations


def test_unnamed_bodies_of_a_one_state_story_are_that_states(extract):
    doc = extract("Thousands of nurses went on strike across Zambia on Monday to demand unpaid wages.\n\n"
                  "Police fired tear gas at nurses who marched on the health ministry in Lusaka.")
    ev = next(e for e in doc["events"] if e["event"] == "ASSAULT")
    assert {p["code"] for p in ev["source"]} == {"ZMB"} and ev["cameo"] == "175"


def test_a_two_state_story_leaves_them_unplaced(extract):
    doc = extract("Zambia and Malawi traded accusations over the border on Monday.\n\n"
                  "Police fired tear gas at traders near the crossing.")
    assert not any(e["event"] == "ASSAULT" and {p["code"] for p in e["source"]} & {"ZMB", "MWI"}
                   for e in doc["events"])
