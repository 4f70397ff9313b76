"""Custom `Doc` attributes that the communique components read and write.

Each component owns one attribute and fills it with plain dicts shaped like the
document JSON (see docs/document-json.md).  Keys starting with "_" are internal
(token offsets, links between items) and are dropped by `to_json`.
"""

import threading
from bisect import bisect_left

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc

# name -> default; lists are created per document by `init_doc`, never shared.
DOC_ATTRS = ("record", "source_text", "dateline", "genre", "actors", "mentions", "modifiers", "dates", "amounts",
             "quotes", "events", "places", "warnings")


def register() -> None:
    for name in DOC_ATTRS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def init_doc(doc: Doc, record: dict, source_text: str) -> Doc:
    """Attach the input record and fresh result containers to a new Doc."""
    doc._.record = record
    doc._.source_text = source_text
    doc._.dateline = None
    doc._.genre = None
    for name in ("actors", "mentions", "modifiers", "dates", "amounts", "quotes", "events", "places", "warnings"):
        setattr(doc._, name, [])
    return doc


register()


def ext(doc: Doc, name: str):
    """`doc._.<name>` for an attribute of DOC_ATTRS, read where spaCy's Underscore keeps it (the Doc's
    user_data, under ("._.", name, None, None)) without making a new `doc._` object on every access: the
    index look-ups of lookup.py and places.py run thousands of times per document."""
    return doc.user_data.get(("._.", name, None, None))


def warn(doc: Doc, message: str) -> None:
    """Say in the document JSON (`warnings`) that something of the text was not read as usual."""
    if doc._.warnings is None:
        doc._.warnings = []
    if message not in doc._.warnings:
        doc._.warnings.append(message)


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc: spaCy rebuilds it from every token on each access, and the
    tokens of a Doc never change once it is made."""
    cached = doc.user_data.get("communique_text")
    if cached is None:
        cached = doc.user_data["communique_text"] = doc.text
    return cached


_TOKENS: dict = {}  # id(doc) -> (doc, its tokens): the last few Docs only
_TOKENS_KEPT = 8
_TOKENS_LOCK = threading.Lock()


def tokens(doc: Doc) -> list:
    """`list(doc)`, made once per Doc: `doc[i]` and iterating a Doc make a new Token object each time, and the
    components look at the same tokens thousands of times.  A Token reads its Doc's annotation when asked, so
    the list stays true while the Doc is not retokenized (no component does).  Kept outside the Doc (a Doc
    holding its tokens would be a reference cycle, freed only by the cycle collector) for the last few Docs
    (Docs go through the components one at a time), each with the Doc itself so that its id cannot be reused
    while the entry lives; safe for several threads.  A Span gives its own tokens (`span[i]` positions)."""
    entry = _TOKENS.get(id(doc))
    if entry is not None and entry[0] is doc:
        return entry[1]
    toks = list(doc)
    with _TOKENS_LOCK:
        _TOKENS[id(doc)] = (doc, toks)
        while len(_TOKENS) > _TOKENS_KEPT:
            del _TOKENS[next(iter(_TOKENS))]
    return toks


def span_tokens(span) -> list:
    """The tokens of a sentence or other Span, from its Doc's `tokens` list."""
    return tokens(span.doc)[span.start:span.end]


def token_indices(doc: Doc, attr: int, value) -> list[int]:
    """Indices of the tokens whose attribute `attr` (a spaCy attribute id: ORTH, POS...) equals `value` (a string
    for string attributes, else its integer), read from the Doc's array: loops that skip nearly every token
    then make no Token object for the ones they skip."""
    if isinstance(value, str):
        value = doc.vocab.strings[value]
    if not len(doc):
        return []
    return numpy.flatnonzero(doc.to_array(attr).reshape(-1) == numpy.uint64(value)).tolist()


_UPPER_INITIAL: dict[int, bool] = {}  # ORTH hash -> does the word begin with an upper-case letter


def upper_initial(doc: Doc) -> list[bool]:
    """Per token, `t.text[:1].isupper()`, made once per Doc from its ORTH array (and once per word form in the
    process): the name finders skip every token that is not capitalised, most of a text."""
    key = ("communique", "upper_initial")
    cached = doc.user_data.get(key)
    if cached is None:
        strings, known = doc.vocab.strings, _UPPER_INITIAL
        cached = []
        for orth in (doc.to_array(ORTH).reshape(-1).tolist() if len(doc) else []):
            hit = known.get(orth)
            if hit is None:
                hit = known[orth] = strings[orth][:1].isupper()
            cached.append(hit)
        doc.user_data[key] = cached
    return cached


def tokens_with(span, attr: int, value) -> list:
    """The tokens of `span` (a sentence) whose attribute `attr` equals `value` (as `token_indices`), in order,
    through an index of the whole Doc made once per (attr, value): the per-sentence passes that look only at
    verbs, nouns or one dependency label then skip the other words without reading them."""
    doc = span.doc
    key = ("communique", "tokens_with", attr, value)
    index = doc.user_data.get(key)
    if index is None:
        index = doc.user_data[key] = token_indices(doc, attr, value)
    toks = tokens(doc)
    return [toks[i] for i in index[bisect_left(index, span.start):bisect_left(index, span.end)]]
