"""Routes of the analyst views built on the store: the forward calendar, the figures ledger and the relations
index (docs/calendar.md, docs/figures.md, docs/relations.md). `register(app, db)` adds them to the app made by `create_app`."""

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
    from communique.store import relations as rel

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

    @app.get("/api/relations", tags=["views"])
    def relations(dyad: list[str] = Query(..., description="one or more dyads, e.g. KAZ-RUS (repeat the parameter "
                                                             "or give a comma list to compare dyads)"),
                  by: str = Query("week", description="day, week (ISO) or month"),
                  since: str | None = Query(None, description="from this date (YYYY-MM-DD, YYYY-MM or YYYY)"),
                  until: str | None = Query(None, description="up to this date, inclusive"),
                  top: int = Query(3, ge=0, le=50, description="events that moved each period most, listed"),
                  format: str = Query("json", description="json or csv")):
        """The relations index: per dyad and period the Goldstein sum of its default events, each event cluster
        counted once (`score`, `cooperation`, `conflict`, `mean`, `n`), split by direction (`a_to_b`, `b_to_a`,
        `mutual`, which add up to the total), with the events that moved the period most (`movers`, each with its
        document, event id and evidence sentence). All dyads share one time axis (`periods`)."""
        if format not in ("json", "csv"):
            raise HTTPException(422, f"format: {format!r} is not json or csv")
        try:
            pairs = rel.parse_dyads(dyad)
            rel.check_date(since, "since")
            rel.check_date(until, "until")
            if by not in rel.PERIODS:
                raise ValueError(f"by: {by!r} is not one of {', '.join(rel.PERIODS)}")
            with db.read() as con:
                result = rel.relations(con, pairs, by, since, until, top)
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from None
        if format == "csv":
            return Response(rel.to_csv(result), media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": 'attachment; filename="communique-relations.csv"'})
        return result

    @app.get("/api/relations/dyads", tags=["views"])
    def relation_dyads(limit: int = Query(20, ge=1, le=500),
                       countries: bool = Query(False, description="only pairs of two country codes")):
        """Dyads by how many items (event clusters once) the relations index counts, busiest first."""
        with db.read() as con:
            return {"items": rel.busiest_dyads(con, limit, countries)}
