"""`communique show ID`: one stored article with everything found in it highlighted."""

from __future__ import annotations

import typer
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from communique.commands.common import DB_OPTION, fail, open_store, stdout_console
from communique.commands.query import codes

# later entries are applied last, so they win where highlights overlap
STYLES = (("date", "magenta"), ("amount", "bold yellow"), ("place", "underline blue"), ("quote", "italic green"),
          ("actor", "bold cyan"), ("dateline", "bold blue"), ("trigger", "bold white on red"))


def _spans(doc: dict):
    """(kind, start, end) for every highlighted item of a document JSON."""
    for d in doc.get("dates") or []:
        yield "date", d.get("span")
    for a in doc.get("amounts") or []:
        yield "amount", a.get("span")
    for p in doc.get("places") or []:
        yield "place", p.get("span")
    for q in doc.get("quotes") or []:
        yield "quote", q.get("span")
    for a in doc.get("actors") or []:
        for m in a.get("mentions") or []:
            yield "actor", m
    if isinstance(doc.get("dateline"), dict):
        yield "dateline", doc["dateline"].get("span")
    for e in doc.get("events") or []:
        yield "trigger", (e.get("trigger") or {}).get("span")


def highlighted(doc: dict, text: str) -> Text:
    out = Text(text)
    by_kind = {}
    for kind, span in _spans(doc):
        if isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span):
            by_kind.setdefault(kind, []).append(span)
    for kind, style in STYLES:
        for s, e in by_kind.get(kind, []):
            if 0 <= s < e <= len(text):
                out.stylize(style, s, e)
    return out


def legend() -> Text:
    t = Text("legend: ")
    for kind, style in STYLES:
        t.append(kind, style=style)
        t.append("  ")
    return t


def _table(title: str, columns: tuple, rows: list):
    if not rows:
        return Text(f"{title}: none found", style="dim")
    table = Table(title=title)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    return table


def show(doc_id: str = typer.Argument(..., help="Document id (see `communique events` or the API)."),
         db: str = DB_OPTION):
    """Print a stored article with actors, event triggers, quotes, amounts and dates highlighted."""
    store = open_store(db)
    try:
        doc = store.get_document(doc_id)
    finally:
        store.close()
    if doc is None:
        fail(f"no document {doc_id!r} in {db}")
    text = doc.get("text") or ""
    console = stdout_console()
    head = " | ".join(x for x in (doc.get("published"), doc.get("source"), doc.get("url")) if x)
    console.print(Panel(Group(legend(), Text(""), highlighted(doc, text)),
                        title=doc.get("title") or doc["id"], subtitle=head or None))
    names = {a["id"]: a.get("name") for a in doc.get("actors") or [] if isinstance(a, dict) and a.get("id")}
    console.print(_table("Actors", ("name", "kind", "code", "sector", "role", "mentions"),
                         [(a.get("name"), a.get("kind"), a.get("code"), a.get("sector"), a.get("role"),
                           len(a.get("mentions") or [])) for a in doc.get("actors") or []]))
    console.print(_table("Events", ("event", "mode", "cameo", "source", "target", "date", "trigger", "conf",
                                    "contexts"),
                         [(e.get("event") + (" (planned)" if e.get("planned") else "")
                           + (" (negated)" if e.get("negated") else ""), e.get("mode"), e.get("cameo"),
                           codes(e.get("source") or []), codes(e.get("target") or []), e.get("date"),
                           (e.get("trigger") or {}).get("text"),
                           f"{e['confidence']:.2f}" if isinstance(e.get("confidence"), (int, float)) else None,
                           ", ".join(e.get("contexts") or []))
                          for e in doc.get("events") or []]))
    console.print(_table("Quotes", ("speaker", "direct", "text"),
                         [(_speaker(q.get("speaker"), names), q.get("direct"), q.get("text"))
                          for q in doc.get("quotes") or []]))
    console.print(_table("Amounts", ("value", "unit", "text", "about", "year", "qualifier"),
                         [(_number(a.get("value")),
                           a.get("unit"), a.get("text"), a.get("about"), a.get("year"), a.get("qualifier"))
                          for a in doc.get("amounts") or []]))
    console.print(_table("Dates", ("text", "value", "end"),
                         [(d.get("text"), d.get("value"), d.get("end")) for d in doc.get("dates") or []]))


def _number(v):
    if not isinstance(v, (int, float)):
        return v
    return f"{int(v):,}" if float(v).is_integer() and abs(v) < 1e18 else f"{v:,.4g}"


def _speaker(sp, names: dict) -> str:
    if not isinstance(sp, dict):
        return "?"
    many = [names.get(a, a) for a in sp.get("actors") or []]
    if len(many) > 1:
        return " & ".join(str(x) for x in many)
    return " ".join(x for x in (sp.get("name"), f"({sp['code']})" if sp.get("code") else None) if x) or "?"


def register(app: typer.Typer) -> None:
    app.command()(show)
