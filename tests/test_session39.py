"""Session 39 regression tests: classes found on the session's precision judgement of Guardian events and on the
read blind news sets, each with sentences written for this project (the names are invented where a name matters)."""
from doc_helpers import codes, default, run


def _events(out, event):
    return [(codes(e["source"]), codes(e["target"])) for e in default(out, event)]


# -- a domestic act's side that no words name is shown as its country, not as the verb -------------------------------

def test_an_agentless_arrest_names_the_state_without_borrowing_the_verb(nlp):
    out = run(nlp, "Three opposition activists were detained in Tashkent on Monday.", published="2024-05-15")
    (ev,) = default(out, "COERCE")
    (src,) = ev["source"]
    assert src["code"] == "UZB" and src["name"] == "Uzbekistan"
    assert src["text"] is None and src["span"] is None and src["inferred"] is True


def test_a_domestic_side_named_by_a_noun_keeps_its_words(nlp):
    out = run(nlp, "Belarusian police arrested dozens of protesters on Monday.", published="2024-05-15")
    (ev,) = default(out, "COERCE")
    assert [t["text"] for t in ev["target"]] == ["protesters"]
    assert all(t["span"] for t in ev["target"])
