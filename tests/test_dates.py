"""Dates: every written form resolved against the publication date, with tense deciding weekdays and yearless days."""

from __future__ import annotations

import pytest


def dates_of(extract, text, published):
    return {d["text"]: (d["value"], d["end"]) for d in extract(text, published)["dates"]}


@pytest.mark.parametrize("text,published,expected", [
    ("The envoy arrived in Geneva on Oct. 22 for talks.", "2025-10-23", {"Oct. 22": ("2025-10-22", None)}),
    ("The summit is scheduled for November 12 in Baku.", "2025-10-23", {"November 12": ("2025-11-12", None)}),
    ("Negotiators met on 21-22 May 2022 in Vienna.", "2022-06-30", {"21-22 May 2022": ("2022-05-21", "2022-05-22")}),
    ("The minister toured Hanoi from August 20-21, 2020.", "2020-08-19",
     {"August 20-21, 2020": ("2020-08-20", "2020-08-21")}),
    ("Last year the two navies held drills.", "2025-10-23", {"Last year": ("2024", None)}),
    ("The parliament will vote next month.", "2025-12-15", {"next month": ("2026-01", None)}),
    ("In 2024, exports of grain doubled.", "2025-10-23", {"2024": ("2024", None)}),
    ("The treaty was signed in March after long talks.", "2025-10-23", {"March": ("2025-03", None)}),
    ("Officials said today that the border stays shut.", "2025-10-23", {"today": ("2025-10-23", None)}),
    ("Rebels shelled the town yesterday.", "2025-10-23", {"yesterday": ("2025-10-22", None)}),
])
def test_absolute_and_relative_forms(extract, text, published, expected):
    found = dates_of(extract, text, published)
    for key, value in expected.items():
        assert found.get(key) == value, found


def test_weekday_past_tense_is_latest_on_or_before_publication(extract):
    # 2025-10-23 is a Thursday: a past "Thursday" is that same day, a past "Monday" three days before
    found = dates_of(extract, "The delegations met on Thursday. The envoy left on Monday.", "2025-10-23")
    assert found["Thursday"][0] == "2025-10-23"
    assert found["Monday"][0] == "2025-10-20"


def test_weekday_future_tense_is_next_such_day(extract):
    found = dates_of(extract, "The foreign ministers will meet on Friday evening in Oslo.", "2025-10-20")
    assert found["Friday evening"][0] == "2025-10-24"


def test_earlier_this_week_is_a_range_up_to_publication(extract):
    found = dates_of(extract, "Earlier this week, the cabinet approved the budget.", "2025-10-23")
    assert found["Earlier this week"] == ("2025-10-20", "2025-10-23")


def test_anniversary_gives_founding_year(extract):
    doc = extract("The visit marked the 33rd anniversary of the establishment of diplomatic relations.",
                  "2025-10-23")
    assert [d["value"] for d in doc["dates"] if "anniversary" in d["text"]] == ["1992"]


def test_yearless_dates_need_a_publication_date(extract):
    doc = extract("Troops withdrew on June 3. The accord of 12 May 2019 still holds.")
    assert [d["value"] for d in doc["dates"]] == ["2019-05-12"]


def test_date_for_span_prefers_the_clause(nlp):
    from communique.ingest.records import make_record
    from communique.pipeline.builder import make_doc
    from communique.pipeline.dates import date_for_span

    text = "The ministers met on Tuesday and agreed that talks would resume in 2026."
    doc = nlp(make_doc(nlp, make_record(text, "<t>", "d", "2025-10-23").to_dict()))
    met = next(t.i for t in doc if t.text == "met")
    resume = next(t.i for t in doc if t.text == "resume")
    assert date_for_span(doc, met, met + 1)["value"] == "2025-10-21"
    assert date_for_span(doc, resume, resume + 1)["value"] == "2026"


def test_reference_article_dates(reference_doc):
    values = {d["text"]: d["value"] for d in reference_doc["dates"]}
    assert values["Oct. 22"] == "2025-10-22"
    assert values["November 12"] == "2025-11-12"
    assert values["Last year"] == "2024"


def test_dateline_date_is_kept_with_original_span(extract):
    text = "CAIRO, March 3, 2024 (Reuters) - Egypt and Sudan signed a water accord on Sunday."
    doc = extract(text, "2024-03-04")
    first = doc["dates"][0]
    assert first["value"] == "2024-03-03" and text[first["span"][0]:first["span"][1]] == "March 3, 2024"


def test_dateline_date_stands_in_for_missing_publication_date(extract):
    doc = extract("OSLO, 12 May 2023 (NTB) - The talks ended yesterday.")
    values = {d["text"]: d["value"] for d in doc["dates"]}
    assert values.get("yesterday") == "2023-05-11"


@pytest.mark.parametrize("text", [
    "MOSCOW, Feb. 30 (Reuters) - Russia signed.",
    "The envoys met on February 30 and again on 31 April; the accord of 30.02.2021 was void.",
    "They met on Feb. 29-30 and again on April 31-32.",
    "CAIRO, 31.04.2024 (Wire) - Egypt signed an accord on Sunday.",
])
def test_impossible_calendar_days_are_not_dates(extract, text):
    doc = extract(text, "2023-03-01")
    assert not any(d["value"] and ("-02-30" in d["value"] or "-04-31" in d["value"]) for d in doc["dates"])
    assert all(ev["date"] is None or len(ev["date"]) in (4, 7, 10) for ev in doc["events"])


def test_feb_29_exists_only_in_leap_years(extract):
    found = dates_of(extract, "The envoy arrived on February 29 for talks.", "2024-03-05")
    assert found["February 29"] == ("2024-02-29", None)
    assert "February 29" not in dates_of(extract, "The envoy arrived on February 29 for talks.", "2023-03-05")


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_relative_dates_at_the_ends_of_the_calendar_are_dropped(extract, published):
    text = ("Rebels attacked yesterday, 999 weeks ago and last month; the minister will arrive tomorrow, "
            "next week and on Friday, the 50th anniversary of the treaty.")
    doc = extract(text, published)
    for d in doc["dates"]:
        assert 1 <= int(d["value"][:4]) <= 9999 and len(d["value"].split("-")[0]) == 4


def test_a_date_never_spans_a_line_break(extract):
    doc = extract("Minsk to host council session on 17 July\n\n15 July 2020, 13:16\n\nThe session was announced "
                  "by the government.", "2020-07-15")
    assert all("\n" not in d["text"] for d in doc["dates"])
    assert {d["text"] for d in doc["dates"]} >= {"17 July", "15 July 2020"}
