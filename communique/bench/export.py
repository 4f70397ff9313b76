"""Memory and time of `communique export` on a large synthetic store (issue target: 100,000 events < 300 MB).

The store is made by copying one real extraction (the bundled sample article) under new ids, ten events a
document, so no model runs while it is built; each format is then exported by a child
`communique export` process whose peak resident memory is sampled (communique.bench.memory).
"""

from __future__ import annotations

import copy
import subprocess
import sys
import time
from pathlib import Path

from communique.bench.memory import PeakSampler

EVENTS_PER_DOC = 10


def build_store(path: Path, events: int, batch: int = 500) -> int:
    """A store of ceil(events / 10) documents; returns the number of events stored."""
    import communique
    from communique.store import Store

    sample = Path(communique.__file__).parent / "samples" / "kazakhstan-russia-foreign-ministers.txt"
    text = sample.read_text(encoding="utf-8")
    template = communique.extract(text, id="template")
    if not template["events"]:
        raise RuntimeError("the sample article gave no events")
    evs = [copy.deepcopy(template["events"][i % len(template["events"])]) for i in range(EVENTS_PER_DOC)]
    for i, e in enumerate(evs):
        e["id"] = f"e{i + 1}"
    n_docs = -(-events // EVENTS_PER_DOC)
    with Store(path) as store:
        store._cursor().execute("SET enable_progress_bar = false")
        for start in range(0, n_docs, batch):
            docs, texts = [], {}
            for k in range(start, min(n_docs, start + batch)):
                doc = dict(template, id=f"syn-{k:07d}", events=evs)
                docs.append(doc)
                texts[doc["id"]] = text
            store.add_documents(docs, texts)
        return store.count_events()


def measure(db: Path, fmt: str, out: Path) -> dict:
    """Export `fmt` in a child process; its wall time and peak memory."""
    cmd = [sys.executable, "-m", "communique", "export", "--db", str(db), "--format", fmt, "--out", str(out)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    with PeakSampler(proc.pid) as sampler:
        _, err = proc.communicate()
    return {"format": fmt, "ok": proc.returncode == 0, "seconds": round(time.perf_counter() - t0, 2),
            "peak_mb": round(sampler.peak / 2**20, 1), "message": err.strip().splitlines()[-1:] if err else []}
