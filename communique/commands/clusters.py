"""`communique clusters list|show|rebuild`: one record per happening, with its reports (docs/clusters.md)."""

from __future__ import annotations

import json
import sys
from typing import Optional

import typer
from rich.table import Table

from communique.commands import filters as F
from communique.commands.common import DB_OPTION, fail, open_store, stdout_console

app = typer.Typer(help="Event clusters: the same happening reported by several articles, counted once.",
                  no_args_is_help=True)


def clusters_table(items: list[dict], title: str | None = None) -> Table:
    table = Table(title=title, caption="* planned" if items else None)
    for col in ("cluster", "date", "event", "who", "outlets", "articles", "mentions", "trigger"):
        table.add_column(col, no_wrap=col not in ("trigger",), overflow="fold" if col == "trigger" else "ellipsis",
                         justify="right" if col in ("outlets", "articles", "mentions") else "left")
    for c in items:
        who = ";".join(c["source"]) + (" -> " + ";".join(c["target"]) if c["target"] else "")
        table.add_row(c["id"], c["date"] or "", c["event"] + ("*" if c["planned"] else ""), who, str(c["sources"]),
                      str(c["articles"]), str(c["mentions"]), (c["representative"] or {}).get("trigger") or "")
    return table


def print_clusters(page: dict, fmt: str) -> None:
    if fmt == "json":
        for c in page["items"]:
            sys.stdout.write(json.dumps(c, ensure_ascii=False, default=str) + "\n")
    else:
        stdout_console().print(clusters_table(page["items"], f"{len(page['items'])} of {page['total']} clusters"))


@app.command("list")
def list_clusters(db: str = DB_OPTION, dyad: Optional[str] = F.DYAD, directed: bool = F.DIRECTED,
                  actor: Optional[str] = F.ACTOR, event: Optional[str] = F.EVENT, quad: Optional[str] = F.QUAD,
                  since: Optional[str] = F.SINCE, until: Optional[str] = F.UNTIL, text: Optional[str] = F.TEXT,
                  context: Optional[str] = F.CONTEXT,
                  limit: Optional[int] = typer.Option(50, "--limit", min=0, help="At most N clusters."),
                  fmt: str = typer.Option("table", "--format", help="table or json (JSON Lines).")):
    """Clusters with a member event matching the filters (those of `communique events`), newest first."""
    F.check_dates(since, until)
    context = F.check_context(context)
    store = open_store(db)
    try:
        page = store.query_clusters(limit=limit, dyad=dyad, directed=directed, actor=actor, event=event, quad=quad,
                                    since=since, until=until, q=text, context=context)
    except ValueError as exc:
        fail(str(exc), 2)
    finally:
        store.close()
    print_clusters(page, fmt)


@app.command("show")
def show(cluster_id: str = typer.Argument(..., help="A cluster id (c-...)."), db: str = DB_OPTION,
         fmt: str = typer.Option("table", "--format", help="table or json.")):
    """One cluster: its counts and every report side by side, with the sentence each was coded from."""
    store = open_store(db)
    try:
        c = store.get_cluster(cluster_id)
    finally:
        store.close()
    if c is None:
        fail(f"no cluster {cluster_id!r}")
    if fmt == "json":
        typer.echo(json.dumps(c, ensure_ascii=False, default=str))
        return
    out = stdout_console()
    out.print(clusters_table([c], f"cluster {c['id']}: first reported {c['first_seen']}, last {c['last_seen']}"))
    table = Table(title="reports")
    for col in ("published", "outlet", "document", "event", "date", "trigger", "evidence"):
        table.add_column(col, overflow="fold", no_wrap=col in ("published", "event", "date"))
    for r in c["reports"]:
        table.add_row(r["published"] or "", r["outlet"], r["doc_id"] + ("  (representative)" if r["representative"]
                                                                          else ""),
                      r["event_id"], r["date"] or "", (r["trigger"] or {}).get("text") or "",
                      " ".join(((r["evidence"] or {}).get("text") or "").split())[:300])
    out.print(table)
    for rel in c["related"]:
        out.print(f"related {'planned' if rel['planned'] else 'realised'} cluster {rel['id']} ({rel['date']}, "
                  f"{rel['sources']} outlets)", markup=False, highlight=False)


@app.command("rebuild")
def rebuild(db: str = DB_OPTION):
    """Cluster every stored event again (after editing the rules in clustering.yaml)."""
    store = open_store(db, read_only=False)
    try:
        n = store.rebuild_clusters()
    finally:
        store.close()
    typer.echo(f"{n} clusters in {db}")


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="clusters")
