"""Money, percentages and counts of people or things: registered as `communique_amounts`.

Why our own parser: quantulum3 0.10 does not import with the installed scikit-learn and
misreads "$10bn"; price-parser drops scale words ("$28 billion" -> 28) and knows no
currency names ("580 million shillings" -> no currency).  Money and percentages are found
by regular expressions over the text (exact spans); counts ("2,700 servicemen", "killed
at least 24 Palestinians") use the spaCy parse, with a look along the tokens where the parse loses the
noun (a hard wrap, a scale word).  People are counted as 'people'; other units are the noun's own word,
a measure's symbol, or one name for things of many names (memoranda -> documents).  A bare local
currency ("pesos", "Rs") is the money of the country the story names most, from babel's territory
currencies.  `about`, `qualifier` and `year` are read from the sentence around each amount.

Each item of `doc._.amounts`:
    {"value": float, "unit": ISO-4217 | "percent" | noun, "text", "span", "about", "year",
     "qualifier", "actors": [actor ids named in the sentence],
     "_tok": [ts, te], "_sent": sentence start token, "_kind": "money|percent|count|dead|injured|arrested|size"}
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from itertools import islice

import numpy
import pycountry
from spacy.attrs import LIKE_NUM, LOWER
from spacy.language import Language

from communique.pipeline import lookup
from communique.pipeline.extensions import doc_text, span_tokens, tokens, warn

# the largest value read as a number, per kind; beyond it the figure keeps its text and span with
# `value: null` and the document gets a warning.  Money: above any real budget in any currency (a
# national budget in Iranian rials is near 1e19); counts: above the number of people alive; percent:
# past any reported inflation.  Within these bounds every value is a finite float the store accepts.
MAX_VALUE = {"money": 1e21, "percent": 1e9}
MAX_COUNT = 1e10
MAX_MEASURE = 1e18  # a measure ("33 billion cubic metres of gas") is not bounded by the number of people

SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9,
          "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12, "crore": 1e7, "crores": 1e7,
          "lakh": 1e5, "lakhs": 1e5, "lakh crore": 1e12, "lakh crores": 1e12}

SYMBOLS = {"US$": "USD", "U.S.$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB",
           "₩": "KRW", "₺": "TRY", "₦": "NGN", "₸": "KZT", "₴": "UAH", "C$": "CAD", "CA$": "CAD", "A$": "AUD",
           "AU$": "AUD", "HK$": "HKD", "S$": "SGD", "NZ$": "NZD", "R$": "BRL", "Rs.": "INR", "Rs": "INR",
           "NRs.": "NPR", "NRs": "NPR", "NPRs": "NPR", "KSh": "KES", "Ksh": "KES", "KShs": "KES",
           "TSh": "TZS", "USh": "UGX", "Sh": "KES", "PKR": "PKR", "RMB": "CNY", "Dh": "AED", "Tk": "BDT",
           "SR": "SAR", "QR": "QAR"}

# currency words without a country adjective: the usual reading in international news
NAMES = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY",
         "renminbi": "CNY", "ruble": "RUB", "rouble": "RUB", "rupee": "INR", "shilling": "KES", "riyal": "SAR",
         "dirham": "AED", "tenge": "KZT", "won": "KRW", "lira": "TRY", "rand": "ZAR", "naira": "NGN",
         "hryvnia": "UAH", "peso": "MXN", "franc": "CHF", "real": "BRL", "reais": "BRL", "rial": "IRR",
         "manat": "AZN", "som": "KGS", "zloty": "PLN", "baht": "THB", "ringgit": "MYR", "taka": "BDT",
         "birr": "ETB", "cedi": "GHS", "afghani": "AFN", "kyat": "MMK", "dong": "VND", "lari": "GEL",
         "dram": "AMD", "leu": "RON", "forint": "HUF", "koruna": "CZK", "krona": "SEK", "krone": "NOK"}

# symbols several countries write for their own currency of one name: read by the story's country
LOCAL_SYMBOLS = {"Rs": "rupee", "Rs.": "rupee", "Sh": "shilling", "Dh": "dirham"}

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
                "taiwan dollar": "TWD", "uzbek som": "UZS", "kyrgyz som": "KGS", "nigerian naira": "NGN",
                # (the West African CFA franc of the BCEAO, the one most news names; the BEAC's is written XAF)
                "cfa franc": "XOF"})
    return out


ADJ_NAMES = _adjective_names()
# currency words the gate need not know: a plural of its own, and a name with no usual reading
MORE_NAMES = {"lei": "RON", "dinar": None, "dinars": None}


def _name_currencies() -> dict:
    """'peso' -> {'ARG': 'ARS', 'COL': 'COP', ...}: the countries whose tender bears this name, from babel's
    territory currencies (a bare "pesos" or "rupees" is the money of the country the story is about)."""
    from babel.numbers import get_currency_name, get_territory_currencies

    out: dict = {}
    for c in pycountry.countries:
        try:
            codes = get_territory_currencies(c.alpha_2)
        except Exception:  # noqa: BLE001 - a territory babel does not know
            continue
        for code in codes:
            for count in (1, 2):
                word = get_currency_name(code, count=count, locale="en").lower().split()[-1]
                out.setdefault(word, {}).setdefault(c.alpha_3, code)
    return out


NAME_CURRENCIES = _name_currencies()
# names read by the story's country; a bare "dollar" stays the US dollar of international news
_LOCAL_NAMES = ({w.lower() for w in NAMES} | set(MORE_NAMES)) - {"dollar", "euro"}

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE_WORD = r"thousand|million|billion|trillion|lakh\s+crores?|crores?|lakhs?"
_SCALE_ANY = rf"(?:{_SCALE_WORD}|bn|mn|mln|tn|trn|[mbk])(?![a-zA-Z])"
_SYM = "|".join(re.escape(s) for s in sorted(SYMBOLS, key=len, reverse=True))
_CODE = "|".join(sorted(CODES))
_SYM_MAX = max(len(s) for s in list(SYMBOLS) + list(CODES))  # the longest symbol or code
_CURNAME = "|".join(sorted({re.escape(n) for n in list(ADJ_NAMES) + list(NAMES) + list(MORE_NAMES)}, key=len,
                           reverse=True))
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
    # (hyphens too: "a 20-billion-dollar programme")
    re.compile(rf"(?<![\w.])(?P<num>{_NUM})(?:[\s-]?(?P<scale>{_SCALE_WORD}|bn|mn))?(?:\s+|-)(?:{_CURNAME_RX}|(?P<code>{_CODE})\b)", re.I),
    # USD two million (the code in capitals)
    re.compile(rf"(?<![\w$])(?P<sym>US\$|\$|€|£|{_CODE})\s(?P<words>(?i:{_WORDNUM}))\b"),
    # two billion, two hundred and fifty-six million Japanese Yen
    re.compile(rf"\b(?P<words>{_WORDNUM})\s+{_CURNAME_RX}", re.I),
    # the Nigerian press's naira written "N" before the figure, always with a scale ("a ransom of N50 million")
    re.compile(rf"(?<![\w$])(?P<sym>N)(?P<num>{_NUM})\s?(?P<scale>{_SCALE_WORD}|bn|mn)\b"),
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
                 "miles": "miles", "metres": "metres", "meters": "meters", "tonnes": "tonnes", "tons": "tons"}
# more units named by the noun after a number (kept apart from the tables above, which the gate reads): the
# standard symbol of a power unit, and one name for each thing signed or sailed under many names
UNIT_NOUNS = {"megawatts": "MW", "megawatt": "MW", "gigawatts": "GW", "gigawatt": "GW", "kilowatts": "kW",
              "memoranda": "documents", "memorandums": "documents", "mous": "documents", "instruments": "documents",
              "documents": "documents", "tankers": "vessels", "ships": "vessels", "vessels": "vessels",
              "population": "people"}
# a measure named with its modifier: "31 billion cubic metres", "20 nautical miles", "10,000 metric tonnes"
MEASURE_MODIFIERS = {"cubic", "nautical", "metric"}
# "a 1,200-kilometre corridor", "a seven-day truce", "a 17-article treaty": the unit after the hyphen
HYPHEN_UNITS = {"kilometre": "km", "kilometer": "km", "km": "km", "mile": "miles", "day": "days", "hour": "hours",
                "week": "weeks", "month": "months", "article": "articles"}
# (not "-year": "a seven-year war", "a 25-year-old" describe, they do not measure)
# the length of a journey, a meeting or a war is not a figure: "a two-day visit", "a 14-month war"
ITINERARY_NOUNS = {"visit", "trip", "tour", "stay", "journey", "mission", "summit", "conference", "meeting",
                   "talks", "forum", "session", "festival", "holiday", "break", "event", "drive", "ride", "flight",
                   "war", "conflict", "campaign", "battle", "fight", "fighting", "ordeal", "crisis", "siege", "check"}
# nouns (lemmas) naming people, counted as 'people'; beyond PEOPLE_NOUNS (the gate reads that one)
PERSON_LEMMAS = {"worshipper", "worshiper", "sailor", "marine", "fighter", "militant", "insurgent", "rebel",
                 "gunman", "attacker", "terrorist", "captive", "farmer", "driver", "fisherman", "crew", "monitor",
                 "individual", "man", "woman", "boy", "girl", "child", "schoolgirl", "schoolboy", "schoolchild",
                 "pupil", "teacher", "doctor", "nurse", "volunteer", "settler", "suspect", "tourist", "visitor",
                 "voter", "relative", "officer", "policeman", "guard", "miner", "labourer", "laborer", "herder",
                 "pilgrim", "civilian", "protester", "protestor", "demonstrator", "student", "worker", "journalist",
                 "villager", "citizen", "national", "detainee", "prisoner", "hostage", "victim", "migrant",
                 "refugee", "resident", "passenger", "person", "member", "official", "employee", "diplomat",
                 "militiaman", "jihadist", "combatant", "abductee", "seafarer", "trucker", "medic", "personnel",
                 "trader", "merchant", "vendor", "shopkeeper", "shepherd", "engineer", "contractor", "lawmaker",
                 "senator", "envoy", "priest", "monk", "nun", "athlete", "player", "fan", "inmate", "convict"}
# armed forces are counted as servicemen (troops under their own name) when nothing befalls them
FORCE_NOUNS = {"troops": "troops", "soldiers": "servicemen", "servicemen": "servicemen", "peacekeepers": "servicemen",
               "soldier": "servicemen", "serviceman": "servicemen", "peacekeeper": "servicemen"}
# what befalls people who are held or let go: "released four soldiers", "rescued 24 schoolgirls"
HELD_WORDS = {"release", "free", "rescue", "abduct", "kidnap", "capture", "hold", "evacuate", "expel", "deport"}
KIND_WORDS = {
    "dead": {"kill", "die", "dead", "death", "fatality", "massacre", "slay", "execute", "perish", "toll"},
    "injured": {"injure", "wound", "hurt", "injured", "wounded"},
    "arrested": {"arrest", "detain", "jail", "imprison", "apprehend", "detention", "custody"},
    "size": {"protest", "protester", "demonstrator", "demonstration", "rally", "march", "troop", "soldier",
             "serviceman", "servicemen", "troops", "gather", "draw", "deploy"},
}
# more words of harm, kept apart from KIND_WORDS (which the gate reads): "two civilians were martyred"
_KIND_MORE = {"dead": {"martyr", "martyred"}}
ANAPHORIC = {"figure", "number", "amount", "sum", "total", "it", "this", "that"}
COUNT_SKIP_NOUNS = {"magnitude", "times", "round", "rounds", "percent", "a.m.", "p.m.", "am", "pm", "gmt", "bst", "utc", "%", "years-old", "read"}


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


def _currency_of_name(name: str, countries: dict | None = None) -> str | None:
    """The currency a name reads as; a bare local name ("pesos") goes to the country the story names most
    (`countries`: alpha-3 -> mentions) when that country's tender bears the name."""
    n = name.lower()
    for cand in (n, n[:-2] if n.endswith("es") else n, n[:-1] if n.endswith("s") else n):
        if cand in ADJ_NAMES:
            return ADJ_NAMES[cand]
        if cand in NAMES or cand in MORE_NAMES:
            default = NAMES.get(cand) or MORE_NAMES.get(cand)
            if countries and cand in _LOCAL_NAMES:
                local = NAME_CURRENCIES.get(cand) or NAME_CURRENCIES.get(n) or {}
                best = max(local, key=lambda c: countries.get(c, 0), default=None)
                own = max((countries.get(c, 0) for c, code in local.items() if code == default), default=0)
                if best is not None and countries.get(best, 0) > own:
                    return local[best]
            return default
    return None


