"""Input handling end to end through `communique ingest`: bad input, headers, stdin, directories, ids."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.ingest.records import content_id, make_record, read_path
from communique.store import Store

GOOD_1 = "Envoys from Chile and Peru met in Lima on Tuesday to discuss fishing rights along their maritime border."
GOOD_2 = "The government of Ghana announced new sanctions against three foreign mining companies on Friday."
GOOD_3 = "Thousands of teachers protested outside the parliament in Nairobi, demanding higher salaries."


@pytest.fixture(scope="module")
def runner(nlp):  # nlp: make sure the model is loadable before timing-sensitive CLI runs
    return CliRunner()


def jl(**rec) -> str:
    return json.dumps(rec)


def ingest(runner, tmp_path, *args):
    db = tmp_path / "store.duckdb"
    res = runner.invoke(app, ["ingest", "--db", str(db), *map(str, args)])
    return res, db


def stored_ids(db) -> set:
    with Store(db, read_only=True) as s:
        return {d["id"] for d in s.list_documents()}


def error_lines(res) -> list[str]:
    return [line for line in res.stderr.splitlines() if line.startswith("error:")]


def assert_no_traceback(res):
    assert "Traceback" not in res.output
    assert res.exception is None or isinstance(res.exception, SystemExit)


def test_bad_records_in_jsonl_are_reported_and_others_stored(runner, tmp_path):
    src = tmp_path / "mixed.jsonl"
    lines = [jl(id="ok1", text=GOOD_1).encode(),
             b'{"id": "broken", "text": "unterminated',
             jl(id="notext").encode(),
             jl(id="blank", text="   ").encode(),
             jl(id="baddate", text=GOOD_2, date="2025-02-30").encode(),
             b'{"id": "latin", "text": "caf\xe9 society"}',
             b'{"id": "nul", "text": "a\x00b"}',
             jl(id="ok2", text=GOOD_2, date="2025-03-01").encode()]
    src.write_bytes(b"\n".join(lines) + b"\n")
    res, db = ingest(runner, tmp_path, src)
    assert_no_traceback(res)
    assert res.exit_code == 1
    errs = error_lines(res)
    assert len(errs) == 6, res.stderr
    for lineno, needle in ((2, "malformed JSON"), (3, "no text"), (4, "no text"), (5, "impossible date"),
                           (6, "undecodable"), (7, "binary")):
        assert any(f"{src}:{lineno}:" in e and needle in e for e in errs), (lineno, errs)
    assert all("\n" not in e for e in errs)
    assert stored_ids(db) == {"ok1", "ok2"}


@pytest.mark.parametrize("name,data,needle", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n ", "empty file"),
    ("empty.jsonl", b"\n\n", "empty file"),
    ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", "binary"),
    ("latin1.txt", "Les ministres se sont réunis à Genève.".encode("latin-1"), "undecodable"),
    ("header.txt", b" date 2025-13-45 Ministers met in Rome on Monday to discuss migration policy.", "impossible date"),
])
def test_bad_files(runner, tmp_path, name, data, needle):
    bad = tmp_path / "in" / name
    bad.parent.mkdir()
    bad.write_bytes(data)
    good = tmp_path / "in" / "good.txt"
    good.write_text(GOOD_3, encoding="utf-8")
    res, db = ingest(runner, tmp_path, tmp_path / "in")
    assert_no_traceback(res)
    assert res.exit_code == 1
    errs = error_lines(res)
    assert len(errs) == 1 and str(bad) in errs[0] and needle in errs[0], res.stderr
    assert stored_ids(db) == {content_id(GOOD_3)}


def test_missing_input_is_an_error(runner, tmp_path):
    res, _ = ingest(runner, tmp_path, tmp_path / "nope.txt")
    assert res.exit_code == 1 and "no such file" in res.stderr


def test_strict_stops_at_first_bad_record(runner, tmp_path):
    src = tmp_path / "s.jsonl"
    src.write_text("\n".join([jl(id="a", text=GOOD_1), "{not json", jl(id="b", text=GOOD_2)]) + "\n")
    res, db = ingest(runner, tmp_path, "--strict", src)
    assert res.exit_code == 1
    assert len(error_lines(res)) == 1
    assert "b" not in stored_ids(db)
    res, db = ingest(runner, tmp_path, src)  # without --strict the later record is stored
    assert stored_ids(db) == {"a", "b"}


def test_failure_while_storing_leaves_no_partial_batch(runner, tmp_path, monkeypatch):
    from communique.store import store as store_module

    real = store_module.Store._rows
    seen = []

    def flaky(self, con, table, columns, rows):
        real(self, con, table, columns, rows)  # this table's rows of the batch are written ...
        seen.append(table)
        if table == "events" and any(r[0] == "two" for r in rows):
            raise RuntimeError("disk full")  # ... then the batch fails half-way through its tables

    src = tmp_path / "b.jsonl"
    src.write_text("\n".join([jl(id="one", text=GOOD_1), jl(id="two", text=GOOD_2), jl(id="three", text=GOOD_3)]))
    monkeypatch.setattr(store_module.Store, "_rows", flaky)
    res, db = ingest(runner, tmp_path, "--batch-size", "2", src)
    monkeypatch.undo()
    assert_no_traceback(res)
    # the batch (one, two) was rolled back, then redone one document at a time: only "two" is lost
    assert res.exit_code == 1 and len(error_lines(res)) == 1
    assert "b.jsonl:2: storing failed, nothing of it was written" in res.stderr
    assert stored_ids(db) == {"one", "three"}
    assert "documents" in seen[:seen.index("events")]  # the failure came after rows had been written
    with Store(db, read_only=True) as s:
        for table in ("actors", "events", "event_actors", "quotes", "amounts", "dates", "places"):
            n = s._cursor().execute(f"SELECT count(*) FROM {table} WHERE doc_id = 'two'").fetchone()[0]
            assert n == 0, table


def test_header_on_same_line_and_next_line():
    same = make_record(" date 2025-10-23 GENEVA — Talks resumed between the two delegations today.", "f")
    nxt = make_record(" date 2025-10-23\nTalks resumed between the two delegations today.", "f")
    for rec, body in ((same, "GENEVA"), (nxt, "Talks")):
        assert rec.published == "2025-10-23"
        assert rec.text[rec.body_start:].startswith(body)
        assert "date" not in rec.text[rec.body_start:rec.body_start + 10]


def test_record_date_wins_with_warning(runner, tmp_path):
    rec = make_record(" date 2025-10-23\n" + GOOD_1, "x.jsonl:1", "r", "2025-10-24")
    assert rec.published == "2025-10-24"
    assert rec.warnings and "2025-10-24" in rec.warnings[0] and "2025-10-23" in rec.warnings[0]
    src = tmp_path / "w.jsonl"
    src.write_text(jl(id="r", text=" date 2025-10-23\n" + GOOD_1, date="2025-10-24") + "\n")
    res, db = ingest(runner, tmp_path, src)
    assert res.exit_code == 0
    assert any(line.startswith("warning:") and f"{src}:1" in line for line in res.stderr.splitlines())
    with Store(db, read_only=True) as s:
        assert s.get_document("r")["published"] == "2025-10-24"


def test_spans_index_original_text_with_header(runner, tmp_path):
    text = " date 2025-10-23 NAIROBI — " + GOOD_3
    src = tmp_path / "h.txt"
    src.write_text(text, encoding="utf-8")
    res, db = ingest(runner, tmp_path, src)
    assert res.exit_code == 0, res.output
    with Store(db, read_only=True) as s:
        doc = s.get_document(content_id(text))
    assert doc["text"] == text and doc["published"] == "2025-10-23"
    assert doc["dateline"] and text[slice(*doc["dateline"]["span"])] == doc["dateline"]["text"] == "NAIROBI"
    for item in doc["dates"] + doc["places"] + doc["amounts"] + doc["quotes"]:
        assert text[item["span"][0]:item["span"][1]] == item["text"]


def test_stdin(runner, tmp_path):
    db = tmp_path / "stdin.duckdb"
    res = runner.invoke(app, ["ingest", "--db", str(db), "-"], input=GOOD_1)
    assert res.exit_code == 0, res.output
    assert stored_ids(db) == {content_id(GOOD_1)}
    lines = jl(id="s1", text=GOOD_2) + "\n" + jl(id="s2", text=GOOD_3) + "\n"
    res = runner.invoke(app, ["ingest", "--db", str(db), "-"], input=lines)
    assert res.exit_code == 0, res.output
    assert stored_ids(db) == {content_id(GOOD_1), "s1", "s2"}


def test_directory_recursion_and_stable_ids(runner, tmp_path):
    root = tmp_path / "corpus"
    (root / "a" / "b").mkdir(parents=True)
    (root / "one.txt").write_text(GOOD_1, encoding="utf-8")
    (root / "a" / "b" / "two.txt").write_text(GOOD_2, encoding="utf-8")
    (root / "a" / "recs.jsonl").write_text(jl(id="j1", text=GOOD_3) + "\n" + jl(text=GOOD_1) + "\n")
    (root / ".hidden.txt").write_text("ignored", encoding="utf-8")
    ids = [r.id for r in read_path(root)]
    assert sorted(ids) == sorted([content_id(GOOD_1), content_id(GOOD_2), "j1", content_id(GOOD_1)])
    assert [r.id for r in read_path(root)] == ids  # same content, same id, every time
    assert content_id(GOOD_1) != content_id(GOOD_1 + " ")
    res, db = ingest(runner, tmp_path, root)
    assert res.exit_code == 0, res.output
    assert stored_ids(db) == {content_id(GOOD_1), content_id(GOOD_2), "j1"}
    assert "3 added" in res.stderr and "1 unchanged" in res.stderr
    res, db = ingest(runner, tmp_path, root)  # re-ingest: nothing new
    assert res.exit_code == 0 and "0 added" in res.stderr and "4 unchanged" in res.stderr


def test_worker_that_cannot_load_the_model_stops_the_run(tmp_path):
    """Regression: a pool replaces a worker whose initializer raises, forever; a bad --model with
    worker processes used to hang the ingest.  Now the first batch reports the error and the run ends."""
    import subprocess
    import sys

    src = tmp_path / "in.txt"
    src.write_text(GOOD_1, encoding="utf-8")
    cmd = [sys.executable, "-m", "communique", "ingest", "--db", str(tmp_path / "s.duckdb"), "--workers", "2",
           "--model", "no_such_spacy_pipeline", str(src)]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert res.returncode != 0
    assert "no_such_spacy_pipeline" in res.stdout + res.stderr
    assert "Traceback" not in res.stderr
