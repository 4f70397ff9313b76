"""The same input in the same store gives the same data (issue 15): re-ingesting replaces nothing even
after the knowledge base has learned, and a run killed half-way then started again ends row for row
where an uninterrupted run ends."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from communique.store import Store
from communique.store.store import TABLE_COLUMNS

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


def snapshot(db) -> dict:
    """Every table's rows, sorted, without the time stamps of when they were written."""
    out = {}
    with Store(db, read_only=True) as s:
        cur = s._cursor()
        for table, cols in [*TABLE_COLUMNS.items(), ("actor_kb", ("name", "name_key", "code", "role", "sector",
                            "origin", "first_seen", "last_seen", "n_docs", "n_mentions")),
                            ("actor_kb_evidence", ("doc_id", "name_key", "name", "code", "role", "sector",
                                                   "published", "span_start", "span_end", "text"))]:
            rows = cur.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
            out[table] = sorted(rows, key=repr)
    return out


def test_ingest_twice_replaces_nothing_even_after_learning(tmp_path, nlp):
    src = write_input(tmp_path / "in.jsonl")
    db = tmp_path / "s.duckdb"
    assert ingest(db, "--batch-size", "2", src).returncode == 0
    first = snapshot(db)
    assert first["actor_kb"], "the knowledge base learned nothing: the test would prove nothing"
    res = ingest(db, "--batch-size", "2", src)
    assert res.returncode == 0 and "0 added, 0 replaced, 6 unchanged" in res.stderr
    assert snapshot(db) == first


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
    assert snapshot(resumed) == snapshot(clean)


@pytest.mark.slow
def test_kill_9_at_a_random_moment_then_resume_equals_a_clean_run(tmp_path, nlp):
    src = write_input(tmp_path / "in.jsonl", TEXTS)
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    cmd = [sys.executable, "-m", "communique", "ingest", "--batch-size", "1", "--db"]
    clean = tmp_path / "clean.duckdb"
    subprocess.run(cmd + [str(clean), str(src)], env=env, capture_output=True, check=True, timeout=600)
    rng = random.Random(os.environ.get("COMMUNIQUE_KILL_SEED", "15"))
    killed = tmp_path / "killed.duckdb"
    proc = subprocess.Popen(cmd + [str(killed), str(src)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    time.sleep(rng.uniform(3, 12))  # model loading, then somewhere among the batches
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    subprocess.run(cmd + [str(killed), str(src)], env=env, capture_output=True, check=True, timeout=600)
    assert snapshot(killed) == snapshot(clean)
