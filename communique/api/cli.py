"""`communique serve`: the API and dashboard on one local port."""

from __future__ import annotations

import os
from typing import Optional

import typer

DEFAULT_DB = "communique.duckdb"


def serve(db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB store to serve (created empty if missing)."),
          host: str = typer.Option("127.0.0.1", help="Interface to listen on (loopback by default)."),
          port: int = typer.Option(8000, help="TCP port."),
          token: Optional[str] = typer.Option(None, help="Bearer token that allows POST /api/documents "
                                                         "(default: $COMMUNIQUE_TOKEN; none = writes disabled)."),
          max_body: int = typer.Option(2_000_000, help="Largest accepted request body in bytes."),
          model: Optional[str] = typer.Option(None, help="spaCy pipeline for /api/extract and ingestion.")):
    """Serve the dashboard at http://HOST:PORT/ and the JSON API under /api/ (OpenAPI at /docs)."""
    import uvicorn

    from communique.api.app import create_app
    from communique.store import handoff

    token = token or os.environ.get("COMMUNIQUE_TOKEN") or None
    if handoff.find_server(db):
        typer.echo(f"error: a communique server already serves {db}", err=True)
        raise typer.Exit(2)
    local = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
    info = handoff.advertise(db, f"http://{local}:{port}")
    try:
        app = create_app(db, token=token, max_body=max_body, model=model, handoff_token=info["token"])
        if app.state.db.error:  # another process writes the file, or it is no communique store
            typer.echo(f"error: {app.state.db.error}", err=True)
            raise typer.Exit(2)
        # uvicorn re-raises SIGTERM after its graceful shutdown, so `finally` may never run: withdraw on shutdown
        app.router.on_shutdown.append(lambda: handoff.withdraw(db, info))
        typer.echo(f"communique: dashboard at http://{host}:{port}/  (API docs at /docs; "
                   f"writes {'enabled' if token else 'disabled'}; `communique ingest --db {db}` hands its "
                   f"documents to this server)", err=True)
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        handoff.withdraw(db, info)


def register(app: typer.Typer) -> None:
    """Add `serve` to the main CLI."""
    app.command("serve")(serve)
