"""Build communique's compiled actor dictionary: `communique/knowledge/data/actor_dictionary.json.gz`.

Source: the PETRARCH2 actor and agent dictionaries (openeventdata/petrarch2, MIT licence, Copyright (c) 2014
Open Event Data Alliance), kept beside the project in `../shared/data/dictionaries/petrarch2/` with their
LICENSE and the COMMIT they were taken at:
- `Phoenix.Countries.actors.txt`: office holders with dated CAMEO codes (`[CHNGOV >20121115]`) and national
  bodies (`REVOLUTIONARY_GUARD ... [IRNMIL]`); the country names, cities and adjectives are left out (the
  package's own country table and gazetteer know places);
- `Phoenix.International.actors.txt`: intergovernmental and non-governmental organisations, companies;
- `Phoenix.MilNonState.actors.txt`: armed non-state groups;
- `Phoenix.agents.txt`: generic agents ("riot police", "rebels") and their CAMEO sector.

Run after changing the sources or the rules below (not at start-up):

    .venv/bin/python scripts/build_actor_dictionary.py [--source DIR] [--out FILE]

CAMEO codes are mapped to the package's actor model: a code (ISO 3166-1 alpha-3, or IGO / NGO / MNC / IMG
for bodies without a country) and a three-letter CAMEO-style sector (GOV, MIL, REB, OPP, MED, BUS, ...).
Role dates are kept to the day. What is dropped, so that a dictionary entry never claims an ordinary word:
- a name of one word (a lone surname such as "Karzai" is shared by many people; a one-word body name is kept
  only when it is not an English word or stop word, judged by the spaCy model's lemmatizer word lists);
- names whose every word is an English word or a stop word ("Public Works", "Will Smith");
- person names that the dictionary gives to people of different countries (the name alone cannot tell them
  apart), and names of bodies claimed by different codes;
- codes whose country is not a present-day ISO state (DDR, YUG, regions such as WAF);
- listed companies whose noted market value is under $10bn (thousands of small firms that add words to the
  actor matcher and rarely act in international news).
The output is deterministic: sorted keys, compact separators and a gzip header with a fixed mtime, so a
rebuild from the same sources is byte-identical (tests/test_actor_dictionary.py checks it).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
import sys
import unicodedata
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SOURCE = (ROOT / ".." / "shared" / "data" / "dictionaries" / "petrarch2").resolve()
OUT = ROOT / "communique" / "knowledge" / "data" / "actor_dictionary.json.gz"
ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
AGENT_FILE = "Phoenix.agents.txt"

# the thousands of small listed companies (the International file notes their market value) rarely act in
# international news but each adds words to the actor matcher: companies valued under this are left out
MIN_COMPANY_VALUE = 10_000_000_000
# CAMEO country codes that are not ISO alpha-3 but name a present-day state
CAMEO_COUNTRIES = {"TMP": "TLS", "KSV": "KOS", "USR": "RUS", "ROM": "ROU", "ZAR": "COD"}
# the last word of a two-word intergovernmental body's name ("Caribbean Community", "Arab League")
IGO_HEADS = {"community", "league", "council", "union", "commission", "parliament", "bank", "fund", "organization",
             "organisation", "forum", "assembly", "court", "alliance"}
NON_STATE = {"IGO": "IGO", "NGO": "NGO", "MNC": "MNC", "IMG": "IMG", "INT": "IMG"}
# CAMEO role codes -> the package's sectors (three capitals, as in knowledge/data/roles.yaml)
SECTORS = {"GOV": "GOV", "MIL": "MIL", "REB": "REB", "OPP": "OPP", "PTY": "PTY", "COP": "COP", "JUD": "JUD",
           "SPY": "SPY", "MED": "MED", "EDU": "EDU", "BUS": "BUS", "CVL": "CVL", "LAB": "LAB", "LEG": "LEG",
           "REF": "REF", "ELI": "ELI", "CRM": "CRM", "AGR": "AGR", "HLH": "HLH", "ENV": "ENV", "HRI": "HRI",
           "DEV": "DEV", "NGM": "NGO", "UAF": "REB", "RAD": "OPP", "SEP": "REB", "INS": "REB",
           "REL": "REL", "CHR": "REL", "CTH": "REL", "PRO": "REL", "ORT": "REL", "MUS": "REL", "SUN": "REL",
           "SHI": "REL", "JEW": "REL", "BUD": "REL", "HIN": "REL", "JAN": "REL", "SIK": "REL", "ALE": "REL",
           "DRZ": "REL", "MOS": "REL", "ZRO": "REL", "BAH": "REL", "CON": "REL", "TAO": "REL", "PPL": "CVL"}
DEFAULT_SECTOR = {"IGO": "GOV", "NGO": "NGO", "MNC": "BUS", "IMG": "REB"}
TITLES = {"PRESIDENT", "PRIME", "MINISTER", "KING", "QUEEN", "PRINCE", "PRINCESS", "SHEIKH", "SHEIK", "EMIR",
          "GENERAL", "GEN", "AYATOLLAH", "MULLAH", "MAWLAWI", "DR", "SIR", "SENATOR", "PREMIER", "CHANCELLOR",
          "COLONEL", "COL", "MR", "MRS", "MS", "LORD", "CROWN", "SULTAN", "GRAND", "IMAM", "PRES", "VICE",
          "AMBASSADOR", "SECRETARY", "FOREIGN", "DEFENSE", "DEFENCE", "SPEAKER", "CHAIRMAN", "CAPTAIN", "MAJOR"}
SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "at", "to", "de", "la", "le", "du", "des", "del", "di",
               "da", "al", "el", "y", "et", "van", "von", "der", "den", "bin", "ibn", "a", "an"}
# words that make a name a body's, not a person's ("Revolutionary Guard", "Central Command")
BODY_WORDS = {
    "army", "forces", "force", "command", "council", "ministry", "party", "front", "movement", "brigade",
    "brigades", "guard", "guards", "police", "service", "services", "agency", "department", "office", "committee",
    "commission", "court", "assembly", "parliament", "congress", "government", "union", "league", "bank",
    "corporation", "company", "group", "organization", "organisation", "association", "institute", "university",
    "authority", "administration", "house", "navy", "corps", "military", "cabinet", "senate", "legislature",
    "tribunal", "directorate", "bureau", "secretariat", "federation", "alliance", "coalition", "network",
    "society", "foundation", "fund", "center", "centre", "school", "academy", "embassy", "consulate", "mission",
    "regime", "junta", "militia", "battalion", "regiment", "division", "unit", "troops", "legion", "jihad",
    "martyrs", "mujahideen", "fighters", "rebels", "liberation", "revolutionary", "national", "islamic", "people",
    "peoples", "people's", "republic", "state", "states", "inc", "ltd", "limited", "international", "airlines",
    "group", "media", "news", "television", "radio", "press", "times", "post", "daily", "agency", "cell", "squad",
    "battalions", "army's", "committees", "councils", "ministries", "parties", "fronts", "movements", "workers",
    "students", "youth", "women", "council's", "board", "chamber", "senate", "staff", "intelligence"}
LINE = re.compile(r"^(?P<plus>\+)?(?P<phrase>[^\[#;]*?)\s*(?:\[(?P<code>[^\]]*)\])?\s*(?:[#;].*)?$")
RESTRICTION = re.compile(r"^\s*\[(?P<code>[A-Z]+)(?:\s+(?P<when>[^\]]*))?\]")


def read_lines(path: Path) -> list[str]:
    """The file's lines; the Countries file mixes UTF-8 and Latin-1, so each line is decoded on its own."""
    out = []
    for raw in path.read_bytes().split(b"\n"):
        try:
            out.append(raw.decode("utf-8").rstrip("\r"))
        except UnicodeDecodeError:
            out.append(raw.decode("latin-1").rstrip("\r"))
    return out