# country domains sold to the world ("news.tv", "site.cc"): no outlet's country
VANITY_DOMAINS = {"tv", "cc", "nu", "tk", "fm", "io", "ws", "co", "me", "ai", "ly", "am", "to", "gg"}
# dollars their own press writes with a prefix ("NT$", "HK$") or where "$" is the US dollar in use (Liberia)
PREFIXED_DOLLARS = {"TWD", "HKD", "LRD"}


def outlet_dollar(url: str | None) -> str | None:
    """The dollar a bare "$" means on a page of a national outlet: the currency of the country its web address's
    country domain names ("sbs.com.au" -> AUD, "rnz.co.nz" -> NZD), when that currency is a dollar other than the
    US one; None for ".com" pages (wire services write "$" for US dollars, "A$" for Australian)."""
    from urllib.parse import urlparse

    host = (urlparse(url or "").hostname or "").lower()
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    if len(tld) != 2 or tld in ("us", "uk") or tld in VANITY_DOMAINS:
        return None
    country = pycountry.countries.get(alpha_2=tld.upper())
    dollar = _dollar_states().get(country.alpha_3) if country else None
    return None if dollar in PREFIXED_DOLLARS else dollar


@lru_cache(maxsize=1)
def _dollar_states() -> dict:
    """alpha-3 -> its dollar currency, for the states (other than the US) whose money is a dollar (babel)."""
    from babel.numbers import get_currency_name, get_territory_currencies

    out = {}
    for c in pycountry.countries:
        cur = get_territory_currencies(c.alpha_2) or []
        if cur and cur[0] != "USD" and "dollar" in get_currency_name(cur[0], locale="en").lower():
            out[c.alpha_3] = cur[0]
    return out



