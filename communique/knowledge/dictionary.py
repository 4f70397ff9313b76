"""The compiled actor dictionary: world knowledge about people and bodies that rules cannot learn from a few
articles, loaded once per process.

Source: the PETRARCH2 actor and agent dictionaries (openeventdata/petrarch2, MIT licence, Copyright (c) 2014
Open Event Data Alliance), compiled by `scripts/build_actor_dictionary.py` into `data/actor_dictionary.json.gz`
(the script names the files, the commit and the filtering rules):
- `people`: full name -> dated CAMEO codes mapped to the package's actor model (ISO alpha-3 or IGO/NGO/MNC/IMG,
  sector) - thousands of office holders, their roles day-precise ("Xi Jinping": CHN GOV from 2012-11-15);
- `bodies`: national bodies, IGOs, NGOs, companies and armed groups -> code and sector ("Revolutionary Guards":
  IRN MIL, "U.S. Central Command": USA MIL);
- `agents`: generic agent words -> CAMEO sector ("riot police": COP); those the project's role words do not
  cover join the role table as weak roles (`knowledge._compiled_agents`, docs/knowledge.md).

How it is used (see people.py for the layers: user > learned > compiled > seed):
- a person is found by the full name only; a role is in force between its dates.  The dictionary ends around
  `source.latest_date` (2015): an open-ended role is trusted for STALE_AFTER_YEARS beyond it, and after that
  the person keeps the country (people rarely change nationality) but no office is claimed;
- bodies join the organisations of `knowledge.load()`, so the actor component's phrase matcher finds them.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "actor_dictionary.json.gz"
SOURCE_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
# how long after the dictionary's last date an open-ended role ("[CHNGOV >20121115]") is still trusted
STALE_AFTER_YEARS = 3


@dataclass
class Compiled:
    people: dict[str, str]  # key -> "name|file index|cameo code sector start end;...|default cameo code sector"
    bodies: dict[str, list]  # key -> [[names...], file index, cameo, code, sector]
    agents: dict[str, str]  # phrase -> "cameo-agent-code sector"
    source: dict
    trusted_until: str | None = None  # open-ended roles end here
    given_names: frozenset = frozenset()  # lower-case given names the build script compiled (`given_names`)


@lru_cache(maxsize=1)
def load() -> Compiled:
    """The compiled dictionary (empty when the package data is missing, e.g. in a stripped install)."""
    if not DATA.is_file():
        return Compiled({}, {}, {}, {})
    d = json.loads(gzip.decompress(DATA.read_bytes()))
    latest = d["source"].get("latest_date")
    until = f"{int(latest[:4]) + STALE_AFTER_YEARS}{latest[4:]}" if latest else None
    return Compiled(d["people"], d["bodies"], d["agents"], d["source"], until, frozenset(d.get("given_names") or ()))


def given_names() -> frozenset:
    """Lower-case given names (the words that open the dictionary's full names, filtered by the build script):
    a name the statistical model misses or calls an organisation ("Maia Sandu said") opening with one of them
    is a person's."""
    return load().given_names


@lru_cache(maxsize=4096)
def offices(key: str) -> tuple:
    """The offices of a normalised full name (people.normalise, joined by spaces), as `people.Office`s."""
    from communique.knowledge.people import COMPILED, COMPILED_DEFAULT, Office

    c = load()
    entry = c.people.get(key)
    if entry is None:
        return ()
    name, file_i, roles, default = entry.split("|")
    src = SOURCE_FILES[int(file_i)]
    out = []
    for role in roles.split(";") if roles else ():
        cameo, code, sector, start, end = (None if x == "-" else x for x in role.split(" "))
        out.append(Office(name, code, None, sector, start, end if end or start is None else c.trusted_until,
                          priority=COMPILED, source=f"{src} {cameo}"))
    if default:
        # PETRARCH's default code holds when no dated one does: an open office below every dated one
        cameo, code, sector = (None if x == "-" else x for x in default.split(" "))
        # (beside dated roles, up to the date the dictionary is trusted to: after it, nothing is claimed but
        # the country; an entry with no dated role at all, such as an armed group's leader or alias
        # ("[NGAREB]"), has a code without time, which does not expire)
        out.append(Office(name, code, None, sector, None, c.trusted_until if out else None,
                          priority=COMPILED_DEFAULT, source=f"{src} {cameo}"))
    return tuple(out)
