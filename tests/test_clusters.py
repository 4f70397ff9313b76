"""Event clusters: one record per happening, counted by outlets and articles, independent of ingest order."""

from __future__ import annotations

import json
import random

import pytest

from communique.store import Store
from communique.store.clusters import Sig, article_key, linked, outlet_of, signatures

from conftest import shared_file


def _doc(doc_id, url, events, published="2025-03-10", actors=None):
    return {"id": doc_id, "url": url, "source": None, "published": published, "actors": actors or [],
            "events": events, "quotes": [], "amounts": [], "dates": [], "places": []}


def _ev(eid, cat, src, tgt, date=None, date_text=None, mode=None, trigger="met", conf=0.8, planned=False,
        quad="verbal cooperation", place=None):
    part = lambda c: {"actor": None, "code": c, "sector": "GOV", "text": c, "span": [0, 1]}  # noqa: E731
    return {"id": eid, "event": cat, "mode": mode, "cameo": None, "quad": quad, "source": [part(c) for c in src],
            "target": [part(c) for c in tgt], "date": date, "date_text": date_text, "planned": planned,
            "negated": False, "trigger": {"text": trigger, "span": [0, 1]}, "confidence": conf,
            "location": {"name": place} if place else None}


def _sig(doc, i=0):
    return signatures(doc, None)[i]


def test_reports_of_one_meeting_link_across_outlets_and_a_day_apart():
    a = _doc("a", "https://www.one.example/x", [_ev("e1", "CONSULT", ["PAK"], ["CHN"], "2020-08-20", "Thursday",
                                                    trigger="held talks")])
    b = _doc("b", "https://two.example/y", [_ev("e1", "CONSULT", ["CHN"], ["PAK"], "2020-08-21", "Friday",
                                                trigger="talks")], published="2020-08-21")
    assert linked(_sig(a), _sig(b))
    c = _doc("c", "https://two.example/z", [_ev("e1", "CONSULT", ["CHN"], ["PAK"], "2020-08-25", "Tuesday",
                                                trigger="talks")])
    assert not linked(_sig(a), _sig(c))  # four days apart, both dated to the day: another meeting


def test_different_parties_category_or_planning_never_link():
    base = _ev("e1", "CONSULT", ["PAK"], ["CHN"], trigger="talks")
    a = _sig(_doc("a", "https://a.example", [base]))
    for other in (_ev("e1", "CONSULT", ["IND"], ["RUS"], trigger="talks"),
                  _ev("e1", "AGREE", ["PAK"], ["CHN"], trigger="talks"),
                  _ev("e1", "CONSULT", ["PAK"], ["CHN"], trigger="talks", planned=True)):
        assert not linked(a, _sig(_doc("b", "https://b.example", [other])))


def test_violent_acts_need_more_than_the_same_code():
    hit = lambda eid, trig, place: _ev(eid, "ASSAULT", ["SYR"], ["SYR"], quad="material conflict",  # noqa: E731
                                       trigger=trig, place=place)
    a = _sig(_doc("a", "https://a.example", [hit("e1", "shelled", "Idlib")]))
    b = _sig(_doc("b", "https://b.example", [hit("e1", "bombed", "Aleppo")]))
    c = _sig(_doc("c", "https://c.example", [hit("e1", "airstrike", "Idlib")]))
    assert not linked(a, b) and linked(a, c)


def test_outlet_and_article_keys():
    assert outlet_of("https://www.dawn.com/news/1", None, "x") == outlet_of("http://dawn.com/other", None, "y")
    assert outlet_of(None, "Reuters", "x") == "reuters"
    doc = {"events": []}
    assert article_key(" date 2020-01-01\nSame  WIRE copy.", doc) == article_key("same wire copy", doc)


def _store_counts(path):
    with Store(path, read_only=True) as s:
        cur = s._cursor()
        clusters = cur.execute("SELECT id, event, sources, articles, mentions, documents FROM clusters "
                               "ORDER BY id").fetchall()
        members = cur.execute("SELECT cluster_id, doc_id, event_id FROM cluster_events ORDER BY ALL").fetchall()
    return clusters, members


