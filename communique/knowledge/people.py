"""Who holds which office: a name index over time-stamped offices.

The seed (`data/people.yaml`) is written by this project. `PeopleIndex.layer` adds higher-priority entries
(the knowledge base learned from the corpus, then the user's own table), so the same lookup serves all three.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from communique.datafile import load_yaml

DATA = Path(__file__).resolve().parent / "data"
SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii"}
TITLES = {"king", "queen", "emir", "sheikh", "prince", "president", "prime", "minister", "general", "gen.", "lt."}


@dataclass
class Office:
    name: str
    code: str
    role: str | None
    sector: str | None
    start: int | None = None
    end: int | None = None
    priority: int = 0  # 0 seed, 1 learned, 2 user
    pinned: bool = False

    def covers(self, year: int | None) -> bool:
        if year is None:
            return self.end is None
        return (self.start is None or self.start <= year) and (self.end is None or year <= self.end)


def normalise(name: str) -> list[str]:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("-", " ").lower()
    return [w for w in s.split() if w not in SUFFIXES]


class PeopleIndex:
    def __init__(self):
        self.full: dict[str, list[Office]] = {}
        self.surname: dict[str, list[Office]] = {}

    def add(self, office: Office) -> None:
        words = normalise(office.name)
        if not words:
            return
        self.full.setdefault(" ".join(words), []).append(office)
        self.surname.setdefault(words[-1], []).append(office)

    def layer(self, offices) -> "PeopleIndex":
        """A new index with `offices` added on top of this one (self is never modified)."""
        out = PeopleIndex()
        out.full = {k: list(v) for k, v in self.full.items()}
        out.surname = {k: list(v) for k, v in self.surname.items()}
        for o in offices:
            out.add(o)
        return out

    def lookup(self, name: str, year: int | None = None) -> Office | None:
        """The office of `name` at `year`: full-name match first, else an unambiguous surname."""
        words = normalise(name)
        while words and words[0] in TITLES:
            words = words[1:]
        if not words:
            return None
        cands = self.full.get(" ".join(words))
        if not cands:
            cands = self.surname.get(words[-1], [])
            if len(words) > 1:  # "Shah Mehmood Qureshi" vs "Shah Mahmood Qureshi": first names must agree
                cands = [o for o in cands if normalise(o.name)[0] == words[0]]
            if len({o.code for o in cands}) != 1:
                return None  # unknown, or a surname shared across countries: do not guess
        if not cands:
            return None
        best = max(cands, key=lambda o: (o.pinned, o.priority, o.covers(year), o.start or 0))
        if year is not None and not best.covers(year) and not best.pinned:
            # out of office at that time: keep the country, drop the role
            return Office(best.name, best.code, None, best.sector, priority=best.priority)
        return best


@lru_cache(maxsize=1)
def seed() -> PeopleIndex:
    idx = PeopleIndex()
    for name, offices in load_yaml(DATA / "people.yaml").items():
        for code, role, sector, start, end in offices:
            idx.add(Office(name, code, role, sector, start, end))
    return idx


# -- the index the actor component uses -------------------------------------------------------------------
# `communique ingest` layers the actor knowledge base (learned + user entries) over the seed and makes it
# active here.  Worker processes cannot share the object, so the layers also travel as a JSON file named by
# ACTIVE_ENV (inherited by workers started after it is set).
ACTIVE_ENV = "COMMUNIQUE_PEOPLE_FILE"
_ACTIVE: PeopleIndex | None = None


def set_active(index: PeopleIndex | None) -> None:
    """Make `index` the one `active()` returns in this process (None: back to the seed / ACTIVE_ENV)."""
    global _ACTIVE
    _ACTIVE = index


def offices_to_json(offices) -> list[dict]:
    return [vars(o).copy() for o in offices]


@lru_cache(maxsize=4)
def _from_file(path: str) -> PeopleIndex:
    import json

    from communique.knowledge.actor_kb import layered  # the knowledge base's layering rules

    rows = json.loads(Path(path).read_text(encoding="utf-8"))
    return layered(seed(), [Office(**r) for r in rows])


def active() -> PeopleIndex:
    """The index set by `set_active`, else the seed layered with the offices in $ACTIVE_ENV, else the seed."""
    if _ACTIVE is not None:
        return _ACTIVE
    import os

    path = os.environ.get(ACTIVE_ENV)
    if path and Path(path).is_file():
        return _from_file(path)
    return seed()
