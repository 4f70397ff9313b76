"""Fit the confidence model: `communique/ontology/data/confidence_model.json` (pipeline/calibration.py).

    .venv/bin/python scripts/calibrate_confidence.py             # check each half on the other, then write
    .venv/bin/python scripts/calibrate_confidence.py --check-only
    .venv/bin/python scripts/calibrate_confidence.py --out /tmp/model.json   # (the rebuild test)

Data (read from ../shared/data, never copied): the two news development halves, corpus/news_dev.jsonl and
corpus/news_dev2.jsonl. Every default-view candidate (no flag) of every article is one example; it is "right"
when it matches a gold event of its article (category and actor codes, as the scorer matches). The gold lists
main events only, so this undercounts what is right: the fitted confidence is a lower bound.

Honest figures first: fit on one half, score the other (both ways), printed as a calibration table (predicted
confidence bins: events, mean predicted, share right). The model written is fitted on both halves, with the
coefficients rounded so the file is the same on every run.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from communique.eval.metrics import event_matches  # noqa: E402
from communique.eval.run import gold_records, load_jsonl  # noqa: E402
from communique.pipeline import calibration  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "corpus"  # beside the project, as tests/conftest.py reads it
HALVES = ("news_dev.jsonl", "news_dev2.jsonl")
BINS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)
C = 1.0


def examples(path: Path, nlp) -> tuple[list[dict], list[int]]:
    from communique.pipeline.builder import make_doc

    gold = load_jsonl(path)
    X, y = [], []
    for rec in gold_records(gold):
        rec = rec.to_dict()
        doc = nlp(make_doc(nlp, rec))
        want = gold[str(rec["id"])]["gold"]["events"]
        for ev in doc._.events or []:
            if ev.get("flags"):
                continue  # never a default event, whatever its confidence
            if ev.get("_derived"):
                continue  # a second coding of an act already counted (signing as SUPPORT beside AGREE): its
                # match depends on the convention the records chose, not on the evidence
            X.append(ev["_features"])
            y.append(int(any(event_matches(g, ev) for g in want)))
    return X, y


def matrix(X: list[dict], names: list[str]) -> np.ndarray:
    return np.array([[x.get(n, 0.0) for n in names] for x in X], dtype=float)


def fit(X: list[dict], y: list[int], names: list[str]) -> dict:
    lr = LogisticRegression(C=C, max_iter=2000).fit(matrix(X, names), np.array(y))
    return {"features": names, "coef": [round(float(w), 4) for w in lr.coef_[0]],
            "intercept": round(float(lr.intercept_[0]), 4)}


def table(model: dict, X: list[dict], y: list[int], title: str) -> None:
    p = [calibration.calibrate(x, model) for x in X]
    print(f"{title}: {len(y)} candidates, {sum(y)} right")
    print("  confidence    events  mean predicted  share right")
    for lo, hi in zip(BINS, BINS[1:]):
        idx = [i for i, v in enumerate(p) if lo <= v < hi]
        if idx:
            print(f"  [{lo:.1f}, {min(hi, 1):.1f})  {len(idx):6d}  {np.mean([p[i] for i in idx]):14.2f}"
                  f"  {np.mean([y[i] for i in idx]):11.2f}")


def main(argv: list[str] | None = None, nlp=None) -> None:
    """`nlp`: a pipeline already built by builder.build_pipeline (the tests pass theirs); else one is built."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check-only", action="store_true", help="print the tables, write nothing")
    ap.add_argument("--data", type=Path, default=DATA, help="the folder holding the two halves")
    ap.add_argument("--out", type=Path, default=calibration.MODEL, help="where to write the model")
    args = ap.parse_args(argv)
    paths = [args.data / h for h in HALVES]
    if not all(p.exists() for p in paths):
        sys.exit(f"the development halves are not in {args.data}")
    if nlp is None:
        from communique.pipeline.builder import build_pipeline

        nlp = build_pipeline()
    worthiness = nlp.get_pipe("communique_worthiness")
    worthiness.calibrated = False  # the raw scores, whatever model is installed
    try:
        data = [examples(p, nlp) for p in paths]
    finally:
        del worthiness.calibrated  # (back to the class's default)
    names = list(calibration.MODEL_FEATURES)
    for (a, b) in ((0, 1), (1, 0)):
        m = fit(*data[a], names)
        table(m, *data[b], f"fitted on {HALVES[a]}, scored on {HALVES[b]}")
    both = fit(data[0][0] + data[1][0], data[0][1] + data[1][1], names)
    table(both, data[0][0] + data[1][0], data[0][1] + data[1][1], "fitted on both, scored on both")
    print(json.dumps(dict(zip(both["features"], both["coef"])), indent=1), "intercept", both["intercept"])
    if not args.check_only:
        both["fitted_on"] = list(HALVES)
        both["right"] = "matches a gold event of its article (category and actor codes); gold lists main events only"
        text = json.dumps(both, indent=1, sort_keys=True) + "\n"
        tmp = args.out.with_name(args.out.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(args.out)  # (never a half-written model)
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
