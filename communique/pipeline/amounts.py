"""Money, percentages and counts of people or things: registered as `communique_amounts`.

Why our own parser: quantulum3 0.10 does not import with the installed scikit-learn and
misreads "$10bn"; price-parser drops scale words ("$28 billion" -> 28) and knows no
currency names ("580 million shillings" -> no currency).  Money and percentages are found
by regular expressions over the text (exact spans); counts ("2,700 servicemen", "killed
at least 24 Palestinians") use the spaCy parse.  `about`, `qualifier` and `year` are read
from the sentence around each amount.

Each item of `doc._.amounts`:
    {"value": float, "unit": ISO-4217 | "percent" | noun, "text", "span", "about", "year",
     "qualifier", "actors": [actor ids named in the sentence],
     "_tok": [ts, te], "_sent": sentence start token, "_kind": "money|percent|count|dead|injured|arrested|size"}
"""

from __future__ import annotations

import math
import re
from itertools import islice

import pycountry
from spacy.language import Language

from communique.pipeline import lookup
from communique.pipeline.extensions import doc_text, span_tokens, warn

# the largest value read as a number, per kind; beyond it the figure keeps its text and span with
# `value: null` and the document gets a warning.  Money: above any real budget in any currency (a
# national budget in Iranian rials is near 1e19); counts: above the number of people alive; percent:
# past any reported inflation.  Within these bounds every value is a finite float the store accepts.
MAX_VALUE = {"money": 1e21, "percent": 1e9}
MAX_COUNT = 1e10

SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9,
          "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12, "crore": 1e7, "crores": 1e7,
          "lakh": 1e5, "lakhs": 1e5}

SYMBOLS = {"US$": "USD", "U.S.$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB",
           "₩": "KRW", "₺": "TRY", "₦": "NGN", "₸": "KZT", "₴": "UAH", "C$": "CAD", "CA$": "CAD", "A$": "AUD",
           "AU$": "AUD", "HK$": "HKD", "S$": "SGD", "NZ$": "NZD", "R$": "BRL", "Rs.": "INR", "Rs": "INR",
           "NRs.": "NPR", "NRs": "NPR", "NPRs": "NPR", "KSh": "KES", "Ksh": "KES", "KShs": "KES",
           "TSh": "TZS", "USh": "UGX", "Sh": "KES", "PKR": "PKR", "RMB": "CNY", "Dh": "AED"}

# currency words without a country adjective: the usual reading in international news
NAMES = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY",
         "renminbi": "CNY", "ruble": "RUB", "rouble": "RUB", "rupee": "INR", "shilling": "KES", "riyal": "SAR",
         "dirham": "AED", "tenge": "KZT", "won": "KRW", "lira": "TRY", "rand": "ZAR", "naira": "NGN",
         "hryvnia": "UAH", "peso": "MXN", "franc": "CHF", "real": "BRL", "reais": "BRL", "rial": "IRR",
         "manat": "AZN", "som": "KGS", "zloty": "PLN", "baht": "THB", "ringgit": "MYR", "taka": "BDT",
         "birr": "ETB", "cedi": "GHS", "afghani": "AFN", "kyat": "MMK", "dong": "VND", "lari": "GEL",
         "dram": "AMD", "leu": "RON", "forint": "HUF", "koruna": "CZK", "krona": "SEK", "krone": "NOK"}

# ISO codes that are also English words: never read them as currencies
_CODE_STOP = {"ALL", "TOP", "CUP", "MOP", "BAM", "TRY", "CAT", "MAD", "SOS", "PEN", "WST", "BOB", "LAK"}
CODES = {c.alpha_3 for c in pycountry.currencies} - _CODE_STOP


