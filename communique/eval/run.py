"""Run the pipeline over a gold file and score it (`communique eval`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Iterator

from communique.eval.metrics import score


def load_jsonl(path: str | Path) -> dict:
    """{id: record} from a JSON Lines file (ids compared as strings)."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                rec = json.loads(line)
                out[str(rec.get("id"))] = rec
    return out


def detect_kind(gold: dict) -> str:
    """'news' (records with a "gold" block), 'gsr' (event + source/target) or 'doc' (event only)."""
    first = next(iter(gold.values()), {})
    if "gold" in first:
        return "news"
    if "source" in first or "target" in first:
        return "gsr"
    if "event" in first:
        return "doc"
    raise ValueError("cannot tell the kind of gold file: records have neither 'gold' nor 'event'")


def gold_records(gold: dict) -> Iterator:
    """Input records for the pipeline (text, date, url...) built from gold records."""
    from communique.ingest.records import make_record

    for gid, g in gold.items():
        yield make_record(g.get("text"), f"gold:{gid}", gid, g.get("date"), g.get("url"), g.get("title"),
                          g.get("source") if isinstance(g.get("source"), str) else None)


def predict(gold: dict, model: str | None = None, workers: int = 1, batch_size: int = 16,
            on_doc: Callable[[], None] | None = None) -> tuple[dict, list[str]]:
    """Document JSON for every gold record: ({id: doc}, [error messages])."""
    from communique.ingest.records import InputError
    from communique.pipeline.runner import process_stream

    pred, errors = {}, []
    for rec, doc, error in process_stream(gold_records(gold), model=model, workers=workers, batch_size=batch_size):
        if isinstance(rec, InputError) or error:
            errors.append(str(rec) if isinstance(rec, InputError) else error)
        else:
            pred[str(doc["id"])] = doc
        if on_doc:
            on_doc()
    return pred, errors


def evaluate(path: str | Path, kind: str = "auto", model: str | None = None, workers: int = 1,
             on_doc: Callable[[], None] | None = None) -> dict:
    """Run and score; returns {"kind", "figures", "details", "errors", "predictions"}."""
    gold = load_jsonl(path)
    if not gold:
        raise ValueError(f"{path}: no gold records")
    kind = detect_kind(gold) if kind == "auto" else kind
    pred, errors = predict(gold, model=model, workers=workers, on_doc=on_doc)
    figures, details = score(kind, gold, pred)
    return {"kind": kind, "figures": figures, "details": details, "errors": errors, "predictions": pred}
