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

from communique.commands.common import DB_OPTION, fail, open_store, stdout_console
from communique.commands import filters as F

CSV_COLUMNS = ("doc_id", "event_id", "date", "event", "mode", "cameo", "quad", "goldstein", "source", "target",
               "source_text", "target_text", "trigger", "planned", "negated", "confidence", "contexts", "published",
               "title", "url")


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def codes(parts: list) -> str:
    seen = []
    for p in parts:
        c = p.get("code") or "?"
        if c not in seen:
            seen.append(c)
    return ";".join(seen)


def texts(parts: list) -> str:
    return ";".join(p.get("text") or "" for p in parts)


def flat_row(e: dict) -> dict:
    """One event as a flat CSV row."""
    return {"doc_id": e["doc_id"], "event_id": e["id"], "date": e["date"], "event": e["event"], "mode": e["mode"],
            "cameo": e["cameo"], "quad": e["quad"], "goldstein": e["goldstein"], "source": codes(e["source"]),
            "target": codes(e["target"]), "source_text": texts(e["source"]), "target_text": texts(e["target"]),
            "trigger": (e.get("trigger") or {}).get("text"), "planned": e["planned"], "negated": e["negated"],
            "confidence": e["confidence"], "contexts": ";".join(e.get("contexts") or []),
            "published": e["published"], "title": e["title"], "url": e["url"]}


def events_table(rows: list, title: str | None = None, with_document: bool = True) -> Table:
    """Events as a compact table; '*' marks planned events, '!' negated ones."""
    table = Table(title=title, caption="* planned  ! negated  ~ publication date" if rows else None)
    table.add_column("date", no_wrap=True)
    table.add_column("event", no_wrap=True)
    table.add_column("mode", overflow="ellipsis", no_wrap=True, min_width=6, max_width=12)
    table.add_column("who", no_wrap=True, min_width=10)
    table.add_column("trigger", overflow="fold", min_width=10, max_width=20)
    table.add_column("conf", justify="right", no_wrap=True)
    table.add_column("contexts", overflow="fold", max_width=24)
    if with_document:
        table.add_column("document", overflow="ellipsis", no_wrap=True, max_width=20)
    for e in rows:
        flags = ("*" if e.get("planned") else "") + ("!" if e.get("negated") else "")
        who = codes(e["source"]) + " -> " + codes(e["target"]) if e["target"] else codes(e["source"])
        table.add_row(e.get("date") or f"~{e.get('published') or '?'}", (e.get("event") or "") + flags,
                      e.get("mode") or "", who, (e.get("trigger") or {}).get("text") or "",
                      f"{e['confidence']:.2f}" if e.get("confidence") is not None else "",
                      ", ".join(e.get("contexts") or []),
                      *([e["doc_id"]] if with_document else []))
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
           context: Optional[str] = F.CONTEXT,
           genre: Optional[str] = F.GENRE,
           limit: Optional[int] = typer.Option(None, "--limit", min=0, help="At most N events."),
           offset: int = typer.Option(0, "--offset", min=0, help="Skip the first N events."),
           fmt: Format = typer.Option(Format.table, "--format", help="table, csv or json (JSON Lines)."),
           clustered: bool = typer.Option(False, "--clustered", help="One row per event cluster (the same happening "
                                          "in several reports), with outlet, article and mention counts.")):
    """Query stored events, newest first (event date, else publication date)."""
    F.check_dates(since, until)
    context = F.check_context(context)
    genre = F.check_genre(genre)
    from communique.store import StoreError

    if clustered:
        from communique.commands.clusters import print_clusters

        store = open_store(db)
        try:
            page = store.query_clusters(limit=limit, offset=offset, dyad=dyad, directed=directed, actor=actor,
                                        event=event, quad=quad, since=since, until=until, q=text,
                                        context=context, genre=genre)
        except ValueError as exc:
            fail(str(exc), 2)
        finally:
            store.close()
        return print_clusters(page, "json" if fmt is Format.json else "table")
    store = open_store(db)
    try:
        rows = store.query_events(dyad=dyad, directed=directed, actor=actor, event=event, quad=quad, since=since,
                                  until=until, q=text, limit=limit, offset=offset, context=context,
                                  genre=genre)
    except (ValueError, StoreError) as exc:
        fail(str(exc), 2)
    finally:
        store.close()
    if fmt is Format.table:
        stdout_console().print(events_table(rows, title=f"{len(rows)} events"))
    else:
        write_rows(rows, fmt, CSV_COLUMNS, flat_row)


