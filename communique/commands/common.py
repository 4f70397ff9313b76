"""Options and helpers shared by the subcommands."""

from __future__ import annotations

import typer
from rich.console import Console

DB_OPTION = typer.Option("communique.duckdb", "--db", envvar="COMMUNIQUE_DB", help="DuckDB store file.")
MODEL_OPTION = typer.Option(None, "--model", help="spaCy pipeline to load (default: en_core_web_sm if installed).")


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
        fail(str(exc))


def progress(console: Console, description: str):
    """A progress display on stderr (silent when stderr is not a terminal)."""
    from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(SpinnerColumn(), TextColumn("[progress.description]{task.description}"), MofNCompleteColumn(),
                    TextColumn("documents"), TimeElapsedColumn(), console=console, transient=True,
                    redirect_stdout=False,
                    disable=not console.is_terminal)
