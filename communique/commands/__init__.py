"""CLI subcommands, one small module each; every module has `register(app)`.

`communique.cli` registers the modules in COMMANDS and, when present, the OPTIONAL ones
(added by later work: `serve` for the API/dashboard, `bench` for benchmarks), so a new
command is one new module plus one name here.
"""

COMMANDS = ("ingest", "reprocess", "query", "show", "evaluate", "watch")
OPTIONAL = ("serve", "bench", "actors", "export", "clusters", "calendar", "figures", "relations")
