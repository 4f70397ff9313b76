"""The FastAPI application: JSON API under /api/, the offline dashboard at /, OpenAPI at /docs.

Reads go straight to the DuckDB store (see queries.py); the only writes are POST /api/documents,
which require `Authorization: Bearer <token>` for the token the server was started with.
"""

from __future__ import annotations

import csv
import hmac
import io
from importlib import resources
from typing import Literal

import duckdb

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from communique import __version__
from communique.api import queries
from communique.api.database import Database, StoreUnavailable
from communique.api.processing import BadInput, Processor, parse_records

DEFAULT_MAX_BODY = 2_000_000
PAGE_MAX = 500
CSV_MAX = 100_000
CSV_COLUMNS = ("doc_id", "event_id", "date", "event", "mode", "cameo", "quad", "goldstein", "source_codes",
               "source_text", "target_codes", "target_text", "trigger", "trigger_start", "trigger_end", "planned",
               "negated", "confidence", "contexts", "title", "url")


# the event filters shared by /api/events and /api/clusters (same names, same meaning)
DYAD_Q = Query(None, description="two actor codes, e.g. KAZ-RUS (either direction)")
DIRECTED_Q = Query(False, description="with dyad: only first → second")
ACTOR_Q = Query(None, description="actor code, name or organisation acronym")
EVENT_Q = Query(None, description="PLOVER category, or a comma list")
QUAD_Q = Query(None, description="quad class: 1-4 or e.g. 'verbal cooperation'")
SINCE_Q = Query(None, description="event date on or after (YYYY-MM-DD)")
UNTIL_Q = Query(None, description="event date on or before")
TEXT_Q = Query(None, description="text in the trigger, sentence, actors or title")
CONTEXT_Q = Query(None, description="PLOVER context, e.g. military (or a comma list: any of them); see /api/contexts")
GENRE_Q = Query(None, description="document genre: report, live blog or opinion (or a comma list)")


def _static_dir():
    return resources.files("communique.web").joinpath("static")


class BodyTooLarge(Exception):
    pass


async def read_limited(request: Request, max_body: int) -> bytes:
    """The request body, refusing (413) anything over `max_body` bytes without reading it all."""
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            if int(declared) > max_body:
                raise BodyTooLarge()
        except ValueError:
            raise HTTPException(400, "invalid Content-Length header") from None
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_body:
            raise BodyTooLarge()
        chunks.append(chunk)
    return b"".join(chunks)


def _event_filter(dyad, directed, actor, event, quad, since, until, q, doc, context=None,
                  genre=None) -> queries.EventFilter:
    flt = queries.EventFilter(dyad=dyad or None, directed=directed, actor=actor or None, event=event or None,
                              quad=quad or None, since=since or None, until=until or None, q=q or None,
                              doc=doc or None, context=context or None, genre=genre or None)
    flt.compile()  # validate now: BadQuery -> 422
    return flt


