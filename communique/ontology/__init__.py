"""The event ontology: PLOVER categories, their quad classes, CAMEO codes and Goldstein scores.

Data lives in `ontology/data/` as plain YAML (rules as data, as spaCy's SpanRuler keeps patterns):
`plover.yaml` (categories), `goldstein.yaml` (CAMEO → Goldstein) and `triggers.yaml` (the trigger lexicon).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from communique.datafile import load_yaml

DATA = Path(__file__).resolve().parent / "data"
CATEGORIES = ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST", "ACCUSE",
              "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT")
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}


@lru_cache(maxsize=None)
def _yaml(name: str):
    return load_yaml(DATA / name)


def categories() -> dict:
    return _yaml("plover.yaml")


def quad(category: str) -> str:
    return categories()[category]["quad"]


def default_cameo(category: str) -> str:
    return categories()[category]["cameo"]


def goldstein(cameo: str | None) -> float | None:
    if not cameo:
        return None
    table = _yaml("goldstein.yaml")
    for code in (cameo, cameo[:3], cameo[:2] + "0"):
        if code in table:
            return float(table[code])
    return None


def triggers() -> dict:
    return _yaml("triggers.yaml")
