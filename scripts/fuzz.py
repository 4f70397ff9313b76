"""Long fuzz run of the extractor and the readers (`make fuzz`; issue 15).

Generated documents go through the whole path a document takes: record -> pipeline -> document
JSON -> strict JSON, schema and span checks -> the DuckDB store (in memory).  They come from
tests/fuzzing.py: `document_text` (news-like fragments that broke the extractors before: impossible
dates, numbers of hundreds of digits, odd money, unbalanced quotes, lists of counts, junk Unicode,
one of them possibly repeated), and every 100th a `long_document` of 5 to 100 kB of one of the kinds
that stalled a worker (lists of counts, run-on sentences, "The minister said that ..." chains, emoji
runs, an unclosed quotation ...).  Generated JSON Lines files, good records mixed with broken ones,
go through the reader, which must yield exactly one item per line and never raise.  Prints the
figures and exits 1 on any failure:

    python scripts/fuzz.py [--examples 10000] [--lines 10000] [--jobs 2] [--seed 0] [--slow 10]
                           [--long-share 0.01] [--report FILE]

A failure is an exception, a problem found by `fuzzing.problems` (non-strict JSON, schema, span), a
document the store refuses, or an input whose extraction took more than --slow seconds of CPU time
(CPU, not wall time, so that other work on a shared machine does not count against a document; the
slowest wall time and the load average are printed beside it).  A document still running after
--give-up seconds of wall time is stopped and counted as a failure.  The documents are split among
--jobs processes, job k using seed (seed, k); the same arguments give the same inputs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
import traceback
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import fuzzing  # noqa: E402

LONG = 5_000  # characters from which an input counts as long in the figures


def new_stats() -> dict:
    return {"documents": 0, "chars": 0, "long": 0, "refused": 0, "cpu": 0.0, "wall": 0.0,
            "slowest_cpu": (0.0, 0), "slowest_wall": (0.0, 0), "over_slow_wall": 0, "max_load": 0.0,
            "lines": 0}


def run_documents(n: int, rng_seed: int, slow: float, give_up: float, long_share: float) -> tuple[list, dict]:
    """Extract, check and store `n` generated documents in this process; (failures, stats)."""
    from communique.ingest.records import InputError, make_record
    from communique.pipeline.builder import build_pipeline, make_doc
    from communique.pipeline.runner import DocTimeout, time_budget
    from communique.pipeline.serialize import to_json
    from communique.store import Store

    failures: list[dict] = []
    stats = new_stats()
    nlp = build_pipeline()
    store = Store(":memory:")

    def check(text):
        stats["documents"] += 1
        if stats["documents"] % 500 == 0:  # partial figures, for a run stopped early on a busy machine
            print(f"job {rng_seed}: {stats['documents']} documents, {len(failures)} failures, {stats['cpu']:.0f} s CPU, "
                  f"slowest {stats['slowest_cpu'][0]:.2f} s CPU, load {os.getloadavg()[0]:.1f}", flush=True)
        stats["chars"] += len(text)
        stats["long"] += len(text) >= LONG
        name = f"f{rng_seed}-{stats['documents']}"
        rec = make_record(text, f"fuzz:{name}", name)
        if isinstance(rec, InputError):
            stats["refused"] += 1
            return
        wall0, cpu0 = time.perf_counter(), time.process_time()
        try:
            with time_budget(give_up):
                doc = to_json(nlp(make_doc(nlp, rec.to_dict())))
        except DocTimeout:
            failures.append({"kind": "gave up", "text": text, "error": f"still running after {give_up:.0f} s"})
            return
        except Exception:  # noqa: BLE001 - counted and reported
            failures.append({"kind": "exception", "text": text, "error": traceback.format_exc(limit=4)})
            return
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
        stats["wall"] += wall
        stats["cpu"] += cpu
        stats["max_load"] = max(stats["max_load"], os.getloadavg()[0])
        stats["slowest_cpu"] = max(stats["slowest_cpu"], (cpu, len(text)))
        stats["slowest_wall"] = max(stats["slowest_wall"], (wall, len(text)))
        stats["over_slow_wall"] += wall > slow
        if cpu > slow:
            failures.append({"kind": "slow", "text": text, "error": f"{cpu:.1f} s CPU, {wall:.1f} s wall"})
        for p in fuzzing.problems(doc, text):
            failures.append({"kind": p.split(":")[0], "text": text, "error": p})
        try:
            store.add_documents([doc], {doc["id"]: text})
        except Exception as exc:  # noqa: BLE001
            failures.append({"kind": "store", "text": text, "error": f"{type(exc).__name__}: {exc}"})

    n_long = round(n * long_share)

    @seed(rng_seed)
    @settings(max_examples=n - n_long, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(fuzzing.document_text(max_fragments=16, max_repeat=40))
    def one(text):
        check(text)

    if n > n_long:
        one()
    for k in range(n_long):  # sizes spread evenly (log-uniform): hypothesis would draw small ones first
        check(fuzzing.long_document(random.Random(f"{rng_seed}:{k}")))
    store.close()
    return failures, stats


def run_lines(n: int, rng_seed: int, failures: list, stats: dict) -> None:
    import io

    from communique.ingest.records import InputError, read_jsonl

    @seed(rng_seed)
    @settings(max_examples=max(1, n // 5), deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(st.lists(fuzzing.jsonl_line(), min_size=1, max_size=40))
    def one(lines):
        stats["lines"] += len(lines)
        data = b"\n".join(raw for raw, _ in lines) + b"\n"
        try:
            out = list(read_jsonl(io.BytesIO(data), "fuzz.jsonl"))
        except Exception:  # noqa: BLE001
            failures.append({"kind": "reader exception", "text": repr(data[:2000]), "error": traceback.format_exc(limit=4)})
            return
        expected = [good for raw, good in lines if raw.strip()]
        if not expected:
            return
        got = [not isinstance(x, InputError) for x in out]
        if got != expected:
            failures.append({"kind": "reader", "text": repr(data[:2000]),
                             "error": f"good lines {expected} read as {got}"})

    one()


def _job(args) -> tuple[list, dict]:
    return run_documents(*args)


def merge(total: dict, part: dict) -> None:
    for k, v in part.items():
        if k in ("slowest_cpu", "slowest_wall"):
            total[k] = max(total[k], v)
        elif k == "max_load":
            total[k] = max(total[k], v)
        else:
            total[k] += v


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=10_000, help="generated documents")
    ap.add_argument("--lines", type=int, default=10_000, help="generated JSON Lines records (about)")
    ap.add_argument("--jobs", type=int, default=2, help="processes sharing the documents")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--slow", type=float, default=10.0, help="CPU seconds past which a document is a failure")
    ap.add_argument("--give-up", type=float, default=120.0, help="wall seconds after which a document is stopped")
    ap.add_argument("--long-share", type=float, default=0.01,
                    help="share of the documents that are long inputs (5,000 to 100,000 characters; "
                         "every round(1 / share)-th document)")
    ap.add_argument("--report", help="write the failures as JSON Lines here")
    args = ap.parse_args(argv)
    failures: list[dict] = []
    stats = new_stats()
    t0 = time.perf_counter()
    load0 = os.getloadavg()
    run_lines(args.lines, args.seed, failures, stats)
    jobs = max(1, min(args.jobs, args.examples))
    shares = [args.examples // jobs + (k < args.examples % jobs) for k in range(jobs)]
    work = [(n, args.seed * 1000 + k, args.slow, args.give_up, args.long_share) for k, n in enumerate(shares) if n]
    if len(work) == 1:
        parts = [_job(work[0])]
    else:
        import multiprocessing as mp

        with ProcessPoolExecutor(len(work), mp_context=mp.get_context("fork")) as pool:
            parts = list(pool.map(_job, work))
    for f, s in parts:
        failures += f
        merge(stats, s)
    load1 = os.getloadavg()
    kinds: dict[str, int] = {}
    for f in failures:
        kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    print(f"documents: {stats['documents']} ({stats['chars']:,} characters; {stats['long']} of {LONG:,} characters "
          f"or more; {stats['refused']} refused as input) in {jobs} processes")
    print(f"extraction: {stats['cpu']:.0f} s CPU, {stats['wall']:.0f} s wall; slowest document "
          f"{stats['slowest_cpu'][0]:.2f} s CPU ({stats['slowest_cpu'][1]:,} characters), "
          f"{stats['slowest_wall'][0]:.2f} s wall ({stats['slowest_wall'][1]:,} characters); "
          f"{stats['over_slow_wall']} over {args.slow:g} s wall")
    print(f"load average: {load0[0]:.2f} at the start, {load1[0]:.2f} at the end, {stats['max_load']:.2f} highest "
          f"seen ({os.cpu_count()} CPUs)")
    print(f"JSON Lines records: {stats['lines']}")
    print(f"failures: {len(failures)} {json.dumps(kinds, sort_keys=True)}; wall {time.perf_counter() - t0:.0f} s")
    if args.report:
        with open(args.report, "w", encoding="utf-8") as f:
            for x in failures:
                f.write(json.dumps(x, ensure_ascii=True) + "\n")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
