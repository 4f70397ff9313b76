"""Distance phrases the parser builds in unusual shapes must never break a document, and a day named rather
than counted ("later that day") moves nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Ghana protested after Togo closed the border later that day, officials said on Monday.",
    "Ghana protested on Monday after Togo closed the border two days later.",
    "After days of talks, Ghana and Togo agreed on Monday to reopen the border.",
    "Ghana recalled its envoy after two days of clashes on the border on Sunday.",
    "Togo had expelled a Ghanaian diplomat after the vote later that week, on Friday.",
])
def test_distance_phrases_never_fail(extract, text):
    doc = extract(text, "2025-10-23")
    assert all(e["date"] is None or len(e["date"]) in (4, 7, 10) for e in doc["events"] + doc["other_events"])


def test_a_day_named_is_not_a_day_counted(extract):
    doc = extract("On Monday, Ghana protested to Togo after Togolese police closed the border later that day.",
                  "2025-10-23")
    assert all(e["date"] in ("2025-10-20", "2025-10-23") for e in doc["events"] + doc["other_events"])


def test_a_past_participles_own_date_is_not_borrowed_by_the_clause_above(extract):
    """"the border agreement signed last year": last year is the signing's, not the discussing's (the
    participle is an act of its own; a scheduling participle's date stays the noun's occasion)."""
    doc = extract("BISHKEK, March 11 - Kyrgyz Foreign Minister Azamat Toktorov held talks with his Tajik "
                  "counterpart Farrukh Saidov in Bishkek on Tuesday.\n\nThe ministers discussed the "
                  "implementation of the border treaty signed last year and agreed to set up a joint commission "
                  "on water use.", published="2025-03-12")
    agree = [e for e in doc["events"] if e["event"] == "AGREE" and e["trigger"]["text"] == "agreed"]
    assert agree and all(e["date"] == "2025-03-11" for e in agree), doc["events"]