def _adjective_names() -> dict:
    """'kenyan shilling' -> KES, derived from pycountry's currency names, plus demonyms it lacks."""
    out = {}
    for c in pycountry.currencies:
        words = c.name.lower().split()
        if len(words) >= 2 and words[-1].rstrip("s") in NAMES:
            out[" ".join(words)] = c.alpha_3
    out.update({"us dollar": "USD", "u.s. dollar": "USD", "american dollar": "USD", "pakistani rupee": "PKR",
                "nepali rupee": "NPR", "sri lankan rupee": "LKR", "chinese yuan": "CNY", "japanese yen": "JPY",
                "british pound": "GBP", "egyptian pound": "EGP", "turkish lira": "TRY", "south african rand": "ZAR",
                "ukrainian hryvnia": "UAH", "kazakh tenge": "KZT", "iranian rial": "IRR", "saudi riyal": "SAR",
                "indian rupee": "INR", "russian rouble": "RUB", "swiss franc": "CHF", "new taiwan dollar": "TWD",
                "taiwan dollar": "TWD", "uzbek som": "UZS", "kyrgyz som": "KGS", "nigerian naira": "NGN"})
    return out


ADJ_NAMES = _adjective_names()

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE_WORD = r"thousand|million|billion|trillion|crores?|lakhs?"
_SCALE_ANY = rf"(?:{_SCALE_WORD}|bn|mn|mln|tn|trn|[mbk])(?![a-zA-Z])"
_SYM = "|".join(re.escape(s) for s in sorted(SYMBOLS, key=len, reverse=True))
_CODE = "|".join(sorted(CODES))
_SYM_MAX = max(len(s) for s in list(SYMBOLS) + list(CODES))  # the longest symbol or code
_CURNAME = "|".join(sorted({re.escape(n) for n in list(ADJ_NAMES) + list(NAMES)}, key=len, reverse=True))
_CURNAME_RX = rf"(?P<name>(?:{_CURNAME})(?:s|es)?)\b"

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_VALUES = {w: i for i, w in enumerate(_UNITS)}
WORD_VALUES.update({w: 10 * (i + 2) for i, w in enumerate(_TENS)})
_WORD = "|".join(sorted(WORD_VALUES, key=len, reverse=True))
_WORDNUM = (rf"(?:(?:{_WORD})(?:-(?:{_WORD}))?|hundred|thousand|million|billion|trillion)"
            rf"(?:(?:,?\s+(?:and\s+)?|-)(?:(?:{_WORD})(?:-(?:{_WORD}))?|hundred|thousand|million|billion|trillion))*")

MONEY_PATTERNS = [
    # $28 billion, USD 3 Billion, EUR 300m, NRs.2.0 billion, ¥2,256,000,000
    # (the lookahead first: a digit comes within a symbol and a space of the start; ruling every other place
    # out by it, before the long alternation, makes the search about 2.5x faster and matches the same)
    re.compile(rf"(?=[\s\S]{{0,{_SYM_MAX + 1}}}\d)(?<![\w$])(?P<sym>{_SYM}|(?:{_CODE})(?=\s?\d))\s?(?P<num>{_NUM})(?:[\s-]?(?P<scale>{_SCALE_ANY}))?", re.I),
    # 580 million shillings, 64.45 million dollars, 1.2 trillion Russian rubles, 300 million USD
    re.compile(rf"(?<![\w.])(?P<num>{_NUM})(?:\s?(?P<scale>{_SCALE_WORD}|bn|mn))?\s+(?:{_CURNAME_RX}|(?P<code>{_CODE})\b)", re.I),
    # two billion, two hundred and fifty-six million Japanese Yen
    re.compile(rf"\b(?P<words>{_WORDNUM})\s+{_CURNAME_RX}", re.I),
]
PERCENT = re.compile(rf"(?<![\w.])(?P<num>{_NUM}|{_WORD})\s?(?:%|percent\b|per\s+cent\b|pct\b)", re.I)

