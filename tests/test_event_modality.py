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


# -- wishes, conditionals, negations and proposals (issue 21: "X wants Y to ...", "would ... if", "no longer")
def test_wish_is_no_act(extract):
    doc = extract("The French president wants Germany to send troops to Mali.")
    assert not [e for e in doc["events"] if e["event"] in ("MOBILIZE", "AGREE")]
    assert flagged(doc, "MOBILIZE", "hypothetical")


def test_hope_to_is_no_act(extract):
    doc = extract("The Kenyan president hoped to sign a trade deal with Ethiopia.")
    assert not doc["events"]


def test_conditional_would_is_a_threat_not_an_attack(extract):
    doc = extract("The Russian defence minister said Russia would shoot down incoming missiles and attack their "
                  "launching platforms if an American strike hit Russian troops.")
    assert not [e for e in doc["events"] if e["event"] == "ASSAULT"]
    assert [e for e in doc["events"] if e["event"] == "THREATEN"]


def test_would_in_a_relative_clause_is_no_act(extract):
    doc = extract("Egypt supports a peace plan that would allow Palestinian refugees to return to Gaza.")
    assert not [e for e in doc["events"] if e["event"] in ("CONCEDE", "AGREE")]


def test_content_of_a_proposal_or_guarantee_is_no_act(extract):
    doc = extract("Moscow backed a proposal that UN inspectors visit the Iranian facility.")
    assert not [e for e in doc["events"] if e["event"] == "CONSULT"]
    doc = extract("Turkey obtained guarantees that the Syrian air force would not attack Turkish units.")
    assert not [e for e in doc["events"] if e["event"] == "ASSAULT"]


def test_negated_hostile_act_is_flagged(extract):
    doc = extract("Israeli troops did not fire on the protesters in Hebron on Monday.")
    assert not [e for e in doc["events"] if e["event"] == "ASSAULT"]
    assert flagged(doc, "ASSAULT", "negated")


def test_no_longer_negates(extract):
    doc = extract("Ankara no longer demands that the Syrian president be removed from power.")
    assert not [e for e in doc["events"] if e["event"] == "REQUEST"]
    assert flagged(doc, "REQUEST", "negated")


def test_negated_cooperation_stays_a_refusal(extract):
    doc = extract("Hungary did not sign the migration pact with the European Union on Tuesday.")
    assert [e for e in doc["events"] if e["event"] == "REJECT"]


def test_announced_future_act_still_coded(extract):
    doc = extract("Iran said it would withdraw its troops from Syria next month.")
    # (PLOVER manual: "announced ... would withdraw troops" is RETREAT + future, coded CONCEDE)
    assert "CONCEDE" in {e["event"] for e in doc["events"]}
    doc = extract("Japan said it would send $5 million in aid to Nepal next month.")
    assert "AGREE" in {e["event"] for e in doc["events"]}


def test_obligation_needs_someone_who_demands(extract):
    """"X said Y must ..." is a demand; "it is only right that Y should ..." or "believe they will have to ..." is no
    one's demand (issue 21: calls in opinion voice)."""
    doc = extract("The Polish foreign minister said Belarus must release the detained journalists.")
    assert [e for e in doc["events"] if e["event"] == "REQUEST"]
    doc = extract("It is only right that Belarus should release the detained Polish journalists.")
    assert not [e for e in doc["events"] if e["event"] == "REQUEST"]
    doc = extract("The Gulf states believe that they will have to pay for the reconstruction of Yemen.")
    assert not [e for e in doc["events"] if e["event"] == "REQUEST"]