def date(s: str) -> str:
    """YYYYMMDD or YYMMDD (TABARI: years 00-30 are 20xx) -> YYYY-MM-DD."""
    s = s.strip()
    if len(s) == 6:
        yy = int(s[:2])
        s = f"{2000 + yy if yy <= 30 else 1900 + yy}{s[2:]}"
    if not re.fullmatch(r"\d{8}", s):
        raise ValueError(f"bad date {s!r}")
    mm, dd = min(max(int(s[4:6]), 1), 12), min(max(int(s[6:8]), 1), 31)
    return f"{s[:4]}-{mm:02d}-{dd:02d}"


def period(when: str | None) -> tuple[str | None, str | None]:
    if not when:
        return None, None
    when = when.strip()
    if when.startswith(">"):
        return date(when[1:]), None
    if when.startswith("<"):
        return None, date(when[1:])
    a, _, b = when.partition("-")
    return date(a), date(b)


def parse_actors(path: Path) -> list[dict]:
    """Records {names: [...], code: default code or None, roles: [(code, start, end)], countryinfo: bool}."""
    records, cur = [], None
    for line in read_lines(path):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0] in " \t":
            m = RESTRICTION.match(line)
            if m and cur is not None:
                try:
                    start, end = period(m.group("when"))
                except ValueError:  # a malformed date in the source ("9008223"): the restriction is skipped
                    continue
                if start is None and end is None:
                    cur["code"] = m.group("code")
                else:
                    cur["roles"].append((m.group("code"), start, end))
            continue
        m = LINE.match(line.strip())
        if not m:
            continue
        phrase = m.group("phrase").strip()
        if m.group("plus"):
            if cur is not None and phrase:
                cur["names"].append(phrase)
            continue
        value = re.search(r"#.*\$([\d,]+)", line)  # a listed company's market value, noted in the comment
        cur = {"names": [phrase], "code": None, "roles": [], "countryinfo": "CountryInfo" in line,
               "value": int(value.group(1).replace(",", "")) if value else None}
        records.append(cur)
        code = m.group("code")
        if code:
            parts = code.split()
            if len(parts) > 1:
                try:
                    cur["roles"].append((parts[0], *period(parts[1])))
                except ValueError:
                    pass
            else:
                cur["code"] = parts[0]
    return records


