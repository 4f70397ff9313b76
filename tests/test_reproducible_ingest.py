"""The same input in the same store gives the same data (issue 15): re-ingesting replaces nothing even
after the knowledge base has learned, and a run killed half-way then started again ends row for row
where an uninterrupted run ends."""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from communique.store import Store
from communique.store.store import TABLE_COLUMNS
from conftest import run_cli

ROOT = Path(__file__).resolve().parents[1]
# the first record teaches the knowledge base who Halvorsen is; later ones name her bare
TEXTS = ["Norwegian Foreign Minister Ingrid Halvorsen met Chilean officials in Santiago on Monday to discuss trade.",
         "The talks will resume soon, Halvorsen told reporters in Berlin on Friday.",
         "Chile and Peru signed a fishing accord in Lima on Tuesday after years of dispute.",
         "The dispute is not over, Halvorsen told reporters in Moscow on Wednesday.",
         "Ghana recalled its ambassador from Togo on Thursday, the foreign ministry said.",
         "Support will continue, Halvorsen told reporters in Helsinki on Saturday."]


def write_input(path: Path, texts=TEXTS) -> Path:
    path.write_text("".join(json.dumps({"id": f"r{i}", "text": t, "date": "2025-03-0%d" % (i % 9 + 1)}) + "\n"
                            for i, t in enumerate(texts)), encoding="utf-8")
    return path


