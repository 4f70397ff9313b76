"""Quote speakers: the reporting verb that governs the quote in the parse, a participle's noun, a noun of saying
with its agent, and an indefinite speaker who is someone new (sentences written for these tests)."""

from __future__ import annotations

import pytest


def speaker_of(extract, text, start):
    qs = [q for q in extract(text, "2025-06-02")["quotes"] if q["direct"] and q["text"].startswith(start)]
    assert qs, start
    return (qs[0]["speaker"] or {}).get("name") or ""


@pytest.mark.parametrize("text,start,speaker", [
    # an adverbial clause ('while B said') is B's words, not those of the verb it hangs on
    ("The Journalists Safety Forum called on the authorities to free Rana immediately, while Global Rights Watch "
     "said the arrests were \"part of a pattern of intimidation against the press.\"", "part of a pattern",
     "Global Rights Watch"),
    # the outermost reporting verb speaks: 'X said Y had asked Z to take "..."' is X's report
    ("Velmora protested on Monday. Spokesman Tomas Berg said Velmora had asked Norland to take \"urgent measures\" "
     "to stop the shelling.", "urgent measures", "Tomas Berg"),
    # a verb of saying the quote is the object of ('to convey her "..."'), not an earlier one in another clause
    ("Talks broke down last week after Oslo accused Bern of stalling, and Premier Anika Lund met the Swiss envoy "
     "on Friday to convey her \"profound disappointment.\"", "profound disappointment", "Anika Lund"),
])
def test_the_reporting_verb_that_governs_the_quote_names_the_speaker(extract, text, start, speaker):
    assert speaker in speaker_of(extract, text, start)


def test_a_participle_speaks_for_the_noun_it_modifies(extract):
    text = ("Norland's navy said its patrol boats had turned back. State television later aired a message by a "
            "senior navy commander accusing Norland of \"reckless provocations\" at sea and warning that Norland "
            "would \"regret any further incursion.\"")
    for start in ("reckless provocations", "regret any further"):
        name = speaker_of(extract, text, start)
        assert "navy commander" in name and "Norland" not in name


def test_a_noun_of_saying_names_its_agent(extract):
    text = ("Ireland pledged $20 million in food aid on Tuesday. \"Nobody should go hungry this winter,\" "
            "Development Minister Ciaran Doyle said in a statement.\n\n"
            "The pledge answers an appeal last week by the U.N. envoy for the Sahel, Mirela Dumitru, for donors to "
            "\"stop pretending the crisis is over.\"")
    assert "Mirela Dumitru" in speaker_of(extract, text, "stop pretending")


def test_the_statement_released_by_a_body_keeps_its_issuer(extract):
    text = ("Both armies agreed to pull back from the border towns, the statement released by the African Union "
            "said on Sunday.\n\nThe truce \"shall hold for ten days and may be extended by both sides,\" it said.")
    assert "African Union" in speaker_of(extract, text, "shall hold")


def test_she_in_a_clause_on_the_subjects_verb_is_that_subject(extract):
    text = ("Interior Minister Pavel Dragan defended the police on Monday. \"The officers acted lawfully,\" he said.\n\n"
            "The African Union's human rights envoy condemned what she called a \"brutal and needless crackdown\" "
            "and urged Dragan to free the students.")
    assert "Pavel Dragan" not in speaker_of(extract, text, "brutal and needless")


@pytest.mark.parametrize("text,start,speaker", [
    ("Turkey sent a survey ship to the area last week. Greece on Tuesday rejected the Turkish demand for "
     "\"an immediate halt to all drilling in the area.\"", "an immediate halt", "Turkey"),
    ("The opposition staged protests in Ostrava. Following renewed calls by the Civic Union for \"an early "
     "election\", Prime Minister Jan Hollar met party leaders.", "an early election", "Civic Union"),
])
def test_a_noun_of_saying_names_its_agent_before_or_after_it(extract, text, start, speaker):
    assert speaker in speaker_of(extract, text, start)
