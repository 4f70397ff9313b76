"""General constructions that code an act without an ordinary verb trigger, and the dates they take.
Sentences written for these tests."""

from __future__ import annotations


def codes(side):
    return {x["code"] for x in side}


def of(doc, category):
    return [e for e in doc["events"] if e["event"] == category]


def test_ceasefire_taking_effect_is_the_ceasefire_of_the_sides_that_agreed_it(extract):
    doc = extract("Armenia and Azerbaijan agreed to a truce on Saturday in Geneva. "
                  "The truce will go into effect at midnight on Monday, the mediators said.", "2024-03-09")
    (ev,) = of(doc, "RETREAT")
    assert ev["mode"] == "ceasefire" and ev["date"] == "2024-03-11" and ev["planned"]
    assert codes(ev["source"]) == {"ARM", "AZE"} and codes(ev["target"]) == {"ARM", "AZE"}
    assert not any(e["mode"] and "intent" in e["mode"] for e in doc["events"])  # scheduled, not announced


def test_ceasefire_in_a_relative_clause_takes_the_signers(extract):
    doc = extract("Israel and Hamas signed a ceasefire that is due to take effect on Sunday.", "2024-03-07")
    (ev,) = of(doc, "RETREAT")
    assert ev["date"] == "2024-03-10" and codes(ev["source"]) >= {"ISR"}


def test_sanctions_coming_into_force(extract):
    doc = extract("New European Union sanctions on Iran came into force on Friday.", "2024-03-10")
    (ev,) = of(doc, "SANCTION")
    assert codes(ev["target"]) == {"IRN"} and ev["date"] == "2024-03-08"


def test_taking_effect_needs_an_eventive_noun(extract):
    doc = extract("The new rules of the Russian football league took effect on Monday.", "2024-03-10")
    assert not of(doc, "RETREAT") and not of(doc, "SANCTION")


def test_a_day_shortly_ahead_is_not_a_year_back(extract):
    # the parser hangs the date on "vowed" (past): May 22 two days after publication is the coming one
    doc = extract("Both sides vowed not to seek any military advantage before the truce between Armenia and "
                  "Azerbaijan goes into effect at 9 pm local time [1800 GMT] on May 22.", "2023-05-20")
    assert of(doc, "RETREAT")[0]["date"] == "2023-05-22"


def test_hard_wrapped_text_is_parsed_without_line_breaks(extract):
    from communique.pipeline.builder import make_doc
    from communique.pipeline.runner import _get_nlp

    text = ("ASTANA, March 4. Foreign Minister of Kazakhstan Arman Sultanov and\n"
            "Foreign Minister of Uzbekistan Bakhtiyor Saidov\n"
            "discussed the water sharing of the Syr Darya river and the railway\n"
            "line between the two countries, the ministry reports. The ministers\n"
            "also exchanged views on the regional security situation and on the\n"
            "coming summit of the Central Asian heads of state in Dushanbe.")
    nlp = _get_nlp(None)
    doc = make_doc(nlp, {"id": "w", "text": text, "date": "2024-03-05"})
    assert doc.text.count("\n") == 0 and len(doc.text) == len(text)
    assert doc._.source_text == text  # spans still point into the text as given


def test_dateline_day_dates_the_lead_not_a_later_date(extract):
    doc = extract("ASTANA, March 4. The foreign ministers of Kazakhstan and Uzbekistan discussed the water "
                  "sharing of the Syr Darya river. Their deputies had signed a border treaty on March 1.",
                  "2024-03-05")
    talks = next(e for e in doc["events"] if e["trigger"]["text"] == "discussed")
    assert talks["date"] == "2024-03-04"


def test_unwrap_keeps_offsets_and_leaves_short_lines_alone():
    from communique.pipeline.textprep import unwrap

    page = "News\nMinisters meet in Cairo\nShare\nThe ministers met on Monday.\nThey agreed to talk again."
    assert unwrap(page) == page
    wrapped = ("The president of the republic and the prime minister of the\n" * 6) + "end."
    out = unwrap(wrapped)
    assert len(out) == len(wrapped) and "\n" not in out


