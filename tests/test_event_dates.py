"""Which date an event takes: its own clause's, else that of the clause it continues, else the story's day;
never the date of another act's clause. Sentences written for these tests."""

from __future__ import annotations

import pytest


def event(doc, trigger):
    # every candidate has its date, in the default view or not ("guards detained": guards of no country)
    # (the act itself, not the AGREE that codes its announcement, dated the day it is made: session 17)
    return next(e for e in doc["events"] + doc["other_events"] if e["trigger"]["text"] == trigger
                and not (e["mode"] or "").startswith("intent to"))


@pytest.mark.parametrize("text,published,trigger,date", [
    # a relative clause's act does not take the main clause's date, nor the main clause the relative's
    ("The rebel group, which attacked an army convoy in Mali, was founded in 2019.", "2024-03-07",
     "attacked", "2024-03-07"),
    ("The Taliban, who have attacked Pakistani posts for years, have grown stronger since the fall of Kabul "
     "in 2021.", "2024-03-07", "attacked", "2024-03-07"),
    # the trigger's own noun under a light verb carries the date ("pay a state visit on April 18-19")
    ("The president of Uzbekistan will pay a state visit to Tajikistan on April 18–19, his office said.",
     "2024-04-17", "pay a state visit", "2024-04-18"),
    # the saying verb dates the act it reports; a conjoined act shares its head's date
    ("On Monday, Russia said it had expelled two Estonian diplomats.", "2023-07-30", "expelled", "2023-07-24"),
    ("Soldiers seized the presidential palace on Wednesday after guards detained the president.", "2023-07-30",
     "detained", "2023-07-26"),
])
def test_event_takes_its_own_clause_date(extract, text, published, trigger, date):
    assert event(extract(text, published), trigger)["date"] == date


def test_date_of_a_clause_about_other_acts_is_not_borrowed(extract):
    doc = extract("The envoy of Pakistan issued a warning to India on Tuesday, threatening it with consequences "
                  "if it joined naval exercises set to start next week.", "2024-03-07")
    warning = event(doc, "issued a warning")
    assert warning["date"] == "2024-03-05" and not warning["planned"]
    assert all(e["date_text"] != "next week" for e in doc["events"] if e["event"] == "THREATEN")


def test_days_after_another_act_is_not_that_acts_day(extract):
    doc = extract("India and China pulled back troops, officials said on Tuesday, days after military commanders "
                  "met in Moldo.", "2020-06-10")
    assert event(doc, "met")["date_text"] != "Tuesday"


def test_period_bound_of_a_conjoined_head_is_not_the_occasions_date(extract):
    doc = extract('"We must finish the new water plan through 2029 and discuss it at the summit of the Nile '
                  'Council in Kampala on 5 June," the Ugandan foreign minister said.', "2024-03-08")
    # (one act: "we" is the minister, and the verb that holds the summit may stand for it)
    ev = next(e for e in doc["events"] + doc["other_events"] if e["trigger"]["text"] in ("summit", "discuss"))
    assert ev["date"] == "2024-06-05"


def test_dateline_day_is_the_date_of_undated_acts(extract):
    doc = extract("DUBAI, June 9, 2023 (Reuters) - Sudan's army and the Rapid Support Forces agreed to a "
                  "ceasefire, mediators said.", "2023-06-10")
    assert event(doc, "agreed")["date"] == "2023-06-09"


def test_dateline_day_far_from_publication_is_not_the_story_day(extract):
    doc = extract("DUBAI, June 9, 2023 (Reuters) - Sudan's army and the Rapid Support Forces agreed to a "
                  "ceasefire, mediators said.", "2023-08-20")
    assert event(doc, "agreed")["date"] == "2023-08-20"


def test_announced_act_takes_its_future_date(extract):
    # (session 17: the agreement is dated the day it was reached, as the news gold dates it; the talks it
    # announces are the planned event of the coming day)
    doc = extract("Iran agreed to hold talks with the IAEA on Monday.", "2021-11-17")
    ev = event(doc, "hold talks")
    assert ev["date"] == "2021-11-22" and ev["planned"]
    assert event(doc, "agreed")["date"] == "2021-11-17"


def test_a_day_later_counts_from_the_shared_date(extract):
    doc = extract("The envoy will land in Baku on Monday and hold talks with the Azerbaijani foreign minister a day "
                  "later, the ministry said.", "2021-11-17")
    ev = event(doc, "hold talks")
    assert ev["date"] == "2021-11-23" and ev["date_text"] == "a day later"


def test_undated_planned_act_continues_the_coming_occasion(extract):
    doc = extract("Armenia will host a session of the regional economic council in Yerevan on 17 July, the "
                  "government said on Monday.\n\nArmenian Prime Minister Nikol Pashinyan said Armenia is getting ready to "
                  "host the Georgian prime minister at the meeting.", "2020-07-15")
    later = [e for e in doc["events"] if e["sentence"] == 1 and e["event"] == "CONSULT"]
    assert later and all(e["planned"] and e["date"] == "2020-07-17" for e in later)


def test_hard_wrapped_sentence_keeps_its_date(extract):
    text = ("On October 2, 2023, in the border town of Isfara, the government\n"
            "delegations of Kyrgyzstan and Tajikistan held a joint meeting on the\n"
            "delimitation of the state border. Following the meeting, the two\n"
            "delegations signed a protocol, the details of which were not\n"
            "disclosed. The leaders of the CIS countries have arrived in Bishkek\n"
            "to participate in the summit of the heads of state on October 13.\n")
    doc = extract(text, "2023-10-13")
    held = next(e for e in doc["events"] if e["trigger"]["text"].startswith("held"))
    assert held["date"] == "2023-10-02" and held["sentence_span"][0] == 0