def summary(db: str = DB_OPTION, top: int = typer.Option(10, "--top", min=1, help="Rows per ranking.")):
    """What the store holds: counts, event categories, top dyads and actors, recent events."""
    store = open_store(db)
    try:
        s = store.summary(top=top)
        recent = store.query_events(limit=top)
    finally:
        store.close()
    console = stdout_console()
    c = s["counts"]
    span = s["published"]
    n = c["documents"]
    say = lambda line: console.print(line, soft_wrap=True)  # noqa: E731
    say(f"[bold]communique store[/bold] {db}: {n} document{'s' if n != 1 else ''}"
                  + (f", published {span['first']} to {span['last']}" if span["first"] else ""))
    say("found: " + ", ".join(f"{v} {k}" for k, v in c.items() if k != "documents"))
    if not c["events"]:
        say("no events stored yet")
        return
    say("events by category: " + ", ".join(f"{r['event']} {r['n']}" for r in s["events_by_category"]))
    if s.get("events_by_context"):
        say("events by context: " + ", ".join(f"{r['context']} {r['n']}" for r in s["events_by_context"]))
    if s["top_dyads"]:
        say("top dyads: " + ", ".join(f"{r['source']}->{r['target']} {r['n']}" for r in s["top_dyads"]))
    if s["top_actors"]:
        say("most active: " + ", ".join(f"{r['code']} {r['n']}" for r in s["top_actors"]))
    console.print(events_table(recent, title="Most recent events", with_document=n > 1))


def documents(db: str = DB_OPTION,
              genre: Optional[str] = F.GENRE,
              since: Optional[str] = typer.Option(None, "--since", help="Published on or after (YYYY-MM-DD)."),
              until: Optional[str] = typer.Option(None, "--until", help="Published up to this date, inclusive."),
              text: Optional[str] = typer.Option(None, "--text", help="Words in the title or text."),
              limit: Optional[int] = typer.Option(None, "--limit", min=0, help="At most N documents."),
              offset: int = typer.Option(0, "--offset", min=0, help="Skip the first N documents."),
              fmt: Format = typer.Option(Format.table, "--format", help="table, csv or json (JSON Lines).")):
    """List stored documents, newest publication first, with their genre and counts."""
    F.check_dates(since, until)
    genre = F.check_genre(genre)
    store = open_store(db)
    try:
        rows = store.list_documents(limit=limit, offset=offset, q=text, since=since, until=until, genre=genre)
    finally:
        store.close()
    if fmt is not Format.table:
        write_rows(rows, fmt, list(rows[0]) if rows else ["id"])
    else:
        table = Table(title=f"{len(rows)} documents")
        for col in ("published", "genre", "events", "title", "id"):
            table.add_column(col)
        for d in rows:
            table.add_row(str(d["published"] or ""), str(d["genre"] or ""), str(d["n_events"]),
                          str(d["title"] or ""), str(d["id"]))
        stdout_console().print(table)


def write_rows(rows: list[dict], fmt: Format, columns: list[str], flat=lambda r: r) -> None:
    """Rows to standard output as JSON Lines (whole) or CSV (`flat` of each row, under `columns`)."""
    if fmt is Format.json:
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for r in rows:
        writer.writerow(flat(r))


def register(app: typer.Typer) -> None:
    app.command()(events)
    app.command()(documents)
    app.command()(summary)
