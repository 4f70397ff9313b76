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


def _holds(p: dict, ctx: dict) -> int:
    """How specific the match of pattern p is (-1 when a constraint fails): objects weigh more than particles."""
    n = 0
    if "prt" in p:
        if not all(x in ctx["prts"] for x in p["prt"]):
            return -1
        n += 1
    if "before" in p:
        if not all(x in ctx["before"] for x in p["before"]):
            return -1
        n += 1
    if "obj" in p:
        if not ctx["objs"] & set(p["obj"]):
            return -1
        n += 2  # a named object says more than a bare preposition ("rushed aid to" is aid, not a visit)
        if "obj_mods" in p:
            if not ctx["mods"] & set(p["obj_mods"]):
                return -1
            n += 1
        if "obj_mods_each" in p:
            if not all(ctx["mods"] & set(m) for m in p["obj_mods_each"]):
                return -1
            n += len(p["obj_mods_each"])
    for prep, objs in p.get("preps") or []:
        got = ctx["preps"].get(prep)
        # a bare preposition ("RUSH * (TO)") stands for the target's slot: it needs a named party there
        if got is None or (objs and not got & set(objs)) or (not objs and PARTY not in got):
            return -1
        n += 1 + 2 * bool(objs)
    if "subj" in p:
        if not ctx["subj"] & set(p["subj"]):
            return -1
        n += 1
    return n


def match(t, bare: bool = True) -> dict | None:
    """The compiled entry that codes verb token t: the most specific pattern that holds, else (when `bare`)
    the verb's own code. Entries carry event, mode, cameo and their pattern id."""
    lex = lexicon()
    slot = lex["verbs"].get(t.lemma_.lower())
    if not slot:
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
