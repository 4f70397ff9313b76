"""Generated inputs for fuzzing `extract` (tests/test_fuzz.py, scripts/fuzz.py) and the checks every
document must pass whatever its input.

The generators compose news-like text out of fragments that have broken the extractors before
(issue 15): impossible dates, numbers of hundreds of digits, money with odd symbols, unbalanced
quotes, datelines, long runs of emoji or of one character, lists of counts, run-on sentences,
odd whitespace and arbitrary Unicode.  Every fragment is written here; no development text is used.
"""

from __future__ import annotations

import json

from hypothesis import strategies as st

COUNTRIES = ["Russia", "Kazakhstan", "Ukraine", "China", "the United States", "Iran", "Israel", "Syria",
             "Turkey", "Chile", "Peru", "Ghana", "Norway", "Malawi", "Kenya", "the European Union", "NATO"]
PEOPLE = ["President Ana Silva", "Foreign Minister Ivan Petrov", "the minister", "Prime Minister Li Wei",
          "Defence Minister Omar Haddad", "he", "they", "the spokesman", "General Tomas Berg"]
VERBS = ["signed an agreement with", "accused", "met", "sanctioned", "threatened", "protested against",
         "sent aid to", "attacked", "criticised", "praised", "expelled diplomats from", "held talks with",
         "rejected the proposal of", "arrested", "deployed troops to", "shelled", "demonstrated against"]
DATES = ["on Monday", "last week", "on Feb. 30", "on February 29, 2023", "on 31 April", "in 2025",
         "on March 3", "yesterday", "on 0/0/0000", "on 99 December 99999", "next month", "on Jan. 1, 1",
         "between March 1 and March 40", "on Sept. 31", "in the 1990s", "on 2025-13-45"]
NUMBERS = ["9" * 40, "1" * 200, "0", "0.0000001", "1e400", "NaN", "inf", "1,000,000,000,000,000", "3.5",
           "two billion", "a dozen", "-5", "1,2,3", "12.5.3", "10" * 30, "nine hundred trillion"]
MONEY_MARKS = ["$", "€", "£", "US$", "Rs.", "¥", "₸", "KSh", "", "USD "]
SCALES = ["", " million", " billion", " trillion", "bn", " crore", "k", " thousand thousand"]
NOUNS = ["people", "protesters", "troops", "soldiers", "civilians", "tonnes", "km", "percent", "%", "refugees"]
DATELINES = ["MOSCOW, Feb. 30 (Reuters) - ", "ALMATY — ", "GENEVA (AP) — ", "KYIV, Ukraine - ",
             "NEW YORK, 31 June (AFP) - ", "LONDON — — ", "(Reuters) - ", "WASHINGTON, "]
ODD = ["😀", "👨‍👩‍👧", "\u200b", "\u202e", "\u0301", "\u2028", "\r\n", "\t", "\x0b", "\x0c", "  ", "\ufeff",
       "“", "”", "\"", "'", "‘", "’", "«", "»", "(", ")", "[", "—", "…", "...", "?!", ";", "\n\n", "ß", "İ",
       "ﬁ", "Ⅻ", "٣", "١٠٠", "𝟗𝟗"]


def _sentence(draw) -> str:
    actor = draw(st.sampled_from(COUNTRIES + PEOPLE))
    other = draw(st.sampled_from(COUNTRIES + PEOPLE))
    verb = draw(st.sampled_from(VERBS))
    tail = draw(st.sampled_from(["", " " + draw(st.sampled_from(DATES))]))
    return f"{actor[:1].upper()}{actor[1:]} {verb} {other}{tail}."


@st.composite
def fragment(draw) -> str:
    """One piece of text: a sentence, a figure, a quote, a date, a list, junk."""
    kind = draw(st.integers(0, 9))
    if kind <= 2:
        return _sentence(draw)
    if kind == 3:
        num = draw(st.sampled_from(NUMBERS))
        return (f"{draw(st.sampled_from(COUNTRIES))} pledged {draw(st.sampled_from(MONEY_MARKS))}{num}"
                f"{draw(st.sampled_from(SCALES))} in aid, officials said.")
    if kind == 4:
        num = draw(st.sampled_from(NUMBERS))
        return f"Police arrested {num} {draw(st.sampled_from(NOUNS))} {draw(st.sampled_from(DATES))}."
    if kind == 5:
        words = _sentence(draw)
        mark = draw(st.sampled_from(["“", "\"", "«", "‘", ""]))
        close = draw(st.sampled_from(["”", "\"", "»", "’", ""]))
        return f"{mark}{words}{close} {draw(st.sampled_from(PEOPLE))} said."
    if kind == 6:
        return draw(st.sampled_from(DATELINES)) + _sentence(draw)
    if kind == 7:
        n = draw(st.integers(2, 60))
        return ", ".join(f"{i} {draw(st.sampled_from(NOUNS))}" for i in range(n)) + " were counted."
    if kind == 8:
        return "".join(draw(st.lists(st.sampled_from(ODD), min_size=1, max_size=30)))
    return draw(st.text(min_size=1, max_size=80))


@st.composite
def document_text(draw, max_fragments: int = 12, max_repeat: int = 40) -> str:
    """A document: an optional ` date` header, fragments joined by spaces or line breaks, one of them
    possibly repeated many times (long inputs)."""
    parts = draw(st.lists(fragment(), min_size=1, max_size=max_fragments))
    if draw(st.booleans()):
        i = draw(st.integers(0, len(parts) - 1))
        parts[i] = draw(st.sampled_from([" ", " and ", ", ", "\n", ""])).join([parts[i]] * draw(st.integers(2, max_repeat)))
    text = "".join(p + draw(st.sampled_from([" ", "\n", "\n\n", "", " \n "])) for p in parts)
    if draw(st.booleans()):
        text = f" date {draw(st.sampled_from(['2025-10-23', '2024-02-29', '1999-12-31']))}\n" + text
    return text


