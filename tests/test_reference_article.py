"""The reference article (bundled as the demo fixture) yields the facts issue 2 lists, each asserted."""

from __future__ import annotations


def _actor(doc, surname):
    return next(a for a in doc["actors"] if a["name"] and surname in a["name"])


def _events(doc, category, mode=None):
    return [e for e in doc["events"] if e["event"] == category and (mode is None or e["mode"] == mode)]


def test_dateline_and_publication(reference_doc):
    assert reference_doc["dateline"]["text"] == "ALMATY"
    assert reference_doc["published"] == "2025-10-23"


def test_visit_event(reference_doc):
    visits = [e for e in _events(reference_doc, "CONSULT", "visit") if not e["planned"]]
    assert visits, reference_doc["events"]
    e = visits[0]
    assert e["cameo"] == "042" and e["quad"] == "verbal cooperation"
    assert any(s["code"] == "KAZ" and s["sector"] == "GOV" and "Kosherbayev" in (s["name"] or "") for s in e["source"])
    assert {t["code"] for t in e["target"]} == {"RUS"}
    assert e["date"] == "2025-10-22" and e["date_text"] == "Oct. 22"


def test_planned_state_visit(reference_doc):
    planned = [e for e in _events(reference_doc, "CONSULT", "visit") if e["planned"]]
    assert planned
    e = planned[0]
    assert any("Tokayev" in (s["name"] or "") and s["code"] == "KAZ" for s in e["source"])
    assert {t["code"] for t in e["target"]} == {"RUS"}
    assert e["date"] == "2025-11-12"


def test_people_resolved(reference_doc):
    lavrov = _actor(reference_doc, "Lavrov")
    assert (lavrov["code"], lavrov["kind"], lavrov["sector"]) == ("RUS", "person", "GOV")
    kosh = _actor(reference_doc, "Kosherbayev")
    assert (kosh["code"], kosh["role"]) == ("KAZ", "foreign minister")
    assert len(kosh["mentions"]) >= 3  # the full mention and the later bare surnames


def test_quotes_attributed(reference_doc):
    ids = {a["name"]: a["id"] for a in reference_doc["actors"]}
    kosh, lavrov = ids["Yermek Kosherbayev"], ids["Sergey Lavrov"]
    by_start = {q["text"][:20]: q for q in reference_doc["quotes"]}
    for opening in ("Trust-based contacts", "In 2024, our mutual "):
        q = by_start[opening]
        assert q["direct"] and q["speaker"]["actor"] == kosh
    joint = by_start["The agreements we re"]
    assert set(joint["speaker"]["actors"]) == {kosh, lavrov}


def test_amounts(reference_doc):
    amounts = {a["value"]: a for a in reference_doc["amounts"] if a["unit"] == "USD"}
    trade = amounts[28e9]
    assert "trade" in trade["about"] and trade["year"] == 2024 and trade["qualifier"] == "exceeded"
    assert amounts[30e9]["qualifier"] == "target"
    invest = amounts[4e9]
    assert "investment" in invest["about"] and invest["year"] == 2024


def test_organisations(reference_doc):
    igos = {a["org"]: a for a in reference_doc["actors"] if a["kind"] == "org"}
    for acronym in ("CIS", "EAEU", "CSTO"):
        assert igos[acronym]["code"] == "IGO"


def test_spans_point_at_their_text(reference_doc):
    from tests.conftest import REFERENCE

    text = REFERENCE.read_text(encoding="utf-8")
    for e in reference_doc["events"]:
        s, t = e["trigger"]["span"]
        assert text[s:t] == e["trigger"]["text"]
    for a in reference_doc["actors"]:
        for s, t in a["mentions"]:
            assert text[s:t].strip()