def find_money(text: str, countries: dict | None = None, dollar: str | None = None) -> list[tuple]:
    """(start, end, value, unit) for every money expression, longest match first; `countries` (alpha-3 ->
    mentions in the story) reads a bare local currency name; `dollar`, the outlet's own dollar, a bare "$"."""
    out, taken = [], bytearray(len(text))
    for rx in MONEY_PATTERNS:
        for m in rx.finditer(text):
            s, e = m.span()
            if any(taken[s:e]):
                continue
            g = m.groupdict()
            if g.get("words"):
                value = words_to_number(g["words"])
                unit = SYMBOLS.get(g["sym"]) or g["sym"] if g.get("sym") else _currency_of_name(g["name"], countries)
            else:
                value = parse_number(g["num"])
                if value is not None and g.get("scale"):
                    value *= SCALES[" ".join(g["scale"].lower().split())]
                if g.get("sym"):
                    sym = g["sym"]
                    unit = SYMBOLS.get(sym) or SYMBOLS.get(sym.upper()) or (sym.upper() if sym.upper() in CODES else None)
                    if sym == "$" and dollar:
                        unit = dollar  # ("$368bn" on an Australian broadcaster's page: Australian dollars)
                    if sym == "N":
                        unit = "NGN"
                    if sym in LOCAL_SYMBOLS:  # "Rs50 billion" in a story about Pakistan is in Pakistani rupees
                        unit = _currency_of_name(LOCAL_SYMBOLS[sym], countries) or unit
                    # "NRs" / "Rs" match case-sensitively in practice; "rs" inside words is excluded by the lookbehind
                elif g.get("code"):
                    unit = g["code"].upper()
                else:
                    unit = _currency_of_name(g["name"], countries)
            if value is None or unit is None:
                continue
            scale = SCALES[" ".join(g["scale"].lower().split())] if g.get("scale") else 1.0
            taken[s:e] = b"\x01" * (e - s)
            ends, value = _range_ends(text, s, e, g, value, unit, scale, taken)
            out.append((s, e, value, unit))
            out.extend(ends)
    return sorted(out)


