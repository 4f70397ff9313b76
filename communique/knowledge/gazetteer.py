"""Offline gazetteer: countries, first-level divisions and cities (GeoNames, pop >= 15,000) by name.

The index is built once by `scripts/build_gazetteer.py` into `data/gazetteer.json.gz` (columnar arrays
plus a normalised-name -> entry-index map) and loaded lazily, once per process, by `load()`; nothing is
fetched at run time.  Every entry has geonameid, name, country (ISO alpha-3), lat, lon, kind
("country" | "admin1" | "city"), population and, for cities, `alternates`: how many names GeoNames knows it
by (in any language) - a sign of how widely it is written about ("Geneva" in Switzerland has 60, the
Geneva of Illinois 11).
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "gazetteer.json.gz"
KIND_RANK = {"country": 2, "admin1": 1, "city": 0}
COLUMNS = ("geonameid", "name", "country", "lat", "lon", "kind", "population", "admin1", "capital", "alternates")

_SPACES = re.compile(r"\s+")
_ALLOWED_PUNCT = set(" -'’.")


@lru_cache(maxsize=65536)
def norm(name: str) -> str:
    """Lookup key: accents dropped, case folded, hyphens as spaces, no dots ("Nur-Sultan" == "nur sultan").
    Remembered per name: the place and actor finders look the same names up many times per document."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("’", "'").replace("‘", "'").replace("-", " ").replace("–", " ").replace(".", "")
    return _SPACES.sub(" ", s).strip().casefold()


def short_form(name: str) -> str | None:
    """"Trinidad" for "Trinidad and Tobago", "Antigua" for "Antigua and Barbuda": a state named after its
    two parts is called by its first (main) part alone; None for other names."""
    parts = name.split(" and ")
    if len(parts) != 2 or "," in name or " of " in f" {parts[0]} " or not 1 <= len(parts[0].split()) <= 2:
        return None
    return parts[0]


def usable_name(name: str) -> bool:
    """An alternate name English text could use: Latin script, capitalised, no digits, not a short code."""
    if not name or len(name) < 3 or len(name) > 50 or not name[0].isupper():
        return False
    if name.isupper() and len(name) <= 4:  # airport/IATA-like codes ("ALV")
        return False
    for ch in name:
        if ch.isalpha():
            if not unicodedata.name(ch, "").startswith("LATIN"):
                return False
        elif ch not in _ALLOWED_PUNCT:
            return False
    return True


_CASTS = {"geonameid": int, "population": int, "admin1": int, "capital": int, "lat": float, "lon": float,
          "alternates": int}


class Gazetteer:
    """Name -> candidate entries; entries are small dicts built on demand.

    The data file holds each column, the sorted name keys and their entry lists as "\n"-joined strings,
    so loading only splits strings; numbers are converted when an entry is read."""

    def __init__(self, data: dict):
        self._cols = {k: data[k].split("\n") for k in COLUMNS}
        # name -> "2*i ..." (2*i: the primary name of entry i; 2*i+1: one of its alternate names)
        self._names: dict[str, str] = dict(zip(data["names"].split("\n"), data["entries"].split("\n")))
        self._by_id = None
        self._country_idx = None
        self._rows: dict[int, dict] = {}  # entry index -> its values, cast (`entry`)

    def _keys(self, name: str) -> list[int]:
        found = self._names.get(norm(name))
        return [int(k) for k in found.split()] if found else []

    def __len__(self) -> int:
        return len(self._cols["geonameid"])

    def entry(self, i: int) -> dict:
        """geonameid, name, country, lat, lon, kind, population, admin1 (geonameid or 0), capital (0/1),
        alternates (cities: the number of GeoNames alternate names; 0 for countries and divisions).
        A new dict on every call (callers add to it), copied from the entry's values read once."""
        row = self._rows.get(i)
        if row is None:
            row = self._rows[i] = {k: _CASTS[k](self._cols[k][i]) if k in _CASTS else self._cols[k][i]
                                   for k in COLUMNS}
        return dict(row)

    def candidates(self, name: str) -> list[dict]:
        """All entries known under this name, biggest kind and population first.

        Each carries "primary": True when the name is the entry's own (or English) name rather than
        one of GeoNames' alternate names ("Victoria" is an old alternate name of Hong Kong)."""
        found = []
        for key in self._keys(name):
            e = self.entry(key >> 1)
            e["primary"] = not key & 1
            found.append(e)
        found.sort(key=lambda e: (KIND_RANK[e["kind"]], e["population"] or 0), reverse=True)
        return found

    def knows(self, name: str) -> bool:
        return norm(name) in self._names

    def max_population(self, name: str) -> int:
        """Largest population among the entries of this name (0 if unknown); countries count as huge."""
        best = 0
        for key in self._keys(name):
            i = key >> 1
            pop = int(self._cols["population"][i])
            if self._cols["kind"][i] == "country":
                pop = max(pop, 10**7)
            best = max(best, pop)
        return best

    def by_id(self, geonameid: int) -> dict | None:
        if self._by_id is None:
            self._by_id = {g: i for i, g in enumerate(self._cols["geonameid"])}
        i = self._by_id.get(str(geonameid))
        return None if i is None else self.entry(i)

    def country(self, iso3: str) -> dict | None:
        """The country entry for an ISO alpha-3 code."""
        if self._country_idx is None:
            self._country_idx = {c: i for i, (c, k) in enumerate(zip(self._cols["country"], self._cols["kind"]))
                                 if k == "country"}
        i = self._country_idx.get(iso3)
        return None if i is None else self.entry(i)


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The process-wide gazetteer (read from the packaged data file on first use)."""
    with gzip.open(DATA, "rt", encoding="utf-8") as fh:
        return Gazetteer(json.load(fh))
