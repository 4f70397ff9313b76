"""Classes found by news-style stories written for this project (session 12): "the leaders of X, Y and Z" are
all three; "Latin American" and "South American" are regions, not the United States; a promise to respond or
retaliate is a threat; a purpose with no party in it ("a loan to support health programmes") is no support
(issue 14); a minister named after his ministry, or a spokesperson after the body, takes its country; an act
labelled "regrettable", "illegal" or "a provocation" is criticised; what a party calls for is asked, not done; jets
scrambled are forces on alert. Text written for this project."""

from __future__ import annotations


def codes(side):
    return {p.get("code") for p in side}


def top(doc):
    return max(doc["events"], key=lambda e: e["confidence"]) if doc["events"] else None


def test_every_state_listed_after_of_takes_part(extract):
    ev = top(extract("The presidents of Chile, Peru and Bolivia met in Lima on Friday."))
    assert ev and ev["event"] == "CONSULT" and codes(ev["source"]) == {"CHL", "PER", "BOL"}


def test_americas_regions_are_not_the_united_states(extract):
    doc = extract("Latin American foreign ministers met in Bogota to discuss migration.")
    assert all("USA" not in codes(e["source"]) for e in doc["events"] + doc["other_events"])
    ev = top(extract("American troops left northern Syria."))
    assert ev and codes(ev["source"]) == {"USA"}


def test_a_promise_to_respond_is_a_threat(extract):
    for text in ("Beijing condemned the sanctions and promised to respond.", "Tehran vowed to retaliate."):
        ev = top(extract(text))
        assert ev and "THREATEN" in {e["event"] for e in extract(text)["events"]}, text


def test_a_purpose_with_no_party_in_it_is_no_support(extract):
    doc = extract("The Asian Development Bank approved a $200 million loan to Laos to support rural health programmes.")
    assert [e["event"] for e in doc["events"]] == ["AID"], doc["events"]
    doc = extract("Russia sent military advisers to support the Malian junta.")
    assert "SUPPORT" in {e["event"] for e in doc["events"] + doc["other_events"]}


def test_a_named_minister_takes_the_country_of_his_ministry_named_before_him(extract):
    doc = extract("Latvia expelled a Belarusian diplomat on Monday, the Latvian foreign ministry said.\n\n"
                  "Foreign Minister Baiba Braze said the diplomat had tried to recruit informants.")
    a = next(a for a in doc["actors"] if a["name"] == "Baiba Braze")
    assert a["code"] == "LVA"


def test_a_bodys_spokesperson_takes_the_country_of_that_body_named_before(extract):
    doc = extract("Mali accused Algeria of harbouring rebels. Algeria's government denied the claim. "
                  "\"We harbour no one,\" government spokesman Karim Benali said.")
    a = next(a for a in doc["actors"] if a["name"] == "Karim Benali")
    assert a["code"] == "DZA"


def test_a_response_announced_is_a_threat_a_response_to_a_letter_is_not(extract):
    doc = extract("Belarus rejected the sanctions and said Minsk would respond in kind.")
    assert "THREATEN" in {e["event"] for e in doc["events"]}
    doc = extract("The Belarusian ministry will respond to the letter next week.")
    assert "THREATEN" not in {e["event"] for e in doc["events"] + doc["other_events"]}


def test_labelling_an_act_in_words_of_condemnation_is_criticism(extract):
    for text in ("Chile's foreign ministry called the decision regrettable.",
                 "Beijing described the sanctions as illegal.",
                 "Seoul called the drills a provocation."):
        doc = extract(text)
        assert "ACCUSE" in {e["event"] for e in doc["events"]}, (text, doc["events"])
    assert top(extract("The Chilean president called the meeting productive.")) is None


def test_what_a_party_calls_for_is_asked_not_done(extract):
    doc = extract("The Lithuanian president called for new sanctions on Minsk.")
    assert "SANCTION" not in {e["event"] for e in doc["events"]}, doc["events"]
    assert "REQUEST" in {e["event"] for e in doc["events"]}


def test_an_ambassador_recalled_for_consultations_is_no_consultation(extract):
    doc = extract("Morocco recalled its ambassador to Tunisia for consultations on Friday.", published="2025-05-05")
    assert [e["event"] for e in doc["events"]] == ["SANCTION"], doc["events"]
    assert doc["events"][0]["date"] == "2025-05-02"


def test_fighter_jets_scrambled_are_forces_put_on_alert(extract):
    doc = extract("Romania scrambled two fighter jets on Sunday.")
    assert "MOBILIZE" in {e["event"] for e in doc["events"]}
