"""Session 40 regression tests: classes found on the read blind news sets HH and HI (diplomatic disputes; domestic
crises) and on the session's precision judgement, each with sentences written for this project (the names are
invented where a name matters)."""
from doc_helpers import codes, default, run


def _events(out, event):
    return [(codes(e["source"]), codes(e["target"])) for e in default(out, event)]


# -- two people of one country arrested the same day are two acts ------------------------------------------------------

def test_two_arrests_of_different_people_the_same_day_are_two_events(nlp):
    out = run(nlp, "LAGOTA, May 10 (Reuters) - Police in Zambia arrested opposition leader Mwila Banda on Tuesday. "
                   "Later on Tuesday, police also detained party secretary Chanda Phiri outside the high court.",
              published="2023-05-10")
    evs = default(out, "COERCE")
    assert len(evs) == 2
    named = " ".join(t["text"] for e in evs for t in e["target"])
    assert "Mwila Banda" in named and "Chanda Phiri" in named


def test_one_arrest_told_twice_is_still_one_event(nlp):
    out = run(nlp, "Police in Zambia arrested opposition leader Mwila Banda on Tuesday. Banda was detained "
                   "outside his home on Tuesday, his lawyer said.", published="2023-05-10")
    assert len(default(out, "COERCE")) == 1