def test_wire_copy_under_two_urls_counts_as_one_article(tmp_path):
    ev = _ev("e1", "AGREE", ["KAZ", "RUS"], [], "2025-03-09", "Sunday", trigger="signed")
    text = "ASTANA - Kazakhstan and Russia signed a pact on Sunday."
    with Store(tmp_path / "s.duckdb") as s:
        s.add_documents([_doc("a", "https://wire.example/1", [ev]), _doc("b", "https://paper.example/2", [ev])],
                        {"a": text, "b": text})
    (cid, _, sources, articles, mentions, docs), = _store_counts(tmp_path / "s.duckdb")[0]
    assert (sources, articles, mentions, docs) == (2, 1, 2, ["a", "b"])


def test_replacing_a_document_splits_its_cluster(tmp_path):
    evs = {k: _ev("e1", "AGREE", ["KAZ", "RUS"], [], "2025-03-09", "Sunday", trigger=t)
           for k, t in (("a", "signed"), ("b", "signed a deal"), ("c", "deal"))}
    docs = [_doc(k, f"https://{k}.example", [e]) for k, e in evs.items()]
    path = tmp_path / "s.duckdb"
    with Store(path) as s:
        s.add_documents(docs)
        assert s._cursor().execute("SELECT count(*) FROM clusters").fetchone()[0] == 1
        # b was the bridge between 'signed' and 'deal': without it, a and c are two happenings
        s.add_documents([_doc("b", "https://b.example", [_ev("e1", "ASSAULT", ["KAZ"], ["RUS"])])])
        assert s._cursor().execute("SELECT count(*) FROM clusters").fetchone()[0] == 3
        s.delete_document("b")
        assert sorted(r[0] for r in s._cursor().execute("SELECT documents FROM clusters").fetchall()) == [["a"], ["c"]]


