"""`communique figures`: the figures ledger, amounts grouped by what they measure, dyad and year (docs/figures.md)."""

from __future__ import annotations

import json
import sys
from typing import Optional

import typer
from rich.table import Table

from communique.commands.common import DB_OPTION, fail, open_store, stdout_console


def _num(v: float) -> str:
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.4g}"


def figures(db: str = DB_OPTION,
            dyad: Optional[str] = typer.Option(None, "--dyad", help="Two codes, e.g. KAZ-RUS (either order)."),
            about: Optional[str] = typer.Option(None, "--about", help="A category: bilateral trade, investment, aid, "
                                                                      "loans, budget, casualties, troops, "
                                                                      "protest size, other."),
            actor: Optional[str] = typer.Option(None, "--actor", help="Actor code among the figure's parties."),
            year: Optional[int] = typer.Option(None, "--year", help="The year the figure refers to."),
            fmt: str = typer.Option("table", "--format", help="table or json (one object: items, conflicts, series).")):
    """Every stated amount by category, dyad and year, with qualifier and source; conflicting figures flagged."""
    if fmt not in ("table", "json"):
        fail(f"--format: {fmt!r} is not table or json", 2)
    store = open_store(db)
    try:
        ledger = store.figures(dyad=dyad, about=about, actor=actor, year=year)
    except ValueError as exc:
        fail(f"--about: {exc}", 2)
    finally:
        store.close()
    if fmt == "json":
        sys.stdout.write(json.dumps(ledger, ensure_ascii=False, default=str) + "\n")
        return
    table = Table(title=f"{ledger['total']} figures, {len(ledger['conflicts'])} conflicts (!)")
    for col in ("category", "dyad", "year", "value", "unit", "qualifier", "about", "source", "evidence"):
        table.add_column(col, overflow="fold", no_wrap=col in ("year", "value", "unit"),
                         justify="right" if col == "value" else "left")
    for r in ledger["items"]:
        table.add_row(r["category"], r["dyad"] or "", str(r["year"] or ""),
                      ("! " if r["conflict"] else "") + _num(r["value"]) if r["value"] is not None else "",
                      r["unit"] or "", r["qualifier"] or "", r["about"] or "", f"{r['outlet']} {r['published'] or ''}",
                      ((r["evidence"] or {}).get("text") or "")[:160])
    out = stdout_console()
    out.print(table)
    for c in ledger["conflicts"]:
        a, b = c["values"]
        out.print(f"conflict: {c['category']} {c['dyad']} {c['year']}: {_num(a['value'])} {c['unit']} ({a['outlet']}) "
                  f"vs {_num(b['value'])} ({b['outlet']})", markup=False, highlight=False)


def register(root: typer.Typer) -> None:
    root.command("figures")(figures)
