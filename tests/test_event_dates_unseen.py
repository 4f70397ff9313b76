"""Dates in forms news uses that the development articles rarely show: weekends, mid-month, day ranges in words,
ordinal days, "two days later" / "the day before" counted from the story's last day, present-tense schedules,
and a verb's tense seen through "tried to" / "sought to". Every relative form resolves against the publication
date (or the dateline's day). Paragraphs written for these tests; 2025-10-23 is a Thursday."""

from __future__ import annotations

import pytest

PUB = "2025-10-23"


def dates_of(doc):
    return {d["text"]: (d["value"], d["end"]) for d in doc["dates"]}


def event(doc, trigger):
    # (the act itself, not the AGREE that codes its announcement, dated the day it is made: session 17)
    return next(e for e in doc["events"] + doc["other_events"] if e["trigger"]["text"] == trigger
                and not (e["mode"] or "").startswith("intent to"))


@pytest.mark.parametrize("text,key,value", [
    # a past weekend is the latest one on or before publication, a coming one the next
    ("Ghana sent troops to the northern border over the weekend.", "over the weekend", ("2025-10-18", "2025-10-19")),
    ("The two presidents met in Lome at the weekend.", "at the weekend", ("2025-10-18", "2025-10-19")),
    ("The two presidents will meet in Lome at the weekend.", "at the weekend", ("2025-10-25", "2025-10-26")),
    ("Police dispersed the marchers this past weekend.", "this past weekend", ("2025-10-18", "2025-10-19")),
    # "this week": up to the story's day for a past act, from it for a coming one
    ("The cabinet approved the budget this week.", "this week", ("2025-10-20", "2025-10-23")),
    ("The cabinet will approve the budget this week.", "this week", ("2025-10-23", "2025-10-26")),
    ("Fighting flared in the border region in mid-September.", "September", ("2025-09", None)),
    ("Ghana recalled its envoy a fortnight ago.", "a fortnight ago", ("2025-10-09", None)),
    # ranges of days in words
    ("The summit will be held in Accra from 12 to 14 November.", "12 to 14 November", ("2025-11-12", "2025-11-14")),
    ("Delegates met in Accra between 6 and 8 October.", "6 and 8 October", ("2025-10-06", "2025-10-08")),
    ("The negotiations ran from October 6 to 8 in Accra.", "October 6 to 8", ("2025-10-06", "2025-10-08")),
    # an ordinal day alone: of the month the tense points to
    ("Ghana signed the accord with Togo on the 20th.", "the 20th", ("2025-10-20", None)),
    ("Ghana will sign the accord with Togo on the 28th.", "the 28th", ("2025-10-28", None)),
    ("Ghana signed the accord with Togo on the 27th, officials said.", "the 27th", ("2025-09-27", None)),
    ("Ghana will sign the accord on the 5th of next month.", "the 5th of next month", ("2025-11-05", None)),
    # a day just gone in a future clause (a plan reported late) is that day, not next year's
    ("Talks between the two sides will begin on Oct. 20.", "Oct. 20", ("2025-10-20", None)),
    ("Police detained the opposition leader last night.", "last night", ("2025-10-22", None)),
    ("Police detained the opposition leader this morning.", "this morning", ("2025-10-23", None)),
    ("Police detained the opposition leader the day before yesterday.", "the day before yesterday",
     ("2025-10-21", None)),
    ("Police detained the opposition leader on Tuesday last week.", "Tuesday last week", ("2025-10-14", None)),
    ("Police detained dozens of protesters in the past week.", "the past week", ("2025-10-17", "2025-10-23")),
    ("Police detained the opposition leader on 10/21/2025.", "10/21/2025", ("2025-10-21", None)),
    # the saying verb's own tense, not the planned visit's words before it
    ("The president is expected to visit Lome next month, officials said on Tuesday.", "Tuesday",
     ("2025-10-21", None)),
])
def test_relative_forms_resolve_against_publication(extract, text, key, value):
    found = dates_of(extract(text, PUB))
    assert found.get(key) == value, found


def test_an_ordinal_before_a_noun_is_no_date(extract):
    doc = extract("In the 20th century Ghana signed many border accords with Togo.", PUB)
    assert not any("20th" in d["text"] for d in doc["dates"])


def test_a_range_joined_by_and_needs_a_month_next_to_it(extract):
    doc = extract("Rebels attacked the town on March 3 and 10 people died.", PUB)
    assert dates_of(doc).get("March 3") == ("2025-03-03", None)


@pytest.mark.parametrize("text,trigger,date", [
    # a present-tense schedule in body prose is a coming day
    ("Ghana's foreign minister travels to Lome on Monday for talks with his Togolese counterpart.", "travels",
     "2025-10-27"),
    # a weekday in a past clause: the latest such day on or before publication (today included)
    ("Ghana's foreign minister visited Lome on Thursday.", "visited", "2025-10-23"),
    ("Ghana's foreign minister visited Lome on Friday.", "visited", "2025-10-17"),
    # in a future clause: the next such day
    ("Ghana's foreign minister will visit Lome on Wednesday.", "visit", "2025-10-29"),
    # the tense of "tried to" / "sought to" is the trying's, not a plan's
    ("Togolese police tried to arrest the opposition leader on Wednesday.", "arrest", "2025-10-22"),
    ("Ghana sought to mediate between the two factions over the weekend.", "mediate", "2025-10-18"),
])
def test_weekday_follows_the_clause_tense(extract, text, trigger, date):
    assert event(extract(text, PUB), trigger)["date"] == date


