"""The `communique` command line (typer). Every command has --help.

`extract` lives here; the other subcommands are small modules in `communique.commands`,
each with `register(app)` (see that package's docstring for adding one).
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import sys
from typing import List, Optional

import typer

app = typer.Typer(help="communique: news articles in, verifiable PLOVER/CAMEO event data out.",
                  no_args_is_help=True, add_completion=False)


@app.callback()
def _root():
    """communique: news articles in, verifiable PLOVER/CAMEO event data out."""


def _err(msg: str) -> None:
    typer.echo(msg, err=True)


@app.command()
def extract(inputs: List[str] = typer.Argument(..., help="Files, directories, or - for stdin."),
            model: Optional[str] = typer.Option(None, help="spaCy pipeline to load."),
            workers: int = typer.Option(1, help="Worker processes."),
            strict: bool = typer.Option(False, help="Stop at the first bad record.")):
    """Print one document JSON per line to stdout; the store is untouched."""
    from communique.ingest import InputError, read_inputs
    from communique.pipeline.runner import process_stream

    failed = 0
    for rec, doc, error in process_stream(read_inputs(inputs), model=model, workers=workers):
        if isinstance(rec, InputError) or error:
            failed += 1
            _err(f"error: {rec if isinstance(rec, InputError) else error}")
            if strict:
                raise typer.Exit(1)
            continue
        for w in rec.get("warnings", []):
            _err(f"warning: {w}")
        sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
    raise typer.Exit(1 if failed else 0)


def _register_commands() -> None:
    from communique import commands

    for name in commands.COMMANDS:
        importlib.import_module(f"communique.commands.{name}").register(app)
    for name in commands.OPTIONAL:
        if importlib.util.find_spec(f"communique.commands.{name}") is not None:
            importlib.import_module(f"communique.commands.{name}").register(app)


_register_commands()


def main():
    app()


if __name__ == "__main__":
    main()
