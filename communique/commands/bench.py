"""`communique bench`: throughput and memory of the full ingest against bare spaCy (see communique.bench)."""

from __future__ import annotations

import json
from typing import List, Optional

import typer

from communique.commands.common import MODEL_OPTION, fail, stderr_console, stdout_console


def _scales(value: str) -> list[int]:
    try:
        scales = [int(x) for x in value.split(",") if x.strip()]
    except ValueError:
        raise typer.BadParameter("a comma-separated list of whole numbers, e.g. 1,4") from None
    if not scales or any(s < 1 for s in scales):
        raise typer.BadParameter("scales are whole numbers of at least 1, e.g. 1,4")
    return scales


def bench(corpus: List[str] = typer.Argument(..., help="Corpus files or directories (as for ingest)."),
          workers: Optional[int] = typer.Option(None, "--workers", min=1, help="Processes (default: CPU count)."),
          scale: str = typer.Option("1,4", "--scale", help="Corpus repeats to run, comma-separated."),
          limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Use only the first N articles."),
          batch_size: int = typer.Option(16, "--batch-size", min=1, help="Documents per batch (both phases)."),
          model: Optional[str] = MODEL_OPTION,
          same_ops: bool = typer.Option(True, "--same-ops/--no-same-ops",
                                        help="Also time bare spaCy with communique's numpy matmul (first scale)."),
          readers: int = typer.Option(0, "--readers", min=0, help="Also time the ingest handed to a running "
                                      "`communique serve` while N clients poll its API (first scale)."),
          html: bool = typer.Option(False, "--html", help="Also render the corpus as web pages (first scale) and "
                                                           "time their main-text extraction against their ingest."),
          dask: bool = typer.Option(False, "--dask", help="Instead: time `ingest --dask` on local clusters of 1 "
                                    "and 2 workers (or --workers N: 1..N) and report the parallel efficiency."),
          as_json: bool = typer.Option(False, "--json", help="Print one JSON object (field `ratio`: at 1x).")):
    """Run bare spaCy nlp.pipe and the full `communique ingest` on the same texts, side by side.

    Prints articles/s, words/s, peak memory of the whole process tree and the throughput ratio
    ingest / spaCy, at each corpus scale (the corpus repeated with new ids), and the ratio against bare
    spaCy given communique's numpy matmul backend (`ratio_same_ops`).  The CPU ratio
    (spaCy CPU seconds / ingest CPU seconds of each process tree) is the same comparison in a
    form that other programs on the machine barely disturb.
    """
    from communique.bench.run import bench as run_bench, summary
    from communique.pipeline.runner import default_workers

    if dask:
        return _bench_dask(corpus, workers, limit, model, batch_size, as_json)
    scales = _scales(scale)
    workers = workers or default_workers()
    err = stderr_console()

    def report(run):
        err.print(f"  {run.scale}x {run.phase}: {run.articles} articles in {run.seconds:.1f} s, "
                  f"peak {run.peak_mb:.0f} MB", markup=False, highlight=False)

    err.print(f"bench: {', '.join(corpus)}; {workers} processes; scales {scale}", markup=False, highlight=False)
    runs = run_bench(corpus, workers, scales, limit, model, batch_size, report=report, same_ops=same_ops,
                     readers=readers, html=html)
    if not runs or not runs[0].articles:
        fail("no valid records in the corpus")
    result = summary(runs)
    if as_json:
        typer.echo(json.dumps({"corpus": corpus, "workers": workers, **result,
                               "runs": [r.as_dict() for r in runs]}))
    else:
        _table(runs, result, workers)
    if not all(r.ok for r in runs):
        raise typer.Exit(1)


def _table(runs, result, workers):
    from rich.table import Table

    table = Table(title=f"communique bench ({workers} processes)")
    for col in ("scale", "phase", "articles", "words", "seconds", "articles/s", "words/s", "peak MB", "CPU s",
                "ratio", "CPU ratio"):
        table.add_column(col, justify="left" if col == "phase" else "right")
    ratios, cpu_ratios = result["ratios"], result["cpu_ratios"]
    for r in runs:
        ingest = r.phase == "communique ingest"
        ratio = ratios.get(f"{r.scale}x") if ingest else None
        cpu_ratio = cpu_ratios.get(f"{r.scale}x") if ingest else None
        table.add_row(f"{r.scale}x", r.phase + ("" if r.ok else " (FAILED)"), str(r.articles), str(r.words),
                      f"{r.seconds:.1f}", f"{r.articles_per_s:.2f}", f"{r.words_per_s:.0f}", f"{r.peak_mb:.0f}",
                      f"{r.cpu_seconds:.0f}", "" if ratio is None else f"{ratio:.2f}x",
                      "" if cpu_ratio is None else f"{cpu_ratio:.2f}x")
    out = stdout_console()
    out.print(table)
    if "ratio_same_ops" in result:
        out.print(f"against bare spaCy with the same numpy matmul: ratio {result['ratio_same_ops']:.2f}x, "
                  f"CPU ratio {result['cpu_ratio_same_ops']:.2f}x", markup=False, highlight=False)
    if "readers_slowdown" in result:
        out.print(f"ingest handed to a running server with API readers: {result['readers_slowdown'] * 100:+.1f}% "
                  f"time, readers {'all answered 200' if result['readers_ok'] else 'saw failures'}", markup=False,
                  highlight=False)
    if "cluster_share" in result:
        out.print(f"event clustering: {result['cluster_share'] * 100:.1f}% of ingest time", markup=False,
                  highlight=False)
    if "html" in result:
        h = result["html"]
        out.print(f"web pages: main-text extraction of {h['pages']} pages took {h['extract_seconds']:.1f} s, "
                  f"{h['share']:.1%} of their ingest ({h['ingest_seconds']:.1f} s; CPU share {h['cpu_share']:.1%})",
                  markup=False, highlight=False)
    if "time_growth" in result:
        out.print(f"ingest growth {result['growth_of']}: time x{result['time_growth']:.2f}, "
                  f"peak memory x{result['memory_growth']:.2f}", markup=False, highlight=False)


