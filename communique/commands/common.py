"""Options and helpers shared by the subcommands."""

from __future__ import annotations

import typer
from rich.console import Console

DB_OPTION = typer.Option("communique.duckdb", "--db", envvar="COMMUNIQUE_DB", help="DuckDB store file.")
MODEL_OPTION = typer.Option(None, "--model", help="spaCy pipeline to load (default: en_core_web_sm if installed).")
# defaults are the documented limits (README, "Limits"): communique.ingest.validation.MAX_CHARS and
# communique.pipeline.runner.DEFAULT_DOC_TIMEOUT, repeated as literals so --help needs no heavy import
MAX_CHARS_OPTION = typer.Option(2_000_000, "--max-chars", min=0,
                                help="Refuse (with an error) a record longer than this many characters; 0 = no limit.")
DOC_TIMEOUT_OPTION = typer.Option(120.0, "--doc-timeout", min=0,
                                  help="Seconds one document may take; past it the document is reported and "
                                       "skipped, the run goes on. 0 = no limit.")


def stdout_console() -> Console:
    """Tables for people; when piped, wide enough that columns are not squeezed."""
    import sys

    return Console(width=None if sys.stdout.isatty() else 120)


def stderr_console() -> Console:
    return Console(stderr=True, soft_wrap=True)


def fail(message: str, code: int = 1):
    """Print a one-line error on stderr and exit with `code`."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def open_store(db: str, read_only: bool = True):
    from communique.store import Store, StoreError

    try:
        return Store(db, read_only=read_only)
    except StoreError as exc:
        from communique.store.handoff import find_server

        server = find_server(db, wait=0)
        if server is not None:
            fail(f"the communique server at {server['url']} holds {db}: read it there (/api/events, the "
                 "dashboard) or stop the server", 2)
        fail(str(exc), 2)


def progress(console: Console, description: str):
    """A progress display on stderr (silent when stderr is not a terminal)."""
    from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(SpinnerColumn(), TextColumn("[progress.description]{task.description}"), MofNCompleteColumn(),
                    TextColumn("documents"), TimeElapsedColumn(), console=console, transient=True,
                    redirect_stdout=False,
                    disable=not console.is_terminal)


MIN_CONFIDENCE_OPTION = typer.Option(
    None, "--min-confidence", min=0.0, max=1.0,
    help="Default-view threshold: events below this calibrated confidence go to other_events "
         "(default: communique.pipeline.serialize.DEFAULT_MIN_CONFIDENCE).")


def use_min_confidence(value) -> None:
    """Set the default view's threshold for this process and the worker processes it starts."""
    if value is not None:
        import os

        from communique.pipeline.serialize import MIN_CONFIDENCE_ENV

        os.environ[MIN_CONFIDENCE_ENV] = repr(float(value))
