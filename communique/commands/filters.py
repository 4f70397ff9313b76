"""The event filters shared by `communique events` and `communique export` (same names, same meaning)."""

from __future__ import annotations

import typer

from communique.commands.common import fail

DYAD = typer.Option(None, "--dyad", help="Two codes, e.g. KAZ-RUS (either direction).")
DIRECTED = typer.Option(False, "--directed", help="With --dyad: only source A -> target B.")
ACTOR = typer.Option(None, "--actor", help="Actor code among sources or targets.")
EVENT = typer.Option(None, "--event", help="PLOVER category (or a comma list).")
QUAD = typer.Option(None, "--quad", help='e.g. "verbal cooperation".')
SINCE = typer.Option(None, "--since", help="From this date (YYYY-MM-DD), inclusive.")
UNTIL = typer.Option(None, "--until", help="Up to this date, inclusive.")
TEXT = typer.Option(None, "--text", help="Words in the trigger, actor text or title.")
CONTEXT = typer.Option(None, "--context", help="PLOVER context, e.g. military (or a comma list: any of them).")
GENRE = typer.Option(None, "--genre", help="Document genre: report, live-blog or opinion (or a comma list).")


def _names(option: str, value: str | None, check) -> list[str] | None:
    """The names an option lists, checked by `check`; exit with status 2 and its message on an unknown one."""
    if not value:
        return None
    try:
        return check(value)
    except ValueError as exc:
        fail(f"{option}: {exc}", 2)


def check_genre(genre: str | None) -> list[str] | None:
    """The --genre names; exit with status 2 naming the genres on an unknown one."""
    from communique.store import check_genre as check

    return _names("--genre", genre, check)


def check_dates(since: str | None, until: str | None) -> None:
    """Exit with status 2 and a clear message on an impossible --since/--until."""
    from communique.ingest.records import parse_date

    for name, value in (("--since", since), ("--until", until)):
        if value:
            try:
                parse_date(value)
            except ValueError as exc:
                fail(f"{name}: {exc}", 2)


def check_context(context: str | None) -> list[str] | None:
    """The --context names, lower-cased; exit with status 2 naming the PLOVER contexts on an unknown one."""
    from communique.ontology.contexts import check_contexts

    return _names("--context", context, check_contexts)