def test_a_headline_in_the_present_tells_a_past_act(extract):
    doc = extract("Ghana and Togo sign border accord on Tuesday\n\nGhana and Togo signed a border accord, officials "
                  "said.", PUB)
    assert event(doc, "sign border accord")["date"] == "2025-10-21"


def test_a_plural_subject_with_an_ambiguous_past_stays_past(extract):
    doc = extract("Ghanaian troops hit rebel positions near the border on Monday.", PUB)
    assert dates_of(doc)["Monday"] == ("2025-10-20", None)


@pytest.mark.parametrize("second,trigger,date", [
    ("Two days later, Ghana expelled a Togolese diplomat.", "expelled", "2025-10-22"),
    ("The next day, Ghana expelled a Togolese diplomat.", "expelled", "2025-10-21"),
    ("Ghana expelled a Togolese diplomat the following day.", "expelled", "2025-10-21"),
    ("On the same day, Ghana expelled a Togolese diplomat.", "expelled", "2025-10-20"),
])
def test_later_acts_count_on_from_the_storys_last_day(extract, second, trigger, date):
    doc = extract("The foreign ministers of Ghana and Togo met in Accra on Monday.\n\n" + second, PUB)
    assert event(doc, trigger)["date"] == date


def test_the_day_before_counts_back_from_the_storys_last_day(extract):
    doc = extract("Ghana expelled a Togolese diplomat on Wednesday.\n\nThe day before, Togolese police had arrested "
                  "two Ghanaian traders.", PUB)
    ev = event(doc, "arrested")
    assert ev["date"] == "2025-10-21" and ev["date_text"] == "The day before"


def test_the_day_before_another_act_is_not_a_shift(extract):
    doc = extract("Ghana expelled a Togolese diplomat on Wednesday, the day before the vote.", PUB)
    assert event(doc, "expelled")["date"] == "2025-10-22"


@pytest.mark.parametrize("text,trigger,date", [
    # a period with both ends on the act's own verb: the act begins on the first day
    ("Delegates of Ghana and Togo met in Accra from Oct. 6 to Oct. 8.", "met", "2025-10-06"),
    ("Delegates of Ghana and Togo met in Accra between 6 and 8 October.", "met", "2025-10-06"),
])
def test_an_act_over_a_period_takes_its_first_day(extract, text, trigger, date):
    assert event(extract(text, PUB), trigger)["date"] == date


def test_a_truce_period_is_not_the_agreeing_day(extract):
    doc = extract("On Tuesday, Ghana and Togo agreed on a truce from Friday to Sunday.", PUB)
    assert event(doc, "agreed")["date"] == "2025-10-21"


def test_a_day_after_hanging_on_its_unit_counts_back(extract):
    # the parser hangs "after" on "day", not on the clause it introduces
    doc = extract("Ghana expelled Togo's ambassador on Thursday, a day after gunmen it said came from Togo attacked a "
                  "police post.", PUB)
    assert event(doc, "attacked")["date"] == "2025-10-22"


def test_a_shift_counts_from_the_last_day_told_however_long_ago(extract):
    doc = extract("The border was closed after Ugandan troops crossed into Kenya on Aug. 12.\n\nKenya recalled its "
                  "ambassador from Uganda three days later.", PUB)
    assert event(doc, "recalled")["date"] == "2025-08-15"


def test_a_shift_never_puts_a_past_act_after_the_story(extract):
    doc = extract("Ghana's president will visit Lome on Tuesday.\n\nA week later, Ghana expelled a Togolese "
                  "diplomat.", PUB)
    assert event(doc, "expelled")["date"] <= PUB


def test_an_occasion_the_act_comes_before_does_not_date_it(extract):
    doc = extract("Ghana deployed troops to the north ahead of Saturday's election.", PUB)
    assert dates_of(doc)["Saturday"] == ("2025-10-25", None)
    ev = event(doc, "deployed")
    assert ev["date"] == PUB and not ev["planned"]


def test_next_to_a_place_is_no_future(extract):
    doc = extract("Witnesses said the clash took place in a village next to the border in September.", PUB)
    assert dates_of(doc)["September"] == ("2025-09", None)


def test_a_weekday_in_the_dateline_is_the_story_day(extract):
    doc = extract("TOKYO, Wednesday (Kyodo) - Japan protested to China over the incursion of its coast guard ships.",
                  PUB)
    assert event(doc, "protested")["date"] == "2025-10-22"