_RANGE_LEFT = re.compile(rf"(?<![\w.,])(?P<num>{_NUM})(?:\s?(?P<scale>{_SCALE_WORD}|bn|mn))?\s*(?:and|to|or|-|–)\s*$", re.I)
_RANGE_RIGHT = re.compile(rf"\s*(?:-|–|to)\s*(?:{_SYM})?(?P<num>{_NUM})(?:[\s-]?(?P<scale>{_SCALE_ANY}))?", re.I)


def _range_ends(text: str, s: int, e: int, g: dict, value: float, unit: str, scale: float, taken: bytearray):
    """The other end of a range whose currency is written once, and the value of this end: 'between 900 and
    1,300 pesos', '4 to 5 billion euros' (the left end takes the right's scale), '$2-3 billion' (and so here)."""
    out = []
    left = _RANGE_LEFT.search(text, max(0, s - 40), s)
    if left and g.get("num") and not g.get("sym") and not any(taken[left.start():left.end()]):
        v = parse_number(left.group("num"))
        if v is not None and not re.fullmatch(r"(1[89]|20)\d\d", left.group("num")):
            v *= SCALES[" ".join(left.group("scale").lower().split())] if left.group("scale") else scale
            le = left.end("scale") if left.group("scale") else left.end("num")
            out.append((left.start(), le, v, unit))
            taken[left.start():le] = b"\x01" * (le - left.start())
    right = _RANGE_RIGHT.match(text, e)
    if right and g.get("sym") and g.get("num") and not g.get("scale") and right.group("scale") \
            and not any(taken[right.start():right.end()]):
        rscale = SCALES[right.group("scale").lower()]
        out.append((right.start("num"), right.end(), parse_number(right.group("num")) * rscale, unit))
        taken[right.start():right.end()] = b"\x01" * (right.end() - right.start())
        value *= rscale  # the left end, read with the right's scale
    return out, value


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
    verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
    if verb is not None:  # "left nine soldiers dead": the state is the verb's complement
        rings.append([c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.pos_ == "ADJ"])
    for ring in rings:
        words = {t.lemma_.lower() for t in ring} | {t.lower_ for t in ring}
        for kind in ("dead", "injured", "arrested"):
            if words & (KIND_WORDS[kind] | _KIND_MORE.get(kind, set())):
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
    # (the tagger may call a plural demonym a singular name: "30 Bangladeshis")
    return noun.ent_type_ == "NORP" or (noun.tag_ in ("NNPS", "NNP") and noun.ent_type_ not in ("ORG", "GPE", "LOC", "FAC")
                                        and noun.text[:1].isupper() and low.endswith(("ans", "ians", "is", "ese")))


