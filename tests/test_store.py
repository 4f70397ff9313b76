"""The DuckDB store: idempotent re-ingest, replacement, transactions, filters and output formats."""

from __future__ import annotations

import csv
import io
import json

import pytest

from communique.store import Store, StoreError

TEXT_A = "GENEVA — Ruritania and Freedonia signed a water-sharing pact on Monday."
TEXT_B = "Freedonia accused Ruritania of shelling a border post, killing two soldiers."


def actor(code, text, span, sector="GOV"):
    return {"actor": f"a-{code}", "code": code, "sector": sector, "text": text, "span": span}


def make_doc(doc_id, published, events, title=None):
    return {"id": doc_id, "url": f"https://example.org/{doc_id}", "title": title or f"story {doc_id}",
            "source": "example", "published": published, "language": "en",
            "dateline": {"text": "GENEVA", "span": [0, 6], "place": None},
            "actors": [{"id": "a-RUR", "name": "Ruritania", "kind": "state", "code": "RUR", "org": None,
                        "sector": None, "role": None, "mentions": [[9, 18]]}],
            "events": events,
            "quotes": [{"text": "we will", "span": [1, 8], "direct": True,
                        "speaker": {"actor": "a-RUR", "actors": ["a-RUR"], "name": "Ruritania", "code": "RUR"}}],
            "amounts": [{"value": 2.0, "unit": "soldiers", "text": "two soldiers", "span": [60, 72], "about": None,
                         "year": None, "qualifier": None}],
            "dates": [{"text": "Monday", "span": [62, 68], "value": published, "end": None}],
            "places": [{"text": "GENEVA", "span": [0, 6], "name": "Geneva", "country": "CHE", "lat": 46.2,
                        "lon": 6.14, "geonameid": 2660646}]}


def event(eid, cat, src, tgt, date, conf=0.9, trigger="signed", contexts=()):
    return {"id": eid, "event": cat, "mode": None, "cameo": None, "quad": "verbal cooperation", "goldstein": None,
            "source": src, "target": tgt, "date": date, "date_text": None, "planned": False, "negated": False,
            "location": None, "sentence": 0, "trigger": {"text": trigger, "span": [31, 37]}, "confidence": conf,
            "contexts": list(contexts)}


@pytest.fixture()
def docs():
    a = make_doc("A", "2025-03-03", [event("e1", "AGREE", [actor("RUR", "Ruritania", [9, 18])],
                                             [actor("FRE", "Freedonia", [23, 32])], "2025-03-03",
                                             contexts=["natural_resource", "diplomatic"])])
    b = make_doc("B", "2025-05-10", [
        event("e1", "ACCUSE", [actor("FRE", "Freedonia", [0, 9])], [actor("RUR", "Ruritania", [19, 28])],
              "2025-05-09", 0.8, "accused"),
        event("e2", "ASSAULT", [actor("RUR", "Ruritania", [19, 28], "MIL")], [actor("FRE", "Freedonia", [0, 9])],
              None, 0.6, "shelling", contexts=["military", "territory"])])
    return {"A": a, "B": b}


@pytest.fixture()
def store(tmp_path, docs):
    s = Store(tmp_path / "t.duckdb")
    s.add_documents(docs.values(), {"A": TEXT_A, "B": TEXT_B})
    yield s
    s.close()


def test_reingest_same_content_adds_nothing(store, docs):
    before = store.summary()["counts"]
    res = store.add_documents(docs.values(), {"A": TEXT_A, "B": TEXT_B})
    assert res == {"added": 0, "replaced": 0, "unchanged": 2}
    assert store.summary()["counts"] == before


def test_changed_content_replaces(store, docs):
    new = dict(docs["A"], title="revised", events=[])
    res = store.add_documents([new], {"A": TEXT_A + " Updated."})
    assert res == {"added": 0, "replaced": 1, "unchanged": 0}
    got = store.get_document("A")
    assert got["title"] == "revised" and got["text"].endswith("Updated.") and got["events"] == []
    assert store.summary()["counts"]["documents"] == 2
    assert [e["doc_id"] for e in store.query_events()] == ["B", "B"]


def test_failure_mid_batch_writes_nothing(store, docs):
    def batch():
        yield make_doc("C", "2025-06-01", [])
        yield dict(docs["A"], title="half")
        raise RuntimeError("worker died")

    with pytest.raises(RuntimeError):
        store.add_documents(batch(), {"C": "text c", "A": "changed"})
    assert store.get_document("C") is None
    assert store.get_document("A")["title"] == "story A"
    assert store.summary()["counts"]["documents"] == 2


def test_document_without_id_rolls_back(store):
    with pytest.raises(ValueError):
        store.add_documents([make_doc("D", None, []), {"title": "no id"}])
    assert store.get_document("D") is None


