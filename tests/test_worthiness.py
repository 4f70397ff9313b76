"""Event worthiness (issue 21): a candidate is a default event only when a political actor did something the
text asserts; each decision says why. Sentences written for this project."""

from __future__ import annotations

import pytest

from communique.pipeline import worthiness
from communique.pipeline.serialize import NON_DEFAULT_FLAGS


def default(doc, category):
    return [e for e in doc["events"] if e["event"] == category]


def other(doc, category, flag):
    return [e for e in doc["other_events"] if e["event"] == category and flag in e["flags"]]


def test_private_journey_is_no_visit(extract):
    doc = extract("A British teenager travelled to Syria in 2014 and joined a militia there.")
    assert not default(doc, "CONSULT")
    assert other(doc, "CONSULT", worthiness.TRAVEL_ONLY)


def test_official_journey_for_talks_is_a_visit(extract):
    doc = extract("The French foreign minister travelled to Beijing on Monday for talks with Chinese officials.")
    (ev,) = default(doc, "CONSULT")
    assert {p["code"] for p in ev["source"]} == {"FRA"}
    assert any(w.startswith("source:") for w in ev["why"])


def test_passive_permission_is_no_concession(extract):
    doc = extract("Families of the detained fighters should be allowed to return to Australia, the charity said.")
    assert not default(doc, "CONCEDE")
    assert other(doc, "CONCEDE", worthiness.WRONG_PARTY)


def test_active_permission_by_a_state_is_a_concession(extract):
    doc = extract("Turkey allowed Syrian refugees to cross the border on Monday.")
    (ev,) = default(doc, "CONCEDE")
    assert [p["code"] for p in ev["source"]] == ["TUR"]


def test_a_falling_figure_is_no_rejection(extract):
    doc = extract("Attacks on mosques in Britain are declining, according to police figures published on Tuesday.")
    assert not default(doc, "REJECT")
    assert other(doc, "REJECT", worthiness.NOT_POLITICAL)


def test_a_journalist_is_no_political_source(extract):
    doc = extract("A Reuters journalist accused the Egyptian police of lying about the protest in Cairo on Friday.")
    assert not default(doc, "ACCUSE")
    assert other(doc, "ACCUSE", worthiness.NO_POLITICAL_SOURCE)


def test_noun_trigger_needs_its_own_parties(extract):
    doc = extract("Russia vetoed calls for a UN-led investigation into the attack, and its diplomats walked out of "
                  "the council chamber in New York on Monday.")
    assert [e["event"] for e in doc["events"]] == ["REJECT"]  # the veto, not a phone call by Russia
    # (the calls for an inquiry are appeals, session 32; whose, their own phrase does not say)
    assert other(doc, "REQUEST", worthiness.NOUN_PARTIES)


def test_sports_wording_is_no_assault(extract):
    doc = extract("England attacked France relentlessly in the second half of the World Cup match in Paris on "
                  "Saturday, and their striker scored a late goal.")
    assert not default(doc, "ASSAULT")
    assert other(doc, "ASSAULT", worthiness.NOT_POLITICAL)


def test_worthiness_flags_keep_events_out_of_the_default_view():
    assert set(worthiness.FLAGS) <= set(NON_DEFAULT_FLAGS)


def test_one_event_per_category_parties_date_and_kind():
    def ev(conf, trigger, mode="shelling", date="2024-03-04"):
        return {"event": "ASSAULT", "mode": mode, "confidence": conf, "date": date, "flags": [],
                "source": [{"code": "RUS"}], "target": [{"code": "UKR"}],
                "trigger": {"text": trigger, "span": [len(trigger), 2 * len(trigger)]}}
    kept = worthiness.merge_duplicates([ev(0.6, "fired on"), ev(0.9, "shelled"), ev(0.7, "shelled", mode="airstrike"),
                                        ev(0.8, "hit", date="2024-03-05")])
    assert [(e["trigger"]["text"], e["confidence"]) for e in kept] == [("shelled", 0.9), ("hit", 0.8), ("shelled", 0.7)]
    assert kept[0]["evidence"] == [{"text": "fired on", "span": [8, 16]}]


def test_live_blog_codes_only_its_news_sentences(extract):
    doc = extract("Here's what we know so far about the border crisis. The Polish government closed two border "
                  "crossings with Belarus on Tuesday. I think we should ask whether Warsaw will close the remaining "
                  "crossings too? You can follow our coverage as Poland accuses Belarus of staging the crisis.")
    (ev,) = doc["events"]
    assert (ev["event"], [p["code"] for p in ev["target"]]) == ("SANCTION", ["BLR"])
    assert "live blog: a news sentence" in ev["why"]
    assert other(doc, "ACCUSE", worthiness.NOT_NEWS)  # the author's voice ("You can follow ...")


def test_opinion_piece_is_told_by_its_first_person():
    import spacy

    nlp = spacy.blank("en")
    doc = nlp("I remember the day I first met him. I was told by my editor that I should go. My view is simple.")
    assert worthiness.document_genre(doc) == "opinion"
    news = nlp("The minister met his counterpart on Monday. They discussed trade and signed two agreements.")
    assert worthiness.document_genre(news) is None


def test_history_the_article_recalls_is_background(extract):
    doc = extract("Turkey and Greece signed a border treaty on 3 May 1998. The two foreign ministers met in Athens "
                  "on Monday to discuss migration.", "2024-03-06")
    assert not [e for e in doc["events"] if e["event"] == "AGREE" and str(e["date"]).startswith("1998")]
    assert [e for e in doc["other_events"] if worthiness.BACKGROUND in e["flags"]]


