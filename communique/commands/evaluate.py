"""`communique eval GOLD.jsonl`: run the pipeline over a gold file and print the figures."""

from __future__ import annotations

import json
from collections import Counter
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from communique.commands.common import (MIN_CONFIDENCE_OPTION, MODEL_OPTION, fail, progress, stderr_console,
                                        stdout_console, use_min_confidence)

EXPLAIN = {
    "event_accuracy": "most confident event has the gold category",
    "event_any_recall": "some event has the gold category",
    "source_f1": "source actor codes (F1)",
    "target_f1": "target actor codes (F1)",
    "event_recall": "gold events matched (category + actors)",
    "event_date_accuracy": "matched events with the gold date",
    "events_predicted": "events predicted in all articles",
    "events_per_article": "events predicted per article",
    "events_matched": "predicted events matching a gold event",
    "quote_found": "gold quotes found",
    "quote_speaker": "gold quotes with the right speaker",
    "amount_recall": "gold amounts found (value within 1 %, unit)",
    "dateline": "datelines recognised",
    "actor_country": "gold actors found with the right country",
    "actor_sector": "gold actors found with the right sector",
    "accuracy": "document category accuracy",
    "macro_f1": "document category macro F1",
}


class Kind(str, Enum):
    auto = "auto"
    gsr = "gsr"
    news = "news"
    doc = "doc"


def figures_table(kind: str, figures: dict, title: str) -> Table:
    table = Table(title=title)
    table.add_column("figure")
    table.add_column("value", justify="right")
    table.add_column("meaning")
    for key, value in figures.items():
        table.add_row(key, "-" if value is None else str(value), EXPLAIN.get(key, ""))
    return table


def confusion_table(confusion: Counter) -> Table:
    gold = sorted({g for g, _ in confusion})
    predicted = sorted({p for _, p in confusion}, key=lambda x: (x == "-", x))
    table = Table(title="Confusion (rows: gold category, columns: most confident prediction; - = none)")
    table.add_column("gold \\ pred")
    for p in predicted:
        table.add_column(p[:4], justify="right")
    for g in gold:
        cells = []
        for p in predicted:
            n = confusion.get((g, p), 0)
            cells.append(("[bold green]" if g == p else "") + (str(n) if n else "."))
        table.add_row(g, *cells)
    return table


def patterns_table(patterns: dict, limit: int) -> Table:
    """Pattern -> how many of its events matched gold and how many did not, most unmatched first."""
    rows = sorted(patterns.items(), key=lambda kv: (-kv[1][1], -kv[1][0], kv[0]))
    table = Table(title=f"Patterns (events that matched gold / did not; {len(rows)} patterns, showing up to {limit})")
    table.add_column("pattern")
    table.add_column("matched", justify="right")
    table.add_column("unmatched", justify="right")
    for key, (hit, miss) in rows[:limit]:
        table.add_row(key, str(hit), str(miss))
    return table


def calibration_table(pairs: list) -> Table:
    """Confidence bins of every default-view candidate: how many, their mean confidence, and the share that
    matches a gold event (a lower bound of "right": gold lists main events only)."""
    from communique.eval.metrics import calibration_rows
    from communique.pipeline.serialize import min_confidence

    threshold = min_confidence()
    table = Table(title=f"Calibration (default threshold {threshold}; right = matches a gold event, "
                        "a lower bound: gold lists main events only)")
    for col in ("confidence", "candidates", "mean confidence", "share right", "view"):
        table.add_column(col, justify="right")
    for lo, hi, n, mean, right in calibration_rows(pairs):
        view = "default" if lo >= threshold else "other_events" if hi <= threshold else "both"
        table.add_row(f"[{lo:.1f}, {hi:.1f})", str(n), f"{mean:.2f}", f"{right:.2f}", view)
    return table


def print_misses(console: Console, misses: list, limit: int) -> None:
    console.print(f"[bold]Misses[/bold] ({len(misses)}, showing up to {limit}):")
    for m in misses[:limit]:
        rest = {k: v for k, v in m.items() if k not in ("id", "kind")}
        console.print(f"{m['id']} {m.get('kind', 'event')}: " + json.dumps(rest, ensure_ascii=False)[:300],
                      markup=False, highlight=False)


def evaluate(gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="Gold JSON Lines file."),
             kind: Kind = typer.Option(Kind.auto, "--kind", help="gsr, news, doc, or auto (from the records)."),
             verbose: bool = typer.Option(False, "--verbose", "-v", help="Confusion table and misses."),
             model: Optional[str] = MODEL_OPTION,
             workers: int = typer.Option(1, "--workers", min=1, help="Worker processes."),
             as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON line."),
             save: Optional[Path] = typer.Option(None, "--save", help="Also write the predictions (JSON Lines)."),
             max_misses: int = typer.Option(40, "--max-misses", help="Misses shown with --verbose."),
             max_patterns: int = typer.Option(60, "--max-patterns",
                                              help="Patterns shown with --verbose (matched / unmatched events)."),
             min_confidence: Optional[float] = MIN_CONFIDENCE_OPTION):
    """Run the pipeline over a gold file and print the figures (definitions of ../shared/tools/score.py)."""
    from communique.eval.metrics import score
    from communique.eval.run import detect_kind, load_jsonl, predict
    from communique.pipeline.builder import ModelNotFound

    use_min_confidence(min_confidence)

    try:
        records = load_jsonl(gold)
        chosen = detect_kind(records) if kind is Kind.auto else kind.value
    except (ValueError, OSError) as exc:
        fail(f"{gold}: {exc}", 2)
    err = stderr_console()
    try:
        with progress(err, "evaluating") as bar:
            task = bar.add_task("evaluating", total=len(records))
            pred, errors = predict(records, model=model, workers=workers, on_doc=lambda: bar.advance(task))
    except ModelNotFound as exc:
        fail(str(exc), 2)
    for e in errors:
        err.print(f"error: {e}", markup=False, highlight=False)
    figures, details = score(chosen, records, pred)
    if save:
        with open(save, "w", encoding="utf-8") as f:
            for doc in pred.values():
                f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    if as_json:
        typer.echo(json.dumps(figures))
    else:
        out = stdout_console()
        out.print(figures_table(chosen, figures, f"{gold.name} ({chosen}, {len(records)} records)"))
        if verbose:
            if details.get("confusion"):
                out.print(confusion_table(details["confusion"]))
            if details.get("calibration"):
                out.print(calibration_table(details["calibration"]))
            if details.get("patterns"):
                out.print(patterns_table(details["patterns"], max_patterns))
            print_misses(out, details.get("misses", []), max_misses)
    raise typer.Exit(1 if errors else 0)


def register(app: typer.Typer) -> None:
    app.command("eval")(evaluate)
