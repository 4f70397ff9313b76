"""Time bare spaCy and the full ingest on the same texts with the same number of processes.

Each phase runs in a child process of the bench (one process tree, one run); the bench samples the
summed RSS of itself and all descendants while the phase runs.  Phase (a) is `nlp.pipe` of the
same spaCy model over the raw texts with `n_process=workers` (full pipeline of the model: tagger,
parser, NER...); phase (b) is the `communique ingest` command into a fresh temporary store.  Both
times include loading the model.  communique runs the model's matrix products through numpy/OpenBLAS
(pipeline/sentences.py); so that the ratio does not credit communique for that alone, the first scale also
times bare spaCy with the same backend (`ratio_same_ops`).
"""

from __future__ import annotations

import io
import multiprocessing as mp
import os
import tempfile
import time
from contextlib import redirect_stderr
from dataclasses import asdict, dataclass

from communique.bench.corpus import texts, write_scaled
from communique.bench.memory import PeakSampler

SPACY, INGEST = "spacy nlp.pipe", "communique ingest"
# bare spaCy given the same matrix-multiply backend as communique (numpy/OpenBLAS instead of thinc's BLIS,
# see pipeline/sentences.py): the comparison that credits communique only for the work it saves
SPACY_SAME_OPS = "spacy nlp.pipe, numpy matmul"
# the corpus as web pages (communique.bench.html_pages): main-text extraction alone, and the whole ingest
HTML_EXTRACT, HTML_INGEST = "html pages: extraction", "html pages: ingest"


@dataclass
class Run:
    scale: int
    phase: str
    articles: int
    words: int
    seconds: float
    peak_mb: float
    ok: bool = True
    cpu_seconds: float = 0.0  # user + system time of the phase's whole process tree
    cluster_seconds: float = 0.0  # of an ingest: time spent updating event clusters (in the writing process)

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict:
        d = asdict(self)
        d.update(seconds=round(self.seconds, 2), cluster_seconds=round(self.cluster_seconds, 2),
                 peak_mb=round(self.peak_mb, 1), cpu_seconds=round(self.cpu_seconds, 1),
                 articles_per_s=round(self.articles_per_s, 2), words_per_s=round(self.words_per_s))
        return d


def _bare_spacy(path, workers, model, batch_size):
    import spacy

    from communique.pipeline.builder import default_model

    t0 = time.perf_counter()
    nlp = spacy.load(model or default_model())
    n = sum(1 for _ in nlp.pipe(texts(path), n_process=workers, batch_size=batch_size))
    return n, time.perf_counter() - t0, True


def _same_ops_worker(path, k, workers, model, batch_size):
    import spacy

    from communique.pipeline.builder import default_model
    from communique.pipeline.sentences import use_numpy_matmul

    nlp = spacy.load(model or default_model())
    use_numpy_matmul(nlp.pipeline)
    share = (t for i, t in enumerate(texts(path)) if i % workers == k)  # streamed, one share per process
    return sum(1 for _ in nlp.pipe(share, batch_size=batch_size))


def _bare_spacy_same_ops(path, workers, model, batch_size):
    """Bare `nlp.pipe` in `workers` processes, each with numpy matmul (spaCy's own n_process would pickle
    the pipeline and lose the swapped ops)."""
    from concurrent.futures import ProcessPoolExecutor

    t0 = time.perf_counter()
    with ProcessPoolExecutor(workers, mp_context=mp.get_context("spawn")) as pool:
        jobs = [pool.submit(_same_ops_worker, path, k, workers, model, batch_size) for k in range(workers)]
        n = sum(j.result() for j in jobs)
    return n, time.perf_counter() - t0, True


def _ingest(path, workers, model, batch_size):
    import typer

    from communique.commands.ingest import ingest
    from communique.store import clusters

    with tempfile.TemporaryDirectory(prefix="communique-bench-") as tmp:
        t0 = time.perf_counter()
        code = 0
        with redirect_stderr(io.StringIO()) as err:
            try:
                _with_defaults(ingest, inputs=[path], db=os.path.join(tmp, "bench.duckdb"), model=model,
                               workers=workers, batch_size=batch_size, strict=False)
            except typer.Exit as exc:
                code = exc.exit_code
        seconds = time.perf_counter() - t0
        n = _stored(os.path.join(tmp, "bench.duckdb"))
    if code:
        print(err.getvalue()[-2000:])
    return n, seconds, code == 0, clusters.STATS["seconds"]