def cameo(code: str, countries: set[str]) -> tuple[str, str | None] | None:
    """A CAMEO actor code -> (package code, sector), or None when it names no present-day state."""
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    head, rest = chunks[0], chunks[1:]
    # a religion code says who a group is, not what it does: it is the sector only when nothing else is
    # ("IRQMUSSHI": REL; "IMGMUSALQ": the armed group's REB)
    sector = next((SECTORS[c] for c in rest if c in SECTORS and SECTORS[c] != "REL"), None)
    if sector is None and head not in NON_STATE:
        sector = next((SECTORS[c] for c in rest if c in SECTORS), None)
    if head in NON_STATE:
        kind = NON_STATE[head]
        country = next((CAMEO_COUNTRIES.get(c, c) for c in rest if CAMEO_COUNTRIES.get(c, c) in countries), None)
        if kind in ("NGO", "MNC") and country:  # a national NGO or company: its country
            return country, sector or DEFAULT_SECTOR[kind]
        return kind, sector or DEFAULT_SECTOR[kind]
    head = CAMEO_COUNTRIES.get(head, head)
    if head in countries:
        return head, sector
    return None


def spells_initials(word: str, names: list[str]) -> bool:
    """ "OPCW" beside "ORGANIZATION_FOR_THE_PROHIBITION_OF_CHEMICAL_WEAPONS": an acronym of the body's own
    name, kept though the model's word lists hold it in lower case (the actor matcher reads capitals as
    written, so it never claims an ordinary word). Only for international bodies: a national acronym
    ("NSC", "EPA") names a body many countries have."""
    if len(word) < 3 or not word.isalpha() or not word.isupper():
        return False
    for name in names:
        parts = [w for w in re.split(r"[_\s-]+", name) if w and w.lower() not in SMALL_WORDS]
        if len(parts) == len(word) and "".join(p[0] for p in parts).upper() == word:
            return True
    return False


