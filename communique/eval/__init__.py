"""Evaluation against the shared gold sets (same definitions as the reference scorer)."""

from communique.eval.metrics import score, score_doc, score_gsr, score_news
from communique.eval.run import detect_kind, evaluate, load_jsonl

__all__ = ["score", "score_gsr", "score_news", "score_doc", "evaluate", "detect_kind", "load_jsonl"]