QUALIFIERS = [  # (phrase before the amount, qualifier); longer phrases first
    ("more than", "exceeded"), ("over", "exceeded"), ("above", "exceeded"), ("in excess of", "exceeded"),
    ("upwards of", "exceeded"), ("exceeded", "exceeded"), ("exceeding", "exceeded"), ("surpassed", "exceeded"),
    ("topped", "exceeded"), ("almost", "about"), ("nearly", "about"), ("about", "about"), ("around", "about"),
    ("up to the amount of", "up to"), ("approximately", "about"), ("roughly", "about"), ("some", "about"), ("an estimated", "about"),
    ("close to", "about"), ("estimated", "about"), ("up to", "up to"), ("as much as", "up to"), ("as many as", "up to"),
    ("at least", "at least"), ("no fewer than", "at least"), ("no less than", "at least"), ("less than", "less than"),
    ("fewer than", "less than"), ("under", "less than"), ("below", "less than"), ("at most", "up to"),
]
GOAL_WORDS = {"goal", "target", "aim", "aims", "intention", "ambition", "objective"}
TARGET_WORDS = {"seek", "seeks", "plan", "plans", "bring", "raise", "boost", "increase", "double", "reach", "want"}
EXPECTED_WORDS = {"expected", "projected", "forecast", "estimated", "could", "would", "likely"}
PEOPLE_NOUNS = {"people", "persons", "person", "civilians", "residents", "children", "women", "men", "staff",
                "members", "refugees", "migrants", "protesters", "protestors", "demonstrators", "students",
                "workers", "journalists", "villagers", "citizens", "nationals", "individuals", "detainees",
                "prisoners", "hostages", "victims", "others", "adults", "activists", "pilgrims", "patients",
                "passengers", "inhabitants", "survivors", "diplomats", "employees", "officials", "participants",
                "marchers", "asylum", "lives", "casualties", "fatalities", "deaths", "dead", "injured", "wounded"}
MEASURE_NOUNS = {"kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km", "km": "km",
                 "miles": "miles", "metres": "m", "meters": "m", "tonnes": "tonnes", "tons": "tonnes"}
KIND_WORDS = {
    "dead": {"kill", "die", "dead", "death", "fatality", "massacre", "slay", "execute", "perish", "toll"},
    "injured": {"injure", "wound", "hurt", "injured", "wounded"},
    "arrested": {"arrest", "detain", "jail", "imprison", "apprehend", "detention", "custody"},
    "size": {"protest", "protester", "demonstrator", "demonstration", "rally", "march", "troop", "soldier",
             "serviceman", "servicemen", "troops", "gather", "draw", "deploy"},
}
ANAPHORIC = {"figure", "number", "amount", "sum", "total", "it", "this", "that"}
COUNT_SKIP_NOUNS = {"magnitude", "times", "round", "rounds", "percent", "a.m.", "p.m.", "am", "pm", "gmt", "bst", "utc", "%", "years-old"}


def parse_number(text: str) -> float | None:
    t = text.strip().lower().replace(",", "")
    try:
        return float(t)
    except ValueError:
        return words_to_number(t)


