"""`communique events` and `communique summary`: read the store."""

from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from communique.commands.common import DB_OPTION, fail, open_store

CSV_COLUMNS = ("doc_id", "event_id", "date", "event", "mode", "cameo", "quad", "goldstein", "source", "target",
               "source_text", "target_text", "trigger", "planned", "negated", "confidence", "published", "title",
               "url")


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def codes(parts: list) -> str:
    return ";".join(p.get("code") or "?" for p in parts)


def texts(parts: list) -> str:
    return ";".join(p.get("text") or "" for p in parts)


def flat_row(e: dict) -> dict:
    """One event as a flat CSV row."""
    return {"doc_id": e["doc_id"], "event_id": e["id"], "date": e["date"], "event": e["event"], "mode": e["mode"],
            "cameo": e["cameo"], "quad": e["quad"], "goldstein": e["goldstein"], "source": codes(e["source"]),
            "target": codes(e["target"]), "source_text": texts(e["source"]), "target_text": texts(e["target"]),
            "trigger": (e.get("trigger") or {}).get("text"), "planned": e["planned"], "negated": e["negated"],
            "confidence": e["confidence"], "published": e["published"], "title": e["title"], "url": e["url"]}


def events_table(rows: list, title: str | None = None) -> Table:
    table = Table(title=title, show_lines=False)
    for col in ("date", "event", "mode", "source", "target", "trigger", "conf", "document"):
        table.add_column(col, overflow="fold")
    for e in rows:
        flags = (" (planned)" if e.get("planned") else "") + (" (not)" if e.get("negated") else "")
        table.add_row(e.get("date") or f"~{e.get('published') or '?'}", (e.get("event") or "") + flags,
                      e.get("mode") or "", codes(e["source"]), codes(e["target"]),
                      (e.get("trigger") or {}).get("text") or "",
                      f"{e['confidence']:.2f}" if e.get("confidence") is not None else "", e["doc_id"])
    return table


def events(db: str = DB_OPTION,
           dyad: Optional[str] = typer.Option(None, "--dyad", help="Two codes, e.g. KAZ-RUS (either direction)."),
           directed: bool = typer.Option(False, "--directed", help="With --dyad: only source A -> target B."),
           actor: Optional[str] = typer.Option(None, "--actor", help="Actor code among sources or targets."),
           event: Optional[str] = typer.Option(None, "--event", help="PLOVER category (or a comma list)."),
           quad: Optional[str] = typer.Option(None, "--quad", help='e.g. "verbal cooperation".'),
           since: Optional[str] = typer.Option(None, "--since", help="From this date (YYYY-MM-DD), inclusive."),
           until: Optional[str] = typer.Option(None, "--until", help="Up to this date, inclusive."),
           text: Optional[str] = typer.Option(None, "--text", help="Words in the trigger, actor text or title."),
           limit: Optional[int] = typer.Option(None, "--limit", min=0, help="At most N events."),
           offset: int = typer.Option(0, "--offset", min=0, help="Skip the first N events."),
           fmt: Format = typer.Option(Format.table, "--format", help="table, csv or json (JSON Lines).")):
    """Query stored events, newest first (event date, else publication date)."""
    from communique.ingest.records import parse_date

    for name, value in (("--since", since), ("--until", until)):
        if value:
            try:
                parse_date(value)
            except ValueError as exc:
                fail(f"{name}: {exc}", 2)
    store = open_store(db)
    try:
        rows = store.query_events(dyad=dyad, directed=directed, actor=actor, event=event, quad=quad, since=since,
                                  until=until, q=text, limit=limit, offset=offset)
    except ValueError as exc:
        fail(str(exc), 2)
    finally:
        store.close()
    if fmt is Format.json:
        for e in rows:
            sys.stdout.write(json.dumps(e, ensure_ascii=False, default=str) + "\n")
    elif fmt is Format.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for e in rows:
            writer.writerow(flat_row(e))
    else:
        Console().print(events_table(rows, title=f"{len(rows)} events"))


def summary(db: str = DB_OPTION, top: int = typer.Option(10, "--top", min=1, help="Rows per ranking.")):
    """What the store holds: counts, event categories, top dyads and actors, recent events."""
    store = open_store(db)
    try:
        s = store.summary(top=top)
        recent = store.query_events(limit=top)
    finally:
        store.close()
    console = Console()
    c = s["counts"]
    span = s["published"]
    console.print(f"[bold]communique store[/bold] {db}: {c['documents']} documents"
                  + (f", published {span['first']} to {span['last']}" if span["first"] else ""))
    counts = Table(title="What was found", show_header=True)
    for key in c:
        counts.add_column(key, justify="right")
    counts.add_row(*(str(v) for v in c.values()))
    console.print(counts)
    if not c["events"]:
        console.print("no events stored yet")
        return
    cats = Table(title="Events by PLOVER category")
    cats.add_column("event")
    cats.add_column("n", justify="right")
    for row in s["events_by_category"]:
        cats.add_row(row["event"] or "?", str(row["n"]))
    dyads = Table(title="Top dyads (source -> target)")
    dyads.add_column("source")
    dyads.add_column("target")
    dyads.add_column("n", justify="right")
    for row in s["top_dyads"]:
        dyads.add_row(row["source"], row["target"], str(row["n"]))
    console.print(cats)
    if s["top_dyads"]:
        console.print(dyads)
    console.print(events_table(recent, title="Most recent events"))


def register(app: typer.Typer) -> None:
    app.command()(events)
    app.command()(summary)
