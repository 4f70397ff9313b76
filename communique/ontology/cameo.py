"""The compiled CAMEO verb lexicon (`data/cameo_verbs.json`, built by scripts/build_cameo_triggers.py from the
PETRARCH2 verb dictionary and the official CAMEO -> PLOVER table), matched on the dependency parse.

A verb's patterns name what must stand around it: a particle ("set OUT"), an object ("ask * AID"), the
object's modifiers ("{HUMANITARIAN AID}"), a preposition with its object ("(FOR HELP)"), the subject
("&MILITARY * EXERCISES"). The most specific pattern that holds wins; a verb with no matching pattern codes
by its `obstruct` entry (a non-state group blocking a passage), else by its own CAMEO code when it has one. The hand-written lexicon (triggers.yaml) is tried first and overrides.
"""

from __future__ import annotations

import json
from functools import lru_cache

from communique.ontology import DATA

TIME_ENTS = {"DATE", "TIME"}
PARTY_ENTS = {"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"}
PARTY = "\x00party"  # marks a preposition whose object names a party
OBJ_DEPS = {"dobj", "obj", "attr", "dative", "nsubjpass", "oprd"}
PREP_DEPS = {"prep", "prt", "agent", "advmod", "dative"}


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """{"verbs": {lemma: {"code", "blocks", "phrasal"}}, "blocks": {name: [pattern]}}; empty when absent."""
    path = DATA / "cameo_verbs.json"
    if not path.exists():
        return {"verbs": {}, "blocks": {}}
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def disabled() -> frozenset:
    """Pattern ids pruned by evidence (data/cameo_pruned.txt: one id a line, '#' comments)."""
    path = DATA / "cameo_pruned.txt"
    if not path.exists():
        return frozenset()
    return frozenset(x.split("#", 1)[0].strip() for x in path.read_text(encoding="utf-8").splitlines()
                     if x.split("#", 1)[0].strip())


def _words(tok) -> set[str]:
    return {tok.lemma_.lower(), tok.lower_}


def context(t) -> dict:
    """What stands around verb token t, in the terms of the patterns."""
    objs, mods, preps, prts, subj, before = set(), set(), {}, set(), set(), set()
    for c in t.children:
        if c.dep_ in OBJ_DEPS or c.dep_ == "xcomp":
            for o in [c] + list(c.conjuncts):
                objs |= _words(o)
                mods |= {w for m in o.children if m.dep_ in ("amod", "compound", "nmod") for w in _words(m)}
                for p in o.children:  # "$5 million of aid"
                    if p.dep_ == "prep" and p.lower_ == "of":
                        for g in p.children:
                            if g.dep_ == "pobj":
                                objs |= _words(g)
        if c.dep_ in PREP_DEPS:
            pobjs = [o for g in c.children if g.dep_ == "pobj" for o in [g] + list(g.conjuncts)]
            if pobjs and all(o.ent_type_ in TIME_ENTS for o in pobjs):
                continue  # "on Tuesday", "in March": when, not a particle or a participant
            word = c.lower_
            prts.add(word)
            got = preps.setdefault(word, set())
            for o in pobjs:
                got |= _words(o)
            if any(o.ent_type_ in PARTY_ENTS or any(x.ent_type_ in PARTY_ENTS for x in o.subtree) for o in pobjs):
                got.add(PARTY)
        if c.dep_ == "nsubj":
            subj |= _words(c)
        if c.i < t.i:
            before |= _words(c)
    return {"objs": objs, "mods": mods, "preps": preps, "prts": prts, "subj": subj, "before": before}


def _compile(p: dict) -> tuple:
    """Pattern p with its word lists as sets, made once: `match` tries every pattern of a verb's blocks
    (about twenty) for each verb token it codes."""
    def words(key):
        return frozenset(p[key]) if key in p else None

    return (p, p.get("prt") if "prt" in p else None, p.get("before") if "before" in p else None, words("obj"),
            words("obj_mods"), tuple(frozenset(m) for m in p["obj_mods_each"]) if "obj_mods_each" in p else None,
            tuple((prep, frozenset(objs) if objs else None) for prep, objs in p.get("preps") or []), words("subj"))


def _holds(p: dict, ctx: dict) -> int:
    """How specific the match of pattern p is (-1 when a constraint fails): objects weigh more than particles."""
    return _holds_compiled(_compile(p), ctx)


