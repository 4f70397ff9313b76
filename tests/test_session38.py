"""Session 38 regression tests: classes found on the session's blind news sets and blind single-sentence sets,
each with sentences written for this project (the names are invented where a name matters)."""
from doc_helpers import codes, default, run


def _events(out, event):
    return [(codes(e["source"]), codes(e["target"])) for e in default(out, event)]


# -- "gunmen from the Taliban": the subject's own body ----------------------------------------------------------------

def test_fighters_from_a_group_are_that_groups(nlp):
    out = run(nlp, "Fighters from Hamas fired rockets at Israel on Monday.", published="2024-05-15")
    assert ({"PSE"}, {"ISR"}) in _events(out, "ASSAULT")


def test_gunmen_from_a_group_act_as_that_group(nlp):
    out = run(nlp, "Gunmen from the Taliban shot dead a district chief in Helmand province on Monday, police said.",
              published="2024-05-15")
    assert any("AFG" in s for s, _ in _events(out, "ASSAULT"))


def test_troops_withdrawn_from_a_country_are_not_that_countrys(nlp):
    # an object's "from" says where it goes from, not whose it is
    out = run(nlp, "Russia withdrew troops from Syria on Monday.", published="2024-05-15")
    assert all(s == {"RUS"} for s, _ in _events(out, "RETREAT"))
    assert _events(out, "RETREAT")


# -- an act done "in protest" is a protest --------------------------------------------------------------------------

def test_a_blockade_in_protest_is_a_protest_whoever_the_phrase_names(nlp):
    out = run(nlp, "Coffee growers in Colombia blocked the highway between Bogota and Medellin in protest at low "
                   "prices.", published="2024-05-15")
    assert default(out, "PROTEST") and not default(out, "COERCE")


def test_police_blocking_a_road_still_coerce(nlp):
    out = run(nlp, "Police blocked the road to the parliament in Ankara on Tuesday.", published="2024-05-15")
    assert default(out, "COERCE") and not default(out, "PROTEST")


def test_a_recall_in_protest_stays_a_recall(nlp):
    out = run(nlp, "Turkey recalled its ambassador in protest at the resolution.", published="2024-05-15")
    assert default(out, "SANCTION") and not default(out, "PROTEST")


# -- "Two years ago," at the start of a sentence ---------------------------------------------------------------------

def test_a_capitalised_span_ago_dates_the_act(nlp):
    out = run(nlp, "Three days ago, Kenya sent troops to Somalia.", published="2023-04-20")
    assert [e["date"] for e in default(out, "MOBILIZE")] == ["2023-04-17"]


def test_years_ago_at_the_start_gives_the_year_not_the_page_day(nlp):
    out = run(nlp, "Two years ago, Kenya sent troops to Somalia.", published="2023-04-20")
    # (an act two years back is background: kept with its flag, outside the default events)
    assert [e["date"] for e in out["events"] + out["other_events"] if e["event"] == "MOBILIZE"] == ["2021"]
