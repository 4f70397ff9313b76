"""spaCy's tokenizer with a bound on the work one whitespace-free run of characters can cause.

spaCy strips prefixes and suffixes off a whitespace-delimited chunk one at a time, re-running its
suffix regular expression over the whole remaining chunk each time: a run of 30,000 emoji took minutes.
Runs longer than `LONG_RUN` characters (no word, number or web address of a news text comes near it:
the longest in the development data is 115) are cut into pieces of `PIECE` characters, each
tokenized on its own.  Every other part of the text goes through spaCy's tokenizer unchanged, and a
text without such a run is tokenized exactly as before.  The Doc's text is always the input text.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

# English rank and office abbreviations spaCy's tokenizer splits off their full stop ("Lt", ".", "Col", "."),
# which breaks the title off the name it precedes ("Lt. Col. Eitan Shalev") and can end a sentence there
TITLE_ABBREVIATIONS = {
    "en": ("Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Cpl.", "Pvt.", "Brig.", "Cmdr.", "Cdr.", "Lieut.", "Amb.",
           "Supt.", "Insp.", "Cmdt.", "Lt.-Col.", "Lt.-Gen.", "Maj.-Gen.", "Brig.-Gen."),
}

LONG_RUN = 256
PIECE = 64
_LONG_RUN_RE = re.compile(rf"\S{{{LONG_RUN + 1},}}")


def add_title_abbreviations(tokenizer, lang: str) -> None:
    """Keep each rank abbreviation of `lang` one token with its full stop."""
    from spacy.symbols import ORTH

    for abbr in TITLE_ABBREVIATIONS.get(lang, ()):
        tokenizer.add_special_case(abbr, [{ORTH: abbr}])


# "U.S.-drafted", "U.N.-brokered", "U.S.-China talks": spaCy's infixes split a hyphen between letters only, so an
# abbreviation's full stop kept the parties inside one token; split it as "French-drafted" is split
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"


def add_abbreviation_hyphen(tokenizer, defaults) -> None:
    """Split a hyphen after an abbreviation's full stop ("U.S.-backed" -> "U.S.", "-", "backed")."""
    from spacy.util import compile_infix_regex

    tokenizer.infix_finditer = compile_infix_regex(list(defaults.infixes or ()) + [ABBREVIATION_HYPHEN]).finditer


class BoundedTokenizer:
    """Wraps `nlp.tokenizer`; installed by `builder.build_pipeline`."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab

    def __call__(self, text: str) -> Doc:
        if _LONG_RUN_RE.search(text) is None:
            return self.tokenizer(text)
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for m in _LONG_RUN_RE.finditer(text):
            self._add(text[pos:m.start()], words, spaces)
            for i in range(m.start(), m.end(), PIECE):
                self._add(text[i:min(i + PIECE, m.end())], words, spaces)
            pos = m.end()
        self._add(text[pos:], words, spaces)
        return Doc(self.vocab, words=words, spaces=spaces)

    def _add(self, part: str, words: list[str], spaces: list[bool]) -> None:
        if not part:
            return
        if part[0] == " " and words and not spaces[-1]:  # the space after a piece belongs to it, as spaCy does
            spaces[-1] = True
            part = part[1:]
            if not part:
                return
        for t in self.tokenizer(part):
            words.append(t.text)
            spaces.append(bool(t.whitespace_))

    def renew(self) -> None:
        """Start again with an empty cache: the wrapped tokenizer is replaced by a new spaCy Tokenizer with the
        same vocabulary, rules, affix expressions and cache size.  spaCy's tokenizer caches the tokens of at
        most `max_cache_size` (10,000) whitespace-free chunks and then stops caching; the components tokenize
        thousands of pattern phrases (names, roles) while they load, which would leave the cache full of those
        and every chunk of the documents tokenized afresh (four times slower).  The tokens are the same with
        any cache."""
        from spacy.tokenizer import Tokenizer

        old = self.tokenizer
        self.tokenizer = Tokenizer(old.vocab, rules=dict(old.rules), prefix_search=old.prefix_search,
                                   suffix_search=old.suffix_search, infix_finditer=old.infix_finditer,
                                   token_match=old.token_match, url_match=old.url_match,
                                   faster_heuristics=old.faster_heuristics, max_cache_size=old.max_cache_size)

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name):  # explain, rules, to_bytes ... are the wrapped tokenizer's
        if name == "tokenizer":
            raise AttributeError(name)
        return getattr(self.tokenizer, name)