def _is_person(noun) -> bool:
    return _is_people_noun(noun) or noun.lemma_.lower() in PERSON_LEMMAS or noun.lower_ in PERSON_LEMMAS


_SCALE_TOKENS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "crore": 1e7, "crores": 1e7,
                 "lakh": 1e5, "lakhs": 1e5, "lakh crore": 1e12, "lakh crores": 1e12}
_NOUN_SKIP = {"more", "other", "additional", "further", "new", "extra", "fresh"}


def _next_noun(doc, i: int, limit: int = 5):
    """The noun a number counts when the parse lost it ("5,000\ntroops" across a hard wrap): the first noun
    after position i, past line breaks and modifiers, extended over a compound ("cooperation instruments")."""
    end = min(len(doc), i + limit)
    j = i
    while j < end and (doc[j].is_space or doc[j].pos_ == "ADJ" or doc[j].lower_ in _NOUN_SKIP
                       or (doc[j].ent_type_ == "NORP" and doc[j].tag_ == "NNP")):  # "Pakistani soldiers"
        j += 1
    if j < len(doc) and doc[j].tag_ == "NNPS" and _is_people_noun(doc[j]):
        return doc[j]  # "1.6 million Indonesians"
    if j >= len(doc) or doc[j].pos_ != "NOUN":
        return None
    while j + 1 < len(doc) and doc[j + 1].pos_ == "NOUN" and doc[j + 1].dep_ != "conj":
        j += 1
    return doc[j]


def _count_unit(noun, harmed: bool) -> str:
    """The unit of a count from its noun: people are 'people' (armed forces are servicemen or troops unless
    killed, hurt, held or freed), a measure its symbol, a few things one name; anything else its own word."""
    low = noun.lower_
    if low in FORCE_NOUNS and not harmed:
        return FORCE_NOUNS[low]
    if _is_person(noun) or low in FORCE_NOUNS:
        return "people"
    if low in UNIT_NOUNS:
        return UNIT_NOUNS[low]
    mods = [c.lower_ for c in noun.children if c.i < noun.i and c.lower_ in MEASURE_MODIFIERS]
    if mods:
        return f"{mods[0]} {low}"
    if low in MEASURE_NOUNS:
        return MEASURE_NOUNS[low]
    # a thing counted keeps the noun that names its kind: "27 member states", "3,400 settlement units"
    kinds = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == noun.i - 1]
    return f"{kinds[0].lower_} {low}" if kinds else low