def words_to_number(text: str) -> float | None:
    """'two billion, two hundred and fifty-six million' -> 2256000000."""
    total = current = 0
    seen = False
    for w in re.split(r"[\s,-]+", text.lower()):
        if not w or w == "and":
            continue
        if w in WORD_VALUES:
            current += WORD_VALUES[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in ("thousand", "million", "billion", "trillion"):
            total += (current or 1) * SCALES[w]
            current = 0
        else:
            return None
        seen = True
    return float(total + current) if seen else None


def _currency_of_name(name: str) -> str | None:
    n = name.lower()
    for cand in (n, n[:-2] if n.endswith("es") else n, n[:-1] if n.endswith("s") else n):
        if cand in ADJ_NAMES:
            return ADJ_NAMES[cand]
        if cand in NAMES:
            return NAMES[cand]
    return None


def find_money(text: str) -> list[tuple]:
    """(start, end, value, unit) for every money expression, longest match first."""
    out, taken = [], bytearray(len(text))
    for rx in MONEY_PATTERNS:
        for m in rx.finditer(text):
            s, e = m.span()
            if any(taken[s:e]):
                continue
            g = m.groupdict()
            if g.get("words"):
                value = words_to_number(g["words"])
                unit = _currency_of_name(g["name"])
            else:
                value = parse_number(g["num"])
                if value is not None and g.get("scale"):
                    value *= SCALES[g["scale"].lower()]
                if g.get("sym"):
                    sym = g["sym"]
                    unit = SYMBOLS.get(sym) or SYMBOLS.get(sym.upper()) or (sym.upper() if sym.upper() in CODES else None)
                    # "NRs" / "Rs" match case-sensitively in practice; "rs" inside words is excluded by the lookbehind
                elif g.get("code"):
                    unit = g["code"].upper()
                else:
                    unit = _currency_of_name(g["name"])
            if value is None or unit is None:
                continue
            out.append((s, e, value, unit))
            taken[s:e] = b"\x01" * (e - s)
    return sorted(out)


def find_percents(text: str, taken: bytearray) -> list[tuple]:
    out = []
    for m in PERCENT.finditer(text):
        s, e = m.span()
        if any(taken[s:e]):
            continue
        v = parse_number(m.group("num"))
        if v is not None:
            out.append((s, e, v, "percent"))
    return out


_QUALIFIER_RES = [(re.compile(rf"(^|\s){re.escape(phrase)}$"), q) for phrase, q in QUALIFIERS]


def _qualifier(doc, ts: int, head) -> str | None:
    before = " ".join(t.lower_ for t in doc[max(ts - 6, head.sent.start):ts])
    for pattern, q in _QUALIFIER_RES:
        if pattern.search(before):
            return q
    verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None and verb.lemma_ in ("exceed", "surpass", "top"):
        return "exceeded"
    window = {t.lower_ for t in doc[max(head.sent.start, ts - 8):ts]}
    if window & GOAL_WORDS:
        return "target"
    # "raise this figure to $30 billion" is a goal; "exports rose to $5bn" is a result
    if window & TARGET_WORDS and head.head.lower_ == "to" and verb is not None and verb.tag_ not in ("VBD", "VBN"):
        return "target"
    if window & EXPECTED_WORDS:
        return "expected"
    return None


_DROP_LEFT = {"DET", "PRON", "PUNCT", "CCONJ", "ADP", "NUM", "SYM"}


def _phrase(tok) -> str | None:
    """The noun phrase headed by tok, without leading determiners/possessives ('our mutual trade' -> 'mutual trade')."""
    left = [t for t in tok.subtree if t.i <= tok.i and t.dep_ in ("amod", "compound", "nmod", "poss", "det",
                                                                     "nummod", "npadvmod", "case", "punct")]
    toks = sorted([*left, tok], key=lambda t: t.i)
    # keep only the contiguous run that ends at the head
    run = []
    for t in reversed(toks):
        if run and t.i != run[0].i - 1:
            break
        run.insert(0, t)
    while run and (run[0].pos_ in _DROP_LEFT or run[0].lower_ in ("'s", "’s")) and run[0] is not tok:
        run.pop(0)
    text = " ".join(t.text for t in run).replace(" 's", "'s").replace(" ’s", "’s").replace(" - ", "-")
    return text or None


def _about(doc, ts: int, te: int, head, prev_about: str | None) -> str | None:
    # "$4 billion in investments", "40 percent of the population", "$8 million worth of supplies"
    j = te
    if j < len(doc) and doc[j].text == "(":  # skip an equivalent in parentheses: "yen (¥2,256,000,000) in grants"
        close = next((k for k in range(j, min(j + 12, len(doc))) if doc[k].text == ")"), None)
        j = close + 1 if close is not None else j
    rest = doc[j:j + 2].text.lower()
    if rest in ("per annum", "a year", "per year", "each year", "a month", "per month"):
        j += 2
    elif j < len(doc) and doc[j].lower_ in ("annually", "yearly"):
        j += 1
    if j < len(doc) and doc[j].pos_ == "NOUN" and doc[j].sent.start == head.sent.start \
            and doc[j].lower_ not in SCALES and doc[j].lower_ != "worth":
        noun = doc[j]  # "a $10bn fee", "a $10bn (£7.6bn) fee up front"
        while noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head
        return _phrase(noun)
    if j < len(doc) and doc[j].lower_ == "worth":
        j += 1
    if j + 1 < len(doc) and doc[j].lower_ in ("in", "of", "for", "on") and doc[j].sent.start == head.sent.start:
        nouns = [t for t in doc[j].children if t.dep_ == "pobj"]
        if not nouns:  # the parser may hang the pobj elsewhere: take the next noun
            nouns = [t for t in doc[j + 1:min(j + 6, len(doc))] if t.pos_ in ("NOUN", "PROPN")][:1]
            nouns = [n if n.dep_ not in ("compound", "amod") else n.head for n in nouns]
        if nouns and nouns[0].pos_ in ("NOUN", "PROPN"):
            return _phrase(nouns[0])
    # "defence deals worth USD 3 billion"
    h = head.head
    if h.lower_ == "worth" and h.head.pos_ in ("NOUN", "PROPN"):
        return _phrase(h.head)
    if ts >= 2 and doc[ts - 1].lower_ == "worth" and doc[ts - 2].pos_ in ("NOUN", "PROPN"):
        return _phrase(doc[ts - 2])
    # "grant assistance of up to two billion yen", "a pledge of $5m"
    up = head
    while up.head.i != up.i and up.head.i < ts and up.head.lower_ in ("to", "up", "of") and up.head.lower_ != "of":
        up = up.head
    if up.head.lower_ == "of" and up.head.head.pos_ == "NOUN" and up.head.head.i < ts:
        return _phrase(up.head.head)
    # "our mutual trade exceeded $28 billion"; "raise this figure to $30 billion"
    verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None:
        objs = [c for c in verb.children if c.dep_ in ("dobj",) and c.i < ts and c.pos_ in ("NOUN", "PROPN", "PRON")]
        subjs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"
                 and lookup.mention_at(doc, c.i) is None and not ts <= c.i < te]
        for cand in (objs if head.head.lower_ == "to" else []) + subjs:
            return _phrase(cand)
    if head.dep_ in ("compound", "nummod", "amod") and head.head.pos_ == "NOUN":
        return _phrase(head.head)
    return None


