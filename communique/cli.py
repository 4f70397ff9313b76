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

from communique.commands.common import DOC_TIMEOUT_OPTION, MAX_CHARS_OPTION, MIN_CONFIDENCE_OPTION

app = typer.Typer(help="communique: news articles in, verifiable PLOVER/CAMEO event data out.",
                  no_args_is_help=True, add_completion=False)


@app.callback()
def _root():
    """communique: news articles in, verifiable PLOVER/CAMEO event data out."""


def _err(msg: str) -> None:
    typer.echo(msg, err=True)


@app.command()
def extract(inputs: List[str] = typer.Argument(..., help="Files, directories (recursive), or - for stdin."),
            model: Optional[str] = typer.Option(None, help="spaCy pipeline to load."),
            workers: int = typer.Option(1, min=1, help="Worker processes."),
            batch_size: int = typer.Option(16, "--batch-size", min=1, help="Documents per batch."),
            strict: bool = typer.Option(False, help="Stop at the first bad record."),
            max_chars: int = MAX_CHARS_OPTION,
            doc_timeout: float = DOC_TIMEOUT_OPTION,
            min_confidence: Optional[float] = MIN_CONFIDENCE_OPTION):
    """Print one document JSON per line to stdout; the store is untouched."""
    from communique.commands.common import progress, stderr_console, use_min_confidence

    use_min_confidence(min_confidence)
    from communique.ingest import InputError, read_inputs
    from communique.pipeline.builder import ModelNotFound
    from communique.pipeline.runner import process_stream

    console = stderr_console()
    failed = 0
    try:
        with progress(console, "extracting") as bar:
            task = bar.add_task("extracting", total=None)
            for rec, doc, error in process_stream(read_inputs(inputs, max_chars=max_chars), model=model,
                                                  workers=workers, batch_size=batch_size, doc_timeout=doc_timeout):
                bar.advance(task)
                if isinstance(rec, InputError) or error:
                    failed += 1
                    _err(f"error: {rec if isinstance(rec, InputError) else error}")
                    if strict:
                        break
                    continue
                for w in rec.get("warnings", []):
                    _err(f"warning: {w}")
                sys.stdout.write(json.dumps(doc, ensure_ascii=False, allow_nan=False) + "\n")
    except ModelNotFound as exc:
        _err(f"error: {exc}")
        raise typer.Exit(2)
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
    sys.argv[1:] = _optional_values(sys.argv[1:])
    app()


def _optional_values(args: list[str]) -> list[str]:
    """`ingest --dask` takes an optional scheduler address (typer has no optional option values): a bare
    `--dask` not followed by an address becomes `--dask=local`, so `ingest --dask a.jsonl` reads a.jsonl."""
    from communique.ingest.dask_ingest import is_address

    if not args or args[0] != "ingest":
        return args
    out = list(args)
    for i, a in enumerate(out):
        if a == "--":
            break
        if a == "--dask" and (i + 1 == len(out) or not is_address(out[i + 1])):
            out[i] = "--dask=local"
    return out


if __name__ == "__main__":
    main()