# the long inputs that stalled a worker (issue 15): each a kind of text repeated up to a size in characters
LONG_KINDS = {
    "emoji": lambda i: "😀",
    "list": lambda i: f"{i} people, ",
    "said that": lambda i: "The minister said that ",
    "run-on": lambda i: f"{COUNTRIES[i % len(COUNTRIES)]} {VERBS[i % len(VERBS)]} {COUNTRIES[(i * 7 + 3) % len(COUNTRIES)]}, ",
    "sentences": lambda i: f"{COUNTRIES[i % len(COUNTRIES)].capitalize()} {VERBS[i % len(VERBS)]} "
                           f"{COUNTRIES[(i * 5 + 1) % len(COUNTRIES)]} {DATES[i % len(DATES)]}. ",
    "open quote": lambda i: ("“" if i == 0 else "") + f"{PEOPLE[i % len(PEOPLE)].capitalize()} said {i} troops left. ",
    "money": lambda i: f"{COUNTRIES[i % len(COUNTRIES)].capitalize()} pledged {MONEY_MARKS[i % len(MONEY_MARKS)]}{i}"
                       f"{SCALES[i % len(SCALES)]} in aid. ",
    "lines": lambda i: f"{COUNTRIES[i % len(COUNTRIES)]}\n",
    "one character": lambda i: "a",
}


def long_document(rnd, max_chars: int = 100_000) -> str:
    """One of LONG_KINDS repeated to between 5,000 and `max_chars` characters (log-uniform), between
    two ordinary sentences; `rnd` is a random.Random (hypothesis draws small sizes first, and these
    inputs need a spread of sizes)."""
    kind = rnd.choice(sorted(LONG_KINDS))
    size = int(5_000 * (max_chars / 5_000) ** rnd.random())
    make = LONG_KINDS[kind]
    parts, n = [], 0
    while n < size:
        parts.append(make(len(parts)))
        n += len(parts[-1])
    body = "".join(parts).rstrip(", ") + "."
    return f"{rnd.choice(DATELINES)}{rnd.choice(COUNTRIES).capitalize()} {rnd.choice(VERBS)} {rnd.choice(COUNTRIES)}. " \
           f"{body} {rnd.choice(PEOPLE).capitalize()} said {rnd.choice(DATES)}."


def span_items(doc: dict):
    """(path, item) for every item of the document JSON that has both `text` and `span`."""
    stack = [("", doc)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("text"), str) and isinstance(node.get("span"), list):
                yield path, node
            stack.extend((f"{path}/{k}", v) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((f"{path}[]", v) for v in node)


def problems(doc: dict, text: str) -> list[str]:
    """What is wrong with a document extracted from `text`: non-strict JSON, schema violations, spans
    outside the text or not equal to their item's text.  Empty when all is well."""
    from communique.schema import errors, span_errors

    out = []
    try:
        json.dumps(doc, allow_nan=False)
    except ValueError as exc:
        out.append(f"not strict JSON: {exc}")
    out += [f"schema: {e}" for e in errors(doc) + span_errors(doc, text)]
    for path, item in span_items(doc):
        s, e = item["span"]
        if not (0 <= s <= e <= len(text)):
            out.append(f"{path}: span {item['span']} outside the text")
        elif text[s:e] != item["text"]:
            out.append(f"{path}: span {item['span']} is {text[s:e]!r}, text says {item['text']!r}")
    return out


_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
                     lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4),
                     max_leaves=12)
GOOD_TEXTS = ["Chile and Peru signed a fishing accord in Lima on Tuesday.",
              "Ghana recalled its ambassador from Togo, the foreign ministry said."]


@st.composite
def jsonl_line(draw) -> tuple[bytes, bool]:
    """(one line of a JSON Lines file, whether it is a good record)."""
    kind = draw(st.integers(0, 7))
    if kind <= 2:
        rec = {"id": draw(st.text(min_size=1, max_size=12).filter(lambda s: not any(0xD800 <= ord(c) <= 0xDFFF for c in s) and s.strip())),
               "text": draw(st.sampled_from(GOOD_TEXTS))}
        if draw(st.booleans()):
            rec["date"] = "2025-10-23"
        return json.dumps(rec).encode(), True
    if kind == 3:  # any JSON value, including objects with odd field types
        return json.dumps(draw(_JSON)).encode(), False
    if kind == 4:  # nested deep
        d = draw(st.integers(60, 20_000))
        return b'{"text": ' + b"[" * d + b"]" * d + b"}", False
    if kind == 5:  # escapes: lone surrogates, NUL, controls
        esc = draw(st.sampled_from(["\\ud800", "\\udfff", "\\u0000", "\\ud83d", "\\x", "\\"]))
        return f'{{"text": "Talks {esc} resumed."}}'.encode(), False
    if kind == 6:  # raw bytes
        return draw(st.binary(min_size=1, max_size=60)).replace(b"\n", b" ").replace(b"\r", b" "), False
    rec = {"id": draw(_JSON), "text": draw(st.sampled_from(GOOD_TEXTS))}
    ok = rec["id"] is None or (isinstance(rec["id"], (str, int)) and not isinstance(rec["id"], bool))
    ok = ok and (not isinstance(rec["id"], str) or not any(0xD800 <= ord(c) <= 0xDFFF for c in rec["id"]))
    return json.dumps(rec).encode(), ok
