"""The figures ledger: amounts by category (the taxonomy of figures.yaml), dyad and year, conflicts flagged."""

from __future__ import annotations

import json

from communique.store import Store
from communique.store.figures import classify

from conftest import shared_file
from test_clusters import _doc


def test_taxonomy():
    assert classify("bilateral trade turnover", "USD") == "bilateral trade"
    assert classify("direct investments", "EUR") == "investment"
    assert classify("humanitarian assistance", "USD") == "aid"
    assert classify("people", "people", "a rally that drew 5,000 people in the capital") == "protest size"
    assert classify("civilians", "people", "the shelling killed 12 civilians") == "casualties"
    assert classify("trade", "percent") == "other"  # a share is not a trade amount
    assert classify(None, "people", "") == "other"


def _amount(value, about, year, qualifier, actors, span=(0, 3)):
    return {"value": value, "unit": "USD", "about": about, "year": year, "qualifier": qualifier, "actors": actors,
            "text": "$1", "span": list(span)}


def _store(path):
    actors = [{"id": "a1", "code": "ARM", "name": "Armenia", "mentions": []},
              {"id": "a2", "code": "GEO", "name": "Georgia", "mentions": []}]
    one = _doc("x", "https://one.example/x", [], actors=actors)
    one["amounts"] = [_amount(1.2e9, "bilateral trade", 2023, None, ["a1", "a2"]),
                      _amount(2e9, "trade", None, "target", ["a1", "a2"])]
    two = _doc("y", "https://two.example/y", [], actors=actors)
    two["amounts"] = [_amount(1.5e9, "trade turnover", 2023, "exceeded", ["a2", "a1"]),
                      _amount(3e6, "humanitarian aid", 2023, None, ["a1"])]
    three = _doc("z", "https://one.example/z", [], actors=actors)
    three["amounts"] = [_amount(1.21e9, "trade", 2023, None, ["a1", "a2"])]
    with Store(path) as s:
        s.add_documents([one, two, three], {"x": "Trade was $1.2 billion. The goal is $2 billion.",
                                            "y": "Trade exceeded $1.5 billion. Aid of $3 million.",
                                            "z": "Trade reached $1.21 billion."})


def test_ledger_groups_and_flags_conflicts(tmp_path):
    path = tmp_path / "s.duckdb"
    _store(path)
    with Store(path, read_only=True) as s:
        led = s.figures(dyad="GEO-ARM", about="bilateral trade")
        assert [(r["year"], r["value"], r["qualifier"]) for r in led["items"]] == [
            (2023, 1.5e9, "exceeded"), (2023, 1.21e9, None), (2023, 1.2e9, None), (None, 2e9, "target")]
        assert all(r["dyad"] == "ARM-GEO" for r in led["items"])
        # one.example's two figures agree with each other; two.example's disagrees with both of them
        pairs = sorted(tuple(sorted(v["id"] for v in c["values"])) for c in led["conflicts"])
        assert pairs == [("x:0", "y:0"), ("y:0", "z:0")]
        assert {r["id"] for r in led["items"] if r["conflict"]} == {"x:0", "y:0", "z:0"}
        assert [p["value"] for p in led["series"][0]["points"]] == [1.2e9, 1.21e9, 1.5e9]
        assert s.figures(actor="ARM", about="aid")["items"][0]["value"] == 3e6
        assert s.figures(year=2024)["total"] == 0


def test_cli_and_api(tmp_path):
    from fastapi.testclient import TestClient
    from typer.testing import CliRunner

    from communique.api.app import create_app
    from communique.cli import app as cli

    path = tmp_path / "s.duckdb"
    _store(path)
    res = CliRunner().invoke(cli, ["figures", "--db", str(path), "--dyad", "ARM-GEO"])
    assert res.exit_code == 0, res.output
    assert "1,500,000,000" in res.stdout and "conflict: bilateral trade ARM-GEO 2023" in res.stdout
    res = CliRunner().invoke(cli, ["figures", "--db", str(path), "--about", "weather"])
    assert res.exit_code == 2 and "bilateral trade" in res.output
    client = TestClient(create_app(str(path)))
    body = client.get("/api/figures", params={"about": "aid"}).json()
    assert body["total"] == 1 and body["items"][0]["evidence"]["text"]
    assert client.get("/api/figures", params={"about": "weather"}).status_code == 422


def test_reference_article_trade_figures(tmp_path, extract):
    rec = json.loads(shared_file("corpus/news_dev.jsonl").read_text(encoding="utf-8").splitlines()[0])
    doc = extract(rec["text"], rec.get("date"), rec["id"])
    with Store(tmp_path / "s.duckdb") as s:
        s.add_documents([doc], {doc["id"]: rec["text"]})
        led = s.figures(dyad="KAZ-RUS", about="bilateral trade")
    got = {(r["value"], r["unit"], r["year"], r["qualifier"]) for r in led["items"]}
    assert (28e9, "USD", 2024, "exceeded") in got and (30e9, "USD", None, "target") in got
