"""Confidence that means something: a candidate's features mapped to how often such events are right.

The events component gives each candidate a raw score from its own rules; the worthiness component lowers
it for what it finds uncertain. Neither is a probability. `calibrate` turns the candidate's features (the
raw score, how the trigger and the parties were found, where in the article the sentence stands, whether the
text dates the act) into one, with a logistic model fitted by scripts/calibrate_confidence.py on the two
news development halves (`ontology/data/confidence_model.json`).

What "right" means there: the candidate matches a gold event of its article (category and actor codes, as
the scorer matches). The gold lists an article's main events only, so a right but minor event counts as
wrong: the calibrated confidence is a lower bound of how often such events are right, which is the safe side
for a threshold ("at least this often").
"""

from __future__ import annotations

import json
import math
import os
from functools import lru_cache
from pathlib import Path

MODEL = Path(__file__).resolve().parents[1] / "ontology" / "data" / "confidence_model.json"
KINDS = ("hand", "light", "noun", "compiled", "rule")  # how the trigger was found ("classifier" is the base)
# the features the model uses: the raw score and what is the same for every candidate of a sentence (whether
# the sentence is among the first three, how many countries the article is about), so that within a sentence
# the order of the raw scores, which ranks a sentence's readings, is kept. The sentence's relative position was
# a feature too; it reordered same-party acts of one article across sentences (news_dev2 event-date accuracy
# 0.848 -> 0.824) for no gain in recall on the other half, so it is left out
MODEL_FEATURES = ("raw", "lead", "other_countries")


def trigger_kind(pattern: str) -> str:
    head = (pattern or "").split(" ", 1)[0]
    if head in ("hand", "light", "noun", "rule", "classifier"):
        return head
    return "compiled"  # a CAMEO dictionary pattern ("DEMAND - WANT [030]")


def features(ev: dict, sentences: int, share: float) -> dict[str, float]:
    """The candidate's features, all in [0, 1]; `sentences` is the article's number of sentences and
    `share` the two main countries' share of its country mentions (worthiness.two_country_share)."""
    basis = ev.get("_basis") or {}
    kind = trigger_kind((ev.get("trigger") or {}).get("pattern") or "")
    position = (ev.get("sentence") or 0) / max(1, sentences - 1) if sentences > 1 else 0.0
    out = {"raw": float(ev.get("confidence") or 0)}
    out.update({f"kind_{k}": float(kind == k) for k in KINDS})
    out.update({
        "source_named": float(basis.get("source") == "syntax"),
        "target_named": float(basis.get("target") == "syntax"),
        "inferred_party": float(any(p.get("inferred") for p in ev["source"] + ev["target"])),
        "no_target": float(not ev["target"]),
        "dated": float(bool(ev.get("date_text"))),
        "planned": float(bool(ev.get("planned"))),
        "lead": float((ev.get("sentence") or 0) < 3),
        "position": round(position, 4),
        "other_countries": round(1.0 - share, 4),
    })
    return out


@lru_cache(maxsize=1)
def model() -> dict | None:
    if os.environ.get("COMMUNIQUE_CALIBRATION", "1") == "0" or not MODEL.exists():
        return None
    return json.loads(MODEL.read_text(encoding="utf-8"))


def calibrate(feats: dict[str, float], fitted: dict | None = None) -> float:
    """The calibrated confidence (0..1, 3 decimals); the raw score when no model is installed."""
    m = fitted if fitted is not None else model()
    if m is None:
        return round(feats["raw"], 3)
    z = m["intercept"] + sum(w * feats.get(name, 0.0) for name, w in zip(m["features"], m["coef"]))
    return round(1.0 / (1.0 + math.exp(-z)), 3)
