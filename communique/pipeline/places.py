"""Places: find toponyms, resolve them offline to GeoNames entries in context, and locate events.

`communique_places` runs after the actors component.  It
1. collects toponyms: spaCy GPE/LOC/FAC entities, plus capitalised proper-noun runs the gazetteer knows
   well (big places, countries, first-level divisions) that the model missed or mislabelled;
2. drops capitals and countries used as metonyms for governments ("Moscow said", "Washington and Baghdad
   are in talks", "Washington's expulsion of ..."): the toponym is the grammatical subject of a verb (or
   an actors mention in that role) or the possessor of an act noun; seats of government ("Whitehall")
   and names the actors component resolved to people are not places either;
3. resolves each toponym with `score`: population, the entry's own name rather than an old alternate name,
   national capitals, how many names the world has for a city (its fame), a qualifier right after it ("Paris,
   Texas", "Hainan, China", "Hainan province"), the countries the article is about (actors' codes,
   unambiguous places) and their neighbours, and the dateline's country; drops the names that are no one
   state's as used (`not_in_one_state`: seas, features named after a country, regions);
4. resolves the dateline ("ALMATY —" -> Almaty, KAZ) into `doc._.dateline["place"]`.

`location_for(doc, ts, te, targets)` is the helper the events component uses to place an event.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter

from spacy.language import Language

from communique.knowledge import gazetteer
from communique.pipeline import lookup
from communique.pipeline.actors import CROWD_ROLES
from communique.pipeline.extensions import ext, tokens, upper_initial

PLACE_LABELS = {"GPE", "LOC", "FAC"}
ADMIN_HINTS = {"province", "region", "state", "oblast", "prefecture", "governorate", "county", "district",
               "territory", "department", "emirate", "krai", "republic"}
LOCATIVE = {"in", "at", "near", "inside", "outside", "across", "throughout", "within", "around"}
# weaker: origin or direction ("diplomats from Russia", "an incursion into Ukraine"), used when nothing better
LOCATIVE_WEAK = {"from", "into", "off", "to"}
SETTLEMENT_NOUNS = {"town", "city", "village", "province", "region", "district", "capital", "port", "county",
                    "state", "island", "islands", "governorate", "enclave", "suburb", "outskirts", "neighbourhood",
                    "neighborhood", "municipality", "oblast", "prefecture", "republic", "kingdom"}
VISIT_LEMMAS = {"visit", "arrive", "travel", "trip", "tour", "fly", "land", "go", "come", "reach", "head"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "agent", "csubj"}
MIN_POP_UNLABELLED = 100_000  # a capitalised name spaCy did not label must be a big place...
MIN_POP_START = 1_000_000  # ...and a very big one when it opens the sentence
PARTICLES = {"de", "del", "da", "do", "dos", "es", "el", "al", "la", "le", "les", "sur", "upon"}
STOP_NAMES = {"may", "march", "june", "april", "august", "said", "new", "will", "reading", "mobile", "split",
              "nice", "police", "best", "marks", "union", "independence", "hope", "victoria", "university",
              "bank", "central", "north", "south", "east", "west", "president", "minister"}
PRECISION = {"city": "city", "admin1": "region", "country": "country"}
# a city's GeoNames alternate names (in all languages) measure how widely it is written about: each of up to
# 100 adds 0.05, so 40 more names outweigh a hundredfold population ("Geneva": 60 names, Geneva,
# Illinois 11) but not the "Paris, Texas" qualifier
FAME_WEIGHT, FAME_CAP = 0.05, 100


@Language.factory("communique_places")
def make_places(nlp, name):
    return PlacesComponent()


class PlacesComponent:
    def __init__(self):
        self.gaz = None

    def __call__(self, doc):
        if self.gaz is None:
            self.gaz = gazetteer.load()
        gaz = self.gaz
        found = toponyms(doc, gaz)
        evidence = country_evidence(doc, gaz, found)
        dl_country = resolve_dateline(doc, gaz, Counter(code for _, _, code in evidence))
        quals = [qualifier_of(doc, te, gaz) for _, te, _, _ in found]
        around = ContextIndex(evidence)
        first = [resolve(gaz, t[2], around(t[0], t[1]), dl_country, q, t[3])
                 for t, q in zip(found, quals)]
        first = [None if b is None or not_in_one_state(doc, t, b, q, around(t[0], t[1]), dl_country) else b
                 for t, b, q in zip(found, first, quals)]
        # second pass: the divisions and countries the other places lie in ("Atlanta ... Georgia")
        evidence2 = evidence + [(t[0], t[1], b["country"]) for t, b in zip(found, first) if b]
        admins = [(t[0], t[1], b["admin1"] if b["kind"] != "admin1" else b["geonameid"])
                  for t, b in zip(found, first) if b and (b["admin1"] or b["kind"] == "admin1")]
        places = []
        around2, around_admins = ContextIndex(evidence2), ContextIndex(admins)
        for (ts, te, name, admin_hint), q in zip(found, quals):
            context = around2(ts, te)
            best = resolve(gaz, name, context, dl_country, q, admin_hint, around_admins(ts, te))
            if best is None or (best["kind"] == "country" or best["capital"]) and is_metonym(doc, ts, te):
                continue
            if not_in_one_state(doc, (ts, te, name, admin_hint), best, q, context, dl_country):
                continue
            s, e = doc[ts].idx, doc[te - 1].idx + len(doc[te - 1])
            places.append({"text": doc._.source_text[s:e], "span": [s, e], "name": best["name"],
                           "country": best["country"], "lat": best["lat"], "lon": best["lon"],
                           "geonameid": best["geonameid"], "_tok": [ts, te], "_kind": best["kind"]})
        doc._.places = places
        place_groups(doc)
        return doc


GROUP_PLACE_PREPS = {"in", "inside", "from"}  # "the Kurdish militias in Raqqa", "fighters from Idlib"
PLACED_GROUP_SECTORS = {"REB", "MIL"}


def place_groups(doc) -> None:
    """Armed groups and crowds the actor tables could not place are of the country of the one place their own
    noun phrase puts them in ("air cover to the Kurdish militias in Raqqa", "protesters in Mandalay"): the
    gazetteer knows towns the actor tables do not. (Refugees and migrants in a place are not its people: only
    fighters and crowds are placed.)"""
    actors = {a["id"]: a for a in doc._.actors or [] if a["kind"] == "group" and not a["code"] and (
        a["sector"] in PLACED_GROUP_SECTORS or set((a["role"] or "").split(" and ")) & CROWD_ROLES)}
    if not actors:
        return
    found: dict[str, set] = {}
    for m in doc._.mentions or []:
        if m.get("actor") not in actors:
            continue
        head = doc[m["head"]]
        for p in head.children:
            if p.dep_ == "prep" and p.lower_ in GROUP_PLACE_PREPS:
                codes = {pl["country"] for pl in places_in(doc, p.i + 1, p.right_edge.i + 1) if pl.get("country")}
                found.setdefault(m["actor"], set()).update(codes or {None})
    for aid, codes in found.items():
        if len(codes) == 1 and None not in codes:
            actors[aid]["code"] = codes.pop()


# -- 1. finding toponyms ------------------------------------------------------------------------------
def toponyms(doc, gaz) -> list[tuple[int, int, str, bool]]:
    """(start token, end token, lookup name, followed by an admin word) for every candidate toponym."""
    tok = tokens(doc)
    out, taken = [], set()
    persons = {i for m in doc._.mentions or [] if _is_person_mention(doc, m) for i in range(*m["tok"])}
    surnames = _surnames(doc)
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        ts, te = ent.start, ent.end
        while ts < te and tok[ts].lower_ in ("the", "a") and not gaz.knows(doc[ts:te].text):
            ts += 1
        while te > ts and (tok[te - 1].is_punct or tok[te - 1].text in ("'s", "’s")):
            te -= 1
        if ts >= te:
            continue
        hit = _known(doc, ts, te, gaz)
        if hit and not any(tok[k].text[:1].isupper() for k in range(hit[0], hit[1])):
            hit = None  # "the west bank of the Dnipro", tagged as a place: a name is written with a capital
        loc = _after_locative(doc, ts)
        if hit and not _seat(gaz, hit[2]) and not (persons & set(range(hit[0], hit[1])) and not loc) \
                and (loc or _plausible(gaz, hit[2])) and not _part_of_longer_name(doc, hit, ent.end) \
                and not ((hit[2] in surnames or hit[1] < te) and not _primary_known(gaz, hit[2])):
            # (a person's surname, or the start of a longer place name - "Grand Anse Valley" - read as an old
            # alternate name of some town elsewhere: neither is that town)
            out.append(hit)
            taken.update(range(hit[0], hit[1]))
    # capitalised names the model missed or mislabelled ("Kiev" as PERSON, "Crimea" as ORG, "Niger" as DATE)
    ents = {}
    for ent in doc.ents:
        for k in range(ent.start, ent.end):
            ents[k] = ent
    upper = upper_initial(doc)
    i = 0
    while i < len(doc):
        if i in taken or not upper[i] or not _cap(tok[i]):  # (`_cap` needs a capital first: most words skip here)
            i += 1
            continue
        placeish = _after_locative(doc, i) or _coordinated_with(doc, i, taken) or _lone_capital(doc, i, ents, gaz)
        if i in persons and not placeish:
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j - i < 5 and j not in taken and (
                _cap(tok[j]) or (tok[j].lower_ in PARTICLES and j + 1 < len(doc) and _cap(tok[j + 1]))):
            j += 1
        hit = None
        for end in range(j, i, -1):
            if not _cap(tok[end - 1]) or (not placeish and any(k in persons for k in range(i, end))):
                continue
            name = doc[i:end].text
            if name.lower() in STOP_NAMES or _seat(gaz, name) or not _ents_fit(doc, i, end, ents, placeish):
                continue
            need = MIN_POP_START if tok[i].is_sent_start else MIN_POP_UNLABELLED
            # an alternate name ("Kiev", "Khan Younis") only where the syntax says place
            trusted = _primary_known(gaz, name) or placeish
            if gaz.max_population(name) >= need and trusted:
                hit = _known(doc, i, end, gaz)
                if hit:
                    break
        if hit and (_part_of_longer_name(doc, hit, hit[1]) or hit[1] < j and (
                tok[j - 1].lower_ in BODY_HEADS or j < len(doc) and tok[j].lower_ in BODY_HEADS)):
            hit = None  # "Oxford Economics", "the Free Tigray Army", "Kabul Bank": a word of a body's name
        if hit:
            out.append(hit)
            taken.update(range(hit[0], hit[1]))
            i = hit[1]
        elif tok[i].pos_ in ("ADP", "DET", "SCONJ", "CCONJ", "ADV", "PRON"):
            i += 1  # "In Sanaa, ...": a capitalised word that opens the sentence is no part of the name after it
        else:
            i = j
    out.sort()
    return [h for h in out if not lookup.after_stance_prefix(doc, h[0])]  # "an anti-Syria journalist"


def _seat(gaz, name) -> bool:
    """Seats of government ("Whitehall", "the Kremlin") stand for governments: actors, not places -
    unless the gazetteer has a place of that name in the same country ("Washington"); a body's name is the
    body unless a place has it as its own name ("the White House" is only an old name of Casablanca)."""
    kb = _knowledge()
    hit = kb.surfaces.get(name) if kb is not None else None
    if hit and hit[0] == "ORG":
        return not any(c["primary"] for c in gaz.candidates(name))
    return bool(hit) and hit[0] == "SEAT" and all(c["country"] != hit[1] for c in gaz.candidates(name))


# words after a place name that keep it a place: "Kabul airport", "Tehran University", "Idlib Governorate"
PLACE_TAILS = {"airport", "international", "port", "harbour", "harbor", "station", "university", "square",
               "stadium", "prison", "palace", "bridge", "dam", "base", "airbase", "camp", "city", "old", "island",
               "islands", "isle"}


def _part_of_longer_name(doc, hit, ent_end) -> bool:
    """A place name that only begins a longer proper name: "the Lincoln Center", "San Marcos" (the model's
    entity goes on with a capitalised word), "Oxford Economics" (an organisation's name follows), "the Free
    Patriotic Army" (an adjective before a capitalised word) - not a town's facility
    ("Kabul Airport"), a division ("Idlib Province"), a feature ("the Bekaa Valley") or a man's title
    ("an Arizona Republican", "the ambassador to Lebanon Tom Fletcher")."""
    tok = tokens(doc)
    te = hit[1]
    if te + 1 < len(doc) and tok[te].lower_ == "of" and tok[te + 1].text in CONTINENTS:
        return True  # "the Horn of Africa": a region named after a continent, not the town of its first word
    if hit[3] or te >= len(doc) or not _cap(tok[te]) or tok[te - 1].text.endswith("-"):
        return False  # ("the Aleppo-Latakia highway": two places)
    low = tok[te].lower_
    if low in PLACE_TAILS or low in ADMIN_HINTS or low in NAMED_FEATURES or low in OPEN_WATERS:
        return False
    if te - hit[0] == 1 and tok[hit[0]].pos_ == "ADJ":
        return True
    if tok[te].pos_ != "PROPN":
        return False
    return te < ent_end or tok[te].ent_iob_ == "B" and tok[te].ent_type_ in NAME_ENTITIES


NAME_ENTITIES = {"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "LAW"}
CONTINENTS = {"Africa", "Asia", "Europe", "America", "Americas", "Arabia", "Oceania", "Antarctica"}
# the last word of a capitalised run that names a body, a law or a paper: a place word inside it is its name's
BODY_HEADS = {"army", "front", "party", "movement", "forces", "force", "brigade", "brigades", "council", "committee",
              "union", "alliance", "amendment", "act", "center", "centre", "institute", "institution", "foundation",
              "group", "corporation", "company", "bank", "times", "post", "agency", "commission", "organization",
              "organisation", "authority", "league", "club", "network", "tribune", "herald", "gazette"}


def _surnames(doc) -> set[str]:
    """The last words of the full names of people in the article ("Abbas" of Mahmoud Abbas)."""
    out = set()
    for a in ext(doc, "actors") or []:
        words = (a.get("name") or "").split()
        if a.get("kind") == "person" and len(words) > 1:
            out.add(words[-1])
    return out


def _plausible(gaz, name) -> bool:
    """Not only an alternate name of a small town ("Pompeo" is an old name of Pompéu, Brazil)."""
    return any(c["primary"] or c["kind"] != "city" or (c["population"] or 0) >= MIN_POP_UNLABELLED
               for c in gaz.candidates(name))


def _is_person_mention(doc, m) -> bool:
    return any(a["id"] in (m.get("actors") or ()) and a.get("kind") == "person" for a in ext(doc, "actors") or [])


def _coordinated_with(doc, i, taken) -> bool:
    """"Gaza City and Khan Younis": a name coordinated with a place already found."""
    tok = tokens(doc)
    span_root = tok[i]
    while span_root.dep_ in ("compound", "flat") and span_root.head.i > span_root.i:
        span_root = span_root.head
    return span_root.dep_ == "conj" and span_root.head.i in taken


def _ents_fit(doc, i, end, ents, placeish=False) -> bool:
    """A name inside a model entity must cover that entity whole ("Karachi" is not a place in "Karachi
    Stock Exchange"); a one-word PERSON must follow a preposition ("through Kiev")."""
    tok = tokens(doc)
    for k in range(i, end):
        ent = ents.get(k)
        if ent is None:
            continue
        if ent.label_ in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "TIME"):
            return False
        start = ent.start + (1 if tok[ent.start].lower_ == "the" else 0)
        kb = _knowledge()
        while start < i and (tok[start].pos_ == "ADJ" or kb is not None and  # "Indian Punjab"
                             (kb.surfaces.get(tok[start].text) or ("",))[0] == "DEMONYM"):
            start += 1
        if start < i or ent.end > end:
            return False
        if ent.label_ == "PERSON" and not placeish:
            return False
    return True


def _lone_capital(doc, i, ents, gaz) -> bool:
    """A national capital's own name standing alone, which the model took for a PERSON ("missiles struck
    Kyiv", "plans to visit Buenos Aires"): no name or title runs on either side of it; a name of several words
    may also be a big city's ("Rio de Janeiro")."""
    ent = ents.get(i)
    if ent is None or ent.label_ != "PERSON" or ent.start != i:
        return False
    tok = tokens(doc)
    if i > 0 and tok[i - 1].pos_ == "PROPN" or ent.end < len(doc) and tok[ent.end].pos_ == "PROPN":
        return False
    name = doc[i:ent.end].text
    return any(c["primary"] and c["name"] == name and (c["capital"] or ent.end - i > 1 and (
        c["population"] or 0) >= BIG_CITY_POP) for c in gaz.candidates(name))


BIG_CITY_POP = 1_000_000  # a city this big is no one's name


_LOCATIVE_ANY = LOCATIVE | LOCATIVE_WEAK | {"through", "via", "toward", "towards"}


def _after_locative(doc, i) -> bool:
    tok = tokens(doc)
    if i > 1 and tok[i - 1].lower_ == "of" and tok[i - 2].lower_ in SETTLEMENT_NOUNS:
        return True  # "the town of Samarra", "the province of Idlib"
    return i > 0 and tok[i - 1].lower_ in _LOCATIVE_ANY


def _primary_known(gaz, name) -> bool:
    """Known under its own name, or as a country/division (their alternate names are curated English forms)."""
    return any(c["primary"] or c["kind"] != "city" for c in gaz.candidates(name))


def _known(doc, ts, te, gaz):
    """The longest gazetteer name at the start of tokens [ts, te), with an admin word right after it."""
    tok = tokens(doc)
    for end in range(te, ts, -1):
        span = doc[ts:end]
        name = span.text
        if end - ts > 1 and span[-1].lower_ in ADMIN_HINTS and gaz.knows(doc[ts:end - 1].text):
            return ts, end - 1, doc[ts:end - 1].text, True
        if gaz.knows(name):
            hint = end < len(doc) and tok[end].lower_ in ADMIN_HINTS
            return ts, end, name, hint
    return None


# -- 1b. names that are no one state's ------------------------------------------------------------------
# and the disputed rocks in them ("Scarborough Shoal")
OPEN_WATERS = {"sea", "ocean", "gulf", "strait", "straits", "channel", "sound", "bight", "shoal", "shoals", "reef",
               "reefs", "atoll"}
# bays, rivers and land features named after a town or division lie in its state ("Guantanamo Bay", "the
# Bekaa Valley", "Mount Sinjar"); named after a country they are not that state ("the Niger Delta")
NAMED_FEATURES = {"bay", "river", "lake", "lagoon", "estuary", "delta", "valley", "basin", "peninsula", "mountains",
                  "mountain", "range", "hills", "heights", "plateau", "desert", "highlands", "plain", "plains", "canal"}
# a feature word before the name: "the Gulf of Aden", "Lake Victoria", "the Sea of Azov" are waters
WATER_BEFORE = {"gulf", "sea", "bay", "strait", "straits", "lake", "lakes", "river"}
SMALL_DIVISION = 1_000_000  # below this a division's name used like a region's needs its country in the article


def feature_of(doc, ts, te) -> tuple[str, bool] | None:
    """("open" | "named", inside) when tokens [ts, te) name a geographic feature or a part of its name:
    "the Red Sea" (open water, the feature word inside the name), "the Niger Delta" (a feature named after
    a place), "the Gulf of Aden", "Lake Victoria" (open water)."""
    tok = tokens(doc)
    last = tok[te - 1].lower_
    if te - ts > 1 and (last in OPEN_WATERS or last in NAMED_FEATURES):
        return ("open" if last in OPEN_WATERS else "named"), True
    nxt = tok[te].lower_ if te < len(doc) else ""
    if nxt in OPEN_WATERS or nxt in NAMED_FEATURES:
        return ("open" if nxt in OPEN_WATERS else "named"), False
    k = ts - 1
    if k >= 0 and tok[k].lower_ == "of":
        k -= 1
    if k >= 0 and tok[k].lower_ in WATER_BEFORE and tok[k].text[:1].isupper():
        return "open", False
    return None


def not_in_one_state(doc, toponym, best, qualifier, context, dl_country) -> bool:
    """Is the name, as used here, not a place in the state of its reading `best`?

    - seas, gulfs, straits lie between states: "the Red Sea" is not Sudan's Red Sea state, "the Gulf of Aden"
      not Aden's Yemen, "Lake Victoria" not Australia's Victoria; a city named for one stays ("Thunder Bay");
    - a river, bay or land feature named after a country is not that state ("the Niger Delta", "the Jordan
      Valley"); one named after a division or town lies in its state ("the Bekaa Valley", "Mount Sinjar");
    - a qualifier or a nationality word naming another country ("the Kurdistan province of Iraq", "Syrian
      Kurdistan") rules out a division of the gazetteer's country;
    - a small division's name used like a region's ("the Sahel", "the Balkan states"), with no word for a
      division and no sign of its country in the article, is that region.
    """
    ts, te, _, admin_hint = toponym
    feature = None if admin_hint else feature_of(doc, ts, te)
    if feature == ("open", True):
        return best["kind"] != "city"
    if feature is not None and (feature[0] == "open" or best["kind"] == "country"):
        return True
    if best["kind"] != "admin1":
        return False
    tok = tokens(doc)
    k = te + 1 if admin_hint else te
    # "the Kurdistan province of Iraq"; a comma may begin something else ("in X, Russia's ministry said")
    of_qualifier = qualifier and k < len(doc) and tok[k].lower_ == "of"
    named = qualifier["countries"] if of_qualifier else {_demonym_before(doc, ts)} - {None}
    if named and best["country"] not in named:
        return True
    return not admin_hint and not named and (best["population"] or 0) < SMALL_DIVISION \
        and not context.get(best["country"]) and best["country"] != dl_country and _regional_use(doc, ts, te)


def _regional_use(doc, ts, te) -> bool:
    """Used as the name of a region, not a province: with "the" ("the Sahel") or as a word describing a
    common noun ("Balkan states", "a Balkan nation"); provinces go bare ("in Corsica", "in Meghalaya")."""
    tok = tokens(doc)
    last = tok[te - 1]
    return ts > 0 and tok[ts - 1].lower_ == "the" or last.dep_ in ("amod", "compound") \
        and last.head.i >= te and last.head.pos_ == "NOUN"


def _demonym_before(doc, ts) -> str | None:
    """The country of a nationality word right before a place ("Iraqi Kurdistan", "Indian Punjab")."""
    kb = _knowledge()
    if ts == 0 or kb is None:
        return None
    hit = kb.surfaces.get(tokens(doc)[ts - 1].text)
    return hit[1] if hit and hit[0] == "DEMONYM" else None


# -- 2. metonyms -----------------------------------------------------------------------------------
def is_metonym(doc, ts, te) -> bool:
    """A country or capital that acts ("Moscow said", "Russia expelled", "Washington and Baghdad are in
    talks"): the subject of a verb is an actor, not a place."""
    root = doc[ts:te].root
    dep, head = root.dep_, root.head
    if dep == "conj":
        dep, head = head.dep_, head.head
    if dep in SUBJECT_DEPS and head.pos_ in ("VERB", "AUX"):
        return True
    if dep == "poss" and _act_noun(head):  # "Washington's recent expulsion of Russian diplomats"
        return True
    for m in _mentions_covering(doc, ts):
        if te <= m["tok"][1] and m.get("actors"):
            h = doc[m["head"]]
            hd = h.head.dep_ if h.dep_ == "conj" else h.dep_
            if hd in SUBJECT_DEPS and m["tok"][1] - m["tok"][0] == te - ts:
                return True
    return False


def _mentions_covering(doc, i: int) -> list[dict]:
    """The mentions with actors whose tokens cover token i, in list order (an index built once per
    mentions list: a pass over every mention per toponym was quadratic in long texts)."""
    mentions = doc._.mentions or []
    cached = doc.user_data.get(_COVER_KEY)
    if cached is None or cached[0] is not mentions or cached[1] != len(mentions):
        index: dict[int, list] = {}
        for m in mentions:
            if m.get("actors"):
                for k in range(m["tok"][0], m["tok"][1]):
                    index.setdefault(k, []).append(m)
        cached = doc.user_data[_COVER_KEY] = (mentions, len(mentions), index)
    return cached[2].get(i, [])


_COVER_KEY = ("communique", "places_mentions_covering")


ACT_NOUNS = {"decision", "move", "policy", "stance", "response", "demand", "plan", "offer", "call", "threat",
             "support", "role", "claim", "strategy", "approach", "ban", "sanctions", "attack", "strike", "war",
             "invasion", "offensive", "bid", "push", "refusal", "warning", "view", "line", "veto", "aid", "deal",
             "proposal", "ally", "allies", "envoy", "ambassador", "diplomats", "forces", "troops", "leaders"}
ACT_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ure")
PLACE_NOUNS = {"population", "station", "location", "region", "outskirts", "settlement", "environment"}


def _act_noun(t) -> bool:
    """A noun naming what a government does ("expulsion", "decision", "sanctions"), not a part of a place."""
    low = t.lemma_.lower()
    return t.pos_ == "NOUN" and low not in PLACE_NOUNS and (low in ACT_NOUNS or t.lower_ in ACT_NOUNS
                                                         or low.endswith(ACT_SUFFIXES))


# -- 3. resolving ----------------------------------------------------------------------------------
def country_evidence(doc, gaz, found) -> list[tuple[int, int, str]]:
    """(token start, token end, country code) for every sign of what countries the article is about:
    actors' codes, demonyms and country names, unambiguous toponyms."""
    out = []
    index = {a["id"]: a for a in doc._.actors or []}
    for m in doc._.mentions or []:
        for aid in m.get("actors") or []:
            code = (index.get(aid) or {}).get("code")
            if code and len(code) == 3 and code.isalpha() and code.isupper() and code not in ("IGO", "NGO", "MNC"):
                out.append((m["tok"][0], m["tok"][1], code))
    kb = _knowledge()
    if kb is not None:
        for ent in doc.ents:
            if ent.label_ in ("NORP", "GPE"):
                for text in dict.fromkeys((ent.text, ent[0].text)):
                    hit = kb.surfaces.get(text)
                    if hit and hit[0] in ("COUNTRY", "DEMONYM", "CAPITAL"):
                        out.append((ent.start, ent.end, hit[1]))
                        break
    for ts, te, name, _ in found:
        countries = {c["country"] for c in gaz.candidates(name)}
        if len(countries) == 1:
            out.append((ts, te, countries.pop()))
    return out


def context_for(evidence, ts, te) -> Counter:
    """Country evidence outside tokens [ts, te): a toponym is no evidence for itself."""
    return Counter(code for s, e, code in evidence if e <= ts or s >= te)


class ContextIndex:
    """`ContextIndex(evidence)(ts, te) == context_for(evidence, ts, te)`, without a pass over all the
    evidence per toponym: the counts of the whole list minus the items overlapping [ts, te)."""

    def __init__(self, evidence):
        self.items = sorted(evidence, key=lambda x: x[0])
        self.starts = [x[0] for x in self.items]
        self.longest = max((e - s for s, e, _ in self.items), default=0)
        self.total = Counter(code for _, _, code in evidence)

    def __call__(self, ts, te) -> Counter:
        out = self.total.copy()
        # an overlapping item starts before te and ends after ts, so it starts at or after ts - longest
        lo = bisect.bisect_left(self.starts, ts - self.longest)
        hi = bisect.bisect_left(self.starts, te)
        for s, e, code in self.items[lo:hi]:
            if e > ts and s < te:
                out[code] -= 1
                if out[code] <= 0:
                    del out[code]
        return out


def _knowledge():
    """The actors' country tables (demonyms: "Spanish" -> ESP), if that package part is available."""
    try:
        from communique import knowledge
        return knowledge.load()
    except Exception:  # noqa: BLE001 - context is a bonus, never a requirement
        return None


def qualifier_of(doc, te, gaz) -> dict | None:
    """A country or division named right after a place: "Paris, Texas", "Hainan, China", "Hainan province
    of China"."""
    k = te
    if k < len(doc) and doc[k].lower_ in ADMIN_HINTS:
        k += 1
    if not (k + 1 < len(doc) and doc[k].text in (",", "of")):
        return None
    k += 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    for n in (3, 2, 1):
        if k + n <= len(doc) and all(_cap(t) for t in doc[k:k + n]):
            q = _qualifier(gaz, doc[k:k + n].text)
            if q:
                return q
    return None


def _in_qualifier(gaz, cands, qualifier) -> list[dict]:
    """A dateline's candidates, or, when its qualifier names one country and none of them lies in it ("GUBA,
    Ethiopia": the gazetteer's only Guba is Quba in Azerbaijan), that country: a town too small to know is still
    there. (Not in running text, where ", Russia's foreign ministry said" after a place is no qualifier.)"""
    if not qualifier or len(qualifier["countries"]) != 1 or any(c["country"] in qualifier["countries"] for c in cands):
        return cands
    entry = gaz.country(next(iter(qualifier["countries"])))
    return [dict(entry, primary=True)] if entry else cands


def _qualifier(gaz, name) -> dict | None:
    cands = [c for c in gaz.candidates(name) if c["kind"] in ("country", "admin1") and c["primary"]]
    if not cands:
        return None
    return {"countries": {c["country"] for c in cands}, "admin1": {c["geonameid"] for c in cands}}


def _cap(t) -> bool:
    # (an elided article or particle inside the name: "N'Djamena", "Côte d'Ivoire"'s parts, "L'Aquila")
    return t.text[:1].isupper() and (t.is_alpha or len(t.text) > 3 and "'" in t.text.replace("’", "'") and
                                     t.text.replace("’", "").replace("'", "").isalpha())


def fame(cand: dict) -> int:
    """How widely a city is written about: its alternate names, counted only where the name read is its own
    ("Bethlehem" is an old translation of Belém, Brazil: Belém's fame is no sign of the name's)."""
    return min(cand.get("alternates") or 0, FAME_CAP) if cand["primary"] and cand["kind"] == "city" else 0


def score(cand: dict, context: Counter, dl_country: str | None, qualifier: dict | None, admin_hint: bool,
          fame_floor: int = 0) -> float:
    """How likely this gazetteer entry is the place meant (higher is better).

    `fame_floor`, the fame of the most famous city of that name, is what countries and divisions count for
    fame: it ranks namesake cities ("Geneva", not Geneva, Illinois) and leaves a division or a country where
    population and kind put it against the best of them."""
    s = math.log10((cand["population"] or 0) + 10)
    if cand["primary"]:
        s += 1.5
    kind = cand["kind"]
    if kind == "country":
        s += 3.0
    elif kind == "admin1":
        s += 2.0 if admin_hint else -1.5
    elif admin_hint:
        s -= 2.0
    if cand["capital"]:
        s += 1.0
    s += FAME_WEIGHT * (fame(cand) if kind == "city" else fame_floor)
    n = context.get(cand["country"], 0)
    if n:
        s += (1.0 + min(n, 8) * 0.25) * (1.0 if cand["primary"] or kind != "city" else 0.5)
    if dl_country and cand["country"] == dl_country:
        s += 1.5
    if qualifier and kind != "country" and cand["geonameid"] not in qualifier["admin1"]:
        if cand["admin1"] and cand["admin1"] in qualifier["admin1"]:
            s += 10.0
        elif cand["country"] in qualifier["countries"]:
            s += 6.0
    return s


def resolve(gaz, name, context, dl_country=None, qualifier=None, admin_hint=False, admins=None) -> dict | None:
    """The best gazetteer entry for `name`; `admins` counts the divisions other places of the text lie in."""
    cands = gaz.candidates(name)
    if not cands:
        return None
    admins = admins or {}
    floor = max(map(fame, cands))

    def total(c):
        bonus = near_context(gaz, c, context)
        if c["kind"] == "admin1" and admins.get(c["geonameid"]):
            bonus += 2.0 + min(admins[c["geonameid"]], 3)  # "Atlanta and Savannah ... Georgia": their state
        elif c["kind"] != "country" and c["admin1"] and admins.get(c["admin1"]):
            bonus += 1.0
        return score(c, context, dl_country, qualifier, admin_hint, floor) + bonus
    best = max(cands, key=total)
    return prefer_city(best, cands, admin_hint)


NEAR_KM = 400  # a place this close to the middle of a country the article is about is its neighbour's


def near_context(gaz, cand, context) -> float:
    """Half the context bonus for a place next door to a country the article is about ("Israeli soldiers
    raided a camp near Bethlehem": the West Bank's, not Pennsylvania's)."""
    if not context or cand["country"] in context:
        return 0.0
    n = max((k for code, k in context.items() if _km(cand, _country_point(gaz, code)) <= NEAR_KM), default=0)
    return 0.5 * (1.0 + min(n, 8) * 0.25) if n else 0.0


_POINTS: dict = {}


def _country_point(gaz, code):
    """A country's middle (the median of its towns), cached."""
    if code not in _POINTS:
        e = gaz.country(code)
        _POINTS[code] = (e["lat"], e["lon"]) if e else None
    return _POINTS[code]


def _km(cand, point) -> float:
    if point is None:
        return math.inf
    la1, lo1, la2, lo2 = map(math.radians, (cand["lat"], cand["lon"], point[0], point[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(min(1.0, math.sqrt(h)))


def prefer_city(best, cands, admin_hint=False):
    """A division named after its big city ("Omsk", "Almaty", "Kandahar"): without "province"/"region"
    the city is meant."""
    if best["kind"] != "admin1" or admin_hint:
        return best
    cities = [c for c in cands if c["kind"] == "city" and c["country"] == best["country"]
              and (c["admin1"] == best["geonameid"] or not c["admin1"])
              and (c["population"] or 0) >= 0.2 * (best["population"] or 1)]
    return max(cities, key=lambda c: c["population"] or 0) if cities else best


def resolve_dateline(doc, gaz, context) -> str | None:
    """Resolve `doc._.dateline` ("ALMATY" -> Almaty, KAZ) and return its country code."""
    dl = doc._.dateline
    if not dl or not dl.get("text"):
        return None
    text = doc._.source_text
    s, e = dl["span"]
    tail = text[e:e + 60].lstrip()
    qualifier = None
    if tail[:1] in (",", "["):  # "ASTANA, Kazakhstan, July 4." / "New Delhi [India], June 10 (ANI):"
        words = tail[1:].strip().replace("]", ",").split(",")[0].split()
        for n in (3, 2, 1):
            qualifier = _qualifier(gaz, " ".join(words[:n]).strip(". ")) if len(words) >= n else None
            if qualifier:
                break
    cands = [c for c in gaz.candidates(dl["text"]) if c["kind"] != "country"] or gaz.candidates(dl["text"])
    cands = _in_qualifier(gaz, cands, qualifier)
    if not cands:
        return None
    floor = max(map(fame, cands))
    best = max(cands, key=lambda c: score(c, context, None, qualifier, False, floor)
               + (1.0 if c["kind"] == "city" else 0))
    dl["place"] = {k: best[k] for k in ("name", "country", "lat", "lon", "geonameid")}
    return best["country"]


# -- 4. event locations ----------------------------------------------------------------------------
def location_for(doc, ts: int, te: int, targets=None) -> dict | None:
    """Where an event in tokens [ts, te) (usually its sentence) happened.

    1. a place in that range governed by a locative preposition ("in Hainan", "at the summit in Astana",
       "near Omsk"), or by "to" when the sentence is about travel ("paid a visit to Russia"); failing
       those, one after "from"/"into"/"off"; the finest place wins (city over region over country),
       then the first;
    2. else, for a visit (a travel word in the range: visit, arrive, travel, trip, tour...), the country
       of the first of `targets` (ISO alpha-3 codes of the event's targets) the gazetteer knows; callers
       may pass the targets of every event, they are only used for visits;
    3. else the dateline place.
    Returns {"name", "country", "lat", "lon", "geonameid", "precision": "city|region|country", "text", "span"}
    ("text"/"span" are None when the location comes from `targets`), or None.
    """
    memo = _location_memo(doc)
    key = (ts, te, tuple(targets or ()))
    if key not in memo:  # the events of one sentence ask about the same range
        memo[key] = _location_for(doc, ts, te, targets)
    found = memo[key]
    return dict(found) if found is not None else None


def _location_memo(doc) -> dict:
    """Per Doc and places list: (ts, te, targets) -> location, and the places sorted by first token."""
    places = ext(doc, "places") or []
    cached = doc.user_data.get(_LOCATION_KEY)
    if cached is None or cached[0] is not places or cached[1] != len(places):
        cached = doc.user_data[_LOCATION_KEY] = (places, len(places), {})
    return cached[2]


_LOCATION_KEY = ("communique", "places_location_memo")


def places_in(doc, ts: int, te: int) -> list[dict]:
    """The places lying inside tokens [ts, te), in list order (bisect over the places sorted by start)."""
    places, starts, order, _ = _places_index(doc)
    hits = [k for k in order[bisect.bisect_left(starts, ts):bisect.bisect_left(starts, te)]
            if places[k]["_tok"][1] <= te]
    return [places[k] for k in sorted(hits)]


def place_at(doc, i: int) -> dict | None:
    """The first place (in list order) whose tokens cover token i and that has a country."""
    longest = _places_index(doc)[3]
    return next((p for p in places_in(doc, max(0, i + 1 - longest), i + longest)
                 if p["_tok"][0] <= i < p["_tok"][1] and p.get("country")), None)


def _places_index(doc):
    """(places, their first tokens sorted, the order that sorts them, the longest in tokens), once per list."""
    places = ext(doc, "places") or []
    cached = doc.user_data.get(_PLACES_KEY)
    if cached is None or cached[0] is not places or cached[1] != len(places):
        order = sorted(range(len(places)), key=lambda k: places[k]["_tok"][0])
        longest = max((p["_tok"][1] - p["_tok"][0] for p in places), default=0)
        cached = (places, len(places), [places[k]["_tok"][0] for k in order], order, longest)
        doc.user_data[_PLACES_KEY] = cached
    return cached[0], cached[2], cached[3], cached[4]


_PLACES_KEY = ("communique", "places_by_start")


def _location_for(doc, ts: int, te: int, targets=None) -> dict | None:
    places = places_in(doc, ts, te)
    visit = any(t.lemma_.lower() in VISIT_LEMMAS for t in tokens(doc)[ts:te])
    scored = []
    for p in places:
        prep = _governing_prep(doc, p["_tok"][0], p["_tok"][1])
        if prep in LOCATIVE or (prep == "to" and visit):
            strength = 0
        elif prep in LOCATIVE_WEAK and prep != "to":
            strength = 1
        else:
            continue
        rank = {"city": 0, "admin1": 1, "country": 2}.get(p["_kind"], 3)
        scored.append((strength, rank, p["_tok"][0], p))
    if scored:
        p = min(scored, key=lambda x: x[:3])[3]
        return _loc(p, PRECISION.get(p["_kind"], "city"), p["text"], p["span"])
    for code in (targets or []) if visit else []:
        entry = gazetteer.load().country(code) if code else None
        if entry:
            return _loc(entry, "country", None, None)
    dl = doc._.dateline
    if dl and dl.get("place"):
        entry = gazetteer.load().by_id(dl["place"]["geonameid"])
        precision = PRECISION.get(entry["kind"], "city") if entry else "city"
        return _loc(dl["place"], precision, dl["text"], dl["span"])
    return None


def _governing_prep(doc, ts, te) -> str | None:
    """The preposition a place hangs on ("in" for "in Hainan province", "in" for "the summit in Astana")."""
    root = doc[ts:te].root
    t = root
    for _ in range(2):  # "in [the city of] X" / "in X province": climb at most through one noun
        if t.dep_ == "pobj" and t.head.pos_ == "ADP":
            return t.head.lower_
        if t.dep_ in ("compound", "appos", "conj", "nmod") and t.head.i != t.i:
            t = t.head
            continue
        break
    if ts > 0 and doc[ts - 1].pos_ == "ADP":
        return doc[ts - 1].lower_
    return None


def _loc(p, precision, text, span) -> dict:
    return {"name": p["name"], "country": p["country"], "lat": p["lat"], "lon": p["lon"],
            "geonameid": p["geonameid"], "precision": precision, "text": text, "span": span}