def words_of(phrase: str) -> list[str]:
    phrase = re.sub(r"\([^)]*\)", " ", phrase)  # "JAPANESE_RED_ARMY_(JRA)_": the acronym is too short to trust
    return [w for w in re.split(r"[_\s]+", phrase.strip("_ ")) if w]


def display(words: list[str], acronyms: set[str], english: set[str] = frozenset(), body: bool = False) -> str:
    """ "U.S._CENTRAL_COMMAND" -> "U.S. Central Command"; acronyms and dotted forms stay in capitals (in a
    body's name also a short word that is no English word: "PLA Navy")."""
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i and lw in SMALL_WORDS:
            out.append(lw)
        elif w.upper() in acronyms or re.fullmatch(r"(?:[A-Z]\.)+", w) or any(c.isdigit() for c in w) \
                or not re.search(r"[AEIOUY]", w.upper()) or body and len(w) <= 4 and lw not in english:
            out.append(w.upper())
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")).replace("'S", "'s"))
    return " ".join(out)


def key(name: str) -> str:
    from communique.knowledge.people import normalise

    return " ".join(normalise(name))


def english_words() -> set[str]:
    """Lower-case English words: spaCy's stop words and the lemmatizer's word index (WordNet's nouns, verbs,
    adjectives, adverbs) of the installed English model."""
    import spacy
    from spacy.lang.en.stop_words import STOP_WORDS

    from communique.pipeline.builder import DEFAULT_MODELS

    for name in DEFAULT_MODELS:
        try:
            nlp = spacy.load(name, exclude=["tok2vec", "tagger", "parser", "ner", "attribute_ruler"])
            break
        except OSError:
            continue
    else:
        raise SystemExit(f"one of the spaCy models {DEFAULT_MODELS} is needed to build the dictionary")
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    words = {w for table in index.values() for w in table if "_" not in w}
    return words | set(STOP_WORDS)


# role words the grammar reads only within their phrase or before a name ("director general", "Justice X"): a body
# named with them ("Office of the Director of National Intelligence", "US Department of Justice") stays in the dictionary
GRAMMAR_WORDS_EXEMPT = {"director", "justice"}


@lru_cache(maxsize=1)
def _grammar_words() -> tuple[set, set]:
    from communique import knowledge

    kb = knowledge.load()
    places = {s.lower() for s, (label, _) in kb.surfaces.items() if label != "ORG"}
    # the project's own role words only: the compiled agents (weak roles) come from this script's own output
    return places, {w for phrase, role in kb.roles.items() if not role.weak for w in phrase.split()} - GRAMMAR_WORDS_EXEMPT


def grammar_reads(words: list[str]) -> bool:
    """Is the name only place words and role words ("US military", "American Defense Secretary")? The actor
    component's grammar reads those already, and better (it sees the role's kind)."""
    places, role_words = _grammar_words()
    text = " ".join(w.lower().replace("_", " ") for w in words)
    for p in sorted(places, key=len, reverse=True):
        if " " in p and p in text:
            text = text.replace(p, " ")
    rest = [w for w in text.split() if w not in SMALL_WORDS and w not in places and w not in role_words]
    return not rest


def is_title(w: str) -> bool:
    return w.upper().rstrip(".") in TITLES


