"""`communique calendar`: the forward calendar of planned events and what became of them (docs/calendar.md)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Optional

import typer
from rich.table import Table

from communique.commands.common import DB_OPTION, fail, open_store, stdout_console


def _day(value: str | None, name: str) -> dt.date | None:
    from communique.store.calendar import parse_day

    try:
        return parse_day(value, name)
    except ValueError as exc:
        fail(str(exc), 2)


def calendar(db: str = DB_OPTION,
             since: Optional[str] = typer.Option(None, "--from", help="Scheduled on or after (YYYY-MM-DD, YYYY-MM, YYYY)."),
             until: Optional[str] = typer.Option(None, "--to", help="Scheduled on or before."),
             actor: Optional[str] = typer.Option(None, "--actor", help="Actor code among the parties, e.g. KAZ."),
             status: Optional[str] = typer.Option(None, "--status", help="happened, cancelled, postponed, pending "
                                                                         "or overdue."),
             today: Optional[str] = typer.Option(None, "--today", help="Judge overdue against this day "
                                                                       "(default: today)."),
             fmt: str = typer.Option("table", "--format", help="table, ics (iCalendar) or json (JSON Lines).")):
    """Every planned event with its scheduled date, parties, place and evidence, and its status."""
    from communique.store import calendar as cal
    from communique.store.calendar import STATUSES

    if fmt not in ("table", "ics", "json"):
        fail(f"--format: {fmt!r} is not table, ics or json", 2)
    if status and status not in STATUSES:
        fail(f"--status: {status!r} is not one of {', '.join(STATUSES)}", 2)
    for name, value in (("--from", since), ("--to", until)):
        if value and cal.period_start(value) is None:
            fail(f"{name}: {value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)", 2)
    store = open_store(db)
    try:
        entries = store.calendar(since=since, until=until, actor=actor, today=_day(today, "--today"), status=status)
    finally:
        store.close()
    if fmt == "ics":
        sys.stdout.buffer.write(cal.to_ics(entries))
        return
    if fmt == "json":
        for e in entries:
            sys.stdout.write(json.dumps(e, ensure_ascii=False, default=str) + "\n")
        return
    table = Table(title=f"{len(entries)} planned events")
    for col in ("date", "status", "event", "who", "place", "outlets", "trigger", "evidence"):
        table.add_column(col, overflow="fold", no_wrap=col in ("date", "status", "event"),
                         justify="right" if col == "outlets" else "left")
    for e in entries:
        who = ",".join(e["source"]) + (" -> " + ",".join(e["target"]) if e["target"] else "")
        ev = (e["reports"][0].get("evidence") or {}).get("text") or ""
        table.add_row(e["date"] or "", e["status"], e["event"], who, e["place"] or "", str(e["outlets"]),
                      e["trigger"] or "", ev[:200])
    stdout_console().print(table)


def register(root: typer.Typer) -> None:
    root.command("calendar")(calendar)
