"""The command line on the bundled reference article: extract, ingest, summary, show, events, eval."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.schema import span_errors, validate
from conftest import REFERENCE, SAMPLES

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory, nlp):
    path = tmp_path_factory.mktemp("cli") / "demo.duckdb"
    res = runner.invoke(app, ["ingest", "--db", str(path), str(SAMPLES)])
    assert res.exit_code == 0, res.output
    return path


@pytest.fixture(scope="module")
def reference_id(db):
    from communique.store import Store

    with Store(db, read_only=True) as s:
        docs = s.list_documents()
    assert len(docs) >= 1
    return next(d["id"] for d in docs if d["published"] == "2025-10-23")


def test_help_everywhere():
    for cmd in ([], ["extract"], ["ingest"], ["events"], ["show"], ["summary"], ["eval"]):
        res = runner.invoke(app, [*cmd, "--help"])
        assert res.exit_code == 0 and "Usage" in res.output, cmd


def test_extract_emits_schema_valid_json_lines(nlp):
    text = REFERENCE.read_text(encoding="utf-8")
    res = runner.invoke(app, ["extract", str(REFERENCE)])
    assert res.exit_code == 0, res.output
    lines = [line for line in res.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    doc = json.loads(lines[0])
    validate(doc, text)
    assert doc["published"] == "2025-10-23"
    assert not span_errors(doc, text)


def test_ingest_twice_adds_nothing(db):
    res = runner.invoke(app, ["ingest", "--db", str(db), str(SAMPLES)])
    assert res.exit_code == 0 and "0 added" in res.stderr and "unchanged" in res.stderr


def test_summary(db):
    res = runner.invoke(app, ["summary", "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "document" in res.stdout and "actors" in res.stdout and "events" in res.stdout
    n = len(list(SAMPLES.glob("*.txt"))) + sum(
        1 for f in SAMPLES.glob("*.jsonl") for line in f.read_text(encoding="utf-8").splitlines() if line.strip())
    assert f"{n} document{'s' if n != 1 else ''}" in res.stdout.splitlines()[0]


def test_summary_without_store(tmp_path):
    res = runner.invoke(app, ["summary", "--db", str(tmp_path / "none.duckdb")])
    assert res.exit_code == 2 and "communique ingest" in res.stderr and "Traceback" not in res.output


def test_show(db, reference_id):
    res = runner.invoke(app, ["show", reference_id, "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "Kosherbayev" in res.stdout and "legend" in res.stdout
    res = runner.invoke(app, ["show", "no-such-id", "--db", str(db)])
    assert res.exit_code == 1 and "no document" in res.stderr


def test_show_highlights_every_kind():
    from communique.commands.show import highlighted

    text = "PARIS — France pledged $5 million on Monday, saying \"we stand ready\"."
    doc = {"dateline": {"text": "PARIS", "span": [0, 5]},
           "actors": [{"mentions": [[8, 14]]}], "events": [{"trigger": {"text": "pledged", "span": [15, 22]}}],
           "amounts": [{"span": [23, 33]}], "dates": [{"span": [37, 43]}], "quotes": [{"span": [52, 66]}],
           "places": [{"span": [0, 5]}]}
    rendered = highlighted(doc, text)
    styled = {(s.start, s.end) for s in rendered.spans}
    assert {(0, 5), (8, 14), (15, 22), (23, 33), (37, 43), (52, 66)} <= styled


def test_events_formats(db):
    res = runner.invoke(app, ["events", "--db", str(db), "--format", "csv"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert rows == [] or {"event", "source", "target", "date", "doc_id"} <= set(rows[0])
    res = runner.invoke(app, ["events", "--db", str(db), "--format", "json"])
    assert res.exit_code == 0
    assert len([json.loads(x) for x in res.stdout.splitlines() if x.strip()]) == len(rows)
    res = runner.invoke(app, ["events", "--db", str(db), "--since", "2025-02-30"])
    assert res.exit_code == 2 and "impossible date" in res.stderr
    res = runner.invoke(app, ["events", "--db", str(db), "--dyad", "KAZ"])
    assert res.exit_code == 2 and "dyad" in res.stderr
    assert "contexts" in rows[0] if rows else True


def test_events_context_filter(db):
    from communique.store import Store

    with Store(db, read_only=True) as s:
        events = s.query_events()
    assert events and all(isinstance(e["contexts"], list) for e in events)
    tagged = sorted({c for e in events for c in e["contexts"]})
    assert tagged, "the reference article's events carry contexts"
    res = runner.invoke(app, ["events", "--db", str(db), "--context", tagged[0], "--format", "json"])
    assert res.exit_code == 0, res.output
    got = [json.loads(x) for x in res.stdout.splitlines() if x.strip()]
    assert got and len(got) == sum(tagged[0] in e["contexts"] for e in events)
    assert all(tagged[0] in e["contexts"] for e in got)
    res = runner.invoke(app, ["events", "--db", str(db), "--context", "weather"])
    assert res.exit_code == 2 and "PLOVER contexts are" in res.stderr


def test_eval_small_gold_file(tmp_path, nlp):
    gold = tmp_path / "gold.jsonl"
    recs = [{"id": "g1", "text": "Japan and South Korea agreed to resume talks on a fisheries deal.", "event": "AGREE",
             "mode": "", "source": [{"text": "Japan", "code": "JPN", "sector": ""}], "target": []},
            {"id": "g2", "text": "Rebels attacked an army convoy near the border with Chad.", "event": "ASSAULT",
             "mode": "", "source": [{"text": "Rebels", "code": "", "sector": "REB"}], "target": []}]
    gold.write_text("".join(json.dumps(r) + "\n" for r in recs))
    res = runner.invoke(app, ["eval", str(gold), "--json"])
    assert res.exit_code == 0, res.output
    figures = json.loads(res.stdout.strip().splitlines()[-1])
    assert figures["n"] == 2 and 0 <= figures["event_accuracy"] <= 1 and figures["missing_ids"] == 0
    res = runner.invoke(app, ["eval", str(gold), "--kind", "gsr", "--verbose"])
    assert res.exit_code == 0 and "event_accuracy" in res.stdout and "Confusion" in res.stdout
