"""Modality flags (issue 21): acts the text does not assert as having happened are kept in `other_events`
with their flags, never in the default `events`. Sentences written for this project."""

from __future__ import annotations

from communique.pipeline.serialize import DEFAULT_MIN_CONFIDENCE, split_events


def flagged(doc, category, flag):
    return [e for e in doc.get("other_events") or [] if e["event"] == category and flag in e["flags"]]


def test_denied_act_kept_with_flag(extract):
    doc = extract("Russia denied that its troops attacked Ukrainian villages on Sunday.")
    assert not [e for e in doc["events"] if e["event"] == "ASSAULT"]
    assert flagged(doc, "ASSAULT", "denied")


def test_hypothetical_act_kept_with_flag(extract):
    doc = extract("If France sends troops to Mali, Algeria will close its border, the minister said.")
    assert not [e for e in doc["events"] if e["event"] == "MOBILIZE"]
    assert flagged(doc, "MOBILIZE", "hypothetical")


def test_claimed_act_kept_with_flag(extract):
    doc = extract("The Sudanese army claimed to have bombed rebel camps in Chad on Friday.")
    assert not [e for e in doc["events"] if e["event"] == "ASSAULT"]
    assert flagged(doc, "ASSAULT", "claimed")


def test_reportedly_is_a_claim(extract):
    doc = extract("Iranian forces reportedly attacked a Kuwaiti tanker on Monday.")
    assert not [e for e in doc["events"] if e["event"] == "ASSAULT"]
    assert flagged(doc, "ASSAULT", "claimed")


def test_asserted_act_stays_default(extract):
    doc = extract("Iranian forces attacked a Kuwaiti tanker on Monday.")
    assert [e for e in doc["events"] if e["event"] == "ASSAULT"]
    assert all("flags" not in e for e in doc["events"])


def test_split_by_flag_and_threshold():
    evs = [{"event": "AID", "confidence": 0.9, "flags": []},
           {"event": "ASSAULT", "confidence": 0.9, "flags": ["denied"]},
           {"event": "CONSULT", "confidence": DEFAULT_MIN_CONFIDENCE - 0.01, "flags": []}]
    default, other = split_events(evs)
    assert [e["event"] for e in default] == ["AID"] and "flags" not in default[0]
    assert [(e["event"], e["flags"]) for e in other] == [("ASSAULT", ["denied"]), ("CONSULT", ["low confidence"])]


def test_store_counts_default_events_only(tmp_path, extract):
    from communique.store import Store

    doc = extract("Russia denied that its troops attacked Ukrainian villages on Sunday.")
    assert doc["other_events"]
    with Store(tmp_path / "s.duckdb") as st:
        st.add_documents([doc])
        n = st._cursor().execute("SELECT count(*) FROM events").fetchone()[0]
    assert n == len(doc["events"])
