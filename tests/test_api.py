"""HTTP API tests (FastAPI TestClient) over a store of hand-coded documents (tests/web_fixtures.py)."""

from __future__ import annotations

import re
import shutil
import warnings

import pytest

from web_fixtures import HAND_REFERENCE_ID, REFERENCE, build_store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

TOKEN = "s3cret-test-token"


@pytest.fixture(scope="module")
def hand_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("api") / "hand.duckdb"
    build_store(db)
    return db


@pytest.fixture(scope="module")
def client(hand_db, nlp):
    from communique.api import create_app

    return TestClient(create_app(hand_db, nlp=nlp))


@pytest.fixture()
def writer(hand_db, tmp_path, nlp):
    """An app with writes enabled, over a private copy of the hand-coded store."""
    from communique.api import create_app

    db = tmp_path / "w.duckdb"
    shutil.copy(hand_db, db)
    return TestClient(create_app(db, token=TOKEN, max_body=50_000, nlp=nlp))


def ids(page):
    return [(e["doc_id"], e["id"]) for e in page["items"]]


# ---- meta, dashboard, OpenAPI ----------------------------------------------------------------

def test_health_and_openapi(client):
    h = client.get("/api/health").json()
    assert h["documents"] == 4 and h["events"] == 5 and h["writes"] is False
    spec = client.get("/openapi.json").json()
    for path in ("/api/documents", "/api/documents/{doc_id}", "/api/events", "/api/actors", "/api/actors/{key}",
                 "/api/dyads/{pair}", "/api/extract"):
        assert path in spec["paths"], path
    assert "post" in spec["paths"]["/api/documents"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text
    assert not [u for u in re.findall(r"https?://[^\s\"']+", docs.text) if "/static/" not in u]  # no CDN
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200


def test_dashboard_is_served_and_self_contained(client):
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert '/static/js/main.js' in page.text
    # every module the dashboard imports is served, and nothing points outside the server
    seen, todo = set(), ["js/main.js"]
    while todo:
        rel = todo.pop()
        if rel in seen:
            continue
        seen.add(rel)
        r = client.get(f"/static/{rel}")
        assert r.status_code == 200, rel
        base = rel.rsplit("/", 1)[0]
        for imp in re.findall(r'from "(\.{1,2}/[^"]+)"', r.text):
            parts = (base + "/" + imp).split("/")
            norm = []
            for p in parts:
                if p == "..":
                    norm.pop()
                elif p != ".":
                    norm.append(p)
            todo.append("/".join(norm))
        external = [u for u in re.findall(r"https?://[^\s\"'`]+", r.text) if "www.w3.org/2000/svg" not in u]
        assert not external, (rel, external)
    assert {"js/views/events.js", "js/views/dyad.js", "js/views/network.js", "js/views/map.js",
            "js/views/article.js", "js/topo.js"} <= seen
    assert client.get("/static/style.css").status_code == 200
    world = client.get("/static/vendor/world-atlas/countries-110m.json").json()
    assert world["type"] == "Topology" and len(world["objects"]["countries"]["geometries"]) > 150


# ---- documents -------------------------------------------------------------------------------

def test_documents_list_paging_and_filters(client):
    first = client.get("/api/documents", params={"limit": 2}).json()
    second = client.get("/api/documents", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == 4 and len(first["items"]) == 2 and len(second["items"]) == 2
    assert not {d["id"] for d in first["items"]} & {d["id"] for d in second["items"]}
    assert [d["published"] for d in first["items"]] == sorted([d["published"] for d in first["items"]], reverse=True)
    grain = client.get("/api/documents", params={"q": "grain wagons"}).json()
    assert [d["id"] for d in grain["items"]] == ["hand-grain-dispute"]
    autumn = client.get("/api/documents", params={"since": "2025-10-01", "until": "2025-11-05"}).json()
    assert {d["id"] for d in autumn["items"]} == {HAND_REFERENCE_ID, "hand-grain-dispute"}
    ref = next(d for d in autumn["items"] if d["id"] == HAND_REFERENCE_ID)
    assert ref["events"] == 2 and ref["quotes"] == 1


def test_document_full_json_with_text(client):
    doc = client.get(f"/api/documents/{HAND_REFERENCE_ID}").json()
    text = REFERENCE.read_text(encoding="utf-8")
    assert doc["text"] == text and doc["published"] == "2025-10-23"
    visit = doc["events"][0]
    s, e = visit["trigger"]["span"]
    assert text[s:e] == visit["trigger"]["text"] == "paid an official visit"
    assert client.get("/api/documents/no-such-doc").status_code == 404


# ---- events ----------------------------------------------------------------------------------

def test_events_dyad_directed_and_undirected(client):
    both = client.get("/api/events", params={"dyad": "KAZ-RUS"}).json()
    assert both["total"] == 3
    forward = client.get("/api/events", params={"dyad": "KAZ-RUS", "directed": "true"}).json()
    assert forward["total"] == 2 and {e["event"] for e in forward["items"]} == {"CONSULT"}
    backward = client.get("/api/events", params={"dyad": "RUS-KAZ", "directed": "true"}).json()
    assert [e["event"] for e in backward["items"]] == ["ACCUSE"]
    visit = next(e for e in forward["items"] if e["id"] == "e1")
    assert visit["source"][0]["code"] == "KAZ" and visit["source"][0]["name"] == "Yermek Kosherbayev"
    assert visit["target"][0]["code"] == "RUS" and visit["cameo"] == "042" and visit["mode"] == "visit"
    assert "paid an official visit" in visit["context"]["text"]


def test_events_filters(client):
    def total(**params):
        return client.get("/api/events", params=params).json()["total"]

    assert total() == 5
    assert total(actor="UKR") == 1
    assert total(actor="Sergey Lavrov") == 0  # Lavrov takes part in no coded event
    assert total(actor="yermek kosherbayev") == 1
    assert total(event="CONSULT") == 2 and total(event="consult,assault") == 3
    assert total(quad="4") == 1 and total(quad="verbal cooperation") == 3
    assert total(since="2025-11-01") == 3 and total(until="2025-10") == 2
    assert total(since="2025-10-01", until="2025-10-31") == 1
    assert total(q="grain") == 1 and total(q="Kharkiv") == 1
    assert total(doc=HAND_REFERENCE_ID) == 2
    assert total(dyad="KAZ-RUS", event="ACCUSE") == 1


def test_events_context_filter_and_list(client):
    def page(**params):
        return client.get("/api/events", params=params).json()

    assert page(context="military")["total"] == 1
    assert page(context="military")["items"][0]["doc_id"] == "hand-kharkiv-shelling"
    assert page(context="economic")["total"] == 2 and page(context="Economic,military")["total"] == 3
    assert page(context="health")["total"] == 0
    assert page(context="diplomatic", event="ACCUSE")["total"] == 1
    assert all(isinstance(e["contexts"], list) for e in page()["items"])
    r = client.get("/api/events", params={"context": "weather"})
    assert r.status_code == 422 and "PLOVER contexts are" in r.json()["detail"]
    known = client.get("/api/contexts").json()
    assert len(known) == 37 and {"context", "meaning", "n"} <= set(known[0])
    counts = {c["context"]: c["n"] for c in known}
    assert counts["diplomatic"] == 3 and counts["economic"] == 2 and counts["military"] == 1 and counts["health"] == 0
    csv_text = client.get("/api/events", params={"context": "military", "format": "csv"}).text
    assert "contexts" in csv_text.splitlines()[0] and "military" in csv_text.splitlines()[1]
    assert [e["target"] for e in client.get("/api/network", params={"context": "military"}).json()["edges"]] == ["UKR"]


def test_version_1_store_is_upgraded_when_served(tmp_path):
    import duckdb

    from communique.api import create_app

    path = tmp_path / "old.duckdb"
    build_store(path)
    con = duckdb.connect(str(path))
    con.execute("DROP INDEX events_doc")  # the schema-1 table, as it was written
    con.execute("ALTER TABLE events DROP COLUMN contexts")
    con.execute("CREATE INDEX events_doc ON events (doc_id)")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.close()
    r = TestClient(create_app(path)).get("/api/events", params={"context": "military"})
    assert r.status_code == 200 and r.json()["total"] == 1


def test_events_paging_is_stable_and_complete(client):
    pages = [client.get("/api/events", params={"limit": 2, "offset": o}).json() for o in (0, 2, 4)]
    seen = [k for p in pages for k in ids(p)]
    assert len(seen) == len(set(seen)) == 5
    assert [len(p["items"]) for p in pages] == [2, 2, 1]
    whens = [e["when"] for p in pages for e in p["items"]]
    assert whens == sorted(whens, reverse=True)


def test_events_csv_download(client):
    r = client.get("/api/events", params={"dyad": "KAZ-RUS", "format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    lines = r.text.strip().splitlines()
    assert lines[0].startswith("doc_id,event_id,date,event,mode,cameo")
    assert len(lines) == 4
    assert any(line.startswith(f"{HAND_REFERENCE_ID},e1,2025-10-22,CONSULT,visit,042") for line in lines)


@pytest.mark.parametrize("params", [{"dyad": "KAZ"}, {"dyad": "KAZ-RUS-CHN"}, {"quad": "friendly"},
                                    {"since": "yesterday"}, {"until": "2025-13-45x"}, {"limit": 0},
                                    {"limit": 501}, {"offset": -1}, {"format": "xml"}, {"directed": "maybe"}])
def test_events_bad_filters_are_422(client, params):
    r = client.get("/api/events", params=params)
    assert r.status_code == 422, (params, r.text)
    assert isinstance(r.json()["detail"], str) and r.json()["detail"]


# ---- actors and dyads ------------------------------------------------------------------------

def test_actor_list(client):
    page = client.get("/api/actors").json()
    russia = next(a for a in page["items"] if a["name"] == "Russia")
    assert russia["code"] == "RUS" and russia["documents"] == 2 and russia["events"] == 3
    assert page["items"][0]["events"] >= page["items"][-1]["events"]
    kaz = client.get("/api/actors", params={"code": "KAZ"}).json()
    assert {a["name"] for a in kaz["items"]} == {"Yermek Kosherbayev", "Kassym-Jomart Tokayev", "Kazakhstan"}
    assert client.get("/api/actors", params={"q": "lavrov"}).json()["total"] == 1
    paged = client.get("/api/actors", params={"limit": 3, "offset": 3}).json()
    assert len(paged["items"]) == 3 and paged["total"] == page["total"]


def test_actor_detail_by_code_and_name(client):
    rus = client.get("/api/actors/RUS").json()
    assert "Sergey Lavrov" in rus["names"] and rus["codes"] == ["RUS"] and rus["label"] == "Russian Federation"
    assert rus["names"][0] == "Russia"  # most mentioned first
    assert rus["events"]["total"] == 4
    lavrov = client.get("/api/actors/Sergey Lavrov").json()
    (entry,) = lavrov["entries"]
    assert entry["doc_id"] == HAND_REFERENCE_ID
    assert [m["text"] for m in entry["mentions"]] == ["Sergey Lavrov"]
    assert "invitation of his Russian counterpart" in entry["mentions"][0]["context"]
    assert client.get("/api/actors/Nobody Atall").status_code == 404


def test_dyad_summary(client):
    s = client.get("/api/dyads/KAZ-RUS").json()
    assert s["total"] == 3 and s["undated"] == 0
    assert {c["event"]: c["n"] for c in s["categories"]} == {"CONSULT": 2, "ACCUSE": 1}
    weeks = {w["week"]: w for w in s["weeks"]}
    assert set(weeks) == {"2025-W43", "2025-W45", "2025-W46"}
    assert weeks["2025-W45"]["quads"]["verbal conflict"] == 1 and weeks["2025-W45"]["goldstein"] == -2.0
    assert weeks["2025-W43"]["quads"]["verbal cooperation"] == 1
    assert len(s["events"]["items"]) == 3
    directed = client.get("/api/dyads/RUS-KAZ", params={"directed": "true"}).json()
    assert directed["total"] == 1 and [w["week"] for w in directed["weeks"]] == ["2025-W45"]
    assert client.get("/api/dyads/KAZ").status_code == 422
    assert client.get("/api/dyads/KAZ-RUS", params={"since": "soon"}).status_code == 422


def test_countries_network_and_map(client):
    codes = {c["code"]: c for c in client.get("/api/countries").json()}
    assert codes["KAZ"]["events"] == 4 and codes["KAZ"]["name"] == "Kazakhstan"
    net = client.get("/api/network").json()
    edges = {(e["source"], e["target"]): e for e in net["edges"]}
    assert edges[("KAZ", "RUS")]["count"] == 2 and edges[("KAZ", "RUS")]["cooperation"] == 2
    assert edges[("RUS", "UKR")]["conflict"] == 1 and edges[("RUS", "UKR")]["goldstein"] == -10.0
    sept = client.get("/api/network", params={"since": "2025-09-01", "until": "2025-09-30"}).json()
    assert [(e["source"], e["target"]) for e in sept["edges"]] == [("CHN", "KAZ")]
    pts = client.get("/api/map").json()
    kharkiv = next(p for p in pts["points"] if p["doc_id"] == "hand-kharkiv-shelling")
    assert kharkiv["approximate"] is False and round(kharkiv["lat"]) == 50
    almaty = [p for p in pts["points"] if p["doc_id"] == HAND_REFERENCE_ID]
    assert len(almaty) == 2 and all(p["approximate"] and p["place"] == "Almaty" for p in almaty)
    assert pts["unplaced"] == 2


def test_store_that_is_not_a_communique_store_gives_503(tmp_path):
    import duckdb

    from communique.api import create_app

    path = tmp_path / "other.duckdb"
    duckdb.connect(str(path)).close()
    r = TestClient(create_app(path)).get("/api/events")
    assert r.status_code == 503 and "store error" in r.json()["detail"]


# ---- processing: extract and ingest ----------------------------------------------------------

SHORT = " date 2025-03-02\nTOKYO — Japan's prime minister met the South Korean president in Tokyo on Saturday."


def test_extract_codes_text_without_storing(client):
    r = client.post("/api/extract", json={"id": "x1", "text": SHORT})
    assert r.status_code == 200, r.text
    doc = r.json()
    assert doc["id"] == "x1" and doc["published"] == "2025-03-02" and "events" in doc
    many = client.post("/api/extract", json=[{"text": SHORT}, {"text": "Germany and France held talks."}])
    assert many.status_code == 200 and len(many.json()) == 2
    assert client.get("/api/documents/x1").status_code == 404
    assert client.get("/api/health").json()["documents"] == 4


@pytest.mark.parametrize("body, needle", [
    (b"{not json", "malformed JSON"),
    (b"", "empty request body"),
    (b"[]", "empty list"),
    (b'"just a string"', "expected a JSON object"),
    (b'{"id": "a"}', 'missing field "text"'),
    (b'{"text": 42}', "must be a string"),
    (b'{"text": "   "}', "no text"),
    (b'{"text": "Talks.", "date": "2025-02-30"}', "impossible date"),
    (b'{"text": "Talks.", "title": ["a"]}', "must be a string"),
    (b'[{"text": "Talks."}, 7]', "record 1"),
    (b'[{"id": "a", "text": "x y"}, {"id": "a", "text": "z"}]', "share an id"),
    (b'{"text": "caf\xe9"}', "not UTF-8"),
])
def test_extract_malformed_input_is_422_with_message(client, body, needle):
    r = client.post("/api/extract", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 422, r.text
    assert needle in r.json()["detail"]


def test_extract_body_size_limit(hand_db, nlp):
    from communique.api import create_app

    small = TestClient(create_app(hand_db, max_body=1000, nlp=nlp))
    big = {"text": "Talks were held. " * 100}
    assert small.post("/api/extract", json=big).status_code == 413
    # without a Content-Length header (streamed body) the limit still holds
    r = small.post("/api/extract", content=iter([b'{"text": "', b"x" * 2000, b'"}']),
                   headers={"content-type": "application/json"})
    assert r.status_code == 413 and "too large" in r.json()["detail"]
    assert small.post("/api/extract", json={"text": "Talks were held."}).status_code == 200


def test_ingest_refused_when_writes_disabled(client):
    r = client.post("/api/documents", json={"text": SHORT}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403 and "--token" in r.json()["detail"]


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN},
                                     {"Authorization": f"Basic {TOKEN}"}, {"Authorization": "Bearer "}])
def test_ingest_needs_the_bearer_token(writer, headers):
    r = writer.post("/api/documents", json={"id": "new", "text": SHORT}, headers=headers)
    assert r.status_code == 401 and r.headers.get("www-authenticate") == "Bearer"
    assert writer.get("/api/documents/new").status_code == 404


def test_ingest_stores_records(writer):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = writer.post("/api/documents", json={"id": "new", "text": SHORT, "title": "Tokyo summit"}, headers=auth)
    assert r.status_code == 201, r.text
    assert r.json()["ids"] == ["new"] and r.json()["added"] == 1
    doc = writer.get("/api/documents/new").json()
    assert doc["text"] == SHORT and doc["title"] == "Tokyo summit" and doc["published"] == "2025-03-02"
    again = writer.post("/api/documents", json={"id": "new", "text": SHORT, "title": "Tokyo summit"}, headers=auth)
    assert again.json()["unchanged"] == 1 and writer.get("/api/health").json()["documents"] == 5
    batch = writer.post("/api/documents", headers=auth,
                        json=[{"id": "b1", "text": "Spain and Morocco signed a fisheries accord."},
                              {"id": "b2", "text": "Peru recalled its ambassador from Mexico.", "date": "2025-01-05"}])
    assert batch.status_code == 201 and batch.json()["added"] == 2
    assert writer.get("/api/documents", params={"q": "fisheries"}).json()["items"][0]["id"] == "b1"


def test_ingest_size_and_malformed(writer):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert writer.post("/api/documents", json={"text": "x " * 30_000}, headers=auth).status_code == 413
    r = writer.post("/api/documents", content=b'{"text": "unterminated', headers={**auth, "content-type": "application/json"})
    assert r.status_code == 422 and "malformed JSON" in r.json()["detail"]
    r = writer.post("/api/documents", json=[{"text": "Fine."}, {"title": "no text"}], headers=auth)
    assert r.status_code == 422 and "record 1" in r.json()["detail"]
    assert writer.get("/api/health").json()["documents"] == 4  # nothing half-written


def test_serve_command_is_registered():
    from typer.testing import CliRunner

    from communique.cli import app

    out = CliRunner().invoke(app, ["serve", "--help"])
    assert out.exit_code == 0 and "--token" in out.output and "--db" in out.output


def test_evidence_sentence_keeps_abbreviations_and_drops_the_header():
    from communique.api.queries import sentence_around

    text = " date 2024-05-02\nThe envoy met Mr. Sato on Jan. 4 in Tokyo. Talks went on. Then they left."
    start = text.index("met")
    got = sentence_around(text, 0, start, start + 3)
    assert got["text"] == "The envoy met Mr. Sato on Jan. 4 in Tokyo."
    assert text[got["span"][0]:got["span"][1]] == got["text"]
    later = text.index("went")
    assert sentence_around(text, 0, later, later + 4)["text"] == "Talks went on."


def test_serve_takes_the_token_from_the_environment(tmp_path, monkeypatch):
    import uvicorn
    from typer.testing import CliRunner

    from communique.cli import app

    started = {}
    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: started.update(app=application, **kw))
    monkeypatch.setenv("COMMUNIQUE_TOKEN", "from-env")
    out = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "s.duckdb"), "--port", "8123"])
    assert out.exit_code == 0, out.output
    assert started["host"] == "127.0.0.1" and started["port"] == 8123
    c = TestClient(started["app"])
    assert c.post("/api/documents", content=b"{broken", headers={"Authorization": "Bearer nope"}).status_code == 401
    # the right token gets past the guard (to the body check)
    assert c.post("/api/documents", content=b"{broken", headers={"Authorization": "Bearer from-env",
                                                                  "content-type": "application/json"}).status_code == 422


def test_documents_and_events_filter_by_genre(tmp_path):
    """/api/documents and /api/events take genre (documents.genre); an unknown genre is a 422 naming them."""
    from web_fixtures import hand_reference

    from communique.api import create_app

    doc, text = hand_reference()
    opinion = (dict(doc, id="hand-opinion", genre={"kind": "opinion", "signals": ["a test signal"]}), text)
    path = tmp_path / "g.duckdb"
    build_store(path, extra=[opinion])
    c = TestClient(create_app(path))
    got = c.get("/api/documents", params={"genre": "opinion"}).json()
    assert [d["id"] for d in got["items"]] == ["hand-opinion"] and got["items"][0]["genre"] == "opinion"
    events = c.get("/api/events", params={"genre": "opinion"}).json()
    assert events["total"] == len(doc["events"]) and {e["doc_id"] for e in events["items"]} == {"hand-opinion"}
    r = c.get("/api/documents", params={"genre": "satire"})
    assert r.status_code == 422 and "report, live blog, opinion" in r.text
