"""PLOVER contexts: the vocabulary and the word lists that point to them.

The 37 context names and their one-line meanings come from the PLOVER manual (CC BY-SA 4.0).  The
phrases are of two kinds, both written in the PETRARCH issue-file notation and expanded here into every
surface form, so that matching needs no parse (sentences the shortcut leaves unparsed still count):

- `contexts.json`: compiled by `scripts/build_contexts.py` from PETRARCH2's `Phoenix.IssueCoding.txt`
  (MIT), each issue mapped to the PLOVER context(s) it names;
- `context_words.yaml`: written by this project for contexts the issue file does not cover.

Notation: `n:word` a noun (singular and plural), `v:word` a verb (its regular and listed irregular
forms), `a+b` both "a b" and "a-b"; a phrase starting with `~` blocks the contexts of its entry wherever
it overlaps a match ("olive oil" is no natural resource).
"""

from __future__ import annotations

import itertools
from functools import lru_cache

from communique.datafile import load_yaml
from communique.ontology import DATA

IRREGULAR = {  # verb -> past forms the suffix rules cannot make
    "break": ("broke", "broken"), "shoot": ("shot",), "fight": ("fought",), "beat": ("beaten",),
    "blow": ("blew", "blown"), "build": ("built",), "hold": ("held",), "steal": ("stole", "stolen"),
    "take": ("took", "taken"), "give": ("gave", "given"), "flee": ("fled",), "meet": ("met",),
    "lead": ("led",), "sell": ("sold",), "hide": ("hid", "hidden"), "strike": ("struck",),
    "begin": ("began", "begun"), "withdraw": ("withdrew", "withdrawn"), "seek": ("sought",),
    "bring": ("brought",), "spend": ("spent",), "win": ("won",), "lose": ("lost",), "run": ("ran",),
    "stand": ("stood",), "spy": ("spied",), "drive": ("drove", "driven"), "wage": ("waged",),
}
_VOWELS = set("aeiou")


def _plural(w: str) -> list[str]:
    if w.endswith("man") and len(w) > 4:
        return [w[:-3] + "men"]
    if w.endswith("y") and len(w) > 1 and w[-2] not in _VOWELS:
        return [w[:-1] + "ies"]
    if w.endswith(("s", "x", "z", "ch", "sh")):
        return [w + "es"]
    return [w + "s"]


def _doubles(w: str) -> bool:
    """'rig' -> 'rigged': a short word ending consonant-vowel-consonant doubles its last letter."""
    return (len(w) <= 4 and len(w) >= 3 and w[-1] not in _VOWELS | set("wxy") and w[-2] in _VOWELS
            and w[-3] not in _VOWELS)


def _verb(w: str) -> list[str]:
    forms = [w, *_plural(w)]
    if w.endswith("e"):
        forms += [w + "d", (w if w.endswith("ee") else w[:-1]) + "ing"]
    elif w.endswith("y") and len(w) > 1 and w[-2] not in _VOWELS:
        forms += [w[:-1] + "ied", w + "ing"]
    elif _doubles(w):
        forms += [w + w[-1] + "ed", w + w[-1] + "ing"]
    else:
        forms += [w + "ed", w + "ing"]
    return forms + list(IRREGULAR.get(w, ()))


def _word_forms(word: str) -> list[str]:
    parts = word.replace("_", "+").split("+")
    kind = ""
    for i, part in enumerate(parts):
        if part[:2] in ("n:", "v:", "m:"):
            kind, parts[i] = part[0], part[2:]
    parts = [p for p in parts if p]
    joins = [" ", "-"] if len(parts) > 1 else [""]
    bases = list(dict.fromkeys(j.join(parts) for j in joins))
    out = []
    for b in bases:
        last = b.split(" ")[-1]
        head = b[: len(b) - len(last)]
        if kind in ("n", "m"):
            out += [b] + [head + p for p in _plural(last)]
        elif kind == "v":
            out += [head + f for f in _verb(last)]
        else:
            out.append(b)
    return list(dict.fromkeys(out))


def expand(pattern: str) -> list[str]:
    """Every surface form of an issue-file pattern, lower case ('n:war n:crime' -> 'war crime', ...)."""
    words = pattern.lower().split()
    if not words:
        return []
    return [" ".join(p) for p in itertools.product(*(_word_forms(w) for w in words))]


@lru_cache(maxsize=None)
def compiled() -> dict:
    """The compiled table: {"contexts": {name: meaning}, "phrases": [[form, [contexts]]], "blocks": [...]}."""
    import json

    with open(DATA / "contexts.json", encoding="utf-8") as fh:
        return json.load(fh)


def names() -> tuple[str, ...]:
    return tuple(compiled()["contexts"])


def check_contexts(value) -> list[str]:
    """'Military, economic' -> ['military', 'economic']; ValueError naming the valid contexts otherwise."""
    items = value if isinstance(value, (list, tuple)) else str(value).split(",")
    out = [str(c).strip().lower() for c in items if str(c).strip()]
    unknown = [c for c in out if c not in names()]
    if unknown or not out:
        raise ValueError(f"unknown context {', '.join(unknown) or repr(value)}; PLOVER contexts are: "
                         + ", ".join(names()))
    return out


@lru_cache(maxsize=None)
def lexicon() -> tuple[dict[str, tuple], dict[str, tuple]]:
    """(phrase form -> contexts, blocking form -> contexts blocked), compiled and hand-written merged."""
    known = set(names())
    phrases: dict[str, set] = {}
    blocks: dict[str, set] = {}
    for form, ctxs in compiled()["phrases"]:
        phrases.setdefault(form, set()).update(ctxs)
    for form, ctxs in compiled()["blocks"]:
        blocks.setdefault(form, set()).update(ctxs)
    own = load_yaml(DATA / "context_words.yaml") or {}
    for ctx, patterns in own.items():
        if ctx not in known:
            raise ValueError(f"context_words.yaml: {ctx!r} is no PLOVER context")
        for pat in patterns or []:
            pat = str(pat)
            target = blocks if pat.startswith("~") else phrases
            for form in expand(pat.lstrip("~")):
                target.setdefault(form, set()).add(ctx)
    freeze = lambda d: {k: tuple(sorted(v)) for k, v in sorted(d.items())}  # noqa: E731
    return freeze(phrases), freeze(blocks)
