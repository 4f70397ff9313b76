"""The JSON Schema: real extractions validate, wrong shapes are caught."""

from __future__ import annotations

import copy
import json

import pytest

from communique.schema import DocumentInvalid, errors, span_errors, validate
from conftest import shared_file


def test_news_dev_documents_validate(nlp):
    from communique.ingest.records import InputError, make_record
    from communique.pipeline.builder import make_doc
    from communique.pipeline.serialize import to_json

    path = shared_file("corpus/news_dev.jsonl")
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [make_record(r["text"], f"news_dev:{i}", r["id"], r.get("date"), r.get("url")) for i, r in
               enumerate(recs, 1)]
    assert not [r for r in records if isinstance(r, InputError)]
    dicts = [r.to_dict() for r in records]
    problems = {}
    for rec, doc in zip(dicts, nlp.pipe(make_doc(nlp, r) for r in dicts)):
        out = to_json(doc)
        found = errors(out) + span_errors(out, rec["text"])
        if found:
            problems[rec["id"]] = found[:3]
        assert out["id"] == rec["id"]
    assert not problems, problems
    assert len(dicts) == len(recs)


@pytest.fixture()
def good():
    return {"id": "d1", "url": None, "title": None, "source": None, "published": "2025-01-31", "language": "en",
            "dateline": {"text": "CAIRO", "span": [0, 5], "place": None},
            "actors": [{"id": "a1", "name": "Egypt", "kind": "state", "code": "EGY", "org": None, "sector": None,
                        "role": None, "mentions": [[8, 13]]}],
            "events": [{"id": "e1", "event": "CONSULT", "mode": "visit", "cameo": "042",
                        "quad": "verbal cooperation", "goldstein": 1.9,
                        "source": [{"actor": "a1", "code": "EGY", "sector": "GOV", "text": "Egypt", "span": [8, 13]}],
                        "target": [], "date": "2025-01", "date_text": None, "planned": False, "negated": False,
                        "location": None, "sentence": 0, "trigger": {"text": "visit", "span": [20, 25]},
                        "confidence": 0.7, "dead": 3, "extra_field": "allowed", "contexts": ["diplomatic"],
                        "context_evidence": [{"context": "diplomatic", "text": "visit", "span": [20, 25],
                                              "scope": "sentence"}]}],
            "quotes": [{"text": "x", "span": [30, 31], "direct": True,
                        "speaker": {"actor": None, "actors": [], "name": "Someone", "code": None}}],
            "amounts": [{"value": 5e6, "unit": "USD", "text": "$5m", "span": [40, 43], "about": None, "year": 2024,
                         "qualifier": None}],
            "dates": [{"text": "2024", "span": [44, 48], "value": "2024", "end": None}],
            "places": [{"text": "CAIRO", "span": [0, 5], "name": "Cairo", "country": "EGY", "lat": 30.06,
                        "lon": 31.25, "geonameid": 360630}]}


def test_valid_document(good):
    assert validate(good) is good
    assert span_errors(good, "x" * 60) == []


@pytest.mark.parametrize("path,value,where", [
    (("published",), "23/10/2025", "published"),
    (("published",), "2025-02-31x", "published"),
    (("events", 0, "event"), "CHAT", "events/0/event"),
    (("events", 0, "confidence"), 1.5, "events/0/confidence"),
    (("events", 0, "planned"), "no", "events/0/planned"),
    (("events", 0, "trigger", "span"), [3], "events/0/trigger/span"),
    (("events", 0, "source", 0, "code"), "Egypt", "events/0/source/0/code"),
    (("events", 0, "dead"), -1, "events/0/dead"),
    (("events", 0, "contexts"), ["weather"], "events/0/contexts/0"),
    (("events", 0, "contexts"), None, "events/0/contexts"),
    (("events", 0, "context_evidence", 0, "scope"), "paragraph", "events/0/context_evidence/0/scope"),
    (("actors", 0, "kind"), "country", "actors/0/kind"),
    (("actors", 0, "mentions"), [["8", "13"]], "actors/0/mentions/0/0"),
    (("amounts", 0, "value"), "5 million", "amounts/0/value"),
    (("dates", 0, "value"), "2024-13", "dates/0/value"),
    (("quotes", 0, "direct"), None, "quotes/0/direct"),
    (("places", 0, "lat"), 123.0, "places/0/lat"),
    (("actors",), None, "actors"),
])
def test_wrong_types_are_caught(good, path, value, where):
    bad = copy.deepcopy(good)
    target = bad
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    found = errors(bad)
    assert any(e.startswith(where) for e in found), found
    with pytest.raises(DocumentInvalid):
        validate(bad)


def test_missing_required_and_spans_outside_text(good):
    bad = copy.deepcopy(good)
    del bad["events"]
    assert errors(bad)
    assert span_errors(good, "short")  # spans beyond the text's end
    with pytest.raises(DocumentInvalid):
        validate(good, "short")