def test_dyad_either_direction_and_directed(store):
    both = store.query_events(dyad="RUR-FRE")
    assert sorted((e["doc_id"], e["id"]) for e in both) == [("A", "e1"), ("B", "e1"), ("B", "e2")]
    assert {(e["doc_id"], e["id"]) for e in store.query_events(dyad="FRE-RUR")} == {(e["doc_id"], e["id"]) for e in both}
    directed = store.query_events(dyad="RUR-FRE", directed=True)
    assert sorted((e["doc_id"], e["id"]) for e in directed) == [("A", "e1"), ("B", "e2")]
    assert [e["id"] for e in store.query_events(dyad="fre-rur", directed=True)] == ["e1"]
    assert store.query_events(dyad="RUR-XYZ") == []
    assert store.count_events(dyad="RUR-FRE") == 3


def test_filters_since_until_event_actor(store):
    assert [e["doc_id"] for e in store.query_events(since="2025-04-01")] == ["B", "B"]
    assert [e["doc_id"] for e in store.query_events(until="2025-03-03")] == ["A"]
    # an event without a date falls back to the publication date
    assert [e["id"] for e in store.query_events(since="2025-05-10")] == ["e2"]
    assert [e["event"] for e in store.query_events(event="accuse")] == ["ACCUSE"]
    assert len(store.query_events(event="ACCUSE,AGREE")) == 2
    assert len(store.query_events(actor="FRE")) == 3
    assert [e["event"] for e in store.query_events(q="shell")] == ["ASSAULT"]
    assert len(store.query_events(limit=1, offset=1)) == 1
    ev = store.query_events(event="ASSAULT")[0]
    assert ev["source"][0]["code"] == "RUR" and ev["source"][0]["sector"] == "MIL"
    assert ev["target"][0]["span"] == [0, 9]


def test_summary_and_listing(store):
    s = store.summary()
    assert s["counts"] == {"documents": 2, "actors": 2, "events": 3, "quotes": 2, "amounts": 2, "dates": 2,
                           "places": 2}
    assert {c["event"] for c in s["events_by_category"]} == {"AGREE", "ACCUSE", "ASSAULT"}
    assert s["top_dyads"][0]["n"] == 2
    docs = store.list_documents()
    assert [d["id"] for d in docs] == ["B", "A"] and docs[0]["n_events"] == 2
    assert [d["id"] for d in store.list_documents(q="water")] == ["A"]