def _year(doc, ts: int, sent_start: int):
    dates = doc._.dates or []
    cached = doc.user_data.get(_DATES_KEY)
    if cached is None or cached[0] is not dates or cached[1] != len(dates):  # dates by sentence, once
        by_sent: dict = {}
        for d in dates:
            if d.get("_kind") != "anniversary":
                by_sent.setdefault(d["_sent"], []).append(d)
        cached = doc.user_data[_DATES_KEY] = (dates, len(dates), by_sent)
    cands = cached[2].get(sent_start)
    if not cands:
        return None
    best = min(cands, key=lambda d: abs(d["_tok"][0] - ts))
    return int(best["value"][:4])


_DATES_KEY = ("communique", "amounts_dates_by_sentence")


def _sentence_actors(doc, sent) -> list[str]:
    ids = []
    for m in lookup.mentions_in(doc, sent.start, sent.end):
        for a in lookup.mention_actor_ids(m):
            if a not in ids:
                ids.append(a)
    return ids


def _count_kind(doc, num_tok, noun, sent_lemmas: dict) -> str:
    """dead/injured/arrested/size from the nearest words first: 'more than 300 injured' after 'killed'.
    `sent_lemmas` caches each sentence's lemmas (by its start), read once however many numbers it holds."""
    rings = [[noun, *doc[num_tok.i + 1:num_tok.i + 2]],
             list(islice(noun.ancestors, 2)) + list(doc[num_tok.i + 2:num_tok.i + 3])]
    for ring in rings:
        words = {t.lemma_.lower() for t in ring} | {t.lower_ for t in ring}
        for kind in ("dead", "injured", "arrested"):
            if words & KIND_WORDS[kind]:
                return kind
    if noun.lower_ in KIND_WORDS["size"]:
        return "size"
    if noun.lower_ == "people":
        sent = noun.sent
        if sent.start not in sent_lemmas:
            sent_lemmas[sent.start] = {t.lemma_.lower() for t in span_tokens(sent)}
        if sent_lemmas[sent.start] & KIND_WORDS["size"]:
            return "size"
    return "count"