def _news(n=None):
    recs = []
    for rel in ("corpus/news_dev.jsonl", "corpus/news_dev2.jsonl"):
        path = shared_file(rel)
        recs += [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return recs


@pytest.fixture(scope="module")
def news_docs(extract):
    recs = _news()
    return recs, [(extract(r["text"], r.get("date"), r["id"]), r["text"]) for r in recs]


def test_same_clusters_whatever_the_ingest_order(tmp_path, news_docs):
    _, docs = news_docs
    results = []
    for k, seed in enumerate((1, 2)):
        order = list(docs)
        random.Random(seed).shuffle(order)
        path = tmp_path / f"o{k}.duckdb"
        with Store(path) as s:
            for i in range(0, len(order), 7):
                batch = order[i:i + 7]
                s.add_documents([d for d, _ in batch], {d["id"]: t for d, t in batch})
        results.append(_store_counts(path))
    assert results[0] == results[1]


def _gold_match(g, e):
    codes = lambda xs: {str(x).split(":")[0][:3] for x in xs or []}  # noqa: E731
    if e.get("event") != g["event"]:
        return False
    ps = {p.get("code", "")[:3] for p in e.get("source") or [] if p.get("code")}
    pt = {p.get("code", "")[:3] for p in e.get("target") or [] if p.get("code")}
    gs, gt = codes(g.get("source")), codes(g.get("target"))
    if g["event"] in {"CONSULT", "AGREE", "COOPERATE"}:
        return bool((gs | gt) & (ps | pt))
    return (not gs or bool(gs & ps)) and (not gt or bool(gt & pt))


def test_news_dev_clusters_join_their_reports_and_nothing_else(tmp_path, news_docs):
    recs, docs = news_docs
    path = tmp_path / "news.duckdb"
    with Store(path) as s:
        s.add_documents([d for d, _ in docs], {d["id"]: t for d, t in docs})
        member = {(d, e): c for c, d, e in s._cursor().execute(
            "SELECT cluster_id, doc_id, event_id FROM cluster_events").fetchall()}
        sources = dict(s._cursor().execute("SELECT id, sources FROM clusters").fetchall())
    by_id = {r["id"]: r for r in recs}
    predicted = {d["id"]: d for d, _ in docs}
    marked = {}
    for r in recs:
        if r.get("cluster"):
            marked.setdefault(r["cluster"], []).append(r["id"])
    for name, ids in marked.items():
        main = by_id[ids[0]]["gold"]["events"][0]
        hits = {}
        for i in ids:
            for e in predicted[i]["events"]:
                if _gold_match(main, e):
                    hits.setdefault(member[(i, e["id"])], set()).add(i)
        best = max(hits.values(), key=len) if hits else set()
        assert len(best) >= 3, (name, hits)
        assert max(sources[c] for c, docs_ in hits.items() if docs_ == best) >= 3
    # no cluster joins the main events of unrelated records (different gold clusters, or unclustered records)
    # unless their gold main events match each other
    mains = {}
    for (d, e), c in member.items():
        main = by_id[d]["gold"]["events"][0] if by_id[d]["gold"]["events"] else None
        ev = next(x for x in predicted[d]["events"] if x["id"] == e)
        if main is not None and _gold_match(main, ev):
            mains.setdefault(c, []).append(d)
    for c, doc_ids in mains.items():
        for a in doc_ids:
            for b in doc_ids:
                la, lb = by_id[a].get("cluster") or a, by_id[b].get("cluster") or b
                if la != lb:
                    ga, gb = by_id[a]["gold"]["events"][0], by_id[b]["gold"]["events"][0]
                    as_pred = {"event": gb["event"], "source": [{"code": x} for x in gb.get("source") or []],
                               "target": [{"code": x} for x in gb.get("target") or []]}
                    assert _gold_match(ga, as_pred), (c, a, b)


def test_cluster_api_and_cli(tmp_path):
    from fastapi.testclient import TestClient
    from typer.testing import CliRunner

    from communique.api.app import create_app
    from communique.cli import app as cli

    path = tmp_path / "s.duckdb"
    ev = lambda t: _ev("e1", "AGREE", ["KAZ", "RUS"], [], "2025-03-09", "Sunday", trigger=t)  # noqa: E731
    with Store(path) as s:
        s.add_documents([_doc("a", "https://one.example/1", [ev("signed")]),
                         _doc("b", "https://two.example/2", [ev("signed a treaty")]),
                         _doc("c", "https://three.example/3", [_ev("e1", "ASSAULT", ["UKR"], ["RUS"],
                                                                   quad="material conflict")])],
                        {"a": "Kazakhstan and Russia signed a treaty.", "b": "Russia and Kazakhstan signed a treaty on Sunday.",
                         "c": "Ukraine struck Russia."})
    client = TestClient(create_app(str(path)))
    page = client.get("/api/clusters", params={"actor": "KAZ"}).json()
    assert page["total"] == 1
    c = page["items"][0]
    assert (c["event"], c["sources"], c["articles"], c["mentions"], c["documents"]) == ("AGREE", 2, 2, 2, ["a", "b"])
    assert {"id", "first_seen", "last_seen"} <= set(c)
    assert client.get("/api/clusters", params={"limit": 1}).json()["total"] == 2
    one = client.get(f"/api/clusters/{c['id']}").json()
    assert [r["doc_id"] for r in one["reports"]] == ["a", "b"] and one["reports"][0]["evidence"]["text"]
    assert client.get("/api/clusters/c-nothing").status_code == 404
    client.app.state.db.close()  # the server owns the store while it runs; the CLI opens it after
    res = CliRunner().invoke(cli, ["events", "--db", str(path), "--clustered", "--format", "json"])
    assert res.exit_code == 0, res.output
    assert sorted(json.loads(x)["mentions"] for x in res.stdout.splitlines()) == [1, 2]
    res = CliRunner().invoke(cli, ["clusters", "show", c["id"], "--db", str(path)])
    assert res.exit_code == 0 and "one.example" in res.stdout and "two.example" in res.stdout
    res = CliRunner().invoke(cli, ["clusters", "rebuild", "--db", str(path)])
    assert res.exit_code == 0 and "2 clusters" in res.stdout


def test_guardian_subset_gives_the_same_clusters_in_two_orders(tmp_path, extract):
    """The issue's check on real long articles: a subset of the Guardian sample, ingested in two orders."""
    path = shared_file("guardian_sample/guardian_2019.jsonl")
    recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()[:10] if x.strip()]
    docs = [(extract(r["text"], r.get("date"), str(r["id"])), r["text"]) for r in recs]
    results = []
    for k, order in enumerate((docs, docs[::-1])):
        db = tmp_path / f"g{k}.duckdb"
        with Store(db) as s:
            for i in range(0, len(order), 3):
                batch = order[i:i + 3]
                s.add_documents([d for d, _ in batch], {d["id"]: t for d, t in batch})
        results.append(_store_counts(db))
    assert results[0] == results[1] and results[0][0]