def _holds_compiled(cp: tuple, ctx: dict) -> int:
    """`_holds` of a pattern made by `_compile`."""
    _, prt, before, obj, obj_mods, obj_mods_each, preps, subj = cp
    n = 0
    if prt is not None:
        if not all(x in ctx["prts"] for x in prt):
            return -1
        n += 1
    if before is not None:
        if not all(x in ctx["before"] for x in before):
            return -1
        n += 1
    if obj is not None:
        if not ctx["objs"] & obj:
            return -1
        n += 2  # a named object says more than a bare preposition ("rushed aid to" is aid, not a visit)
        if obj_mods is not None:
            if not ctx["mods"] & obj_mods:
                return -1
            n += 1
        if obj_mods_each is not None:
            if not all(ctx["mods"] & m for m in obj_mods_each):
                return -1
            n += len(obj_mods_each)
    for prep, objs in preps:
        got = ctx["preps"].get(prep)
        # a bare preposition ("RUSH * (TO)") stands for the target's slot: it needs a named party there
        if got is None or (objs and not got & objs) or (not objs and PARTY not in got):
            return -1
        n += 1 + 2 * bool(objs)
    if subj is not None:
        if not ctx["subj"] & subj:
            return -1
        n += 1
    return n


@lru_cache(maxsize=None)
def _patterns(lemma: str) -> tuple:
    """The patterns `match` tries for a verb, in order, without the pruned ones, each made by `_compile`."""
    lex, off = lexicon(), disabled()
    slot = lex["verbs"][lemma]
    return tuple(_compile(p) for p in slot["phrasal"] + [p for b in slot["blocks"] for p in lex["blocks"][b]]
                 if p["id"] not in off)


def match(t, bare: bool = True) -> dict | None:
    """The compiled entry that codes verb token t: the most specific pattern that holds, else (when `bare`)
    the verb's own code. Entries carry event, mode, cameo and their pattern id."""
    lex = lexicon()
    lemma = t.lemma_.lower()
    slot = lex["verbs"].get(lemma)
    if not slot:
        return None
    off = disabled()
    ctx = context(t)
    best, best_n = None, 0
    patterns = _patterns(lemma)
    for k in _candidates(lemma, ctx):
        cp = patterns[k]
        n = _holds_compiled(cp, ctx)
        if n > best_n:
            best, best_n = cp[0], n
    if best is not None:
        return best
    if slot.get("obstruct") and slot["obstruct"]["id"] not in off:
        return slot["obstruct"]  # "workers blocked the bridge": obstruction, when no state agent does it (events.py)
    code = slot.get("code")
    if bare and code and code["id"] not in off and not code.get("inherited"):
        return code
    return None
    off = disabled()
    ctx = context(t)
    best, best_n = None, 0
    for p in slot["phrasal"] + [p for b in slot["blocks"] for p in lex["blocks"][b]]:
        if p["id"] in off:
            continue
        n = _holds(p, ctx)
        if n > best_n:
            best, best_n = p, n
    if best is not None:
        return best
    if slot.get("obstruct") and slot["obstruct"]["id"] not in off:
        return slot["obstruct"]  # "workers blocked the bridge": obstruction, when no state agent does it (events.py)
    code = slot.get("code")
    if bare and code and code["id"] not in off and not code.get("inherited"):
        return code
    return None


def _anchors(cp: tuple) -> list[tuple[str, str]]:
    """Context entries one of which pattern `cp` needs to hold at all (`_holds_compiled`): its first particle,
    a word of its object, its first preposition, its first word before the verb, or a word of its subject.
    Empty for a pattern that constrains nothing (it scores 0, and `match` takes only a score above 0)."""
    _, prt, before, obj, _, _, preps, subj = cp
    if prt:
        return [("prts", prt[0])]
    if obj is not None:
        return [("objs", w) for w in obj]
    if preps:
        return [("preps", preps[0][0])]
    if before:
        return [("before", before[0])]
    if subj is not None:
        return [("subj", w) for w in subj]
    return []


@lru_cache(maxsize=None)
def _anchor_index(lemma: str) -> tuple[dict, tuple[int, ...]]:
    """(anchor -> positions in `_patterns(lemma)` of the patterns that need it, positions of those that need
    none): most of a verb's thirty-odd patterns name an object or particle the sentence does not have."""
    index: dict[tuple[str, str], list[int]] = {}
    free = []
    for k, cp in enumerate(_patterns(lemma)):
        anchors = _anchors(cp)
        for a in anchors:
            index.setdefault(a, []).append(k)
        if not anchors:
            free.append(k)
    return index, tuple(free)


def _candidates(lemma: str, ctx: dict) -> list[int]:
    """Positions, in order, of the patterns of `lemma` that may hold in `ctx` (every other one fails
    `_holds_compiled` on its anchor), so that `match` picks the same pattern as a pass over all of them."""
    index, free = _anchor_index(lemma)
    found = set(free)
    for key in ("prts", "objs", "before", "subj"):
        for w in ctx[key]:
            found.update(index.get((key, w), ()))
    for w in ctx["preps"]:
        found.update(index.get(("preps", w), ()))
    return sorted(found)
