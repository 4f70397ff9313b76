"""`communique relations`: the relations index of one or more dyads, Goldstein-weighted, each cluster once
(docs/relations.md)."""

from __future__ import annotations

import json
import sys
from typing import List, Optional

import typer
from rich.table import Table

from communique.commands.common import DB_OPTION, fail, open_store, stdout_console



def _num(v) -> str:
    return "" if v is None else f"{v:+.1f}" if v else "0"


def _clip(text: str, n: int = 100) -> str:
    """At most n characters, cut at a word boundary."""
    if len(text) <= n:
        return text
    cut = text[:n].rsplit(" ", 1)[0]
    return (cut if len(cut) > n // 2 else text[:n]) + "…"


def _table(one: dict) -> Table:
    from communique.store.relations import mover_text

    a, b, t = one["a"], one["b"], one["total"]
    table = Table(title=f"{one['dyad']} by {one['by']}: {t['n']} items ({one['reports']} reports), score "
                        f"{_num(t['score'])} ({a}→{b} {_num(t['a_to_b']['score'])}, {b}→{a} "
                        f"{_num(t['b_to_a']['score'])}, mutual {_num(t['mutual']['score'])})"
                        + (f"; {one['undated']} not placed at this resolution" if one["undated"] else ""))
    for col in ("period", "n", "score", f"{a}→{b}", f"{b}→{a}", "mutual", "mean", "moved most by"):
        table.add_column(col, overflow="fold", no_wrap=col != "moved most by",
                         justify="right" if col not in ("period", "moved most by") else "left")
    for r in one["series"]:
        if not r["n"]:
            continue
        table.add_row(r["period"], str(r["n"]), _num(r["score"]), _num(r["a_to_b"]["score"]),
                      _num(r["b_to_a"]["score"]), _num(r["mutual"]["score"]),
                      "" if r["mean"] is None else f"{r['mean']:+.2f}",
                      "\n".join(mover_text(m) + (f": {_clip(m['evidence']['text'])}" if m.get("evidence") else "")
                                for m in r["movers"]))
    return table


def relations(dyads: List[str] = typer.Argument(None, help="One or more dyads, e.g. KAZ-RUS CHN-PAK; none lists "
                                                            "the busiest dyads."),
              db: str = DB_OPTION,
              by: str = typer.Option("week", "--by", help="day, week (ISO) or month."),
              since: Optional[str] = typer.Option(None, "--since", help="From this date (YYYY-MM-DD, YYYY-MM)."),
              until: Optional[str] = typer.Option(None, "--until", help="Up to this date, inclusive."),
              top: int = typer.Option(3, "--top", min=0, help="Events that moved each period most, listed."),
              fmt: str = typer.Option("table", "--format", help="table, json or csv (csv: every period, "
                                                                 "empty ones included).")):
    """Cooperation–conflict series of dyads: per period the Goldstein sum of their events (each event cluster
    once), by direction (A→B, B→A, mutual) and the events that moved it most."""
    from communique.store.relations import PERIODS, check_date, parse_dyads, to_csv

    if fmt not in ("table", "json", "csv"):
        fail(f"--format: {fmt!r} is not table, json or csv", 2)
    if by not in PERIODS:
        fail(f"--by: {by!r} is not day, week or month", 2)
    for name, value in (("--since", since), ("--until", until)):
        try:
            check_date(value, name)
        except ValueError as exc:
            fail(str(exc), 2)
    pairs = None
    if dyads:
        try:
            pairs = parse_dyads(dyads)
        except ValueError as exc:
            fail(str(exc), 2)
    store = open_store(db)
    try:
        if pairs is None:
            busiest = store.busiest_dyads(limit=20)
        else:
            try:
                result = store.relations(pairs, by=by, since=since, until=until, top=top, dense=fmt != "table")
            except ValueError as exc:
                fail(str(exc), 2)
    finally:
        store.close()
    if pairs is None:
        if fmt == "json":
            sys.stdout.write(json.dumps({"dyads": busiest}) + "\n")
            return
        table = Table(title="busiest dyads (items: each event cluster once)")
        for col in ("dyad", "items", "reports"):
            table.add_column(col, justify="left" if col == "dyad" else "right")
        for d in busiest:
            table.add_row(d["dyad"], str(d["items"]), str(d["reports"]))
        stdout_console().print(table)
        return
    if fmt == "json":
        sys.stdout.write(json.dumps(result, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        sys.stdout.write(to_csv(result))
    else:
        out = stdout_console()
        for one in result["dyads"]:
            out.print(_table(one))


def register(root: typer.Typer) -> None:
    root.command("relations")(relations)