def _csv(events: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(CSV_COLUMNS)
    for e in events:
        trig = e.get("trigger") or {}
        span = trig.get("span") or [None, None]
        w.writerow([e["doc_id"], e["id"], e.get("when"), e["event"], e["mode"], e["cameo"], e["quad"], e["goldstein"],
                    ";".join(a["code"] or "" for a in e["source"]), ";".join(a["text"] or "" for a in e["source"]),
                    ";".join(a["code"] or "" for a in e["target"]), ";".join(a["text"] or "" for a in e["target"]),
                    trig.get("text"), span[0], span[1], e["planned"], e["negated"], e["confidence"],
                    ";".join(e.get("contexts") or []), e["title"], e["url"]])
    return buf.getvalue()


HANDOFF_MAX_BODY = 256_000_000  # a batch handed over by `communique ingest`: documents, their JSON and texts


def create_app(db_path, token: str | None = None, max_body: int = DEFAULT_MAX_BODY, model: str | None = None,
               nlp=None, handoff_token: str | None = None) -> FastAPI:
    """Build the application over the store at `db_path` (created empty if missing).

    token: the bearer token that allows POST /api/documents; None disables writes.
    max_body: request bodies larger than this many bytes are refused with 413.
    model / nlp: the spaCy pipeline for /api/extract and ingestion (loaded on first use).
    handoff_token: the secret of the server file (communique.store.handoff) that lets `communique ingest` on
    this machine hand its extracted batches to this process, the store's only writer.
    """
    db = Database(db_path)
    processor = Processor(model=model, nlp=nlp)
    app = FastAPI(title="communique", version=__version__, docs_url=None, redoc_url=None,
                  description="Event data (PLOVER/CAMEO) extracted from news articles: query the store, "
                              "read articles with their evidence, code new text.")
    app.state.db = db
    app.state.processor = processor

    @app.on_event("shutdown")
    def _close_store():
        db.close()

    @app.exception_handler(queries.BadQuery)
    async def _bad_query(request, exc):
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(BadInput)
    async def _bad_input(request, exc):
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(BodyTooLarge)
    async def _too_large(request, exc):
        return JSONResponse({"detail": f"request body too large (limit {max_body} bytes)"}, status_code=413)

    @app.exception_handler(StoreUnavailable)
    async def _unavailable(request, exc):
        return JSONResponse({"detail": str(exc)}, status_code=503)

    @app.exception_handler(duckdb.Error)
    async def _store_error(request, exc):
        return JSONResponse({"detail": f"store error ({db.path}): {type(exc).__name__}: {exc}"}, status_code=503)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request, exc):
        msgs = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body"))
            msgs.append(f"{where}: {err.get('msg')}" if where else str(err.get("msg")))
        return JSONResponse({"detail": "; ".join(msgs) or "invalid request", "errors": exc.errors()},
                            status_code=422)

    # ---- dashboard -------------------------------------------------------------------------
    static = _static_dir()
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.get("/", include_in_schema=False)
    def index():
        return FileResponse(str(static.joinpath("index.html")), headers={"Cache-Control": "no-cache"})

    @app.get("/docs", include_in_schema=False)
    def api_docs():
        """Swagger UI from the package (FastAPI's default page would fetch it from a CDN)."""
        return get_swagger_ui_html(openapi_url=app.openapi_url, title="communique API",
                                   swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="data:,")

    # ---- read API --------------------------------------------------------------------------
    @app.get("/api/health", tags=["meta"])
    def health():
        """Store size and whether writes are enabled."""
        with db.read() as con:
            n = con.execute("SELECT count(*) FROM documents").fetchone()[0]
            e = con.execute("SELECT count(*) FROM events").fetchone()[0]
        from communique.pipeline.serialize import min_confidence

        return {"ok": True, "version": __version__, "documents": n, "events": e, "writes": token is not None,
                "max_body": max_body, "min_confidence": min_confidence()}

    @app.get("/api/documents", tags=["documents"])
    def documents(q: str | None = Query(None, description="text in the title, id or body"),
                  since: str | None = Query(None, description="published on or after (YYYY-MM-DD)"),
                  until: str | None = Query(None, description="published on or before"),
                  source: str | None = Query(None, description="outlet name"),
                  genre: str | None = GENRE_Q,
                  limit: int = Query(50, ge=1, le=PAGE_MAX), offset: int = Query(0, ge=0)):
        """Documents, newest first, with their genre and counts of what was found in each."""
        with db.read() as con:
            return queries.list_documents(con, q, since, until, source, limit, offset, genre)

    @app.get("/api/documents/{doc_id:path}", tags=["documents"])
    def document(doc_id: str):
        """The full document JSON, plus the original text under "text" (every span indexes into it)."""
        with db.read() as con:
            doc = queries.get_document(con, doc_id)
        if doc is None:
            raise HTTPException(404, f"no document with id {doc_id!r}")
        return doc

    @app.get("/api/events", tags=["events"])
    def events(dyad: str | None = DYAD_Q, directed: bool = DIRECTED_Q, actor: str | None = ACTOR_Q,
               event: str | None = EVENT_Q, quad: str | None = QUAD_Q, since: str | None = SINCE_Q,
               until: str | None = UNTIL_Q, q: str | None = TEXT_Q,
               doc: str | None = Query(None, description="only this document"),
               context: str | None = CONTEXT_Q, genre: str | None = GENRE_Q,
               limit: int | None = Query(None, ge=1, le=CSV_MAX,
                                         description=f"page size (default 50, at most {PAGE_MAX} for JSON)"),
               offset: int = Query(0, ge=0),
               format: Literal["json", "csv"] = Query("json", description="csv downloads a table")):
        """Events matching every filter, most recent first; paged (`total` counts all matches)."""
        flt = _event_filter(dyad, directed, actor, event, quad, since, until, q, doc, context, genre)
        if format == "csv":
            with db.read() as con:
                page = queries.query_events(con, flt, limit=limit or CSV_MAX, offset=offset, with_total=False)
            return Response(_csv(page["items"]), media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": 'attachment; filename="communique-events.csv"'})
        if limit is not None and limit > PAGE_MAX:
            raise queries.BadQuery(f"limit: at most {PAGE_MAX} events per JSON page (use format=csv for more)")
        with db.read() as con:
            return queries.query_events(con, flt, limit=limit or 50, offset=offset)

    @app.get("/api/contexts", tags=["events"])
    def contexts():
        """The PLOVER contexts (what an event is about), each with its meaning and its stored event count."""
        with db.read() as con:
            return queries.context_counts(con)

    @app.get("/api/actors", tags=["actors"])
    def actors(q: str | None = Query(None, description="text in the name, code or acronym"),
               code: str | None = None, kind: str | None = None, sector: str | None = None,
               limit: int = Query(50, ge=1, le=PAGE_MAX), offset: int = Query(0, ge=0)):
        """Actors merged across documents by name and code, with document, mention and event counts."""
        with db.read() as con:
            return queries.list_actors(con, q, code, kind, sector, limit, offset)

    @app.get("/api/actors/{key:path}", tags=["actors"])
    def actor(key: str, limit: int = Query(100, ge=1, le=PAGE_MAX)):
        """One actor by code (RUS), name (Sergey Lavrov), acronym (CSTO) or `doc_id:actor_id`:
        its mentions in context and the events it takes part in."""
        with db.read() as con:
            found = queries.actor_detail(con, key, limit)
        if found is None:
            raise HTTPException(404, f"no actor matching {key!r}")
        return found

    @app.get("/api/dyads/{pair}", tags=["events"])
    def dyad(pair: str, directed: bool = False, since: str | None = None, until: str | None = None,
             limit: int = Query(200, ge=1, le=PAGE_MAX)):
        """Relations of two actors (e.g. KAZ-RUS): counts per category and per ISO week (by quad class),
        mean Goldstein score per week, and the events."""
        a, b = queries.parse_dyad(pair)
        queries.check_date(since, "since")
        queries.check_date(until, "until")
        with db.read() as con:
            return queries.dyad_summary(con, a, b, directed, since, until, limit)

    from communique.api import views

    views.register(app, db)

    @app.get("/api/clusters", tags=["events"])
    def clusters(dyad: str | None = DYAD_Q, directed: bool = DIRECTED_Q, actor: str | None = ACTOR_Q,
                 event: str | None = EVENT_Q, quad: str | None = QUAD_Q, since: str | None = SINCE_Q,
                 until: str | None = UNTIL_Q, q: str | None = TEXT_Q, context: str | None = CONTEXT_Q,
                 limit: int = Query(50, ge=1, le=PAGE_MAX), offset: int = Query(0, ge=0)):
        """Event clusters (one happening, however many reports) with a member event matching every filter,
        newest first: `id`, `event`, `sources` (distinct outlets), `articles`, `mentions`, `first_seen`,
        `last_seen`, `documents` (member document ids), parties and the representative event; paged."""
        from communique.store import clusters as store_clusters

        where, params = _event_filter(dyad, directed, actor, event, quad, since, until, q, None, context).compile()
        with db.read() as con:
            try:
                return store_clusters.query_clusters(con, where, params, limit, offset)
            except duckdb.CatalogException:  # a store written before clusters existed, not yet reopened for writing
                return {"total": 0, "limit": limit, "offset": offset, "items": []}

    @app.get("/api/clusters/{cluster_id}", tags=["events"])
    def cluster(cluster_id: str):
        """One cluster with every report side by side (document, outlet, trigger, date, evidence sentence) and the
        planned/realised clusters related to it."""
        from communique.store import clusters as store_clusters

        with db.read() as con:
            try:
                found = store_clusters.get_cluster(con, cluster_id)
            except duckdb.CatalogException:
                found = None
        if found is None:
            raise HTTPException(404, f"no cluster with id {cluster_id!r}")
        return found

    @app.get("/api/countries", tags=["actors"])
    def countries():
        """Actor codes that take part in events, with event counts (for pickers)."""
        with db.read() as con:
            return queries.countries(con)

    @app.get("/api/network", tags=["events"])
    def network(since: str | None = None, until: str | None = None, event: str | None = None,
                quad: str | None = None, actor: str | None = None, context: str | None = None,
                uncoded: Literal["show", "group", "hide"] = Query(
                    "show", description="actors without a code: a node each (show), one node per document "
                                        "country (group), or left out (hide)")):
        """Actor graph: nodes are actor codes, edges directed pairs weighted by event count."""
        flt = _event_filter(None, False, actor, event, quad, since, until, None, None, context)
        with db.read() as con:
            return queries.network(con, flt, uncoded=uncoded)

    @app.get("/api/map", tags=["events"])
    def event_map(dyad: str | None = None, actor: str | None = None, event: str | None = None,
                  quad: str | None = None, since: str | None = None, until: str | None = None,
                  context: str | None = None):
        """Event locations with coordinates (the dateline place when an event has none)."""
        flt = _event_filter(dyad, False, actor, event, quad, since, until, None, None, context)
        with db.read() as con:
            return queries.event_locations(con, flt)

    # ---- processing ------------------------------------------------------------------------
    @app.post("/api/extract", tags=["processing"],
              openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": {
                  "type": "object", "required": ["text"],
                  "properties": {k: {"type": "string"} for k in ("id", "text", "date", "url", "title", "source")}}}}}})
    async def extract(request: Request):
        """Code posted text (one record `{"text", "id"?, "date"?, ...}` or a list) without storing it;
        answers with the document JSON (or a list of them)."""
        body = await read_limited(request, max_body)
        records, single = parse_records(body)
        docs = await run_in_threadpool(processor.process, records)
        return docs[0] if single else docs

    @app.post("/api/documents", tags=["documents"], status_code=201,
              openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": {
                  "type": "object", "required": ["text"],
                  "properties": {k: {"type": "string"} for k in ("id", "text", "date", "url", "title", "source")}}}}}})
    async def ingest(request: Request):
        """Extract and store one record or a list (the JSON Lines record shape). Needs
        `Authorization: Bearer <token>`; the server must have been started with a token."""
        if token is None:
            raise HTTPException(403, "writes are disabled: start the server with --token or COMMUNIQUE_TOKEN "
                                     "to allow POST /api/documents")
        auth = request.headers.get("authorization", "")
        scheme, _, given = auth.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
            raise HTTPException(401, "missing or wrong bearer token (send 'Authorization: Bearer <token>')",
                                headers={"WWW-Authenticate": "Bearer"})
        body = await read_limited(request, max_body)
        records, _ = parse_records(body)
        docs = await run_in_threadpool(processor.process, records)
        counts = await run_in_threadpool(db.add_documents, docs, {r.id: r.text for r in records})
        return {"ids": [d["id"] for d in docs], **counts,
                "events": sum(len(d.get("events") or []) for d in docs),
                "warnings": [w for r in records for w in r.warnings]}

    def check_handoff(request: Request) -> None:
        """Only a command of this machine that read the server file (communique.store.handoff) may hand over."""
        if handoff_token is None:
            raise HTTPException(404, "not found")
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), handoff_token.encode()):
            raise HTTPException(401, "wrong handoff token")

    async def handoff_body(request: Request, limit: int) -> dict:
        import json as _json

        return _json.loads(await read_limited(request, limit))

    @app.post("/api/internal/batch", include_in_schema=False)
    async def handoff(request: Request):
        """A batch of extracted documents from `communique ingest` on this machine (token of the server file):
        stored in one transaction, so readers see all of it or none."""
        check_handoff(request)
        try:
            body = await handoff_body(request, HANDOFF_MAX_BODY)
            docs, texts, learn = body["docs"], body.get("texts") or {}, bool(body.get("learn"))
        except (ValueError, KeyError, TypeError) as exc:
            raise HTTPException(400, f"malformed batch: {exc}") from None
        return await run_in_threadpool(db.add_documents, docs, texts, learn)

    @app.post("/api/internal/watched", include_in_schema=False)
    async def watched(request: Request):
        """`communique watch` on this machine asks whether a file was ingested, or records that it was."""
        check_handoff(request)
        try:
            body = await handoff_body(request, max_body)
            op, digest = body["op"], str(body["hash"])
            fields = {k: body[k] for k in ("path", "size", "documents", "errors") if k in body}
        except (ValueError, KeyError, TypeError) as exc:
            raise HTTPException(400, f"malformed request: {exc}") from None
        if op not in ("done", "mark"):
            raise HTTPException(400, "op is 'done' or 'mark'")
        return await run_in_threadpool(db.watched, op, digest, **fields)

    return app
