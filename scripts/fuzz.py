"""Long fuzz run of the extractor and the readers (`make fuzz`; issue 15).

Generated documents (tests/fuzzing.py) go through the whole path a document takes: record ->
pipeline -> document JSON -> strict JSON, schema and span checks -> the DuckDB store (in memory).
Generated JSON Lines files, good records mixed with broken ones, go through the reader, which must
yield exactly one item per line and never raise.  Prints the figures and exits 1 on any failure:

    python scripts/fuzz.py [--examples 10000] [--lines 10000] [--seed 0] [--slow 10] [--report FILE]

A failure is an exception, a problem found by `fuzzing.problems` (non-strict JSON, schema, span),
a document the store refuses, or an input that took longer than --slow seconds.  The same seed
gives the same inputs.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import fuzzing  # noqa: E402


def run_documents(n: int, rng_seed: int, slow: float, failures: list, stats: dict) -> None:
    from communique.ingest.records import InputError, make_record
    from communique.pipeline.builder import build_pipeline, make_doc
    from communique.pipeline.serialize import to_json
    from communique.store import Store

    nlp = build_pipeline()
    store = Store(":memory:")

    @seed(rng_seed)
    @settings(max_examples=n, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(fuzzing.document_text(max_fragments=16, max_repeat=400))
    def one(text):
        stats["documents"] += 1
        stats["chars"] += len(text)
        rec = make_record(text, f"fuzz:{stats['documents']}", f"f{stats['documents']}")
        if isinstance(rec, InputError):
            stats["refused"] += 1
            return
        start = time.perf_counter()
        try:
            doc = to_json(nlp(make_doc(nlp, rec.to_dict())))
        except Exception as exc:  # noqa: BLE001 - counted and reported
            failures.append({"kind": "exception", "text": text, "error": traceback.format_exc(limit=4)})
            return
        took = time.perf_counter() - start
        stats["seconds"] += took
        if took > stats["slowest"][0]:
            stats["slowest"] = (took, len(text))
        if took > slow:
            failures.append({"kind": "slow", "text": text, "error": f"{took:.1f} s"})
        for p in fuzzing.problems(doc, text):
            failures.append({"kind": p.split(":")[0], "text": text, "error": p})
        try:
            store.add_documents([doc], {doc["id"]: text})
        except Exception as exc:  # noqa: BLE001
            failures.append({"kind": "store", "text": text, "error": f"{type(exc).__name__}: {exc}"})

    one()
    store.close()


def run_lines(n: int, rng_seed: int, failures: list, stats: dict) -> None:
    import io

    from communique.ingest.records import InputError, read_jsonl

    @seed(rng_seed)
    @settings(max_examples=max(1, n // 20), deadline=None, database=None, phases=[Phase.generate],
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


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=10_000, help="generated documents")
    ap.add_argument("--lines", type=int, default=10_000, help="generated JSON Lines records")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--slow", type=float, default=10.0, help="seconds past which a document is a failure")
    ap.add_argument("--report", help="write the failures as JSON Lines here")
    args = ap.parse_args(argv)
    failures: list[dict] = []
    stats = {"documents": 0, "chars": 0, "refused": 0, "seconds": 0.0, "slowest": (0.0, 0), "lines": 0}
    t0 = time.perf_counter()
    run_lines(args.lines, args.seed, failures, stats)
    run_documents(args.examples, args.seed, args.slow, failures, stats)
    kinds: dict[str, int] = {}
    for f in failures:
        kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    print(f"documents: {stats['documents']} ({stats['chars']:,} characters, {stats['refused']} refused as input), "
          f"extraction {stats['seconds']:.1f} s, slowest {stats['slowest'][0]:.2f} s "
          f"({stats['slowest'][1]:,} characters)")
    print(f"JSON Lines records: {stats['lines']}")
    print(f"failures: {len(failures)} {json.dumps(kinds, sort_keys=True)}; wall {time.perf_counter() - t0:.0f} s")
    if args.report:
        with open(args.report, "w", encoding="utf-8") as f:
            for x in failures:
                f.write(json.dumps(x, ensure_ascii=True) + "\n")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
