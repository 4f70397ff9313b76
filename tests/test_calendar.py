"""The forward calendar: planned events with their status (happened / cancelled / postponed / pending /
overdue), as a store query, CLI (table, JSON, iCalendar) and API."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from communique.store import Store

from conftest import shared_file
from test_clusters import _doc, _ev


def _store(path):
    plan = _doc("p", "https://one.example/p", [_ev("e1", "CONSULT", ["KAZ"], ["RUS"], "2025-11-12", "November 12",
                                                    mode="visit", trigger="visit", planned=True, place="Moscow")],
                published="2025-10-20")
    plan["events"][0]["sentence_span"] = [0, 41]
    done = _doc("d", "https://two.example/d", [_ev("e1", "CONSULT", ["KAZ"], ["RUS"], "2025-11-12", "Wednesday",
                                                    mode="visit", trigger="visited", place="Moscow")],
                published="2025-11-12")
    plan2 = _doc("q", "https://one.example/q", [_ev("e1", "CONSULT", ["FRA"], ["DEU"], "2025-12-01", "December 1",
                                                     trigger="summit", planned=True)], published="2025-11-01",
                 actors=[{"id": "a1", "code": "FRA", "name": "France", "mentions": [[0, 6]]}])
    off = _doc("o", "https://three.example/o", [], published="2025-11-20",
               actors=[{"id": "a1", "code": "FRA", "name": "France", "mentions": [[0, 6]], "kind": "state"}])
    plan3 = _doc("r", "https://one.example/r", [_ev("e1", "AGREE", ["UZB"], ["TJK"], "2026-03", "March",
                                                     trigger="sign", planned=True)], published="2026-01-10")
    with Store(path) as s:
        s.add_documents([plan, done, plan2, off, plan3],
                        {"p": "Tokayev will visit Moscow on November 12.", "d": "Tokayev visited Moscow on Wednesday.",
                         "q": "France and Germany will hold a summit on December 1.",
                         "o": "France said on Thursday the summit with Germany had been postponed until spring. "
                              "The weather was cold.",
                         "r": "Uzbekistan and Tajikistan will sign the accord in March."})


def test_statuses(tmp_path):
    from communique.store.calendar import forward_calendar

    path = tmp_path / "s.duckdb"
    _store(path)
    with Store(path, read_only=True) as s:
        con = s._cursor()
        items = {e["source"][0]: e for e in forward_calendar(con, today=dt.date(2026, 2, 1))}
        assert items["KAZ"]["status"] == "happened" and items["KAZ"]["by"]["date"] == "2025-11-12"
        assert items["KAZ"]["place"] == "Moscow" and items["KAZ"]["reports"][0]["evidence"]["text"].startswith("Tokayev")
        assert items["FRA"]["status"] == "postponed" and items["FRA"]["by"]["doc_id"] == "o"
        assert items["UZB"]["status"] == "pending"
        assert forward_calendar(con, today=dt.date(2026, 4, 1), actor="UZB")[0]["status"] == "overdue"
        assert forward_calendar(con, today=dt.date(2026, 3, 31), actor="uzb")[0]["status"] == "pending"
        assert [e["date"] for e in forward_calendar(con, since="2025-11-13", until="2026-02")] == ["2025-12-01"]
        assert [e["date"] for e in forward_calendar(con, since="2026-03-15")] == ["2026-03"]  # the month overlaps


def test_cli_ics_reads_back_and_api(tmp_path):
    from fastapi.testclient import TestClient
    from icalendar import Calendar
    from typer.testing import CliRunner

    from communique.api.app import create_app
    from communique.cli import app as cli

    path = tmp_path / "s.duckdb"
    _store(path)
    runner = CliRunner()
    res = runner.invoke(cli, ["calendar", "--db", str(path), "--format", "json", "--today", "2026-02-01"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in res.stdout.splitlines()]
    res = runner.invoke(cli, ["calendar", "--db", str(path), "--format", "ics", "--today", "2026-02-01"])
    assert res.exit_code == 0, res.output
    cal = Calendar.from_ical(res.stdout_bytes)
    events = cal.walk("VEVENT")
    assert sorted(str(e["uid"]) for e in events) == sorted(f"{r['id']}@communique" for r in rows)
    starts = {str(e["uid"]): e.decoded("dtstart") for e in events}
    assert starts[f"{rows[0]['id']}@communique"] == dt.date(2025, 11, 12)
    march = next(e for e in events if e.decoded("dtstart") == dt.date(2026, 3, 1))
    assert march.decoded("dtend") == dt.date(2026, 4, 1)
    res = runner.invoke(cli, ["calendar", "--db", str(path), "--from", "nonsense"])
    assert res.exit_code == 2 and "--from" in res.output
    client = TestClient(create_app(str(path)))
    page = client.get("/api/calendar", params={"actor": "FRA", "today": "2026-02-01"}).json()
    assert page["total"] == 1 and page["items"][0]["status"] == "postponed"
    r = client.get("/api/calendar", params={"format": "ics"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/calendar")
    assert client.get("/api/calendar", params={"from": "x"}).status_code == 422


def test_reference_article_lists_the_state_visit(tmp_path, extract):
    path_in = shared_file("corpus/news_dev.jsonl")
    rec = json.loads(path_in.read_text(encoding="utf-8").splitlines()[0])
    doc = extract(rec["text"], rec.get("date"), rec["id"])
    with Store(tmp_path / "s.duckdb") as s:
        s.add_documents([doc], {doc["id"]: rec["text"]})
        items = s.calendar(actor="KAZ", since="2025-11-12", until="2025-11-12", today=dt.date(2025, 11, 1))
    visit = [e for e in items if "RUS" in e["target"] and e["event"] == "CONSULT"]
    assert visit and visit[0]["status"] == "pending"
    assert "state visit" in visit[0]["reports"][0]["evidence"]["text"]