def _is_people_noun(noun) -> bool:
    low = noun.lower_
    if low in PEOPLE_NOUNS:
        return True
    # demonyms used as nouns: "24 Palestinians", "360,000 Afghans"
    return noun.ent_type_ == "NORP" or (noun.tag_ == "NNPS" and low.endswith(("ans", "ians", "is", "ese")))


def find_counts(doc, taken: bytearray) -> list[tuple]:
    """(ts, te, value, unit, kind) for numbers that count something: '2,700 servicemen', 'killed 24'."""
    out = []
    sent_lemmas: dict[int, set] = {}
    for tok in doc:
        if not tok.like_num or tok.pos_ not in ("NUM",) or any(taken[tok.idx:tok.idx + len(tok.text)]):
            continue
        value = parse_number(tok.text)
        if value is None or value <= 0:
            continue
        if re.fullmatch(r"[a-z-]+", tok.lower_) and value < 5:
            continue  # "two countries", "three sides": small written numbers are not figures
        if tok.i + 1 < len(doc) and doc[tok.i + 1].text in ("-", "–", "/", ":", "."):
            continue  # "36-hour", "2-3km", times, list numbers
        if tok.i > 0 and doc[tok.i - 1].lower_ in ("no", "no.", "number", "#"):
            continue  # "No 10 spokesman"
        if tok.lower_ in ("hundred", "thousand", "million", "billion") and (tok.i == 0 or doc[tok.i - 1].lower_ not in ("a", "one")):
            continue  # "several hundred fighters" is not a figure
        if re.fullmatch(r"(1[89]|20)\d\d", tok.text):
            continue  # a year
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        noun = None
        if tok.dep_ == "nummod" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i:
            noun = tok.head
        elif tok.dep_ == "compound" and tok.head.pos_ == "NUM":
            continue
        unit = None
        if noun is not None:
            low = noun.lower_
            between = doc[tok.i + 1:noun.i]
            if low in COUNT_SKIP_NOUNS or any(t.is_space or t.lower_ in COUNT_SKIP_NOUNS for t in between):
                continue  # "5.9 magnitude quake", numbers split from their noun by a line break
            if noun.pos_ == "PROPN" and not _is_people_noun(noun):
                continue  # "14 Corps": a name, not a count
            unit = "people" if _is_people_noun(noun) else MEASURE_NOUNS.get(low, low)
            if low in MEASURE_NOUNS and any(t.lower_ == "square" for t in between):
                unit += "2"  # "50 square kilometres" is an area, km2
        elif nxt is not None and (nxt.lower_ in PEOPLE_NOUNS or nxt.lower_ in ("as", "in", "others")
                                  or nxt.is_punct) and (tok.head.lemma_ in KIND_WORDS["dead"] | KIND_WORDS["injured"]
                                                        | KIND_WORDS["arrested"] or nxt.lower_ in PEOPLE_NOUNS
                                                        or tok.dep_ in ("conj", "dobj", "nsubj", "nsubjpass")):
            # elliptic counts: "more than 5,000 injured", "killed at least 24 in Gaza", "sending 150,000 as refugees"
            noun = nxt if nxt.lower_ in PEOPLE_NOUNS else tok
            unit = "people"
            if nxt.lower_ not in PEOPLE_NOUNS and not (nxt.lower_ in ("as", "in") and tok.dep_ in ("dobj", "conj")) \
                    and tok.head.lemma_ not in KIND_WORDS["dead"] | KIND_WORDS["injured"] | KIND_WORDS["arrested"]:
                continue
        if unit is None:
            continue
        kind = _count_kind(doc, tok, noun, sent_lemmas)
        out.append((tok.i, tok.i + 1, value, unit, kind, noun))
    return out


