"""`communique export`: the store in the formats analysts use (see docs/exports.md)."""

from __future__ import annotations

from enum import Enum
from typing import Optional

import typer

from communique.commands import filters as F
from communique.commands.common import DB_OPTION, fail, open_store, stderr_console


class ExportFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"
    plover = "plover"
    gdelt = "gdelt"
    phoenix = "phoenix"


def export(fmt: ExportFormat = typer.Option(..., "--format", help="parquet, csv, jsonl, plover, gdelt or phoenix."),
           out: Optional[str] = typer.Option(None, "--out", help="File (directory for parquet); default: stdout."),
           db: str = DB_OPTION,
           dyad: Optional[str] = F.DYAD, directed: bool = F.DIRECTED, actor: Optional[str] = F.ACTOR,
           event: Optional[str] = F.EVENT, quad: Optional[str] = F.QUAD, since: Optional[str] = F.SINCE,
           until: Optional[str] = F.UNTIL, text: Optional[str] = F.TEXT, context: Optional[str] = F.CONTEXT):
    """Write stored events (with the filters of `communique events`) as Parquet tables, CSV, JSON Lines,
    PLOVER records, the GDELT 2.0 event table or the Phoenix TSV. Streams: memory stays flat."""
    from communique.export import export as run_export

    F.check_dates(since, until)
    context = F.check_context(context)
    if fmt is ExportFormat.parquet and not out:
        fail("--format parquet writes one file per table: give a directory with --out", 2)
    console = stderr_console()
    store = open_store(db)
    try:
        with console.status("exporting", spinner="dots") as status:
            def progress(n):
                status.update(f"exporting: {n:,} events")

            counts = run_export(store, fmt.value, out, progress=progress, dyad=dyad, directed=directed,
                                actor=actor, event=event, quad=quad, since=since, until=until, q=text,
                                context=context)
    except ValueError as exc:
        fail(str(exc), 2)
    except OSError as exc:
        fail(f"cannot write {out}: {exc}", 1)
    finally:
        store.close()
    what = ", ".join(f"{v:,} {k}" for k, v in counts.items())
    console.print(f"exported {what}" + (f" to {out}" if out else ""), markup=False, highlight=False)


def register(app: typer.Typer) -> None:
    app.command()(export)
