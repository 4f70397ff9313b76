"""JSON Lines exports: PLOVER event records (the field names of the PLOVER manual's data-field tables) and
communique's own event JSON.

PLOVER mapping, field by field, in docs/exports.md; the records validate against
`communique/schema/plover_event.schema.json`.
"""

from __future__ import annotations

import datetime as dt
import json

from communique.export.delimited import QUAD_CLASS, country_code
from communique.export.output import RowWriter

CODEBOOK = "PLOVER (openeventdata/PLOVER manual), CAMEO 1.1b3 codes"
RESOLUTION = {"country": 1, "province": 2, "region": 2, "district": 3, "city": 4}


def _entity(item, part: dict) -> dict:
    """A PLOVER entity object from one participant."""
    actor = item.actors.get(part.get("actor")) or {}
    out = {"code": (part.get("code") or "").split(":")[0] or None, "sector": part.get("sector"),
           "entity_text": part.get("text"), "identifier_text": actor.get("name") or part.get("name"),
           "office": actor.get("role")}
    if actor.get("org"):
        out["organisation"] = actor["org"]
    if part.get("inferred"):
        out["inferred"] = True
    if part.get("span"):
        out["span"] = part["span"]
    return {k: v for k, v in out.items() if v is not None}


def _location(loc) -> dict | None:
    if not isinstance(loc, dict) or not loc.get("name"):
        return None
    out = {"extracted_place": loc.get("text"), "resolved_place": loc.get("name"), "geonameid": loc.get("geonameid"),
           "lat": loc.get("lat"), "lon": loc.get("lon"), "country_code": country_code(loc.get("country")) or None,
           "resolution": RESOLUTION.get(loc.get("precision"))}
    return {k: v for k, v in out.items() if v is not None}


def plover_record(item) -> dict:
    """One event as a PLOVER record."""
    from communique import __version__

    ev = item.event
    evidence = item.evidence()
    sentence_span = ev.get("sentence_span") or (ev.get("trigger") or {}).get("span")
    coded = item.ingested_at.date().isoformat() if isinstance(item.ingested_at, dt.datetime) else None
    rec = {
        "id": f"{item.doc_id}-{ev.get('id')}",
        "has_event": True,
        "date": ev.get("date") or item.published,
        "date_source": "text" if ev.get("date") else "publication",
        "story_date": item.published,
        "actor": [_entity(item, p) for p in ev.get("source") or [] if isinstance(p, dict)],
        "recipient": [_entity(item, p) for p in ev.get("target") or [] if isinstance(p, dict)],
        "event": [ev.get("event")],
        "mode": [ev["mode"]] if ev.get("mode") else [],
        "context": list(ev.get("contexts") or []),
        "quad_code": QUAD_CLASS.get(ev.get("quad")),
        "goldstein": ev.get("goldstein"),
        "cameo": ev.get("cameo"),
        "planned": bool(ev.get("planned")),
        "negated": bool(ev.get("negated")),
        "event_loc": _location(ev.get("location")),
        "event_text": [evidence] if evidence is not None else [],
        "trigger": ev.get("trigger"),
        "text_info": {"sequence": ev.get("sentence"), "start": sentence_span[0] if sentence_span else None,
                      "end": sentence_span[1] if sentence_span else None},
        "cite_info": {"corpus": "communique", "citation": item.doc_id, "url": item.url, "title": item.title,
                      "language": "en", "publication": item.source, "coder": f"communique {__version__}",
                      "codebook": CODEBOOK},
        "coder": f"communique {__version__}",
        "coded_date": coded,
        "confidence": ev.get("confidence"),
        "link": (item.cluster or {}).get("id"),
    }
    if ev.get("date_text"):
        rec["date_text"] = ev["date_text"]
    for k in ("dead", "injured", "arrested", "size"):
        if ev.get(k) is not None:
            rec[k] = ev[k]
    return {k: v for k, v in rec.items() if v is not None}


class PloverWriter(RowWriter):
    """PLOVER records, one JSON object per line (the manual recommends JSON Lines)."""

    def row(self, item) -> str:
        return json.dumps(plover_record(item), ensure_ascii=False)


class JsonlWriter(RowWriter):
    """communique's own event JSON (as in the document JSON), with the document's id, url, title and dates."""

    def row(self, item) -> str:
        rec = {"doc_id": item.doc_id, **item.event, "published": item.published, "title": item.title,
               "url": item.url, "doc_source": item.source, "evidence": item.evidence()}
        return json.dumps(rec, ensure_ascii=False, default=str)