def test_calibration_is_a_probability_monotone_in_the_raw_score():
    from communique.pipeline import calibration

    m = calibration.model()
    assert m is not None and list(m["features"]) == list(calibration.MODEL_FEATURES)
    low, high = ({"raw": r, "lead": 1.0, "position": 0.0, "other_countries": 0.0} for r in (0.3, 0.9))
    assert 0 < calibration.calibrate(low) < calibration.calibrate(high) < 1


def test_min_confidence_from_the_environment(monkeypatch):
    from communique.pipeline import serialize

    monkeypatch.setenv(serialize.MIN_CONFIDENCE_ENV, "0.6")
    default, other = serialize.split_events([{"event": "AID", "confidence": 0.5, "flags": []}])
    assert not default and other[0]["flags"] == ["low confidence"]
    monkeypatch.setenv(serialize.MIN_CONFIDENCE_ENV, "2")
    import pytest

    with pytest.raises(ValueError):
        serialize.min_confidence()


def test_a_country_supplied_against_itself_is_no_event(extract):
    doc = extract("Al-Shabaab has lost ground across the region this year. After al-Shabaab fighters were expelled, "
                  "aid workers returned to the valley.")
    assert not default(doc, "COERCE")  # nobody named expelled them: not Somalia against Somalia
    assert other(doc, "COERCE", worthiness.SAME_PARTY)


def test_a_domestic_act_between_named_parties_stays(extract):
    doc = extract("Kenyan police detained dozens of opposition supporters in Nairobi on Wednesday.")
    (ev,) = default(doc, "COERCE")
    assert [p["code"] for p in ev["source"]] == ["KEN"]


def test_same_party_checks():
    def party(actor, code, span=(0, 5)):
        return {"actor": actor, "code": code, "span": list(span) if span else None}
    shoigu = party("a1", "RUS")
    assert worthiness.same_party({"event": "THREATEN", "mode": None, "source": [shoigu], "target": [shoigu]})
    # a ceasefire is coded from each side towards the others, even when one actor names the sides
    assert not worthiness.same_party({"event": "RETREAT", "mode": "ceasefire", "source": [shoigu], "target": [shoigu]})
    # both sides listed on each side of a clash
    two = [party("a1", "RUS"), party("a2", "UKR", (10, 15))]
    assert not worthiness.same_party({"event": "ASSAULT", "mode": "clash", "source": two, "target": two})
    supplied = party(None, "SYR", None)
    assert worthiness.same_party({"event": "ASSAULT", "mode": None, "source": [supplied],
                                  "target": [party(None, "SYR", (20, 25))]})
    # an unnamed attacker coded by the place the sentence names: the unidentified forces of that country
    assert not worthiness.same_party({"event": "ASSAULT", "mode": None, "source": [supplied],
                                      "target": [party(None, "SYR", (20, 25))]}, places={"SYR"})
    assert not worthiness.same_party({"event": "PROTEST", "mode": None, "source": [supplied],
                                      "target": [party(None, "SYR", (20, 25))]})


def test_a_group_named_by_who_its_members_are_is_an_actor_unplaced(extract):
    doc = extract("Jewish settlers set fire to a council building near the river on Tuesday, residents said.")
    (ev,) = default(doc, "COERCE")
    assert [p["text"] for p in ev["source"]] == ["settlers"]
    # a bare role word is no identified actor when nothing places it
    doc = extract("Some fighters set fire to a council building near the river on Tuesday, residents said.")
    assert not default(doc, "COERCE")
    assert other(doc, "COERCE", worthiness.NO_POLITICAL_SOURCE)


def test_a_cleric_is_a_political_actor(extract):
    doc = extract("A senior Shia cleric urged the Iraqi government on Friday to expel all foreign troops.")
    (ev,) = default(doc, "REQUEST")
    assert [p["sector"] for p in ev["source"]] == ["REL"]


def test_a_role_word_subject_keeps_a_domestic_act(extract):
    doc = extract("Police in Lagos arrested forty demonstrators on Monday.")
    (ev,) = default(doc, "COERCE")
    assert {p["code"] for p in ev["source"] + ev["target"]} == {"NGA"}


def test_confidence_model_rebuilds_byte_identically(nlp, tmp_path):
    """scripts/calibrate_confidence.py refits the shipped model from the two news halves: after any change to
    what the pipeline proposes, run it (it prints each half scored by the model fitted on the other)."""
    import importlib.util

    from communique.pipeline import calibration
    from conftest import ROOT, SHARED

    halves = [SHARED / "corpus" / h for h in ("news_dev.jsonl", "news_dev2.jsonl")]
    if not all(h.exists() for h in halves):
        pytest.skip("the news development halves are not available")
    spec = importlib.util.spec_from_file_location("calibrate_confidence", ROOT / "scripts" / "calibrate_confidence.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    out = tmp_path / "confidence_model.json"
    script.main(["--data", str(SHARED / "corpus"), "--out", str(out)], nlp=nlp)
    assert out.read_bytes() == calibration.MODEL.read_bytes(), \
        "the shipped confidence model is not what scripts/calibrate_confidence.py fits now: refit it"
    assert nlp.get_pipe("communique_worthiness").calibrated  # the shared pipeline calibrates again