def _per_day(doc, noun) -> bool:
    """'1.5 million barrels per day', '600,000 barrels of oil a day': a daily rate."""
    j = noun.i + 1
    if j + 1 < len(doc) and doc[j].lower_ == "of" and doc[j + 1].pos_ == "NOUN":
        j += 2
    return doc[j:j + 2].text.lower() in ("per day", "a day")


_KNOWN_UNITS = {"people", *FORCE_NOUNS.values(), *UNIT_NOUNS.values(), *MEASURE_NOUNS.values()}


def _count_candidates(doc) -> list[int]:
    """Indices of the tokens `find_counts` may start a count at: numbers (`like_num`) and "dozen" (every other
    token is skipped there), found in the Doc's arrays without a Token object per word."""
    if not len(doc):
        return []
    arr = doc.to_array([LIKE_NUM, LOWER])
    return numpy.flatnonzero((arr[:, 0] != 0) | (arr[:, 1] == doc.vocab.strings["dozen"])).tolist()


def find_counts(doc, taken: bytearray) -> list[tuple]:
    """(ts, te, value, unit, kind, noun) for numbers that count something: '2,700 servicemen', 'killed 24',
    '3.5 million people', 'a dozen soldiers', 'a 1,200-kilometre corridor', 'by 12 votes to 3'."""
    out = []
    sent_lemmas: dict[int, set] = {}
    toks = tokens(doc)
    for tok in (toks[i] for i in _count_candidates(doc)):
        if any(taken[tok.idx:tok.idx + len(tok.text)]):
            continue
        ts = tok.i
        if tok.lower_ == "dozen" and tok.i > 0 and doc[tok.i - 1].lower_ in ("a", "one"):
            value, ts = 12.0, tok.i - 1  # "a dozen soldiers"
        elif not tok.like_num or not (tok.pos_ == "NUM" or (tok.dep_ in ("nummod", "amod") and tok.lower_ in WORD_VALUES)):
            continue  # ("Eleven people were killed": a capital number word may be tagged ADJ)
        else:
            value = parse_number(tok.text)
            if value and tok.lower_ in _SCALE_TOKENS and tok.i >= 2 and doc[tok.i - 1].lower_ == "a" \
                    and doc[tok.i - 2].lower_ == "half":
                value, ts = value / 2, tok.i - 2  # "half a million"
        if value is None or value <= 0:
            continue
        small = bool(re.fullmatch(r"[a-z-]+", tok.lower_)) and value < 5  # "two countries" is not a figure
        last = tok  # the last token of the figure: "3.5 million"
        nxt_i = tok.i + 1
        while nxt_i < len(doc) and doc[nxt_i].is_space and "\n\n" not in doc[nxt_i].text:
            nxt_i += 1
        if nxt_i < len(doc) and doc[nxt_i].lower_ in _SCALE_TOKENS and tok.lower_ not in _SCALE_TOKENS \
                and not any(taken[doc[nxt_i].idx:doc[nxt_i].idx + 1]):
            value *= _SCALE_TOKENS[doc[nxt_i].lower_]  # "3.5 million people", "two million liters"
            last, small = doc[nxt_i], False
        nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if nxt is not None and nxt.text in ("-", "–") and last.i + 2 < len(doc):
            word = doc[last.i + 2]
            after = doc[last.i + 3] if last.i + 3 < len(doc) else None
            unit = HYPHEN_UNITS.get(word.lower_)
            if unit and after is not None and after.text not in ("-", "–") and tok.lower_ != "one" \
                    and (after.pos_ in ("NOUN", "PROPN", "ADJ") or word.head.i > word.i and word.head.pos_ == "NOUN") \
                    and not any(t.lemma_.lower() in ITINERARY_NOUNS for t in doc[last.i + 3:last.i + 6]):
                out.append((ts, last.i + 1, value, unit, "size" if unit == "km" else "count", word))
            continue  # "36-hour", "2-3km" without a unit noun, "a 25-year-old"
        if nxt is not None and nxt.text in ("/", ":", "."):
            continue  # times, list numbers
        if ts > 0 and doc[ts - 1].lower_ in ("no", "no.", "number", "#", "aged", "ages"):
            continue  # "No 10 spokesman", "aged 12 years"
        if ts > 2 and doc[ts - 1].lower_ in ("to", "and", "-", "–") and doc[ts - 3].lower_ in ("aged", "ages"):
            continue  # "aged 5 to 12 years"
        if tok.lower_ in ("hundred", "thousand", "million", "billion") and (tok.i == 0 or doc[tok.i - 1].lower_ not in ("a", "one")):
            continue  # "several hundred fighters" is not a figure
        if re.fullmatch(r"(1[89]|20)\d\d", tok.text):
            continue  # a year
        if tok.dep_ == "compound" and tok.head.pos_ == "NUM" and last is tok:
            continue
        if ts >= 2 and doc[ts - 1].lower_ == "to" and doc[ts - 2].lower_ == "votes":
            out.append((ts, last.i + 1, value, "votes", "count", doc[ts - 2]))  # "by 129 votes to 108"
            continue
        noun, by_sequence = None, False
        k = tok.i + 2 + (tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ in ("the", "those", "these"))
        group = [c for c in nxt.children if c.dep_ == "pobj"] if nxt is not None and nxt.lower_ == "of" else []
        if last is tok and nxt is not None and nxt.lower_ == "of" and k < len(doc) and doc[k].like_num \
                and doc[k].dep_ == "nummod" and doc[k].head.pos_ == "NOUN" and _is_person(doc[k].head):
            noun = doc[k].head  # "freed 24 of the 25 hostages": a part of a counted group
        elif last.i == tok.i and nxt is not None and nxt.head.i == tok.i and group and group[0].pos_ == "NOUN" \
                and _is_person(group[0]) and any(c.dep_ in ("det", "poss") for c in group[0].children) and not small:
            noun = group[0]  # "some 40,000 of the town's residents"
        elif last.dep_ == "nummod" and last.head.pos_ in ("NOUN", "PROPN") and last.i < last.head.i <= last.i + 5 \
                and not any(t.is_space for t in doc[last.i + 1:last.head.i]):
            noun = last.head
            people = [t for t in doc[last.i + 1:noun.i] if t.tag_ == "NNPS" and _is_people_noun(t)]
            noun = people[0] if people else noun  # "1.6 million Indonesians work": the parse took the verb
        elif tok.dep_ == "conj" and tok.head.dep_ == "nummod" and tok.head.head.pos_ == "NOUN" \
                and tok.head.i < tok.i < tok.head.head.i <= tok.i + 4:
            noun = tok.head.head  # "between 20,000 and 30,000 militants": both ends count the noun
        elif last is not tok or tok.lower_ == "dozen" or (nxt is not None and nxt.is_space):
            noun, by_sequence = _next_noun(doc, last.i + 1), True  # the parse may lose the noun across a wrap or a scale word
        unit = None
        if noun is not None:
            low = noun.lower_
            between = doc[last.i + 1:noun.i]
            if low in COUNT_SKIP_NOUNS or any(t.lower_ in COUNT_SKIP_NOUNS or "\n\n" in t.text for t in between):
                continue  # "5.9 magnitude quake", a number ending a paragraph
            if noun.pos_ == "PROPN" and not _is_people_noun(noun):
                continue  # "14 Corps": a name, not a count
            if low in MEASURE_NOUNS and any(t.lower_ == "square" for t in between):
                unit = MEASURE_NOUNS[low] + "2"  # "50 square kilometres" is an area, km2
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
        elif tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ in KIND_WORDS["dead"] | KIND_WORDS["injured"] \
                | KIND_WORDS["arrested"]:
            noun, unit = tok, "people"  # "18 were injured", "the five were detained"
        if noun is None:
            continue
        kind = _count_kind(doc, tok, noun, sent_lemmas)
        if unit is None:
            harmed = kind in ("dead", "injured", "arrested") or _held(noun)
            unit = _count_unit(noun, harmed)
            if _per_day(doc, noun):
                unit += " per day"
            if by_sequence and unit not in _KNOWN_UNITS and not unit.endswith(" per day"):
                continue  # a noun found past the parse must name a known unit
        else:
            harmed = kind in ("dead", "injured", "arrested")
        if small and not (unit == "people" and (harmed or kind in ("dead", "injured", "arrested"))) \
                and unit != "documents" and noun.lower_ not in MEASURE_NOUNS and not _small_thing(doc, ts, noun, unit):
            continue  # small written numbers only for people harmed or held, papers signed, measures, things
        if small and tok.lower_ == "one" and noun.tag_ in ("NNS", "NNPS"):
            continue  # "one of the...": not a count
        if _currency_of_name(noun.lower_):
            continue  # "900 and 1,300 pesos": money, read by find_money
        if noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "old":
            continue  # "voters 18 to 34 years old": an age
        out.append((ts, last.i + 1, value, unit, kind, noun))
        lo = doc[ts - 2] if ts >= 2 and doc[ts - 1].lower_ in ("to", "-", "–") else None
        if lo is not None and lo.like_num and re.fullmatch(r"[\d,.]+", lo.text) and lo.head.i in (ts, last.i, noun.i) \
                and not re.fullmatch(r"(1[89]|20)\d\d", lo.text) and not any(o[0] == lo.i for o in out):
            # "3,000 to 4,000 troops", "2 to 3 million people": the low end, with the high end's scale
            low_value = (parse_number(lo.text) or 0) * (value / parse_number(tok.text) if last is not tok else 1)
            if 0 < low_value < value and doc[lo.i - 1].lower_ not in ("aged", "age", "ages"):
                out.append((lo.i, lo.i + 1, low_value, unit, kind, noun))
    return out


