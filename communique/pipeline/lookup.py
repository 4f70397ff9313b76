"""Shared queries over what the components wrote, so each component need not re-scan the Doc.

`doc._.mentions` items (written by the actors component):
    {"start", "end"  (chars), "tok": [ts, te) token range, "head": token index,
     "actor": actor id | None, "actors": [ids] (compound or plural mentions), "text"}
`doc._.actors` items are the document-JSON actors, keyed by "id".
"""

from __future__ import annotations

from bisect import bisect_left

from communique.pipeline.extensions import ext

# "anti-Syria", "pro-Russian", "non-EU": a stance or a class, not a party or a place
# "anti-Syria", "pro-Russian", "counter-Iran"; "pan-African", "the Pan-American Highway": a stance or a whole
# region, not the state the word names
STANCE_PREFIXES = {"anti", "pro", "non", "counter", "pan"}


def after_stance_prefix(doc, start: int) -> bool:
    """Does token `start` follow a stance prefix and its hyphen ("anti-Syria")?"""
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in STANCE_PREFIXES


def phrase_tokens(tok, skip: set | frozenset) -> list:
    """`tok` and its dependents, not descending into dependents whose label is in `skip`
    (relative clauses, appositions...): the words of a phrase without the clauses hanging off it."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in skip)
    return out


def actor_index(doc) -> dict:
    """id -> actor, built once per actors list (and again when it grows); the actors are the list's own
    dicts, so changes to them show.  Callers must not add to or remove from the index itself."""
    actors = ext(doc, "actors") or []
    cached = doc.user_data.get(_ACTORS_KEY)
    if cached is None or cached[0] is not actors or cached[1] != len(actors) or \
            any(a["id"] not in cached[2] or cached[2][a["id"]] is not a for a in actors[-1:]):
        cached = doc.user_data[_ACTORS_KEY] = (actors, len(actors), {a["id"]: a for a in actors})
    return cached[2]


_ACTORS_KEY = ("communique", "actor_index")


def mentions_in(doc, ts: int, te: int) -> list[dict]:
    """Mentions lying inside token range [ts, te), in list order (through an index by first token: a pass
    over every mention per query made amounts and quotes quadratic in the number of mentions)."""
    mentions = ext(doc, "mentions") or []
    cached = doc.user_data.get(_STARTS_KEY)
    if cached is None or cached[0] is not mentions or cached[1] != len(mentions):
        order = sorted(range(len(mentions)), key=lambda k: mentions[k]["tok"][0])
        cached = (mentions, len(mentions), [mentions[k]["tok"][0] for k in order], order)
        doc.user_data[_STARTS_KEY] = cached
    _, _, starts, order = cached
    hits = [k for k in order[bisect_left(starts, ts):bisect_left(starts, te)] if mentions[k]["tok"][1] <= te]
    return [mentions[k] for k in sorted(hits)]


def mention_at(doc, i: int) -> dict | None:
    """The mention covering token i, if any (the first such in list order)."""
    return _token_index(doc).get(i)


def _token_index(doc) -> dict:
    """token -> first mention covering it, built once per mentions list.  The actors component sets
    `doc._.mentions` once, as a new list, and nothing edits a mention's tokens afterwards; a new list
    or a changed length rebuilds the index."""
    mentions = ext(doc, "mentions") or []
    cached = doc.user_data.get(_INDEX_KEY)
    if cached is not None and cached[0] is mentions and cached[1] == len(mentions):
        return cached[2]
    index: dict = {}
    for m in mentions:
        for k in range(m["tok"][0], m["tok"][1]):
            index.setdefault(k, m)
    doc.user_data[_INDEX_KEY] = (mentions, len(mentions), index)
    return index


_INDEX_KEY = ("communique", "mention_token_index")
_STARTS_KEY = ("communique", "mention_start_index")


def mention_actor_ids(m: dict) -> list[str]:
    return list(m.get("actors") or ([m["actor"]] if m.get("actor") else []))


def items_in(items, start: int, end: int) -> list[dict]:
    """Items (dates, amounts, places...) whose char span lies inside [start, end)."""
    return [x for x in items or [] if x["span"][0] >= start and x["span"][1] <= end]


def starting_in(doc, name: str, items: list, start: int, end: int) -> list:
    """The items of `items` (the Doc's list `name`: "mentions" by first token, "amounts" or "places" by first
    character) that start in [start, end), in list order, through an index sorted by start built once per
    list: per-event passes over every item made long texts quadratic."""
    at = _START_OF[name]
    key = ("communique", "starting_in", name)
    cached = doc.user_data.get(key)
    if cached is None or cached[0] is not items or cached[1] != len(items):
        order = sorted(range(len(items)), key=lambda k: at(items[k]))
        cached = doc.user_data[key] = (items, len(items), [at(items[k]) for k in order], order)
    _, _, starts, order = cached
    return [items[k] for k in sorted(order[bisect_left(starts, start):bisect_left(starts, end)])]


_START_OF = {"mentions": lambda m: m["tok"][0], "amounts": lambda a: a["span"][0], "places": lambda p: p["span"][0]}

