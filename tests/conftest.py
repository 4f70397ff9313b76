"""Shared fixtures: one pipeline per test session, and the shared evaluation data (skipped if absent)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared" / "data").resolve()
SAMPLES = ROOT / "communique" / "samples"
REFERENCE = SAMPLES / "kazakhstan-russia-foreign-ministers.txt"


@pytest.fixture(scope="session")
def nlp():
    from communique.pipeline.builder import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def extract(nlp):
    """extract(text, published=None, id="t") -> document JSON dict."""
    from communique.ingest.records import make_record
    from communique.pipeline.builder import make_doc
    from communique.pipeline.serialize import to_json

    def run(text: str, published: str | None = None, id: str = "t") -> dict:
        rec = make_record(text, "<test>", id, published)
        assert not hasattr(rec, "message"), rec
        return to_json(nlp(make_doc(nlp, rec.to_dict())))

    return run


@pytest.fixture(scope="session")
def reference_doc(extract):
    return extract(REFERENCE.read_text(encoding="utf-8"), id="reference")


def shared_file(rel: str) -> Path:
    p = SHARED / rel
    if not p.exists():
        pytest.skip(f"shared data not available: {p}")
    return p


def run_cli(*args, timeout: float = 900) -> subprocess.CompletedProcess:
    """`python -m communique ARGS` in a child process with this checkout first on the path (the tests that
    need a real process: kills, worker pools, Dask); a traceback on stderr fails the test."""
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    res = subprocess.run([sys.executable, "-m", "communique", *map(str, args)], env=env, capture_output=True,
                         text=True, timeout=timeout)
    assert "Traceback" not in res.stderr, res.stderr
    return res
