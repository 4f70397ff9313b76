"""One writer, many readers: `communique serve` owns the store and `communique ingest` hands it its batches."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from communique.store import Store

from conftest import ROOT, shared_file


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        return exc.code, None
    except OSError:
        return -1, None


def _serve(db: Path):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "communique", "serve", "--db", str(db), "--port", str(port)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 90
    while _get(base + "/api/health")[0] != 200:
        if proc.poll() is not None or time.time() > deadline:
            proc.kill()
            raise RuntimeError(proc.stderr.read().decode())
        time.sleep(0.2)
    return proc, base


def _stop(proc):
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()


def _events(db) -> set:
    with Store(db, read_only=True) as s:
        rows = s._cursor().execute("SELECT id, doc FROM documents").fetchall()
    return {(d, json.dumps(e, sort_keys=True)) for d, body in rows for e in json.loads(body)["events"]}


def _articles(tmp_path, n):
    src = shared_file("guardian_sample/guardian_2019.jsonl")
    lines = src.read_text(encoding="utf-8").splitlines()[:n]
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_ingest_hands_batches_to_the_server_and_readers_never_fail(tmp_path):
    articles = _articles(tmp_path, 40)
    db = tmp_path / "served.duckdb"
    proc, base = _serve(db)
    polls, stop = [], threading.Event()

    def poll():
        while not stop.is_set():
            status, body = _get(base + "/api/health")
            polls.append((status, body and body.get("documents"), body and body.get("events")))
            time.sleep(0.1)

    t = threading.Thread(target=poll)
    t.start()
    try:
        res = subprocess.run([sys.executable, "-m", "communique", "ingest", str(articles), "--db", str(db),
                              "--batch-size", "8"], cwd=ROOT, capture_output=True, text=True, timeout=1200)
        time.sleep(0.3)
    finally:
        stop.set()
        t.join()
        _stop(proc)
    assert res.returncode == 0, res.stderr
    assert "handing documents to the communique server" in res.stderr
    assert polls and all(p[0] == 200 for p in polls), [p for p in polls if p[0] != 200][:5]
    docs = [p[1] for p in polls]
    assert docs == sorted(docs), "counts went down"
    assert set(docs) <= {0, 8, 16, 24, 32, 40}, f"a partial batch was visible: {sorted(set(docs))}"
    assert docs[-1] == 40
    assert not Path(str(db) + ".server.json").exists()  # withdrawn when the server stopped
    plain = tmp_path / "plain.duckdb"
    res = subprocess.run([sys.executable, "-m", "communique", "ingest", str(articles), "--db", str(plain),
                          "--batch-size", "8"], cwd=ROOT, capture_output=True, text=True, timeout=1200)
    assert res.returncode == 0, res.stderr
    assert _events(db) == _events(plain)


def test_exit_statuses_and_sigterm_summary(tmp_path):
    ok = tmp_path / "ok.txt"
    ok.write_text("Freedonia and Ruritania signed a water treaty on Monday.", encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "Freedonia protested."}\n{"id": "y"}\n', encoding="utf-8")
    run = lambda *a: subprocess.run([sys.executable, "-m", "communique", *a], cwd=ROOT,  # noqa: E731
                                    capture_output=True, text=True, timeout=600)
    assert run("ingest", str(ok), "--db", str(tmp_path / "a.duckdb")).returncode == 0
    assert run("ingest", str(bad), "--db", str(tmp_path / "a.duckdb")).returncode == 1
    assert run("ingest", str(ok), "--db", str(tmp_path / "a.duckdb"), "--nonsense").returncode == 2
    (tmp_path / "notastore.duckdb").write_text("not a database", encoding="utf-8")
    assert run("ingest", str(ok), "--db", str(tmp_path / "notastore.duckdb")).returncode == 2
    # SIGTERM mid-run: the summary of what was stored is printed
    many = tmp_path / "many.jsonl"
    n_docs = 20_000  # far more than can be done before the signal, on any machine
    many.write_text("".join(json.dumps({"id": f"d{i}", "text": f"Freedonia accused Ruritania of shelling post {i}."})
                            + "\n" for i in range(n_docs)), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "communique", "ingest", str(many), "--db",
                             str(tmp_path / "b.duckdb"), "--batch-size", "4"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 120
    while not (tmp_path / "b.duckdb").exists() and time.time() < deadline:
        time.sleep(0.2)
    time.sleep(3)  # a few batches in
    assert proc.poll() is None, "the ingest ended before the signal"
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    assert "documents into" in err and "interrupted" in err, err[-2000:]
    assert proc.returncode == 1
    with Store(tmp_path / "b.duckdb", read_only=True) as s:
        n = s._cursor().execute("SELECT count(*) FROM documents").fetchone()[0]
    assert n % 4 == 0 and n < n_docs  # whole batches only


def test_watch_hands_documents_to_the_server(tmp_path):
    inbox, db = tmp_path / "inbox", tmp_path / "watched.duckdb"
    inbox.mkdir()
    (inbox / "a.txt").write_text("Freedonia and Ruritania signed a water treaty in Geneva on Monday.", encoding="utf-8")
    proc, base = _serve(db)
    try:
        run = lambda: subprocess.run([sys.executable, "-m", "communique", "watch", str(inbox), "--db", str(db),  # noqa: E731
                                      "--once"], cwd=ROOT, capture_output=True, text=True, timeout=600)
        res = run()
        assert res.returncode == 0, res.stderr
        assert _get(base + "/api/health")[1]["documents"] == 1
        res = run()  # the server remembers the file: nothing is read again
        assert res.returncode == 0 and "watch: reading" not in res.stderr, res.stderr
    finally:
        _stop(proc)