def succession(entry: dict) -> bool:
    """Offices of one name in two states where the later state's office took over the earlier's: the state
    whose office started last started it after every office of the other states did, while they still ran
    ("SALVA_KIIR_": Sudan from 2005, open; South Sudan from 2011). The lookup takes the office in force, the
    latest-started first, so the name is kept; other disagreements (two people of one name, undated codes)
    cannot be resolved."""
    dated = [r for r in entry["roles"] if r[1] not in NON_STATE.values()]
    if any(r[3] is None for r in dated):
        return False
    last = max(dated, key=lambda r: r[3])
    default = entry["default"]
    if default and default[1] not in NON_STATE.values() and default[1] != last[1]:
        return False
    # (the earlier state's office runs on to the new state's, as offices do across a secession; two people of
    # one name hold offices of two states one after the other, with a gap)
    return all(r[3] < last[3] and (r[4] is None or r[4] >= last[3]) for r in dated if r[1] != last[1])


# words that open transliterated names or titles rather than being given names
NAME_OPENERS = {"abu", "abd", "abdel", "abdul", "bin", "ibn", "ben", "der", "van", "von", "san", "santa", "sir",
                "sheikh", "shaikh", "mullah", "sayyid", "haji", "hajji", "prince", "emir", "mrs", "lord", "lady",
                "saint", "des", "los", "las", "del", "della"}
BIG_PLACE = 500_000  # a word that is the name of a country or of a city this big is not taken for a given name


def given_names(people: dict, english: set, countries: set, roles) -> list[str]:
    """Lower-case words that open the dictionary's full names ("maia", "tatyana"): the actor component reads a
    name the statistical model misses, or calls an organisation, as a person's when it opens with one. Left
    out: every word the English word list knows (WordNet knows "Carlos" and "Grace" as well as "action" and
    "freedom": the model's own entities find the common names; this list is for the unfamiliar ones, "Bidzina",
    "Tatyana"), the words of role and body names, particles and titles that open transliterated names, and the
    names of countries and big cities ("sudan", "sydney")."""
    from communique.knowledge import gazetteer

    gaz = gazetteer.load() if gazetteer.DATA.exists() else None

    def place(w):
        return gaz is not None and any(c["kind"] == "country" or (c["population"] or 0) >= BIG_PLACE
                                       for c in gaz.candidates(w.title()) if c["primary"])
    role_words = {w for phrase in roles for w in phrase.lower().split()}
    firsts = {k.split(" ", 1)[0] for k in people if " " in k}
    return sorted(w for w in firsts if len(w) >= 3 and w.isalpha() and w not in english and w not in role_words
                  and w not in BODY_WORDS and w not in NAME_OPENERS and w.upper() not in countries and not place(w))