# the things a small written number counts as a figure in the news: arms and craft, seats, firms, sites
# ("destroyed two armoured vehicles", "won only three seats", "sanctions on three companies")
COUNTED_THINGS = {"vehicle", "aircraft", "plane", "jet", "helicopter", "drone", "missile", "rocket", "tank", "ship",
                  "vessel", "boat", "warship", "tanker", "submarine", "seat", "company", "firm", "bank", "entity",
                  "outpost", "post", "base", "target", "school", "hospital", "shop", "shipment", "flight",
                  "crossing", "checkpoint", "mosque", "church", "factory", "plant", "reactor", "satellite"}


def _small_thing(doc, ts: int, noun, unit: str) -> bool:
    """A few things of COUNTED_THINGS an action counts; not 'the two ...' (a group already told), not 'one'."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in COUNTED_THINGS or doc[ts].lower_ == "one":
        return False
    if ts > 0 and (doc[ts - 1].lower_ in ("the", "these", "those", "both", "its", "their", "his", "her", "our",
                                          "all", "first", "last", "next", "other") or doc[ts - 1].tag_ == "POS"):
        return False
    return noun.dep_ in ("dobj", "pobj", "nsubjpass", "nsubj")


def _held(noun) -> bool:
    """'released four soldiers', 'rescued 24 schoolgirls': people held or let go (the verb over the noun)."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_.lower() in HELD_WORDS