def test_expulsions_said_in_other_words(extract):
    doc = extract("Norway on Tuesday declared three Iranian diplomats personae non gratae.", "2024-03-07")
    (ev,) = of(doc, "SANCTION")
    assert codes(ev["source"]) == {"NOR"} and codes(ev["target"]) == {"IRN"}
    doc = extract("Poland ordered Belarusian embassy staff to leave the country within a week.", "2024-03-07")
    (ev,) = of(doc, "SANCTION")
    assert codes(ev["source"]) == {"POL"} and codes(ev["target"]) == {"BLR"}
    # a passive without "by": the country they are expelled from acts
    doc = extract("Ten Chinese diplomats were expelled from Lithuania last week.", "2024-03-07")
    (ev,) = of(doc, "SANCTION")
    assert codes(ev["source"]) == {"LTU"} and codes(ev["target"]) == {"CHN"}


def test_ordering_someone_to_leave_needs_diplomats(extract):
    doc = extract("The police of Serbia ordered the protesters to leave the square.", "2024-03-07")
    assert not of(doc, "SANCTION")


def test_regarding_a_country_as_a_partner_is_praise(extract):
    doc = extract("Mongolia regards Japan as a key economic partner, the minister said.", "2024-03-07")
    (ev,) = of(doc, "SUPPORT")
    assert codes(ev["source"]) == {"MNG"} and codes(ev["target"]) == {"JPN"}


def test_hyphenated_eventive_noun(extract):
    doc = extract("Vietnam protested against the build-up of Chinese troops near the border.", "2024-03-07")
    # the construction is what is tested: a noun inside a protest is a secondary act whose confidence sits near
    # the default threshold, so it is looked for among all candidates
    candidates = doc["events"] + doc.get("other_events", [])
    assert any(e["event"] == "MOBILIZE" and codes(e["source"]) == {"CHN"} for e in candidates)


def test_taking_part_in_a_summit_is_consulting(extract):
    doc = extract("The president of Chile will take part in the ASEAN summit in Jakarta on Friday.", "2024-03-05")
    ev = next(e for e in of(doc, "CONSULT") if e["trigger"]["text"].startswith("take"))
    assert codes(ev["source"]) == {"CHL"} and ev["date"] == "2024-03-08" and ev["planned"]


def test_passive_symmetric_acts_take_their_parties(extract):
    doc = extract("The instruments of ratification were exchanged between Peru and Ecuador in Lima on Monday.",
                  "2024-03-07")
    (ev,) = of(doc, "AGREE")
    assert codes(ev["source"]) | codes(ev["target"]) == {"PER", "ECU"}
    doc = extract("Delegations of Peru and Ecuador met in Lima on Monday. Following the meeting, a protocol "
                  "was signed.", "2024-03-07")
    (ev,) = of(doc, "AGREE")
    assert codes(ev["source"]) | codes(ev["target"]) == {"PER", "ECU"} and ev["date"] == "2024-03-04"


def test_landing_is_a_visit_only_for_a_named_party(extract):
    doc = extract("The foreign minister of Ghana will land in Abuja on Monday.", "2024-03-07")
    assert [codes(e["target"]) for e in of(doc, "CONSULT")] == [{"NGA"}]
    doc = extract("Two rockets fired from Lebanon landed in Haifa on Monday.", "2024-03-07")
    assert not of(doc, "CONSULT")


def test_a_ceasefire_from_a_named_day_begins_that_day(extract):
    doc = extract("Armenia and Azerbaijan have agreed on a ceasefire for 48 hours from 6 a.m. (0200 GMT) on "
                  "Saturday, the mediators said.", "2024-03-09")  # published on a Saturday
    (ev,) = of(doc, "RETREAT")
    assert ev["date"] == "2024-03-09" and codes(ev["source"]) == {"ARM", "AZE"}
    assert any(e["event"] == "AGREE" for e in doc["events"])  # the agreeing is coded too


def test_a_start_phrase_without_a_date_codes_nothing(extract):
    doc = extract("Armenia and Azerbaijan agreed on a ceasefire from the Turkish border to the sea.", "2024-03-09")
    assert not of(doc, "RETREAT")