def _bench_dask(corpus, workers, limit, model, batch_size, as_json):
    from communique.bench.dask_scaling import bench_dask

    err = stderr_console()
    counts = tuple(range(1, (workers or 2) + 1))
    err.print(f"bench --dask: {', '.join(corpus)}; local clusters of {', '.join(map(str, counts))} workers",
              markup=False, highlight=False)

    def report(r):
        err.print(f"  {r['workers']} workers: {r['articles']} articles in {r['seconds']:.1f} s "
                  f"({r['articles_per_s']:.2f}/s; start-up {r['startup_seconds']:.1f} s, worker CPU "
                  f"{r['worker_cpu_seconds']:.0f} s, client CPU {r['client_cpu_seconds']:.0f} s)", markup=False,
                  highlight=False)

    result = bench_dask(corpus, limit, counts, model, batch_size, report=report)
    if not result["articles"]:
        fail("no valid records in the corpus")
    if as_json:
        typer.echo(json.dumps({"corpus": corpus, **result}))
    else:
        out = stdout_console()
        for r in result["runs"]:
            n = str(r["workers"])
            out.print(f"{r['workers']} workers: {r['articles_per_s']:.2f} articles/s, speed-up "
                      f"{result.get('speedup', {}).get(n, 0):.2f}x, parallel efficiency "
                      f"{result.get('efficiency', {}).get(n, 0):.2f}, worker CPU "
                      f"{result.get('cpu_per_article', {}).get(n, 0):.3f} s/article, client CPU "
                      f"{result.get('client_cpu_per_article', {}).get(n, 0):.3f} s/article"
                      + ("" if r["ok"] else " (FAILED)"), markup=False, highlight=False)
        before, after = result["load_average_before"], result["load_average_after"]
        out.print(f"machine: {result['cpu_count']} CPUs, load average {before[0]:.2f} before, {after[0]:.2f} after",
                  markup=False, highlight=False)
    if not all(r["ok"] for r in result["runs"]):
        raise typer.Exit(1)


def bench_export(events: int = typer.Option(100_000, "--events", min=1, help="Synthetic events in the store."),
                 formats: str = typer.Option("parquet,csv,jsonl,plover,gdelt,phoenix", "--formats",
                                             help="Export formats to run, comma-separated."),
                 workdir: Optional[str] = typer.Option(None, "--dir", help="Where to build the store (default: a "
                                                        "temporary folder, removed afterwards)."),
                 as_json: bool = typer.Option(False, "--json", help="Print one JSON object.")):
    """Build a synthetic store of N events (copies of one real extraction) and export it in each format,
    reporting time and the export process's peak memory."""
    import tempfile
    from pathlib import Path

    from communique.bench.export import build_store, measure
    from communique.export import FORMATS

    wanted = [f.strip() for f in formats.split(",") if f.strip()]
    unknown = [f for f in wanted if f not in FORMATS]
    if unknown:
        fail(f"unknown format(s): {', '.join(unknown)}", 2)
    err = stderr_console()
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        db = Path(tmp) / "bench.duckdb"
        err.print(f"bench-export: building a store of {events:,} events ...", markup=False, highlight=False)
        stored = build_store(db, events)
        results = []
        for fmt in wanted:
            res = measure(db, fmt, Path(tmp) / f"out.{fmt}")
            err.print(f"  {fmt}: {res['seconds']} s, peak {res['peak_mb']} MB", markup=False, highlight=False)
            results.append(res)
    if as_json:
        typer.echo(json.dumps({"events": stored, "results": results}))
    else:
        for r in results:
            typer.echo(f"{r['format']:8} {stored:,} events  {r['seconds']:7.2f} s  peak {r['peak_mb']:7.1f} MB"
                       + ("" if r["ok"] else "  FAILED " + " ".join(r["message"])))
    if not all(r["ok"] for r in results):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command()(bench)
    app.command("bench-export")(bench_export)