def build(source: Path) -> dict:
    countries = {r["code"] for r in json.loads((ROOT / "communique" / "knowledge" / "data" / "countries.json")
                                                .read_text(encoding="utf-8"))}
    from communique import knowledge

    kb = knowledge.load()
    acronyms = {"US", "UK", "UN", "EU", "USA", "UAE", "DPRK", "ROK", "PRC"} | {
        o.acronym.upper() for o in kb.organisations.values() if " " not in o.acronym and not o.compiled
        and not o.company}  # (a company's capitals, "ARD", "PIA", are also words of people's names)
    english = english_words()

    people: dict[str, dict] = {}
    bodies: dict[str, dict] = {}
    dropped = defaultdict(int)
    for fname in ACTOR_FILES:
        for rec in parse_actors(source / fname):
            roles = []
            for code, start, end in rec["roles"]:
                mapped = cameo(code, countries)
                if mapped and mapped[1] is not None:  # a bare country code with dates is a place ("TAL_AFAR")
                    roles.append([code, mapped[0], mapped[1], start, end])
            default = cameo(rec["code"], countries) if rec["code"] else None
            if not roles and default is None:
                dropped["no usable code"] += 1
                continue
            if rec["code"] and rec["code"].startswith("MNC") and rec["value"] is not None and rec["value"] < MIN_COMPANY_VALUE:
                dropped["company: listed value under $10bn"] += 1
                continue
            dated = bool(rec["roles"]) or rec["countryinfo"]
            for phrase in rec["names"]:
                words = words_of(phrase)
                acronym = False  # a body's acronym of its own name ("OPCW"), set below
                # an undated name with a sector and no body word is a person's ("ABU_MOHAMMAD_AL_GOLANI [SYRREB]")
                person = dated or (fname != "Phoenix.International.actors.txt" and len(words) > 1
                                   and default is not None and default[1] is not None
                                   and not any(w.lower() in BODY_WORDS for w in words))
                if person:
                    while words and is_title(words[0]):
                        words = words[1:]
                elif len(words) > 1 and words[0].upper() == "THE":  # "THE_UNITED_NATIONS_"
                    words = words[1:]
                if not words or not re.search(r"[A-Za-z]", "".join(words)):
                    continue
                common = all(w.lower() in english for w in words)
                if person:
                    if len(words) < 2 or common:
                        dropped["person: one word or all English words"] += 1
                        continue
                else:
                    if (default or roles[-1][1:3])[1] is None:
                        dropped["body: a place (country, city, adjective)"] += 1
                        continue
                    acronym = len(words) == 1 and (default or roles[-1][1:3])[0] in ("IGO", "NGO", "IMG") \
                        and spells_initials(words[0], rec["names"])
                    if len(words) == 1 and (common or len(words[0]) < 3) and not acronym:
                        dropped["body: one English word or too short"] += 1
                        continue
                    if len(words) > 1 and common and len(words) < 3 and not (
                            (default or roles[-1][1:3])[0] == "IGO" and words[-1].lower() in IGO_HEADS):
                        # (an intergovernmental body keeps its two-word name: "Caribbean Community")
                        dropped["body: two English words"] += 1
                        continue
                    if grammar_reads(words):
                        dropped["body: place and role words the actor grammar reads"] += 1
                        continue
                name = words[0] if acronym else display(words, acronyms, english, body=not person)
                k = key(name)
                if not k:
                    continue
                if person:
                    entry = people.setdefault(k, {"name": name, "file": fname, "roles": [], "default": None})
                    for r in roles:
                        if r not in entry["roles"]:
                            entry["roles"].append(r)
                    if default and entry["default"] is None:
                        entry["default"] = [rec["code"], default[0], default[1]]
                else:
                    code, sector = default if default else roles[-1][1:3]
                    entry = bodies.setdefault(k, {"names": [], "file": fname, "codes": set()})
                    entry["codes"].add((rec["code"] or roles[-1][0], code, sector))
                    if name not in entry["names"]:
                        entry["names"].append(name)
                        if len(words) == 1 and words[0].isupper() and words[0] != name:
                            entry["names"].append(words[0])
    # a name given to people of different countries, or to a body with different codes, cannot be resolved
    out_people = {}
    for k, e in sorted(people.items()):
        codes = {r[1] for r in e["roles"]} | ({e["default"][1]} if e["default"] else set())
        states = codes - set(NON_STATE.values())
        if len(states) > 1 and not succession(e):
            dropped["person: countries disagree"] += 1
            continue
        roles = sorted(e["roles"], key=lambda r: (r[3] or "", r[4] or "9999", r[0]))
        # one string per person ("name|file|cameo code sector start end;...|default cameo code sector"): a
        # few objects for json to make at start-up, the rest parsed at lookup (dictionary.offices)
        out_people[k] = "|".join([e["name"], str(ACTOR_FILES.index(e["file"])),
                                  ";".join(" ".join(x or "-" for x in r) for r in roles),
                                  " ".join(x or "-" for x in e["default"]) if e["default"] else ""])
    # a one-word body name that is also a word of a person's name ("ASSAD" among the regime's aliases) would
    # take the name from the person ("Bashar al-Assad")
    from communique.datafile import load_yaml

    person_words = {w for k in out_people for w in k.split()} | {
        w for n in load_yaml(ROOT / "communique" / "knowledge" / "data" / "people.yaml") for w in key(n).split()}
    out_bodies = {}
    for k, e in sorted(bodies.items()):
        if k in out_people:
            dropped["body: also a person"] += 1
            continue
        if " " not in k and k in person_words:
            dropped["body: one word that is a word of a person's name"] += 1
            continue
        if len({(c, s) for _, c, s in e["codes"]}) > 1:
            dropped["body: codes disagree"] += 1
            continue
        (cam, code, sector), = sorted(e["codes"])[:1]
        out_bodies[k] = [e["names"], ACTOR_FILES.index(e["file"]), cam, code, sector]
    agents = build_agents(source / AGENT_FILE)
    commit = (source / "COMMIT").read_text(encoding="utf-8").split()[0] if (source / "COMMIT").exists() else None
    print(f"people {len(out_people)}, bodies {len(out_bodies)}, agents {len(agents)}; dropped: "
          + ", ".join(f"{k} {v}" for k, v in sorted(dropped.items())), file=sys.stderr)
    latest = max(d for e in people.values() if e["name"] and key(e["name"]) in out_people
                 for r in e["roles"] for d in r[3:5] if d)
    return {"source": {"name": "PETRARCH2 dictionaries (openeventdata/petrarch2)", "commit": commit,
                       "latest_date": latest,
                       "licence": "MIT, Copyright (c) 2014 Open Event Data Alliance", "files": list(ACTOR_FILES)
                       + [AGENT_FILE]},
            "people": out_people, "bodies": out_bodies, "agents": agents,
            "given_names": given_names(out_people, english, countries, kb.roles)}


