"""Session 16 (lead): a quote attributed to a description of the person named just before. Sentences written for
this project."""
from communique.pipeline import builder
from communique.pipeline.serialize import to_json


def test_a_description_after_a_quote_is_the_person_just_named(nlp):
    text = ("Austrian Interior Minister Gerhard Karner arrived in Skopje on Monday. The plan includes joint "
            "patrols, Karner told journalists after a meeting with his Macedonian counterpart Pance Toskovski.\n\n"
            "\u201cWe will not leave the Balkan route to the smugglers,\u201d the Christian Democrat said.")
    out = to_json(nlp(builder.make_doc(nlp, {"id": "t", "text": text, "published": "2025-06-16"})))
    quote = next(q for q in out["quotes"] if q["text"].startswith("We will not leave"))
    assert (quote.get("speaker") or {}).get("name") == "Gerhard Karner"


def test_a_speaker_phrase_after_a_dateline_has_no_blank_prefix(nlp):
    text = ('TASHKENT, Oct 2 (UzA) - Deputy head of the customs committee said the border posts would '
            '"work around the clock during the harvest".')
    out = to_json(nlp(builder.make_doc(nlp, {"id": "t", "text": text, "published": "2025-10-02"})))
    names = [(q.get("speaker") or {}).get("name") or "" for q in out["quotes"]]
    assert names and all(n == n.strip() for n in names)


def test_a_second_saying_joined_to_reported_content_is_the_sayers(nlp):
    text = ("Ambassador Laura Mendes said on X that Lisbon \u201cstands with its partners\u201d and called the "
            "Venezuelan measures \u201creckless.\u201d")
    out = to_json(nlp(builder.make_doc(nlp, {"id": "t", "text": text, "published": "2025-06-16"})))
    quote = next(q for q in out["quotes"] if q["text"].startswith("reckless"))
    assert (quote.get("speaker") or {}).get("name") == "Laura Mendes"
