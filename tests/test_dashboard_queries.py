"""Queries behind the dashboard polish of issue 20 part 4: actors without a code in the network, evidence
snippets cut at word boundaries, the dyad view's busiest dyad."""

from __future__ import annotations

import pytest

from web_fixtures import span

from communique.api import queries as Q


def _doc(did, text, dateline_country, actors, src, tgt, cat="ASSAULT", quad="material conflict"):
    ev = {"id": "e1", "event": cat, "mode": None, "cameo": "190", "quad": quad, "goldstein": -10.0,
          "source": [src], "target": [tgt], "date": "2025-05-02", "date_text": None, "planned": False,
          "negated": False, "location": None, "sentence": 0, "confidence": 0.9, "contexts": [],
          "trigger": {"text": "attacked", "span": span(text, "attacked")}}
    dateline = {"text": "X", "span": [0, 1], "place": {"name": "X", "country": dateline_country}} \
        if dateline_country else None
    return {"id": did, "url": None, "title": did, "source": "test", "published": "2025-05-02", "language": "en",
            "dateline": dateline, "actors": actors, "events": [ev], "quotes": [], "amounts": [], "dates": [],
            "places": []}


def _party(actor, text, phrase):
    return {"actor": actor["id"], "code": actor["code"], "sector": None, "text": phrase, "span": span(text, phrase)}


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    from communique.store import Store

    pairs = []
    t = "NIAMEY - The junta attacked a convoy of France near the border."
    junta = {"id": "a1", "name": "junta", "kind": "group", "code": None, "mentions": [span(t, "junta")]}
    fra = {"id": "a2", "name": "France", "kind": "state", "code": "FRA", "mentions": [span(t, "France")]}
    pairs.append((_doc("n1", t, "NER", [junta, fra], _party(junta, t, "junta"), _party(fra, t, "France")), t))
    t = "Militants attacked civilians in a village of Niger, officials of Niger said."
    mil = {"id": "a1", "name": "Militants", "kind": "group", "code": None, "mentions": [span(t, "Militants")]}
    civ = {"id": "a2", "name": "civilians", "kind": "group", "code": None, "mentions": [span(t, "civilians")]}
    ner = {"id": "a3", "name": "Niger", "kind": "state", "code": "NER", "mentions": [span(t, "Niger")]}
    pairs.append((_doc("n2", t, None, [mil, civ, ner], _party(mil, t, "Militants"), _party(civ, t, "civilians")), t))
    path = tmp_path_factory.mktemp("dash") / "dash.duckdb"
    with Store(path) as store:
        store.add_documents([d for d, _ in pairs], {d["id"]: t for d, t in pairs})
    with Store(path, read_only=True) as store:
        yield store._cursor()


def test_network_uncoded_actors_shown_grouped_or_hidden(con):
    show = Q.network(con, Q.EventFilter(), uncoded="show")
    assert {n["label"] for n in show["nodes"]} == {"junta", "FRA", "Militants", "civilians"}
    group = Q.network(con, Q.EventFilter(), uncoded="group")
    nodes = {n["id"]: n for n in group["nodes"]}
    # n1 is datelined in Niger; n2 has no dateline: its actors' most frequent code (NER) stands in
    assert set(nodes) == {"uncoded:NER", "FRA"}
    assert nodes["uncoded:NER"]["members"] == ["Militants", "civilians", "junta"]
    assert nodes["uncoded:NER"]["label"] == "uncoded · NER" and nodes["uncoded:NER"]["events"] == 2
    assert [(e["source"], e["target"]) for e in group["edges"]] == [("uncoded:NER", "FRA")]  # no self-loop
    hide = Q.network(con, Q.EventFilter(), uncoded="hide")
    assert [n["id"] for n in hide["nodes"]] == ["FRA"] and hide["edges"] == [] and hide["uncoded_hidden"] == 3
    with pytest.raises(Q.BadQuery):
        Q.network(con, Q.EventFilter(), uncoded="maybe")


def test_network_api_parameter(tmp_path):
    from fastapi.testclient import TestClient

    from communique.api.app import create_app
    from web_fixtures import build_store

    db = tmp_path / "w.duckdb"
    build_store(db)
    with TestClient(create_app(db)) as client:
        assert client.get("/api/network?uncoded=hide").json()["uncoded"] == "hide"
        assert client.get("/api/network?uncoded=sometimes").status_code == 422


TEXT = ("Officials met on Monday in the capital after weeks of preparation. Troops of the Northern Army crossed "
        "the river at dawn while talks went on elsewhere in the country without any pause or end in sight")


def test_snippet_window_is_cut_at_word_boundaries():
    s = TEXT.index("crossed")
    e = s + len("crossed")
    lo, hi = s - 20, e + 25  # a window that starts and stops inside words, with no sentence boundary in it
    window = TEXT[lo:hi]
    assert window[0].isalpha() and TEXT[lo - 1].isalpha()
    got = Q.sentence_around(window, lo, s, e, window_end=True)
    a, b = got["span"]
    assert got["text"] == TEXT[a:b] and got["clipped"] == [True, True]
    assert not TEXT[a - 1].isalnum() and not TEXT[b].isalnum()  # whole words on both sides
    assert a <= s and b >= e
    # a real sentence start is kept, and no clipping is claimed
    whole = Q.sentence_around(TEXT, 0, s, e)
    assert whole["text"].startswith("Troops of the Northern Army") and whole["clipped"] == [False, False]


def test_events_api_context_never_starts_mid_word(tmp_path):
    from communique.api.queries import EventFilter, query_events
    from communique.store import Store

    text = "x" * 300 + " " + "word " * 60 + "Army units attacked a depot " + "more " * 80
    doc = _doc("long", text, None, [{"id": "a1", "name": "Army", "kind": "group", "code": "UKR", "mentions": []},
                                    {"id": "a2", "name": "depot", "kind": "group", "code": "RUS", "mentions": []}],
               {"actor": "a1", "code": "UKR", "sector": None, "text": "Army", "span": span(text, "Army")},
               {"actor": "a2", "code": "RUS", "sector": None, "text": "depot", "span": span(text, "depot")})
    with Store(tmp_path / "s.duckdb") as store:
        store.add_documents([doc], {"long": text})
        ctx = query_events(store._cursor(), EventFilter(), limit=5)["items"][0]["context"]
    a, b = ctx["span"]
    assert ctx["clipped"] == [True, True] and ctx["text"] == text[a:b]
    assert ctx["text"].startswith("word") and ctx["text"].endswith("more")
