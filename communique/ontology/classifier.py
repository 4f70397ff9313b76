"""A small statistical PLOVER classifier for sentences the trigger lexicon does not decide.

Why: the rule-based coder (pipeline/events.py) knows only the triggers its lexicon lists; for an unknown
verb, or when two triggers of different categories compete, a bag-of-words model trained on the dev data
(scripts/train_event_classifier.py) gives a second opinion as probabilities over the 16 categories.

Why this shape: features are computed here with plain Python (no spaCy, no scikit-learn at run time), so
training and prediction share one featurizer and a sentence costs well under a millisecond.  The artefact
is JSON (vocabulary, idf, coefficient matrix, intercepts, metadata), so loading never depends on pickle
or library versions.  The model is a multinomial logistic regression over sublinear TF-IDF of
lightly stemmed word uni/bigrams plus the trigger verb's lemma as one extra feature.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

ARTEFACT = Path(__file__).resolve().parent / "data" / "event_classifier.json"

_TOKEN = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|\d+(?:[.,]\d+)*|[.!?]")
_SENT_END = {".", "!", "?"}
# endings stripped longest first; a stem keeps at least three letters (why: "shelled"/"shelling"/"shells"
# and "attacks"/"attacked" fall together without needing a lemmatizer at prediction time)
_SUFFIXES = (("ations", "ate"), ("ation", "ate"), ("ments", ""), ("ment", ""), ("ings", ""), ("ing", ""),
             ("ies", "y"), ("ied", "y"), ("sses", "ss"), ("eed", "ee"), ("ed", ""), ("s", ""))
_KEEP = {"was", "has", "is", "his", "its", "this", "us", "as", "news", "united", "states", "being"}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Lower-case, strip a common inflection or derivation ending, then a final "e"
    (so "impose"/"imposed"/"imposing" and "agree"/"agreed" each fall together).
    Remembered per word: a pure function called for every word of every sentence classified."""
    w = word.lower()
    if w in _KEEP or len(w) <= 3:
        return w
    for suffix, repl in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            if suffix == "s" and w.endswith(("ss", "us", "is")):
                break
            w = w[: -len(suffix)] + repl
            if suffix in ("ed", "ing", "ings") and len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeioulsz":
                w = w[:-1]          # "planned" -> "plan", but "shelled" -> "shell"
            break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def tokens(text: str, mask_names: bool = True) -> list[str]:
    """Stemmed word tokens; numbers become <num>; capitalised words inside a sentence become <cap>
    (why: names of places and people are accidents of the training sentences, not of the category)."""
    out: list[str] = []
    sentence_start = True
    for m in _TOKEN.finditer(text.replace("n't", " not").replace("N'T", " not")):
        w = m.group()
        if w in _SENT_END:
            sentence_start = True
            continue
        if w[0].isdigit():
            out.append("<num>")
        elif mask_names and w[0].isupper() and not sentence_start and not w.isupper():
            out.append("<cap>")
        else:
            out.append(stem(w))
        sentence_start = False
    return out


def features(text: str, verb_lemma: str | None = None, ngrams: int = 2, mask_names: bool = True,
             verb_weight: float = 1.0) -> dict[str, float]:
    """Raw counts of n-grams (n <= `ngrams`) and of the trigger verb (`v=<stem>`, counted `verb_weight`
    times so that one known trigger can outweigh the rest of a long sentence)."""
    toks = tokens(text, mask_names)
    counts: dict[str, float] = {}
    for n in range(1, ngrams + 1):
        for i in range(len(toks) - n + 1):
            key = " ".join(toks[i:i + n])
            if n > 1 and all(t == "<cap>" for t in toks[i:i + n]):
                continue
            counts[key] = counts.get(key, 0.0) + 1.0
    if verb_lemma:
        key = "v=" + stem(verb_lemma)
        counts[key] = counts.get(key, 0.0) + verb_weight
    return counts


def tfidf(counts: dict[str, float], index: dict[str, int], idf) -> list[tuple[int, float]]:
    """Sublinear tf times idf over known features, L2-normalised (the same transform training used)."""
    pairs = [(index[k], (1.0 + math.log(c)) * idf[index[k]]) for k, c in counts.items() if k in index]
    norm = math.sqrt(sum(v * v for _, v in pairs)) or 1.0
    return [(j, v / norm) for j, v in pairs]


class Model:
    """The trained artefact held in memory: per feature, one coefficient per class."""

    def __init__(self, data: dict):
        self.meta = data.get("meta", {})
        self.classes: list[str] = data["classes"]
        self.config: dict = data.get("config", {})
        self.index = {f: j for j, f in enumerate(data["features"])}
        self.idf: list[float] = data["idf"]
        self.coef: list[list[float]] = data["coef"]          # one row per feature (len = classes)
        self.intercept: list[float] = data["intercept"]

    def predict(self, text: str, verb_lemma: str | None = None) -> dict[str, float]:
        cfg = self.config
        counts = features(text, verb_lemma, cfg.get("ngrams", 2), cfg.get("mask_names", True),
                          cfg.get("verb_weight", 1.0))
        scores = list(self.intercept)
        for j, v in tfidf(counts, self.index, self.idf):
            row = self.coef[j]
            for c in range(len(scores)):
                scores[c] += v * row[c]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {cls: e / total for cls, e in zip(self.classes, exps)}


@lru_cache(maxsize=1)
def load(path: str | None = None) -> Model | None:
    """The model, read once per process; None when the artefact has not been built."""
    p = Path(path) if path else ARTEFACT
    if not p.exists():
        return None
    return Model(json.loads(p.read_text(encoding="utf-8")))


def predict(text: str, verb_lemma: str | None = None) -> dict[str, float]:
    """Probabilities over the PLOVER categories for one sentence (empty when no model is installed).
    `verb_lemma` is the trigger's lemma when the caller knows it; it sharpens the guess."""
    model = load()
    return model.predict(text, verb_lemma) if model else {}


def top(probs: dict[str, float], k: int = 2) -> list[tuple[str, float]]:
    """The k most probable categories, best first."""
    return sorted(probs.items(), key=lambda kv: -kv[1])[:k]