def build_agents(path: Path) -> dict:
    """Agent phrase (lower case, spaces) -> "CAMEO-agent-code sector"; plurals as the format defines them."""
    subst: dict[str, list[str]] = {}
    out: dict[str, list] = {}
    for line in read_lines(path):
        line = line.split("#")[0].strip()
        if not line or line.startswith("<"):
            continue
        m = re.match(r"^!(\w+)!\s*=\s*(.*)$", line)
        if m:
            subst[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.match(r"^(?P<phrase>[^\[{]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]}]*)[\]}]", line)
        if not m:
            continue
        code = m.group("code").strip()
        chunks = code.replace("~", "")
        sector = next((SECTORS[chunks[i:i + 3]] for i in range(0, len(chunks), 3) if chunks[i:i + 3] in SECTORS),
                      None)
        if sector is None:
            continue
        phrase = m.group("phrase").strip()
        forms = [phrase]
        for name, values in subst.items():
            if f"!{name}!" in phrase:
                forms = [phrase.replace(f"!{name}!", v) for v in values]
        plural = m.group("plural")
        if plural is None and "!" not in phrase:
            forms.append(_plural(phrase))
        elif plural:
            forms += [p for p in plural.split() if p]
        for f in forms:
            f = " ".join(w for w in f.replace("_", " ").split()).lower()
            if f and "!" not in f:
                out.setdefault(f, f"{code} {sector}")
    return dict(sorted(out.items()))


def _plural(phrase: str) -> str:
    if phrase.endswith(("_", ".")):
        return phrase
    if phrase.endswith("Y") and phrase[-2:-1] not in "AEIOU":
        return phrase[:-1] + "IES"
    if phrase.endswith("SS"):
        return phrase + "ES"
    return phrase + "S"


def write(data: dict, out: Path) -> None:
    """Deterministic gzip'd JSON, written to a temporary file and moved into place."""
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    tmp = out.with_suffix(out.suffix + ".tmp")
    tmp.write_bytes(buf.getvalue())
    tmp.replace(out)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, default=SOURCE, help="folder of the PETRARCH2 dictionaries")
    ap.add_argument("--out", type=Path, default=OUT, help="the compiled file to write")
    args = ap.parse_args(argv)
    if not (args.source / ACTOR_FILES[0]).is_file():
        raise SystemExit(f"{args.source}: the PETRARCH2 dictionaries are not there (see --source)")
    write(build(args.source), args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)", file=sys.stderr)


if __name__ == "__main__":
    main()