def _with_defaults(command, **kwargs):
    """Call a typer command function directly: every option not given takes its declared default (a bare call
    would pass typer's OptionInfo objects)."""
    import inspect

    for name, param in inspect.signature(command).parameters.items():
        if name not in kwargs and hasattr(param.default, "default"):
            kwargs[name] = param.default.default
    return command(**kwargs)


def _html_extract(path, workers, model, batch_size):
    """Read every page of the folder as `ingest` does (detection, trafilatura, metadata), nothing else."""
    from pathlib import Path

    from communique.ingest import Record
    from communique.ingest.records import read_path

    t0 = time.perf_counter()
    n = sum(isinstance(r, Record) for r in read_path(Path(path)))
    return n, time.perf_counter() - t0, True


def _stored(db) -> int:
    import duckdb

    con = duckdb.connect(db, read_only=True)
    try:
        return con.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        con.close()


READER_INTERVAL = 1.0  # seconds between one reader's requests: a dashboard refreshing every second
SERVED = "communique ingest via serve"  # + ", N readers": the server owns the store, N clients poll the API


def served_kind(readers: int) -> str:
    return f"{SERVED}, {readers} readers"


def _ingest_served(path, workers, model, batch_size, readers: int):
    """`communique serve` on a fresh store, `readers` clients polling /api/events, and the ingest handing its
    batches to the server (communique.store.handoff): the time of the ingest and the readers' failures."""
    import json
    import socket
    import subprocess
    import sys
    import threading
    import urllib.request

    import typer

    from communique.commands.ingest import ingest

    with tempfile.TemporaryDirectory(prefix="communique-bench-") as tmp:
        db = os.path.join(tmp, "served.duckdb")
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        server = subprocess.Popen([sys.executable, "-m", "communique", "serve", "--db", db, "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        stop, failures, answers = threading.Event(), [0], [0]

        def get(url):
            with urllib.request.urlopen(url, timeout=30) as resp:
                return resp.status, json.loads(resp.read())

        def reader():
            while not stop.is_set():
                try:
                    status, _ = get(base + "/api/events?limit=50")
                    answers[0] += 1
                    failures[0] += status != 200
                except OSError:
                    failures[0] += 1
                stop.wait(READER_INTERVAL)

        try:
            deadline = time.time() + 120
            while True:
                try:
                    if get(base + "/api/health")[0] == 200:
                        break
                except OSError:
                    if time.time() > deadline or server.poll() is not None:
                        return 0, 0.0, False
                    time.sleep(0.2)
            threads = [threading.Thread(target=reader, daemon=True) for _ in range(readers)]
            for t in threads:
                t.start()
            t0 = time.perf_counter()
            code = 0
            with redirect_stderr(io.StringIO()):
                try:
                    _with_defaults(ingest, inputs=[path], db=db, model=model, workers=workers,
                                   batch_size=batch_size, strict=False)
                except typer.Exit as exc:
                    code = exc.exit_code
            seconds = time.perf_counter() - t0
            stop.set()
            for t in threads:
                t.join()
            n = get(base + "/api/health")[1]["documents"]
        finally:
            stop.set()
            server.terminate()
            server.wait(30)
    print(f"  readers: {answers[0]} answers, {failures[0]} failures", file=sys.stderr)
    return n, seconds, code == 0 and failures[0] == 0


def _child(kind, path, workers, model, batch_size, conn):
    if kind.startswith(SERVED):
        conn.send(_ingest_served(path, workers, model, batch_size, int(kind.split(", ")[1].split()[0])))
    else:
        fn = {SPACY: _bare_spacy, SPACY_SAME_OPS: _bare_spacy_same_ops,
              HTML_EXTRACT: _html_extract}.get(kind, _ingest)
        conn.send(fn(path, workers, model, batch_size))
    conn.close()


def run_phase(kind, path, workers, model, batch_size) -> tuple[int, float, float, bool, float, float]:
    """(articles done, seconds, peak MB of the whole process tree, ok, CPU seconds of the tree, seconds spent
    clustering events (ingest only)).

    CPU seconds (sampled from every descendant) hardly move when other programs share the machine,
    unlike wall time."""
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(kind, path, workers, model, batch_size, child))
    with PeakSampler(os.getpid()) as mem:
        proc.start()
        child.close()
        result = parent.recv()
        proc.join()
    n, seconds, ok, *clustering = result
    return n, seconds, mem.peak / 2 ** 20, ok and proc.exitcode == 0, mem.cpu_seconds, sum(clustering)


def bench(inputs, workers: int, scales=(1, 4), limit=None, model=None, batch_size=16, report=None,
          same_ops=True, readers: int = 0, html: bool = False) -> list[Run]:
    """Both phases at every scale (and, at the first scale, bare spaCy with communique's matmul backend
    when `same_ops`, and with `html` the corpus rendered as web pages: their extraction alone, then their
    whole ingest); `report(run)` is called as each run finishes."""
    runs = []
    with tempfile.TemporaryDirectory(prefix="communique-bench-") as tmp:
        for scale in scales:
            path = os.path.join(tmp, f"corpus-x{scale}.jsonl")
            articles, words = write_scaled(inputs, scale, path, limit)
            kinds = (SPACY, INGEST) + ((SPACY_SAME_OPS,) if same_ops and scale == scales[0] else ())
            kinds += (served_kind(readers),) if readers and scale == scales[0] else ()
            for kind in kinds:
                n, seconds, peak, ok, cpu, clustering = run_phase(kind, path, workers, model, batch_size)
                run = Run(scale, kind, n, words if n == articles else 0, seconds, peak, ok and n == articles, cpu,
                          clustering)
                runs.append(run)
                if report:
                    report(run)
            if html and scale == scales[0]:
                from communique.bench.html_pages import write_pages

                pages = os.path.join(tmp, "pages")
                write_pages(path, pages)
                for kind in (HTML_EXTRACT, HTML_INGEST):
                    n, seconds, peak, ok, cpu, clustering = run_phase(kind, pages, workers, model, batch_size)
                    run = Run(scale, kind, n, words if n == articles else 0, seconds, peak, ok and n == articles,
                              cpu, clustering)
                    runs.append(run)
                    if report:
                        report(run)
    return runs


def summary(runs: list[Run]) -> dict:
    """Ratios: ingest/spaCy throughput per scale; growth of ingest time and memory from the first scale."""
    by = {(r.scale, r.phase): r for r in runs}
    scales = sorted({r.scale for r in runs})
    ratios = {s: round(by[s, INGEST].articles_per_s / by[s, SPACY].articles_per_s, 3)
              for s in scales if by[s, SPACY].articles_per_s}
    cpu = {s: round(by[s, SPACY].cpu_seconds / by[s, INGEST].cpu_seconds, 3)
           for s in scales if by[s, INGEST].cpu_seconds}
    out = {"ratio": ratios.get(1, ratios.get(scales[0])) if ratios else None,
           "ratios": {f"{s}x": v for s, v in ratios.items()},
           "cpu_ratios": {f"{s}x": v for s, v in cpu.items()}}
    same = by.get((scales[0], SPACY_SAME_OPS))
    if same is not None and same.articles_per_s and by[scales[0], INGEST].cpu_seconds:
        first = by[scales[0], INGEST]
        out["ratio_same_ops"] = round(first.articles_per_s / same.articles_per_s, 3)
        out["cpu_ratio_same_ops"] = round(same.cpu_seconds / first.cpu_seconds, 3)
    first = by.get((scales[0], INGEST))
    served = next((r for r in runs if r.phase.startswith(SERVED) and r.scale == scales[0]), None)
    if served is not None and first is not None and served.articles_per_s:
        out["readers_slowdown"] = round(first.articles_per_s / served.articles_per_s - 1, 3)
        out["readers_ok"] = served.ok
    if first is not None and first.seconds:
        out["cluster_share"] = round(first.cluster_seconds / first.seconds, 4)
    extract, pages = by.get((scales[0], HTML_EXTRACT)), by.get((scales[0], HTML_INGEST))
    if extract is not None and pages is not None and pages.seconds and pages.cpu_seconds:
        # the share of reading web pages in ingesting them: wall time, and CPU time of the process trees
        out["html"] = {"pages": extract.articles, "extract_seconds": round(extract.seconds, 2),
                       "ingest_seconds": round(pages.seconds, 2),
                       "share": round(extract.seconds / pages.seconds, 3),
                       "cpu_share": round(extract.cpu_seconds / pages.cpu_seconds, 3)}
    if len(scales) > 1:
        a, b = by[scales[0], INGEST], by[scales[-1], INGEST]
        out["time_growth"] = round(b.seconds / a.seconds, 3) if a.seconds else None
        out["memory_growth"] = round(b.peak_mb / a.peak_mb, 3) if a.peak_mb else None
        out["growth_of"] = f"{scales[-1]}x / {scales[0]}x"
    return out