def ingest(db, *args):
    """`communique ingest` in a process of its own, as a user runs it (the knowledge base a run reads is
    the one in the store at its start)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    res = subprocess.run([sys.executable, "-m", "communique", "ingest", "--db", str(db), *map(str, args)],
                         env=env, capture_output=True, text=True, timeout=600)
    assert "Traceback" not in res.stderr, res.stderr
    return res


def snapshot(db, versions: bool = True) -> dict:
    """Every table's rows, sorted, without the time stamps of when they were written; with `versions`,
    what each document was extracted with (code digest, knowledge base version) too."""
    out = {}
    with Store(db, read_only=True) as s:
        cur = s._cursor()
        for table, cols in [*TABLE_COLUMNS.items(), ("actor_kb", ("name", "name_key", "code", "role", "sector",
                            "origin", "first_seen", "last_seen", "n_docs", "n_mentions")),
                            ("actor_kb_evidence", ("doc_id", "name_key", "name", "code", "role", "sector",
                                                   "published", "span_start", "span_end", "text")),
                            *([("document_versions", ("doc_id", "extracted_by", "kb_version"))] if versions else [])]:
            rows = cur.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
            out[table] = sorted(rows, key=repr)
    return out


def test_resumed_run_equals_an_uninterrupted_one(tmp_path, nlp):
    src = write_input(tmp_path / "in.jsonl")
    clean = tmp_path / "clean.duckdb"
    assert ingest(clean, "--batch-size", "2", src).returncode == 0
    # the state a run leaves when killed after storing its first 4 documents: stored, nothing learned yet
    # (--no-kb stores without learning; with an empty knowledge base the extraction is the same)
    resumed = tmp_path / "resumed.duckdb"
    assert ingest(resumed, "--batch-size", "2", "--no-kb", write_input(tmp_path / "part.jsonl", TEXTS[:4])).returncode == 0
    res = ingest(resumed, "--batch-size", "2", src)
    assert res.returncode == 0 and "2 added, 0 replaced, 4 unchanged" in res.stderr
    # the first 4 were extracted without a knowledge base (version 0 recorded): the data are the same
    assert snapshot(resumed, versions=False) == snapshot(clean, versions=False)


def test_a_changed_knowledge_base_alone_replaces_nothing_and_reprocess_applies_it(tmp_path, nlp):
    src = write_input(tmp_path / "in.jsonl")
    db = tmp_path / "s.duckdb"
    assert ingest(db, "--batch-size", "2", src).returncode == 0
    with Store(db, read_only=True) as s:
        before = s.document_versions()
    assert {v for _, v in before.values()} == {1}, before  # all extracted with the first (empty) knowledge base
    first = snapshot(db)
    res = ingest(db, src)  # the knowledge base has learned Halvorsen since: still nothing to replace
    assert res.returncode == 0 and "0 added, 0 replaced, 6 unchanged" in res.stderr
    assert snapshot(db) == first

    res = run_cli("reprocess", "--db", db, "--dry-run")
    assert res.returncode == 0 and "knowledge base version 2; 6 documents extracted before version 2" in res.stderr
    res = run_cli("reprocess", "--db", db, "--batch-size", "4")
    assert res.returncode == 0, res.stderr
    assert "6 documents extracted again" in res.stderr
    with Store(db, read_only=True) as s:
        after = s.document_versions()
        told = s.get_document("r1")  # "Halvorsen told reporters": now known as Norway's foreign minister
    assert {v for _, v in after.values()} == {2}
    assert any(a["name"] and "Halvorsen" in a["name"] and a["code"] == "NOR" for a in told["actors"]), told["actors"]
    assert int(re.search(r"(\d+) replaced", res.stderr).group(1)) >= 1, res.stderr
    # what reprocess stored is what a fresh ingest with that knowledge stores: ingesting again changes nothing
    again = snapshot(db)
    res = ingest(db, src)
    assert res.returncode == 0 and "0 replaced, 6 unchanged" in res.stderr
    assert snapshot(db) == again



@pytest.fixture(scope="module")
def clean_store(tmp_path_factory):
    """An uninterrupted run: the state every killed-then-resumed run must end in."""
    tmp = tmp_path_factory.mktemp("clean")
    src = write_input(tmp / "in.jsonl")
    db = tmp / "clean.duckdb"
    assert ingest(db, "--batch-size", "2", src).returncode == 0
    return src, snapshot(db)


KILL_SEED = os.environ.get("COMMUNIQUE_KILL_SEED", str(random.randrange(10 ** 6)))


@pytest.mark.slow
@pytest.mark.parametrize("where", ["at a batch boundary", "inside a batch"])
def test_kill_9_then_resume_equals_a_clean_run(tmp_path, clean_store, where):
    """kill -9 at a random batch boundary / inside a batch, then the same command again: the store ends
    row for row (documents, items, knowledge base, versions) where the uninterrupted run ends.  The point
    is drawn from COMMUNIQUE_KILL_SEED (random unless set; printed on failure)."""
    src, clean = clean_store
    rng = random.Random(f"{KILL_SEED}:{where}")
    points = [("stored", n) for n in (1, 2, 3)] if where == "at a batch boundary" else \
        [("writing", n) for n in (1, 2, 3)] + [("extracted", n) for n in (1, 3, 5)]
    # stored n: batch n (of 3) committed; writing n: inside batch n's transaction, rows written, not
    # committed; extracted n: document n extracted, the first of its batch, nothing of the batch stored
    point, at = rng.choice(points)
    db = tmp_path / "killed.duckdb"
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
               COMMUNIQUE_TEST_PAUSE=point, COMMUNIQUE_TEST_PAUSE_AT=str(at))
    proc = subprocess.Popen([sys.executable, str(ROOT / "tests" / "kill_points.py"), "ingest", "--batch-size", "2",
                             "--db", str(db), str(src)], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    try:
        line = proc.stdout.readline()  # blocks until the pause point
        assert line.strip() == "paused", f"the run ended before {point} {at} (seed {KILL_SEED})"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    res = ingest(db, "--batch-size", "2", src)
    assert res.returncode == 0, res.stderr
    assert snapshot(db) == clean, f"kill at {point} {at} (COMMUNIQUE_KILL_SEED={KILL_SEED})"


@pytest.mark.slow
def test_guardian_sample_twice_replaces_nothing(tmp_path):
    from conftest import shared_file

    src = shared_file("guardian_sample/guardian_2019.jsonl")
    db = tmp_path / "g.duckdb"
    first = ingest(db, "--workers", "2", src)
    assert first.returncode == 0, first.stderr
    stored = snapshot(db)
    assert len(stored["documents"]) == 249
    res = ingest(db, "--workers", "2", src)
    assert res.returncode == 0 and "0 added, 0 replaced, 249 unchanged" in res.stderr, res.stderr
    assert snapshot(db) == stored
