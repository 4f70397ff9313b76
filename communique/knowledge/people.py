"""Who holds which office: a name index over time-stamped offices.

Layers, highest priority first: the user's own table (USER), the knowledge base learned from the corpus
(LEARNED), the compiled PETRARCH2 actor dictionary (COMPILED, see `dictionary.py`) and the seed written by
this project (`data/people.yaml`, SEED).  `seed()` is the seed with the compiled dictionary beneath it as a
full-name fallback; `PeopleIndex.layer` adds the learned and user entries, so one lookup serves all four.

An office runs from `start` to `end` (inclusive), each a year (int) or a date ("YYYY-MM-DD", as the compiled
dictionary has them); a lookup is made at a year or at the publication date.  The office in force wins over a
higher layer's that is not; among those in force the higher layer wins, and a winner without a role name takes
the one of an office of the same country and sector in force ("Xi Jinping": CHN GOV from the dictionary,
"president" from the seed).  When no office is in force the person keeps the country; the project's own
layers answer before the dictionary there (its dates end around 2015), and a person only the dictionary
knows gets no sector.  See docs/knowledge.md.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from communique.datafile import load_yaml

DATA = Path(__file__).resolve().parent / "data"
SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii"}
# words before a name that are no part of it, courtesy titles too ("Prime Minister Dr Ralph Gonsalves")
TITLES = {"king", "queen", "emir", "sheikh", "prince", "president", "prime", "minister", "general", "gen.", "lt.",
          "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame"}
# layers, lowest first.  Below the seed: a compiled entry's default code (PETRARCH's code for the times no
# dated role holds) and a learned role carried beyond its evidence (actor_kb.EXTRAPOLATED, -1)
COMPILED_DEFAULT, SEED, COMPILED, LEARNED, USER = -2, 0, 1, 2, 3
# a bare surname names a person out of office only this many years after his office ended
SURNAME_HORIZON_YEARS = 10
ORIGINS = {COMPILED_DEFAULT: "compiled (default code)", -1: "learned (carried forward)", SEED: "seed",
           COMPILED: "compiled", LEARNED: "learned", USER: "user"}


def _bound(v: int | str | None, first: bool) -> str | None:
    """A year or a (partial) ISO date as the first or last day it stands for."""
    if v is None:
        return None
    s = str(v)
    if len(s) == 4:
        return s + ("-01-01" if first else "-12-31")
    if len(s) == 7:
        return s + ("-01" if first else "-31")
    return s[:10]


def _recent(office: "Office", when: int | str | None) -> bool:
    """Did `office` end at most SURNAME_HORIZON_YEARS before `when` (or is either unknown)?"""
    end = _bound(office.end, False)
    if when is None or end is None or office.pinned:
        return True
    return int(str(when)[:4]) - int(end[:4]) <= SURNAME_HORIZON_YEARS


@dataclass
class Office:
    name: str
    code: str
    role: str | None
    sector: str | None
    start: int | str | None = None  # a year, or a date "YYYY-MM-DD"
    end: int | str | None = None
    priority: int = SEED
    pinned: bool = False
    source: str | None = None  # where a compiled entry comes from ("Phoenix.Countries.actors.txt CHNGOV")

    def covers(self, when: int | str | None) -> bool:
        """Is the office held at `when` (a year: at any time in it; a date: on that day)?"""
        if when is None:
            return self.end is None
        lo, hi = _bound(when, True), _bound(when, False)
        start, end = _bound(self.start, True), _bound(self.end, False)
        return (start is None or start <= hi) and (end is None or lo <= end)


def normalise(name: str) -> list[str]:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("-", " ").lower()
    return [w for w in s.split() if w not in SUFFIXES]


PATRONYMIC = {"bin", "ibn", "bint", "ben"}


def _shorter_names(words: list[str]) -> list[list[str]]:
    """The shorter form a long Arabic name is known by: "Mohammed bin Salman bin Abdulaziz Al Saud" -> "Mohammed
    bin Salman" (the name and the father's name, up to the grandfather's). None for other names; the family
    name alone is not dropped ("X bin Y Al-Z" may be another man than a known "X bin Y")."""
    second = [i for i, w in enumerate(words) if w in PATRONYMIC][1:2]
    return [words[:second[0]]] if second and second[0] >= 3 else []


FINAL_I = re.compile(r"(?:iy|yy|yi|ii|ij|i)$")


# one form for the spellings of a given name in English news: transliterations ("Mohamed", "Muhammad") and the
# short forms a name is known by ("Joseph Biden", "Joe Biden"); written by the project
NAME_FORMS = {
    **dict.fromkeys(("mohamed", "mohammed", "mohammad", "muhammad", "muhammed", "mohamad", "mohammod"), "muhammad"),
    **dict.fromkeys(("abdel", "abdul", "abd", "abdal"), "abdul"),
    **dict.fromkeys(("ahmed", "ahmad"), "ahmad"), **dict.fromkeys(("mahmoud", "mahmud", "mahmood"), "mahmud"),
    **dict.fromkeys(("hussein", "husain", "hussain", "husayn"), "husayn"),
    **dict.fromkeys(("hassan", "hasan"), "hasan"), **dict.fromkeys(("osman", "othman", "uthman"), "uthman"),
    **dict.fromkeys(("yusuf", "yousef", "youssef", "yusef"), "yusuf"),
    **dict.fromkeys(("mustafa", "mostafa", "moustafa"), "mustafa"),
    "joseph": "joe", "william": "bill", "robert": "bob", "anthony": "tony", "james": "jim", "michael": "mike",
    "thomas": "tom", "kenneth": "ken", "edward": "ed", "samuel": "sam", "nicholas": "nick", "daniel": "dan",
    "matthew": "matt", "christopher": "chris", "benjamin": "ben", "jeffrey": "jeff", "stephen": "steve",
    "steven": "steve", "david": "dave", "gregory": "greg", "lawrence": "larry", "andrew": "andy",
    "timothy": "tim", "alexander": "alex", "elizabeth": "liz",
}


def folded(words: list[str]) -> list[str]:
    """One spelling for the ways a name's final i-sound is written in English ("Zelenskiy", "Zelenskyy",
    "Zelensky"; "Dmitriy", "Dmitri", "Dmitry"; "Sergei", "Sergey"), and for a given name's transliterations and
    short forms (NAME_FORMS, in given names): spellings of one name agree."""
    # (given names only: a surname alone, "Hussein", "Mohamad", is no other surname's spelling)
    given = [NAME_FORMS.get(w, w) for w in words[:-1]] + words[-1:]
    return [FINAL_I.sub("y", w) if len(w) > 3 else w for w in given]


def _ends(words: list[str], known: list[str]) -> bool:
    """Is `known`, of two words or more, the end of the longer name `words`?"""
    return 1 < len(known) < len(words) and words[-len(known):] == known


class PeopleIndex:
    def __init__(self, compiled=None):
        self.full: dict[str, list[Office]] = {}
        self.surname: dict[str, list[Office]] = {}
        # full name -> offices of the compiled dictionary: consulted by full name only, since its thousands of
        # surnames are shared by many people (and would make every capitalised word a name)
        self.compiled = compiled
        self._folded: tuple[dict, dict] | None = None  # (full, surname) by `folded` spelling, built when asked

    def add(self, office: Office) -> None:
        words = normalise(office.name)
        if not words:
            return
        self._folded = None
        self.full.setdefault(" ".join(words), []).append(office)
        self.surname.setdefault(words[-1], []).append(office)

    def layer(self, offices) -> "PeopleIndex":
        """A new index with `offices` added on top of this one (self is never modified)."""
        out = PeopleIndex(self.compiled)
        out.full = {k: list(v) for k, v in self.full.items()}
        out.surname = {k: list(v) for k, v in self.surname.items()}
        for o in offices:
            out.add(o)
        return out

    def _folded_tables(self) -> tuple[dict, dict]:
        if self._folded is None:
            full: dict[str, list[Office]] = {}
            surname: dict[str, list[Office]] = {}
            for offices in self.full.values():
                for o in offices:
                    words = folded(normalise(o.name))
                    full.setdefault(" ".join(words), []).append(o)
                    surname.setdefault(words[-1], []).append(o)
            self._folded = full, surname
        return self._folded

    def _candidates(self, words: list[str], keep, surname_keep=None) -> list[Office]:
        """Offices of the full name (this index's and the compiled dictionary's), else of an unambiguous
        surname (this index's only), among those `keep` (and, for a surname, `surname_keep`) accepts; else
        the same for another transliteration of the name (this index's only)."""
        key = " ".join(words)
        cands = [o for o in self.full.get(key, ()) if keep(o)]
        if self.compiled is not None:
            cands += [o for o in self.compiled(key) if keep(o)]
        return cands or self._by_name(words, self.full, self.surname, keep, surname_keep, normalise) or \
            self._by_name(folded(words), *self._folded_tables(), keep, surname_keep, lambda n: folded(normalise(n)))

    @staticmethod
    def _by_name(words, full, surname, keep, surname_keep, spell) -> list[Office]:
        cands = [o for o in full.get(" ".join(words), ()) if keep(o)]
        if cands:
            return cands
        cands = [o for o in surname.get(words[-1], ()) if keep(o) and (surname_keep is None or surname_keep(o))]
        if len(words) > 1:  # "Shah Mehmood Qureshi" vs "Shah Mahmood Qureshi": first names must agree, unless
            # the known name of two words or more ends the longer one ("Muhammad Shehbaz Sharif")
            cands = [o for o in cands if spell(o.name)[0] == words[0] or _ends(words, spell(o.name))]
        if len({o.code for o in cands}) != 1:
            return []  # unknown, or a surname shared across countries: do not guess
        return cands

    def lookup(self, name: str, when: int | str | None = None) -> Office | None:
        """The office of `name` at `when` (a year or a date "YYYY-MM-DD"): full-name match first, else an
        unambiguous surname; offices in force at `when` first (a higher layer's role out of force does not
        hide a lower layer's in force)."""
        words = normalise(name)
        while words and words[0] in TITLES:
            words = words[1:]
        if not words:
            return None
        for short in _shorter_names(words):
            found = self._lookup_words(short, when)
            if found is not None and not self._candidates(words, lambda o: True):
                return found
        return self._lookup_words(words, when)

    def _lookup_words(self, words: list[str], when) -> Office | None:
        if when is not None:
            cands = self._candidates(words, lambda o: o.pinned or o.covers(when))
            if cands:
                return self._choose(cands, when)
        # out of office at `when`: a full name keeps its country; a bare surname must name someone who held
        # office lately ("Hussein" in 2024 is not Saddam Hussein, out of office since 2003)
        cands = self._candidates(words, lambda o: True, lambda o: _recent(o, when))
        return self._choose(cands, when) if cands else None

    @staticmethod
    def _choose(cands: list[Office], when) -> Office:
        best = max(cands, key=lambda o: (o.pinned, o.priority, o.covers(when), _bound(o.start, True) or ""))
        if when is not None and not best.covers(when) and not best.pinned:
            own = [o for o in cands if o.priority not in (COMPILED, COMPILED_DEFAULT)]
            if own and best.priority in (COMPILED, COMPILED_DEFAULT):
                # no office in force: the project's own layers know later years than the dictionary (2015)
                best = max(own, key=lambda o: (o.priority, _bound(o.start, True) or ""))
            # out of office at that time: keep the country, drop the role (and, for the compiled dictionary,
            # whose dates end around 2015, the sector too: what the person does now is not known)
            # the project's own layers' sector holds for a while after the office, not for ever ("Saddam
            # Hussein" in 2024 is no government actor)
            sector = None if best.priority in (COMPILED, COMPILED_DEFAULT) or not _recent(best, when) \
                else best.sector
            return Office(best.name, best.code, None, sector, priority=best.priority, source=best.source)
        if best.role is None:  # a role name from an office of the same country in force (a lower layer's)
            donor = [o for o in cands if o.role and o.code == best.code and best.sector in (None, o.sector)
                     and (when is None or o.covers(when))]
            if donor:
                d = max(donor, key=lambda o: (o.priority, _bound(o.start, True) or ""))
                best = replace(best, role=d.role, sector=best.sector or d.sector)
        return best


@lru_cache(maxsize=1)
def seed() -> PeopleIndex:
    """The seed table, with the compiled actor dictionary beneath it (by full name)."""
    from communique.knowledge import dictionary

    idx = PeopleIndex(dictionary.offices)
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
