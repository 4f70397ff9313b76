"""Session 15 (lead): a body's office word alone points back to the body whose own name carries it. Texts written
for this project."""
import pytest

from communique.pipeline import builder
from communique.pipeline.serialize import to_json


def test_the_council_and_the_court_are_the_bodies_named_before(nlp):
    text = ("The UN Security Council on Friday extended the mandate of its mission in South Sudan.\n\n"
            "The Council strongly condemned the attacks on peacekeepers in Juba.\n\n"
            "The International Court of Justice ruled on Monday. The Court ordered Azerbaijan to allow passage.")
    out = to_json(nlp(builder.make_doc(nlp, {"id": "t", "text": text, "published": "2025-03-14"})))
    events = {e["trigger"]["text"]: e for e in out["events"] + out["other_events"]}
    assert [a["code"] for a in events["condemned"]["source"]] == ["IGO"]
    assert [a["code"] for a in events["ordered"]["source"]] == ["IGO"]


@pytest.mark.parametrize("text, code", [
    ("Türkiye rejected the claim on Monday.", "TUR"),
    ("Côte d'Ivoire recalled its ambassador on Monday.", "CIV"),
])
def test_country_names_written_with_accents(nlp, text, code):
    out = to_json(nlp(builder.make_doc(nlp, {"id": "t", "text": text, "published": "2025-03-14"})))
    assert code in {a["code"] for a in out["actors"]}


def test_a_big_city_dateline_places_the_police(nlp):
    text = ("Lagos. The opposition chairman was charged with treason yesterday.\n\nPolice fired teargas to disperse "
            "hundreds of opposition supporters who had gathered outside the court building.")
    out = to_json(nlp(builder.make_doc(nlp, {"id": "t", "text": text, "published": "2025-04-11"})))
    ev = [e for e in out["events"] if e["event"] == "ASSAULT"]
    assert ev and ev[0]["source"][0]["code"] == "NGA"


def test_a_malaysian_honorific_places_its_bearer_wherever_the_story_is_filed():
    from communique import knowledge

    assert knowledge.honorific_country("Datuk Seri Anwar Ibrahim") == "MYS"
    assert knowledge.honorific_country("Tan Sri Muhyiddin Yassin") == "MYS"
    assert knowledge.honorific_country("Tunku Abdul Rahman") is None  # a name, not the honorific "Tun"
    assert knowledge.honorific_country("Datuk") is None


def test_honorific_in_an_article_filed_abroad(nlp):
    text = ("JAKARTA, Oct 27 (Bernama) -- Malaysia and Indonesia agreed to accelerate talks on a joint development "
            "area, Foreign Minister Datuk Seri Mohamad Hasan said today after meeting his Indonesian counterpart.")
    out = to_json(nlp(builder.make_doc(nlp, {"id": "t", "text": text, "published": "2026-10-27"})))
    assert any(a["code"] == "MYS" and "Mohamad Hasan" in a["name"] for a in out["actors"])
