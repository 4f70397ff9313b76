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

    token = token or os.environ.get("COMMUNIQUE_TOKEN") or None
    app = create_app(db, token=token, max_body=max_body, model=model)
    typer.echo(f"communique: dashboard at http://{host}:{port}/  (API docs at /docs; "
               f"writes {'enabled' if token else 'disabled'})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    """Add `serve` to the main CLI."""
    app.command("serve")(serve)