def test_the_day_set_for_another_occasion_does_not_date_the_act(extract):
    doc = extract("The talks, scheduled for Monday, were postponed after Togo withdrew its delegation.", PUB)
    ev = event(doc, "withdrew")
    assert ev["date"] == PUB and not ev["planned"]


def test_the_day_set_for_the_act_itself_dates_it(extract):
    doc = extract("Ghana's foreign minister discussed the upcoming visit of the Togolese president, scheduled for "
                  "November 12.", PUB)
    assert any(e["date"] == "2025-11-12" for e in doc["events"] + doc["other_events"] if e["event"] == "CONSULT")


def test_a_past_act_beside_a_coming_one_does_not_take_its_day(extract):
    doc = extract("Ghana's foreign minister is expected to hold talks with Togolese officials in Lome on Tuesday, "
                  "after Ghana placed conditions on Togo for the reopening of the border.", PUB)
    assert event(doc, "hold talks")["date"] == "2025-10-28"
    placed = event(doc, "placed")
    assert placed["date"] <= PUB and not placed["planned"]


@pytest.mark.parametrize("text,key,value", [
    # a date naming a noun's occasion: past in a past clause, else the nearest, coming when the phrase says so
    ("Ghana condemned Sunday's attack on its embassy in Lome.", "Sunday", ("2025-10-19", None)),
    ("The deal would free hostages seized during the Oct. 7 raid on the border town.", "Oct. 7",
     ("2025-10-07", None)),
    ("Ghana sent extra police to the north ahead of Saturday's vote.", "Saturday", ("2025-10-25", None)),
    # a governing clause's verb is no plan word ("had set terms ... but at a briefing on Wednesday said")
    ("Ghana had set conditions for the talks, but at a briefing on Wednesday its minister said they were "
     "dropped.", "Wednesday", ("2025-10-22", None)),
])
def test_the_tense_that_resolves_a_date(extract, text, key, value):
    assert dates_of(extract(text, PUB)).get(key) == value


@pytest.mark.parametrize("second,date", [
    ("The same day, Kenya recalled its ambassador from Uganda.", "2025-08-12"),
    ("Kenya recalled its ambassador from Uganda that night.", "2025-08-12"),
    ("The next morning, Kenya recalled its ambassador from Uganda.", "2025-08-13"),
    ("The following week, Kenya recalled its ambassador from Uganda.", "2025-08-19"),
])
def test_that_day_is_the_last_day_told(extract, second, date):
    doc = extract("Ugandan troops crossed into Kenya on Aug. 12.\n\n" + second, PUB)
    assert event(doc, "recalled")["date"] == date


@pytest.mark.parametrize("text,trigger,date", [
    ("Ghana's president met Togo's prime minister, a day after arriving in Lome on Tuesday.", "met", "2025-10-22"),
    ("Ghana recalled its ambassador from Togo two days after the vote on Sunday.", "recalled", "2025-10-21"),
    ("Ghana recalled its ambassador from Togo on Wednesday, two days after the vote.", "recalled", "2025-10-22"),
])
def test_n_days_after_a_dated_occasion(extract, text, trigger, date):
    assert event(extract(text, PUB), trigger)["date"] == date


def test_an_earlier_act_does_not_date_the_lead(extract):
    doc = extract("ASTANA - Kazakh Foreign Minister Murat Nurtleu met with Uzbek Foreign Minister Bakhtiyor Saidov, "
                  "the ministry said.\n\nEarlier, on October 15, Nurtleu visited Tashkent.", PUB)
    assert event(doc, "met")["date"] == PUB


def test_an_earlier_act_in_the_next_paragraph_is_not_the_leads_day(extract):
    doc = extract("ASTANA - Kazakh Foreign Minister Murat Nurtleu met with Uzbek Foreign Minister Bakhtiyor Saidov, "
                  "the ministry said.\n\nEarlier, on October 20, Nurtleu visited Bishkek.", PUB)
    assert event(doc, "met")["date"] == PUB


def test_a_day_counted_from_the_datelines_day(extract):
    # (the page is dated two days after the dateline: the next day is still before it)
    doc = extract("CAIRO, March 3, 2024 (Reuters) - Egypt expelled a Sudanese diplomat.\n\nThe next day, Egypt "
                  "recalled its envoy from Khartoum.", "2024-03-05")
    assert event(doc, "recalled")["date"] == "2024-03-04"
    # the lead's act is dated by the dateline's words, not by the later act of the same kind
    expelled = event(doc, "expelled")
    assert expelled["date"] == "2024-03-03" and expelled["date_text"] == "March 3, 2024"


@pytest.mark.parametrize("text,key,value", [
    # an open start is not behind the decision that sets it
    ("On Wednesday, Ghana and Togo agreed on a truce from 6 a.m. on Saturday.", "Saturday", ("2025-10-25", None)),
    # a period with its end named keeps the clause's tense
    ("Trade between Ghana and Togo grew from January through March, officials said.", "January", ("2025-01", None)),
])
def test_a_start_of_validity(extract, text, key, value):
    assert dates_of(extract(text, PUB)).get(key) == value