def test_read_only(tmp_path, store):
    path = store.path
    store.close()
    with Store(path, read_only=True) as ro:
        assert ro.get_document("A")["id"] == "A"
        with pytest.raises(StoreError):
            ro.add_documents([])
    with pytest.raises(StoreError):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_events_cli_formats(tmp_path, store):
    from typer.testing import CliRunner

    from communique.cli import app

    path = store.path
    store.close()
    runner = CliRunner()
    res = runner.invoke(app, ["events", "--db", path, "--dyad", "FRE-RUR", "--format", "csv"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert len(rows) == 3 and {r["event"] for r in rows} == {"AGREE", "ACCUSE", "ASSAULT"}
    assert {"doc_id", "date", "source", "target", "trigger"} <= set(rows[0])
    res = runner.invoke(app, ["events", "--db", path, "--dyad", "RUR-FRE", "--directed", "--format", "json"])
    assert res.exit_code == 0
    lines = [json.loads(x) for x in res.stdout.splitlines() if x.strip()]
    assert sorted(e["event"] for e in lines) == ["AGREE", "ASSAULT"]
    res = runner.invoke(app, ["events", "--db", path, "--since", "2025-05-01", "--until", "2025-05-09",
                              "--format", "json"])
    assert [json.loads(x)["event"] for x in res.stdout.splitlines()] == ["ACCUSE"]
    res = runner.invoke(app, ["events", "--db", path, "--event", "ASSAULT"])
    assert res.exit_code == 0 and "ASSAULT" in res.stdout


def test_contexts_column_and_filter(store):
    assert {(e["doc_id"], e["id"]): e["contexts"] for e in store.query_events()} == {
        ("A", "e1"): ["natural_resource", "diplomatic"], ("B", "e1"): [], ("B", "e2"): ["military", "territory"]}
    assert [(e["doc_id"], e["id"]) for e in store.query_events(context="military")] == [("B", "e2")]
    assert sorted(e["doc_id"] for e in store.query_events(context="diplomatic,territory")) == ["A", "B"]
    assert store.count_events(context=["Military"]) == 1
    assert store.query_events(context="health") == []
    by = {r["context"]: r["n"] for r in store.summary()["events_by_context"]}
    assert by == {"natural_resource": 1, "diplomatic": 1, "military": 1, "territory": 1}


def test_version_1_store_is_migrated(tmp_path, docs):
    """A store written before contexts existed (schema 1) gains events.contexts, filled from the stored JSON,
    when opened for writing; read-only it still serves events, and refuses only the context filter."""
    import duckdb

    path = tmp_path / "old.duckdb"
    old_b = dict(docs["B"], events=[{k: v for k, v in e.items() if k != "contexts"} for e in docs["B"]["events"]])
    with Store(path) as s:
        s.add_documents([docs["A"], old_b])
    con = duckdb.connect(str(path))
    con.execute("DROP INDEX events_doc")  # the schema-1 table, as it was written
    con.execute("ALTER TABLE events DROP COLUMN contexts")
    con.execute("CREATE INDEX events_doc ON events (doc_id)")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.close()
    with Store(path, read_only=True) as ro:
        assert ro.schema_version == 1 and len(ro.query_events()) == 3
        assert all(e["contexts"] is None for e in ro.query_events())
        with pytest.raises(StoreError, match="schema version 1"):
            ro.query_events(context="military")
    with Store(path) as s:
        assert s.schema_version == 3
        got = {(e["doc_id"], e["id"]): e["contexts"] for e in s.query_events()}
        assert got == {("A", "e1"): ["natural_resource", "diplomatic"], ("B", "e1"): None, ("B", "e2"): None}
        s.add_documents([docs["B"]])  # re-ingested with contexts
        assert [e["id"] for e in s.query_events(context="military")] == ["e2"]


def _with_genre(doc, kind):
    return dict(doc, genre={"kind": kind, "signals": ["a test signal"]})


def test_genre_column_and_filters(tmp_path, docs):
    """documents.genre holds the JSON's genre.kind ("report" for a null kind); documents and events filter
    on it; an unknown genre is a clear error."""
    with Store(tmp_path / "g.duckdb") as s:
        s.add_documents([_with_genre(docs["A"], None), _with_genre(docs["B"], "opinion")])
        assert {d["id"]: d["genre"] for d in s.list_documents()} == {"A": "report", "B": "opinion"}
        assert [d["id"] for d in s.list_documents(genre="opinion")] == ["B"]
        assert [d["id"] for d in s.list_documents(genre="report,live-blog")] == ["A"]
        assert sorted(e["id"] for e in s.query_events(genre="opinion")) == ["e1", "e2"]
        assert [e["doc_id"] for e in s.query_events(genre="report")] == ["A"]
        assert s.count_events(genre="live blog") == 0
        with pytest.raises(ValueError, match="unknown genre editorial"):
            s.list_documents(genre="editorial")


def test_version_2_store_gains_genre_in_place(tmp_path, docs):
    """A store written before documents.genre (schema 2) is readable read-only (genre read from the JSON)
    and, opened for writing, gains the column filled from each stored JSON in one transaction."""
    import duckdb

    path = tmp_path / "v2.duckdb"
    with Store(path) as s:
        s.add_documents([_with_genre(docs["A"], "live blog"), docs["B"]])  # B: extracted before genres
    con = duckdb.connect(str(path))
    con.execute("ALTER TABLE documents DROP COLUMN genre")  # the schema-2 table, as it was written
    con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    con.close()
    with Store(path, read_only=True) as ro:
        assert ro.schema_version == 2
        assert [d["id"] for d in ro.list_documents(genre="live blog")] == ["A"]
    with Store(path) as s:
        assert s.schema_version == 3
        assert {d["id"]: d["genre"] for d in s.list_documents()} == {"A": "live blog", "B": None}
        s.add_documents([_with_genre(docs["B"], None)])  # re-ingested with a genre
        assert {d["id"]: d["genre"] for d in s.list_documents()} == {"A": "live blog", "B": "report"}


def test_failed_genre_migration_leaves_store_unchanged(tmp_path, docs, monkeypatch):
    """The upgrade is all or nothing: a failure inside it leaves the schema-2 store as it was."""
    import duckdb

    from communique.store import store as store_module

    path = tmp_path / "v2.duckdb"
    with Store(path) as s:
        s.add_documents([_with_genre(docs["A"], "opinion")])
    con = duckdb.connect(str(path))
    con.execute("ALTER TABLE documents DROP COLUMN genre")
    con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    con.close()
    monkeypatch.setattr(store_module, "_genre_sql", lambda col: "no_such_function(" + col + ")")
    with pytest.raises(Exception):
        Store(path)
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == "2"
    assert "genre" not in [r[0] for r in con.execute("DESCRIBE documents").fetchall()]
    con.close()


def test_documents_and_events_cli_genre(tmp_path, docs):
    from typer.testing import CliRunner

    from communique.cli import app

    path = tmp_path / "c.duckdb"
    with Store(path) as s:
        s.add_documents([_with_genre(docs["A"], None), _with_genre(docs["B"], "opinion")])
    runner = CliRunner()
    res = runner.invoke(app, ["documents", "--db", str(path), "--genre", "opinion", "--format", "json"])
    assert res.exit_code == 0, res.output
    assert [json.loads(x)["id"] for x in res.stdout.splitlines()] == ["B"]
    res = runner.invoke(app, ["documents", "--db", str(path)])
    assert res.exit_code == 0 and "report" in res.stdout and "opinion" in res.stdout
    res = runner.invoke(app, ["events", "--db", str(path), "--genre", "report", "--format", "json"])
    assert [json.loads(x)["doc_id"] for x in res.stdout.splitlines()] == ["A"]
    res = runner.invoke(app, ["events", "--db", str(path), "--genre", "column"])
    assert res.exit_code == 2 and "report, live blog, opinion" in res.output