def find_amounts(doc) -> list[dict]:
    text = doc_text(doc)
    raw = find_money(text)
    taken = bytearray(len(text))
    for s, e, *_ in raw:
        taken[s:e] = b"\x01" * (e - s)
    money = [(s, e, v, u, "money") for s, e, v, u in raw]
    pct = find_percents(text, taken)
    for s, e, *_ in pct:
        taken[s:e] = b"\x01" * (e - s)
    for d in doc._.dates or []:
        s, e = d["span"]
        taken[s:e] = b"\x01" * (e - s)
    spans = money + [(s, e, v, u, "percent") for s, e, v, u in pct]
    items = []
    for s, e, value, unit, kind in spans:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or not len(span):
            continue
        items.append(_item(doc, text, span.start, span.end, s, e, value, unit, kind, None))
    for ts, te, value, unit, kind, noun in find_counts(doc, taken):
        tok = doc[ts]
        items.append(_item(doc, text, ts, te, tok.idx, tok.idx + len(tok.text), value, unit, kind, noun))
    items.sort(key=lambda x: x["span"][0])
    # an equivalent in parentheses right after the same figure ("two billion ... yen (¥2,256,000,000)") is one amount
    deduped = []
    for it in items:
        prev = deduped[-1] if deduped else None
        if prev and prev["unit"] == it["unit"] and abs(prev["value"] - it["value"]) <= 1e-6 * max(1, it["value"]) \
                and 0 <= it["span"][0] - prev["span"][1] <= 3:
            continue
        deduped.append(it)
    # an equivalent in another currency ("¥15.9bn, approximately NRs.14.2 billion,") measures the same thing
    for prev, it in zip(deduped, deduped[1:]):
        gap = text[prev["span"][1]:it["span"][0]]
        if it["about"] is None and prev["_kind"] == it["_kind"] == "money" and len(gap) < 45 and \
                re.fullmatch(r"[\s,;()\[\]¥$€£₹\d.]*(?:approximately|approx\.|about|around|roughly|or|some|i\.e\.)?[\s(]*", gap):
            it["about"] = prev["about"]
    _bound_values(doc, deduped)
    prev_about = None
    for it in deduped:  # "raise this figure to $30 billion": the figure is what the previous amount measured
        words = (it["about"] or "").lower().split()
        if words and words[-1] in ANAPHORIC and it["_kind"] == "money" and prev_about:
            it["about"] = prev_about
        if it["_kind"] == "money":
            prev_about = it["about"] or prev_about
    return deduped


def _bound_values(doc, items) -> None:
    """A value past its kind's bound (or not finite) becomes null, with a warning naming its span."""
    for it in items:
        v = it["value"]
        if v is not None and not (math.isfinite(v) and abs(v) <= MAX_VALUE.get(it["_kind"], MAX_COUNT)):
            it["value"] = None
            s, e = it["span"]
            warn(doc, f"amount at [{s}, {e}] is beyond the largest value read as a number "
                      f"({MAX_VALUE.get(it['_kind'], MAX_COUNT):.0e}); kept as text with value null")


def _item(doc, text, ts, te, s, e, value, unit, kind, noun) -> dict:
    """One amount item; `text` is doc.text, passed in because spaCy rebuilds it on every access."""
    span = doc[ts:te]
    head = span.root
    sent = head.sent
    if kind in ("money", "percent"):
        about = _about(doc, ts, te, head, None)
    else:
        about = None
        if noun is not None and noun.i > ts:
            about = doc[ts + 1:noun.i + 1].text or None
    qualifier = _qualifier(doc, ts, head)
    return {"value": float(value), "unit": unit, "text": text[s:e], "span": [s, e], "about": about,
            "year": _year(doc, ts, sent.start), "qualifier": qualifier, "actors": _sentence_actors(doc, sent),
            "_tok": [ts, te], "_sent": sent.start, "_kind": kind}


@Language.factory("communique_amounts")
def make_amounts(nlp, name):
    def component(doc):
        doc._.amounts = find_amounts(doc)
        return doc
    return component
