"""An act told without its day in a headline or lead takes the day the article gives the same act later;
a headline's "X to visit Y" is a coming act. Sentences written for these tests."""

from __future__ import annotations


def events_of(doc, trigger):
    return [e for e in doc["events"] + doc["other_events"] if e["trigger"]["text"] == trigger]


def test_headline_infinitive_is_a_planned_act(extract):
    doc = extract("Chilean President Gabriel Boric to visit Argentina for talks on trade.\n\n"
                  "The two governments have been negotiating a new customs accord.", "2024-05-06")
    visit = events_of(doc, "visit")
    assert visit and all(e["planned"] for e in visit)


def test_undated_lead_act_takes_the_day_given_later(extract):
    doc = extract("Chilean President Gabriel Boric to visit Argentina for talks on trade.\n\n"
                  "Officials in Santiago said the customs accord was nearly ready.\n\n"
                  "Boric will pay a state visit to Argentina on Thursday, his office said.", "2024-05-06")
    lead = [e for e in events_of(doc, "visit") if e["event"] == "CONSULT"]
    assert lead and lead[0]["date"] == "2024-05-09"


def test_past_act_takes_the_day_of_the_same_meeting_told_later(extract):
    doc = extract("Greece and Turkey agreed to reopen a border crossing, officials said on Tuesday, days after "
                  "their foreign ministers met.\n\n"
                  "The decision was taken at the meeting of the Greek and Turkish foreign ministers in Ankara "
                  "on Saturday.", "2024-05-08")
    met = [e for e in events_of(doc, "met") if e["event"] == "CONSULT"]
    assert met and met[0]["date"] == "2024-05-04"


def test_a_past_act_is_not_dated_by_a_coming_one(extract):
    doc = extract("Chile's foreign minister visited Argentina, officials said.\n\n"
                  "The foreign minister of Chile will visit Argentina again on Thursday.", "2024-05-06")
    past = [e for e in events_of(doc, "visited") if e["event"] == "CONSULT"]
    assert past and past[0]["date"] == "2024-05-06"


def test_an_infinitive_in_a_full_sentence_is_no_headline(extract):
    doc = extract("The British minister said it was right to provide aid to Syria.", "2024-05-06")
    aid = events_of(doc, "provide")
    assert aid and not any(e["planned"] for e in aid)
