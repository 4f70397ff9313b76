"""`communique watch`: new and changed files ingested once per content, across restarts and signals."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.store import Store

FIXTURES = Path(__file__).parent / "fixtures" / "formats"
ROOT = Path(__file__).resolve().parents[1]
STORY = ("Envoys from Chile and Peru met in Lima on Tuesday to discuss fishing rights along their maritime "
         "border, the two foreign ministries said.")


def drop(folder: Path, name: str, data: bytes) -> Path:
    """What a fetcher does: write under a temporary name, then rename into place."""
    tmp = folder / (name + ".part")
    tmp.write_bytes(data)
    return tmp.rename(folder / name)


def stored(db) -> dict:
    with Store(db, read_only=True) as s:
        ids = {d["id"] for d in s.list_documents(limit=1000)}
        files = s._cursor().execute("SELECT path, documents, errors FROM watched_files ORDER BY path").fetchall()
    return {"ids": ids, "files": files}


def test_once_ingests_new_and_changed_files_once_per_content(nlp, tmp_path):
    inbox, db = tmp_path / "inbox", tmp_path / "store.duckdb"
    inbox.mkdir()
    drop(inbox, "talks.html", (FIXTURES / "talks.html").read_bytes())
    (inbox / "story.txt").write_text(STORY, encoding="utf-8")
    (inbox / "half.html.part").write_bytes(b"<html><body><p>still downloading")
    (inbox / ".hidden.txt").write_text(STORY + " Hidden.", encoding="utf-8")
    (inbox / "broken.rss").write_bytes(b"<rss version='2.0'><channel></channel></rss>")
    run = lambda: CliRunner().invoke(app, ["watch", str(inbox), "--db", str(db), "--once"])  # noqa: E731
    res = run()
    assert res.exit_code == 0, res.output
    assert res.stderr.count("watch: reading") == 3 and "broken.rss" in res.stderr and "error:" in res.stderr
    first = stored(db)
    assert len(first["ids"]) == 2 and [f[1:] for f in first["files"]] == [(0, 1), (1, 0), (1, 0)]
    res = run()  # nothing new
    assert res.exit_code == 0 and "watch: reading" not in res.stderr
    (inbox / "copy.txt").write_text(STORY, encoding="utf-8")  # same content under another name
    (inbox / "story.txt").write_text(STORY + " They agreed to meet again in May.", encoding="utf-8")  # changed
    res = run()
    assert res.stderr.count("watch: reading") == 1 and "story.txt" in res.stderr, res.stderr
    assert len(stored(db)["ids"]) == 3


class Watch:
    """A `communique watch` subprocess whose stderr lines are collected as they come."""

    def __init__(self, folder: Path, db: Path, interval: float):
        env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
        self.proc = subprocess.Popen([sys.executable, "-m", "communique", "watch", str(folder), "--db", str(db),
                                      "--interval", str(interval)], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                     text=True, env=env, cwd=str(ROOT))
        self.lines: list[str] = []
        self._q: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.proc.stderr:
            self._q.put(line.rstrip("\n"))
        self._q.put(None)

    def wait_for(self, needle: str, timeout: float) -> float:
        """Seconds until a line containing `needle` (fails after `timeout`)."""
        start = time.monotonic()
        while any(needle in line for line in self.lines) is False:
            left = timeout - (time.monotonic() - start)
            try:
                line = self._q.get(timeout=max(left, 0.01))
            except queue.Empty:
                line = None
            if line is None and (left <= 0 or self.proc.poll() is not None):
                pytest.fail(f"no {needle!r} within {timeout} s; stderr so far: {self.lines}")
            if line is not None:
                self.lines.append(line)
        return time.monotonic() - start

    def stop(self, sig=signal.SIGTERM) -> int:
        self.proc.send_signal(sig)
        try:
            return self.proc.wait(timeout=120)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()


def test_watch_picks_up_files_survives_kill_and_stops_on_sigterm(nlp, tmp_path):
    inbox, db, interval = tmp_path / "inbox", tmp_path / "store.duckdb", 2.0
    inbox.mkdir()
    w = Watch(inbox, db, interval)
    try:
        w.wait_for("watch: watching", 180)
        drop(inbox, "talks.html", (FIXTURES / "talks.html").read_bytes())
        assert w.wait_for("watch: reading", 60) <= 2 * interval  # noticed within two intervals
        w.wait_for("talks.html: 1 documents", 120)
    finally:
        w.proc.kill()  # kill -9: no chance to clean up
        w.proc.wait(timeout=60)
    assert len(stored(db)["ids"]) == 1

    w = Watch(inbox, db, interval)
    try:
        w.wait_for("watch: watching", 180)
        drop(inbox, "copy-of-talks.html", (FIXTURES / "talks.html").read_bytes())  # same content: not again
        drop(inbox, "world.rss", (FIXTURES / "world.rss").read_bytes())
        w.wait_for("world.rss: 5 documents", 180)
        assert w.stop(signal.SIGTERM) == 0
        w.wait_for("watch: stopped", 30)
    finally:
        if w.proc.poll() is None:
            w.proc.kill()
    assert [line for line in w.lines if "watch: reading" in line] == [f"watch: reading {inbox / 'world.rss'}"]
    state = stored(db)
    assert len(state["ids"]) == 6
    assert [Path(p).name for p, _, _ in state["files"]] == ["talks.html", "world.rss"]