def find_amounts(doc) -> list[dict]:
    text = doc_text(doc)
    raw = find_money(text, _story_countries(doc), outlet_dollar((doc._.record or {}).get("url")))
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
        s, e = doc[ts].idx, doc[te - 1].idx + len(doc[te - 1].text)
        items.append(_item(doc, text, ts, te, s, e, value, unit, kind, noun))
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


def _story_countries(doc) -> dict:
    """alpha-3 code -> how often the story mentions that state (through the actors' mentions)."""
    actors = lookup.actor_index(doc)
    out: dict = {}
    for m in doc._.mentions or []:
        for a in lookup.mention_actor_ids(m):
            code = (actors.get(a) or {}).get("code")
            if code and len(code) == 3 and code != "IGO":
                out[code] = out.get(code, 0) + 1
    return out


def _bound_values(doc, items) -> None:
    """A value past its kind's bound (or not finite) becomes null, with a warning naming its span."""
    for it in items:
        v = it["value"]
        bound = MAX_VALUE.get(it["_kind"]) or (MAX_MEASURE if it["_kind"] == "count" and it["unit"] != "people"
                                              else MAX_COUNT)
        if v is not None and not (math.isfinite(v) and abs(v) <= bound):
            it["value"] = None
            s, e = it["span"]
            warn(doc, f"amount at [{s}, {e}] is beyond the largest value read as a number "
                      f"({bound:.0e}); kept as text with value null")


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
