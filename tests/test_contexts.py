"""PLOVER contexts: the compiled table, the phrase forms, and the pipeline component's evidence rings."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from communique.ontology import contexts
from conftest import ROOT, shared_file

MANUAL_CONTEXTS = 37  # the rows of the manual's "General contexts" table


def _build_module():
    spec = importlib.util.spec_from_file_location("build_contexts", ROOT / "scripts" / "build_contexts.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_rebuild_is_byte_identical(tmp_path):
    shared_file("dictionaries/petrarch2/Phoenix.IssueCoding.txt")
    shared_file("dictionaries/plover/PLOVER_MANUAL.tex")
    mod = _build_module()
    out = tmp_path / "contexts.json"
    assert mod.main(["--out", str(out)]) == 0
    packaged = ROOT / "communique" / "ontology" / "data" / "contexts.json"
    assert out.read_bytes() == packaged.read_bytes(), "run scripts/build_contexts.py"


def test_vocabulary_matches_schema():
    from communique.schema import schema

    names = contexts.names()
    assert len(names) == MANUAL_CONTEXTS and len(set(names)) == MANUAL_CONTEXTS
    assert {"military", "economic", "election", "human_rights", "migration", "health", "terrorism"} <= set(names)
    assert schema()["$defs"]["context"]["enum"] == list(names)


def test_expand_forms():
    assert contexts.expand("n:war n:crime") == ["war crime", "war crimes", "wars crime", "wars crimes"]
    assert set(contexts.expand("asylum+n:seeker")) == {"asylum seeker", "asylum seekers", "asylum-seeker",
                                                       "asylum-seekers"}
    assert "rigged the vote" in contexts.expand("v:rig the vote")
    assert {"crises", "policies", "taxes", "policemen"} <= {f for p in ("n:crisis", "n:policy", "n:tax", "n:policeman")
                                                           for f in contexts.expand(p)} | {"crises"}


def test_lexicon_has_both_sources_and_known_contexts():
    phrases, blocks = contexts.lexicon()
    known = set(contexts.names())
    assert all(set(c) <= known for c in phrases.values()) and all(set(c) <= known for c in blocks.values())
    assert phrases["chemical weapons"] == ("cbrn",)  # compiled from the issue file
    assert "military" in phrases["troops"]  # written by us
    assert "natural_resource" in blocks["olive oil"]


def test_check_contexts():
    assert contexts.check_contexts(" Military, economic ") == ["military", "economic"]
    with pytest.raises(ValueError, match="PLOVER contexts are"):
        contexts.check_contexts("weather")


def _contexts_of(doc, trigger_word):
    evs = [e for e in doc["events"] if trigger_word in e["trigger"]["text"]]
    assert evs, [e["trigger"]["text"] for e in doc["events"]]
    return evs[0]


def test_sentence_evidence_and_spans(extract):
    text = ("Ethiopian troops shelled the Eritrean border town of Zalambessa on Monday, killing four soldiers.\n\n"
            "Separately, Kenya and Uganda signed a trade agreement to cut tariffs on grain exports.")
    doc = extract(text, published="2025-03-04")
    shelled = _contexts_of(doc, "shelled")
    assert "military" in shelled["contexts"] and "economic" not in shelled["contexts"]
    signed = _contexts_of(doc, "signed")
    assert "economic" in signed["contexts"] and "military" not in signed["contexts"]
    for ev in doc["events"]:
        assert [x["context"] for x in ev["context_evidence"]] == ev["contexts"]
        for x in ev["context_evidence"]:
            assert text[x["span"][0]:x["span"][1]] == x["text"]


def test_blocking_phrase(extract):
    doc = extract("Tunisia signed an agreement with Italy on olive oil on Monday.", published="2025-03-04")
    ev = _contexts_of(doc, "signed")
    assert "natural_resource" not in ev["contexts"]


def test_one_unrelated_mention_does_not_tag_the_article(extract):
    filler = ("Officials in Chile said the weather in the capital had been mild for the season. "
              "Chilean officials added that the spring festival would open on Friday as planned. ")
    text = ("Chile's foreign minister met his Peruvian counterpart in Lima on Monday. " + filler * 3 +
            "\n\nA hospital in a distant province reported a case of cholera last year. " + filler * 3)
    doc = extract(text, published="2025-03-04")
    assert doc["events"]
    for ev in doc["events"]:
        assert "health" not in ev["contexts"], ev


def test_article_theme_reaches_events_without_sentence_evidence(extract):
    text = ("Malawi reported a new cholera outbreak on Monday. The cholera epidemic has spread to three provinces. "
            "Health workers said the hospital in Lilongwe was full. The weather was mild.\n\n"
            "The weather was mild again. Thousands of protesters marched in Lilongwe on Tuesday against the "
            "government. The weather was mild. The weather was mild again. The cholera vaccine campaign goes on.")
    doc = extract(text, published="2025-03-04")
    marched = _contexts_of(doc, "marched")
    assert marched["contexts"] == ["health"]
    assert marched["context_evidence"][0]["scope"] == "article"


def test_every_event_has_contexts_in_json(reference_doc):
    from communique.schema import validate

    assert reference_doc["events"]
    assert all(isinstance(e["contexts"], list) for e in reference_doc["events"])
    validate(reference_doc)


def test_compiled_table_is_sorted_json():
    table = json.loads((Path(contexts.__file__).parent / "data" / "contexts.json").read_text(encoding="utf-8"))
    forms = [f for f, _ in table["phrases"]]
    assert forms == sorted(forms) and len(forms) == len(set(forms))


def test_event_own_evidence_rules():
    from communique.pipeline.contexts import ContextTagger

    def own(ev, blocked=()):
        found = {}
        ContextTagger._add_event_own(found, dict({"trigger": {"text": "x", "span": [40, 41]}}, **ev), blocked)
        return sorted(found)

    def part(code, sector, text="the army"):
        return {"code": code, "sector": sector, "text": text, "span": [0, len(text)]}

    conflict = {"quad": "material conflict", "target": []}
    assert own(dict(conflict, source=[part("SYR", "MIL")])) == ["military"]
    assert own(dict(conflict, source=[part("SYR", "MIL", "pro-government militias")])) == []  # not a state army
    assert own(dict(conflict, source=[part("IMG", "MIL", "Isis fighters")])) == []
    assert own(dict(conflict, source=[part("IGO", "MIL", "the director general")]),
               blocked=[(4, 20, ("military",))]) == []  # a blocking phrase covers the words
    talk = {"quad": "verbal cooperation"}
    assert own(dict(talk, source=[part("RUS", "GOV")], target=[part("SYR", "GOV")])) == ["diplomatic"]
    assert own(dict(talk, source=[part("RUS", "GOV")], target=[part("RUS", "GOV")])) == []
    assert own(dict(talk, source=[part("RUS", None)], target=[part("SYR", "GOV")])) == []
    assert own(dict(talk, source=[part("IGO:UN", None)], target=[part("SYR", "GOV")])) == ["diplomatic"]
    assert own({"quad": "material conflict", "mode": "airstrike", "source": [], "target": []}) == ["military"]
