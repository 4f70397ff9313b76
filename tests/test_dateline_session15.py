"""Session 15: dateline formats of real pages the finder missed, and a page time stamp it took for a place.
Texts written for this project."""
import pytest

from communique.pipeline.dateline import find_dateline


def found(text):
    d = find_dateline(text)
    return text[d[0]:d[1]] if d else None


@pytest.mark.parametrize("text, city", [
    ("(MENAFN- Gulf Wire Service (GWS)) DOHA, 3rd March, 2025 (GWS) -- Qatar has brokered a new exchange of "
     "detainees between the two neighbours, the ministry said.", "DOHA"),
    ("Lusaka, Zambia – (June 4, 2025) The Government of Zambia has welcomed the decision of the regional court "
     "on the disputed lake border.", "Lusaka"),
    ("Dar es Salaam. The opposition leader was arraigned at a magistrate's court yesterday and charged with "
     "sedition, his lawyers said.", "Dar es Salaam"),
    ("Press corner > Press release\n\nRabat, 12 May 2025\n\nPage contents: Top | Print friendly pdf\n\n"
     "The Commissioner travelled to Rabat today for talks with the Moroccan government on fisheries and "
     "energy, the Commission said in a statement.", "Rabat"),
])
def test_page_datelines(text, city):
    assert found(text) == city


def test_a_time_stamp_weekday_is_no_place():
    text = ("Border guards fire on smugglers\n\nStaff Reporter, Rangpur\nMon Feb 3, 2025 08:10 PM  Last update "
            "on: Mon Feb 3, 2025 08:40 PM\n\nTwo men were shot dead along the border early today, "
            "local officials said.")
    assert found(text) is None


def test_a_sentence_that_opens_with_a_small_town_and_a_full_stop_is_no_dateline():
    assert found("Karlsruhe. That was where the court sat when the ruling against the ministry came down last "
                 "year, and the judges said so.") is None
