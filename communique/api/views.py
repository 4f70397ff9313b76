"""Routes of the analyst views built on the store: the forward calendar and the figures ledger
(docs/calendar.md, docs/figures.md). `register(app, db)` adds them to the app made by `create_app`."""

from __future__ import annotations

import datetime as dt

import duckdb
from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import Response


def _day(value: str | None, name: str) -> dt.date | None:
    from communique.store.calendar import parse_day

    try:
        return parse_day(value, name)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None


def register(app: FastAPI, db) -> None:
    from communique.store import calendar as cal
    from communique.store import figures as fig

    @app.get("/api/figures", tags=["views"])
    def figures(dyad: str | None = Query(None, description="two codes, e.g. KAZ-RUS (either order)"),
                about: str | None = Query(None, description="category: " + ", ".join(fig.categories())),
                actor: str | None = Query(None, description="actor code among the figure's parties"),
                year: int | None = Query(None, description="the year the figure refers to")):
        """The figures ledger: every stated amount with its category, dyad, year, value, unit, qualifier, source
        and evidence sentence (`items`); pairs of disagreeing figures from different outlets (`conflicts`); the
        values by year of each (category, dyad, unit) (`series`)."""
        with db.read() as con:
            try:
                return fig.figures_ledger(con, dyad, about, actor, year)
            except ValueError as exc:
                raise HTTPException(422, f"about: {exc}") from None

    @app.get("/api/calendar", tags=["views"])
    def calendar(since: str | None = Query(None, alias="from", description="scheduled on or after (YYYY-MM-DD, "
                                                                             "YYYY-MM or YYYY)"),
                 until: str | None = Query(None, alias="to", description="scheduled on or before"),
                 actor: str | None = Query(None, description="actor code among the parties"),
                 status: str | None = Query(None, description="happened, cancelled, postponed, pending or overdue"),
                 today: str | None = Query(None, description="judge overdue against this day (default today)"),
                 format: str = Query("json", description="json or ics")):
        """The forward calendar: every planned event with its scheduled date, parties, place, outlets and
        reports (evidence sentences), and its status (happened / cancelled / postponed / pending / overdue) with
        the later report that shows it."""
        for name, value in (("from", since), ("to", until)):
            if value and cal.period_start(value) is None:
                raise HTTPException(422, f"{name}: {value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
        if status and status not in cal.STATUSES:
            raise HTTPException(422, f"status: {status!r} is not one of {', '.join(cal.STATUSES)}")
        if format not in ("json", "ics"):
            raise HTTPException(422, f"format: {format!r} is not json or ics")
        with db.read() as con:
            try:
                items = cal.forward_calendar(con, since, until, actor, _day(today, "today"), status)
            except duckdb.CatalogException:  # a store written before clusters existed
                items = []
        if format == "ics":
            return Response(cal.to_ics(items), media_type="text/calendar",
                            headers={"Content-Disposition": 'attachment; filename="communique.ics"'})
        return {"total": len(items), "items": items}
