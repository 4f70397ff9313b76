"""Shared queries over what the components wrote, so each component need not re-scan the Doc.

`doc._.mentions` items (written by the actors component):
    {"start", "end"  (chars), "tok": [ts, te) token range, "head": token index,
     "actor": actor id | None, "actors": [ids] (compound or plural mentions), "text"}
`doc._.actors` items are the document-JSON actors, keyed by "id".
"""

from __future__ import annotations

from bisect import bisect_left

# "anti-Syria", "pro-Russian", "non-EU": a stance or a class, not a party or a place
STANCE_PREFIXES = {"anti", "pro", "non"}


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
    return {a["id"]: a for a in doc._.actors or []}


def mentions_in(doc, ts: int, te: int) -> list[dict]:
    """Mentions lying inside token range [ts, te), in list order (through an index by first token: a pass
    over every mention per query made amounts and quotes quadratic in the number of mentions)."""
    mentions = doc._.mentions or []
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
    mentions = doc._.mentions or []
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
