"""Actors: find every political actor mention and resolve it to a country, an organisation and a sector.

`__call__` = match, then set annotations (as spaCy's SpanRuler does):
1. `classify` labels tokens with what the knowledge tables know (country names, demonyms, capitals, seats of
   government, organisations, role words) and what the model knows (PERSON names after titles).
2. `chunk` groups adjacent labels into actor phrases with a small grammar: "Kazakh Minister of Foreign
   Affairs Yermek Kosherbayev", "his Russian counterpart Sergey Lavrov", "Lebanon's new President Elias
   Hrawi", "Hungarian and Romanian officials", "the two foreign ministers".
3. `resolve` turns phrases into document actors: people are merged by surname (a later "Lavrov" is the same
   actor), groups and organisations by (country, role), states by code; plural back-references point at the
   set of actors named before them.
Results: `doc._.actors` (document JSON actors) and `doc._.mentions` (see lookup.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from dataclasses import dataclass, field, replace

import numpy
from spacy.attrs import DEP, IS_ALPHA, LEMMA, LOWER, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import PROPN
from spacy.util import filter_spans

from communique import knowledge
from communique.knowledge import NON_STATE_CODES, dictionary, people
from communique.pipeline import coref, gate, lookup, named_orgs
from communique.pipeline.domestic import DESTINATION_PREPS  # ("flights to Jordan": `note_groups`)
from communique.pipeline.textprep import content_sents
from communique.pipeline.extensions import span_tokens, token_indices, tokens, tokens_with, upper_initial
from communique.pipeline.amounts import NAMES as CURRENCY_NAMES
from communique.pipeline.event_dates import NUMBER_WORDS

NAME_PARTICLES = {"ul", "al", "el", "bin", "ibn", "de", "da", "van", "von", "der", "la", "le", "du", "dos",
                  "di", "del", "bint", "abu"}
NAME_SUFFIXES = {"Jr.", "Jr", "Sr.", "II", "III"}
# courtesy titles before a name: part of no one's name ("Ms Amina" is the Amina Yusuf named before)
COURTESY_TITLES = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mme", "mme.", "madam", "madame", "dr", "dr."}
# words that name a newspaper after a place: "the Indian Express", "The Japan Times", "the Moscow Times"
# bodies of water and landforms named after a country: "the Sea of Japan", "the South China Sea"
FEATURE_BEFORE_OF = {"Sea", "Gulf", "Bay", "Strait", "Straits", "Ocean", "Channel", "Sound", "Bight", "Isthmus"}
FEATURE_AFTER = {"Sea", "Ocean", "Sea's", "River", "Delta", "Basin", "Valley", "Peninsula", "Plateau", "Highlands"}
# a country's own name before these, capitalised or not, names a feature ("the Niger delta", "the Congo basin")
FEATURE_AFTER_COUNTRY = {"river", "delta", "basin", "valley"}
MASTHEADS = {"Times", "Post", "Express", "Herald", "Tribune", "Gazette", "Journal", "Chronicle", "Observer",
             "Telegraph", "Independent", "Standard", "Mirror", "Examiner", "Inquirer", "Globe", "Monitor",
             "Dispatch", "Courier", "Daily", "Mail"}
PLACE_UNITS = ("NAT", "COUNTRY", "CAPITAL")
# currency words a country's name or adjective may qualify ("U.S. dollars"); "real" reads as "real estate" too
CURRENCY_WORDS = frozenset(CURRENCY_NAMES) - {"real"}
# capitalised words that continue a known body's name: "the Revolutionary Guards Corps", "... Corp."
ORG_TAILS = {"Corps", "Corp.", "Corp", "Command", "Force", "Forces", "Agency", "Service", "Council", "Committee",
             "Commission", "Organization", "Organisation", "Authority"}
# hyphenated words after a title that keep its office: "president-elect", "prime minister-designate"
TITLE_SUFFIXES = {"elect", "designate", "nominee"}
MODIFIERS = {"senior", "new", "former", "top", "acting", "interim", "then", "ousted", "outgoing", "incoming",
             "chief", "deputy", "first", "current", "late", "veteran", "newly", "elected", "de", "facto",
             "self", "-", "proclaimed", "rival", "warring", "embattled", "exiled", "prominent", "ruling"}
# words between the comma and an apposition: "X, the Romanian foreign minister", "X, a senior Romanian diplomat"
APPOS_LEAD = {"the", "a", "an"} | MODIFIERS
BACKREF_DETS = {"the", "both", "two", "these", "those", "three", "all", "our", "their"}
# bodies that are international unless a nationality says whose they are ("UN-style" roles): peacekeepers always,
# the others when marked ("international inspectors", "weapons inspectors", "West African monitors", "the war
# crimes tribunal"); "Nigerian peacekeepers" and "US inspectors" keep their state
INTERNATIONAL_ROLES = {"peacekeepers"}
MARKED_INTERNATIONAL_ROLES = {"inspectors", "monitors", "observers", "tribunal"}
INTERNATIONAL_MARKS = {"international", "multinational", "regional", "weapons", "nuclear", "arms", "ceasefire",
                       "truce", "crimes"}
# people who serve another ("an adviser to the president"): of the country of the one they serve
SERVING_ROLES = {"adviser", "advisor", "aide", "assistant", "counsellor", "counselor", "secretary", "spokesman",
                 "spokeswoman", "spokesperson"}
# regions of several states, and the head words of the bodies they form ("Caribbean Development Bank")
REGIONS = {"caribbean", "african", "asian", "european", "arab", "islamic", "pacific", "nordic", "eurasian", "andean",
           "inter american", "latin american", "central american", "south american", "southeast asian", "west african",
           "east african", "southern african", "central african", "north african", "gulf", "baltic", "mediterranean",
           "sahel", "amazon", "mekong", "danube", "arctic", "commonwealth", "pan african", "ibero american"}
REGIONAL_HEADS = {"bank", "fund", "community", "union", "commission", "forum", "organisation", "organization",
                  "council", "court", "parliament", "secretariat", "agency", "alliance", "assembly", "league"}
# posts held in a body ("the UN special envoy", "head of the agency"): of the body named with them
BODY_POSTS = {"envoy", "representative", "official", "head", "chief", "director", "coordinator", "commissioner"}
# a one-word name the model did not tag as a person is a place when a city of this size bears it
BIG_CITY = 200_000
# acts named by where they happened ("the Douma attack"), and how big a town must be to be taken for that place
PLACED_ACT_NOUNS = {"attack", "bombing", "massacre", "poisoning", "shooting", "strike", "airstrike", "explosion",
                    "blast", "siege", "offensive", "killing", "killings", "uprising", "protest", "riot", "crackdown"}
EVENT_TOWN = 20_000
# occasions at which officials speak: one held "in" a capital is its government's
SPEAKING_VENUES = {"conference", "briefing", "interview", "statement"}
# "the two sides", "both governments": the story's two parties, told by the states it names most
SIDE_WORDS = {"side", "sides", "party", "parties", "government", "governments"}
# what "both" names after a role ("officials in both capitals", "delegations from both countries"): the two states
BOTH_SIDES_WORDS = {"capitals", "countries", "sides", "nations", "governments", "states"}
DIASPORA_NATIONS = {"USA", "CAN", "AUS"}  # "Cuban-American": an American of Cuban descent
# what a "regime" of rules governs ("the sanctions regime", "a visa-free regime", "the non-proliferation regime")
FRAMEWORK_WORDS = {"sanction", "sanctions", "visa", "visa-free", "tax", "customs", "ceasefire", "non-proliferation",
                   "nonproliferation", "control", "export", "import", "trade", "inspection", "verification",
                   "safeguard", "safeguards", "climate", "legal", "monitoring", "border", "transit", "tariff",
                   "exchange", "currency", "price", "cap", "aviation", "ocean", "arms", "disarmament"}
RULER_WORDS = {"junta", "regime"}  # "the juntas", "the regimes": plural, the states just listed
STATE_WORDS = {"country", "countries", "nation", "nations", "state", "states"}
PLURAL_SIDES = {"side", "sides", "country", "countries", "nation", "nations", "party", "parties", "state",
                "states", "government", "governments", "leader", "leaders"}
# people an organisation gathers ("the Heads of State of ECOWAS", "EU foreign ministers"): "the leaders" who act
# next are that organisation, when it was named within this many tokens
# words for an intergovernmental body already named ("the bloc", "the regional grouping")
BLOC_WORDS = {"bloc", "grouping", "body", "alliance"}
LOOSE_BLOC_WORDS = {"body", "alliance"}  # words that name other things too: only with a modifier of this kind
BLOC_MODIFIERS = {"regional", "continental", "world", "international", "intergovernmental", "multilateral",
                  "military", "western", "defence", "defense", "security", "trade", "trading", "economic",
                  "transatlantic", "atlantic", "global", "pan-african", "african", "arab", "european", "-"}
GATHERED_PEOPLE = {"head", "leader", "minister", "president", "premier", "delegate"}
GATHERED_REACH = 150
ARMED_SECTORS = {"MIL", "COP", "REB"}  # armed men, whom no back-reference finds among the officials named
FORCE_SECTORS = {"MIL", "COP"}  # a state's armed and police forces: unnamed, those of the story's home state
# what a state does to its own people it holds to account: arrest, try, jail or execute them
CAPTIVE_VERBS = {"detain", "arrest", "jail", "imprison", "sentence", "convict", "execute", "hang", "prosecute",
                 "indict", "charge"}
# "West African leaders", "European foreign ministers", "Gulf states" (`_regional_collectives`)
COLLECTIVE_NOUNS = {"leader", "state", "country", "nation", "government", "minister", "president", "head"}
COLLECTIVE_MODIFIERS = {"foreign", "defence", "defense", "finance", "trade", "member", "fellow", "neighbouring",
                        "neighboring"}
RESPONSE_VERBS = {"respond", "retaliate", "react", "reciprocate"}  # what a state says it would do in answer
AIRCRAFT_ROLES = {"fighter", "bomber"}  # role words that, before a noun, name a warplane
CROWD_ROLES = {"protesters", "supporters"}  # crowds placed where they gather or where the story is filed
MASTHEAD_LINES, MASTHEAD_WORDS = 2, 10  # a site's masthead: its first short lines
GATHERED_LINKS = {"appos", "compound", "nmod", "poss", "amod", "pobj", "prep", "conj"}
# role words that are ordinary nouns unless a country, organisation or name makes them an actor
WEAK_ROLES = {"party", "mission", "court", "agency", "media", "union", "force", "general", "side", "administration",
              "cabinet", "presidency", "television", "bank", "company", "firm", "church", "university",
              "secretary", "leader", "official", "authority", "military", "government", "ministry",
              "delegation", "regime", "counterpart", "resident", "worker", "student", "teacher", "prisoner",
              "intelligence", "congress", "parliament", "forces", "troops", "police", "army", "opposition",
              "council", "commission", "observer", "inspector", "monitor", "aide", "adviser", "advisor", "speaker",
              "deputy", "mp", "faction", "leadership", "state council", "embassy", "envoy", "diplomat",
              "country", "nation", "bureau", "senate", "national assembly", "house of representatives", "legislature",
              "supreme court", "high court", "constitutional court"}
# what a person is to another who shares his country: "Putin and his spokesman X", "al-Burhan and his former
# deputy turned rival X", "Trump's daughter X" (not "counterpart", "host", "rival": the other side)
RELATION_NOUNS = {"deputy", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "sister",
                  "brother", "son", "daughter", "wife", "husband", "father", "mother", "widow", "nephew", "niece",
                  "cousin", "successor", "predecessor", "lieutenant", "protege", "protégé", "ally", "colleague"}
ENVOY_NOUNS = {"envoy", "emissary", "representative"}  # "X, Pope Francis's peace envoy": his envoy is of his state
SUBJECT_DEPS = {"nsubj", "nsubjpass", "poss", "agent"}
# verbs whose object is a place, not the government of the capital named ("visited Moscow", "shelled Kabul")
PLACE_VERBS = {"visit", "reach", "leave", "enter", "tour", "fly", "travel", "return", "cross", "approach", "surround",
               "besiege", "storm", "capture", "seize", "take", "retake", "recapture", "control", "hold", "shell",
               "bomb", "attack", "strike", "hit", "liberate", "occupy", "evacuate", "flee", "rock", "pound", "target"}
# surnames of the people index that are also ordinary capitalised words
NOT_SURNAMES = {"major", "general", "brown", "rice", "baker", "powell", "king", "prince", "may", "white",
                "young", "long", "little", "grand", "rich", "street", "ford", "hunt", "hill", "marshal"}
# capitalised words that end the name of a body, never a person's ("the Central Military District")
# people a city-based description places where they work, not in whose service ("a Moscow-based correspondent")
POSTED_WORKERS = {"correspondent", "journalist", "reporter", "analyst", "researcher", "writer", "photographer",
                  "editor", "expert", "academic", "scholar", "lawyer", "businessman", "executive", "consultant"}
INTERNATIONAL_WORDS = {"International", "World", "Global", "Intergovernmental", "Multinational"}
BODY_WORDS = {"district", "command", "region", "zone", "fleet", "corps", "brigade", "division", "battalion",
              "regiment", "university", "institute", "centre", "center", "department", "bureau", "committee",
              "council", "commission", "court", "ministry", "directorate", "headquarters", "province", "oblast",
              "confederation", "federation", "association", "service", "agency", "authority"}
# the sector a body word gives: a military formation ("U.S. Africa Command", "the Northern Fleet"), a branch of a
# state's administration ("the Immigration Department said", placed like one)
BODY_WORD_SECTOR = {**{w: "MIL" for w in ("command", "fleet", "corps", "brigade", "division", "battalion", "regiment")},
                    **{w: "GOV" for w in ("department", "ministry", "directorate")}}
# military ranks: part of a title ("Commander Major General Liu"), never a name
# what a person leads who is of its country: "the Indian team led by", "the interim government led by Y"
LED_BODIES = {"team", "side", "delegation", "group", "mission", "government", "administration", "cabinet", "junta",
              "council", "committee", "commission", "ministry", "department", "agency", "office", "party",
              "movement", "parliament", "senate", "assembly", "court", "bank", "fund"}
# words that follow a city in the name of a paper, a pact or a body named after it
NAMED_AFTER_PLACES = {"observer", "times", "post", "news", "herald", "daily", "tribune", "journal", "gazette",
                      "telegraph", "star", "agreement", "accord", "accords", "declaration", "process", "protocol",
                      "summit", "group", "club", "university", "airport", "exchange", "convention", "format"}
# titles that are also given names: a title only after "the" or before "Sheikh" / "of"
NAME_LIKE_TITLES = {("amir",)}
# titles that are also common words: a title only capitalised before a name
WORD_TITLES = {("justice",), ("chief", "justice")}
RANK_WORDS = {"major", "lieutenant", "colonel", "brigadier", "captain", "admiral", "marshal", "sergeant", "lt",
              "col", "gen", "maj", "capt", "brig"}
# offices held in another country: "ambassador to China", "chargé d'affaires in Russia" name the host after them
POSTED_ROLES = {"ambassador", "envoy", "high commissioner", "deputy high commissioner", "chargé d'affaires",
                "charge d'affaires", "consul", "consul general", "permanent representative", "special envoy",
                "special representative", "country manager", "country director", "resident representative"}
# bodies a country keeps in another: "the embassy in Moscow" is not Russia's
# verbs of coming together somewhere: the place is a venue, not the home of who comes
GATHERING_VERBS = {"gather", "meet", "convene", "assemble", "arrive", "attend", "visit", "travel", "fly", "hold"}
VENUE_ROLES = {"side", "party"}  # "talks between the sides in Ankara": where they met, not whose they are
POSTED_BODIES = {"embassy", "consulate", "mission", "peacekeeping mission", "delegation", "representation", "office"}
# a wire story's closing credits: "(Reporting by X in Y; Additional reporting by Z; Editing by W)"
CREDIT_LINE_RE = re.compile(r"\((?:Additional |Writing and )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ff]iled)"
                            r" by [^()]{1,300}\)")
SOLE_STATE_MIN, SOLE_STATE_SHARE = 4, 0.75  # a domestic story: its state named this often, and this share of all
PRONOUN_REACH = 80  # tokens: "it said" refers to a body named this close before
SPEECH_VERBS = {"say", "add", "state", "note", "announce", "stress", "report", "warn", "urge", "emphasize",
                "emphasise", "underline", "declare", "insist", "claim"}
HONORIFICS = {"excellency", "majesty", "highness", "holiness"}  # "His Excellency", said of one named before
PRONOUNS_SG = {"he", "she", "him", "her", "his"}
# verbs that report what their subject says or thinks: "X told reporters he ...", "X believes they ..."
REPORTING_VERBS = {"tell", "believe", "think", "argue", "deny", "admit", "confirm", "explain", "suggest", "complain",
                   "acknowledge", "indicate", "signal", "reveal", "promise", "vow", "pledge", "hope", "fear", "feel",
                   "hint", "threaten", "assert", "maintain", "predict", "recall"}
PRONOUNS_PL = {"they", "them", "their"}
# a thing's course, not a body's act ("It now goes to the president"): no sentence-opening "it" continues a state
MOTION_VERBS = {"go", "head", "move", "pass", "return", "travel", "reach", "arrive", "expire", "lapse"}
# verbs whose subject "it" stands for no one ("it seems", "it took two days", "it emerged that")
EXPLETIVE_IT_VERBS = {"seem", "appear", "take", "emerge", "remain", "happen", "matter", "rain", "mean", "cost",
                      "follow", "come", "look", "sound", "feel", "turn", "transpire", "say", "add"}
LOCATIVE_PREPS = {"in", "at", "near", "outside", "from", "across"}
PLACE_PREPS = {"of", "in", "near", "outside", "around"}  # "the city of X", "in X": X is a place, whatever its tag
US_PARTY_TAG = re.compile(r"\s*[,(]\s*[RDI]-[A-Z][a-z]*\.?(?:[A-Z]\.)?(?=[\s,;)]|$)")  # ", R-S.C.", " (D-Calif.)"
LOCAL_OFFICES = {"governor", "deputy governor", "mayor"}  # officials of a region or town: they report on it
ANNOUNCING_VERBS = {"announce", "confirm", "declare", "unveil"}
# nouns of meeting someone: "talks with X", "a meeting with X"
MEETING_NOUNS = {"talk", "talks", "meeting", "meetings", "call", "conversation", "discussion", "consultation",
                 "negotiation", "negotiations", "session", "audience"}
OPENING_QUOTES = {"“", "‘", "«"}
QUOTE_MARKS = OPENING_QUOTES | {"”", "’", "»", '"'}
TOPIC_PREPS = {"on", "about", "over", "against", "regarding", "concerning", "toward", "towards", "into"}
INTERLOCUTOR_PREPS = {"with", "to", "against", "for", "toward", "towards"}
# a state's own bodies, named without their country in a domestic story ("Police fired tear gas")
STATE_BODY_ROLES = {"police", "army", "military", "troops", "forces", "force", "government", "ministry", "authority",
                    "administration", "cabinet", "parliament", "presidency", "regime", "security forces", "court",
                    "senate", "national assembly", "house of representatives", "legislature", "congress",
                    "supreme court", "high court", "constitutional court"}
_UNSET = object()  # not computed yet
AMERICAS_REGIONS = {"latin", "south", "central", "north", "pan", "meso", "ibero", "hispanic"}
# "army-backed government", "military-led council": the first body backs or leads the second (`chunk`)
BACKED_WORDS = {"backed", "led", "allied", "aligned", "funded", "supported", "installed", "appointed", "controlled"}
CROWD_ROLE_SECTORS = {"LAB", "EDU", "OPP", "CVL"}  # workers, students, protesters: a domestic story's own people
# a story is "between two countries" only when the second is named at least 1/this as often as the first
INTERLOCUTOR_RATIO = 5
SOLE_COUNTRY_MENTIONS = 3  # how often an article must name its one country before untitled people take it
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD"}
# sectors whose compiled agent words are titles before a name ("Col. Somchai"), not words of a name ("Christian")
TITLE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG"}
# acts with two sides: the others named in their subject are the other side ("X and Y signed the notes")
RECIPROCAL_VERBS = {"sign", "ink", "initial", "exchange", "meet", "agree", "negotiate", "conclude"}  # officials whose office belongs to a country


# offices whose spokesperson speaks for the state itself: "Vietnam protested ... Foreign Ministry spokeswoman X"
STATE_VOICE_OFFICES = {"government", "foreign ministry", "presidency"}
SUBORDINATE_WORDS = {"deputy", "vice", "assistant", "under", "junior", "former", "ex"}


# the leaders and ministers a national news agency names by office alone ("His Highness the Amir", "the Crown
# Prince", "the Minister of Foreign Affairs")
AGENCY_LEADER_WORDS = {"amir", "emir", "king", "sultan", "crown", "president", "premier", "prime", "minister"}
# offices that a generic title written as such names: "the head of state" is the president or the king named
# before (not "the Amir", whose role is also "head of state")
OFFICE_FAMILIES = {"head of state": ("president", "king", "queen", "emir", "amir", "sultan", "monarch"),
                   "head of government": ("prime minister", "premier", "chancellor")}


def holds_office(roles: str | None, want: str) -> bool:
    """Does a person titled `roles` ("deputy prime minister and foreign minister") hold office `want` ("foreign
    minister", "minister"), so that "the <want>" can point back to him? A deputy is not the office he deputises
    ("the prime minister" is not the deputy prime minister named before)."""
    wanted = want.split()
    for part in (roles or "").split(" and "):
        words = part.split()  # ("ambassador to Azerbaijan": the office may have its posting after it)
        if any(words[i:i + len(wanted)] == wanted and not SUBORDINATE_WORDS & set(words[:i]) for i in range(len(words))):
            return True
    return False


def _gazetteer():
    try:
        from communique.knowledge import gazetteer

        return gazetteer.load()
    except Exception:  # noqa: BLE001 - the gazetteer only refines names; never fail the actors for it
        return None


def _headline_verb(t) -> bool:
    """Is `t` a verb of the trigger lexicon in the present tense that the parser took for a noun ("U.S. Treasury
    sanctions Justice X", "Iran slams ...")? It ends the phrase before it; it is no modifier of the role after it."""
    from communique.ontology import triggers

    return t.is_lower and t.tag_ in ("NNS", "VBZ") and t.lower_.endswith("s") and (
        t.lower_[:-1] in triggers()["verbs"] or t.lower_[:-2] in triggers()["verbs"])


# those who speak or work for someone ("a spokesperson for the minister", "an aide to the president")
VOICE_ROLES = {"spokesperson", "aide", "adviser"}
# prepositions of where people gather ("rallied outside the base in Niamey")
GATHERING_PREPS = {"in", "at", "outside", "near", "across", "throughout", "around", "inside", "into", "through"}


@dataclass
class Unit:
    kind: str  # NAT COUNTRY CAPITAL SEAT ORG ROLE NAME
    start: int
    end: int
    key: str | None = None  # country code, organisation key or role phrase
    complement: bool = False  # "to China" in "ambassador to China": not the actor's own country


def _common_lemma(t) -> str:
    """The lemma of a word, and of a plural the tagger took for a proper noun at a sentence's start
    ("Protesters demanded ...", tagged NNPS after a dateline: its lemma is left "protesters")."""
    lemma = t.lemma_.lower()
    if t.tag_ == "NNPS" and lemma == t.lower_ and lemma.endswith("s") and not lemma.endswith("ss") and (
            t.i == 0 or t.is_sent_start or t.nbor(-1).is_space or t.nbor(-1).text in ("-", "—", "–", ":")):
        return lemma[:-1]  # (not inside a body's name: "the Council of Foreign Ministers")
    return lemma


@dataclass
class Chunk:
    start: int
    end: int
    units: list[Unit] = field(default_factory=list)

    def of(self, kind):
        return [u for u in self.units if u.kind == kind]


# a dateline city big enough to stand for its country's newsroom ("Dar es Salaam", "Lagos", "Karachi", "Almaty")
DATELINE_CITY_POP = 250_000


@lru_cache(maxsize=512)
def _dateline_city_country(text: str) -> str | None:
    """The country of a dateline that names a big city rather than a capital: the gazetteer's most populous
    place of that name, when it is a city of at least DATELINE_CITY_POP under its own name."""
    from communique.knowledge import gazetteer

    if not gazetteer.DATA.exists():
        return None
    for name in dict.fromkeys((text, text.title())):
        for c in gazetteer.load().candidates(name):
            if c["kind"] in ("city", "admin1") and c["primary"] and (c["population"] or 0) >= DATELINE_CITY_POP:
                return c.get("country")
    return None


HOSTED_STORY_MENTIONS = 4  # how often a story filed from a third capital names the state it is about


def _clear_leader(counts: dict[str, int]) -> str | None:
    """The state a story names at least twice and more often than any other, or None."""
    top = sorted(counts, key=lambda c: -counts[c])
    return top[0] if top and counts[top[0]] >= 2 and (len(top) == 1 or counts[top[0]] > counts[top[1]]) else None


def _proper_name_word(t) -> bool:
    """A capitalised alphabetic proper noun: a word of a place's name ("British Columbia", "of Texas")."""
    return t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper()


def _region_country(gaz, name: str | None, named: frozenset = frozenset()) -> str | None:
    """The country of a first-level region (else a town of BIG_CITY people) the gazetteer knows by this name,
    when the name is no country's and its regions (towns) all lie in one country, or in one of the `named`
    countries: "Ontario" is Canada's province before it is a Californian town; "Punjab" is Pakistan's or
    India's, whichever of the two the story names."""
    if not name:
        return None
    found = gaz.candidates(name)
    if not found or any(c["kind"] == "country" for c in found):
        return None
    primary = [c for c in found if c.get("primary")]
    for kind, pop in (("admin1", 0), ("city", BIG_CITY)):
        pool = [c for c in primary if c["kind"] == kind] or [c for c in found if c["kind"] == kind and not primary]
        codes = {c["country"] for c in pool if (c["population"] or 0) >= pop and c["country"]}
        if len(codes) > 1:
            codes &= named
        if codes:
            return codes.pop() if len(codes) == 1 else None
    return None


def _opens_sentence(tok) -> bool:
    """Is the token the first word of its sentence (a headline's subject: "Moldova orders Russia to cut ...",
    which the parser often reads as a compound)?"""
    first = next((t for t in tok.sent if not t.is_space), None)
    return first is not None and first.i == tok.i


@Language.factory("communique_actors")
def make_actors(nlp, name):
    return ActorsComponent(nlp)


def _proper_words(doc) -> list[int]:
    """Indices of the capitalised alphabetic proper nouns (PROPN, `is_alpha`, upper-case first letter), from the
    Doc's arrays."""
    if not len(doc):
        return []
    arr = doc.to_array([POS, IS_ALPHA])
    upper = upper_initial(doc)
    return [i for i in numpy.flatnonzero((arr[:, 0] == PROPN) & (arr[:, 1] != 0)).tolist() if upper[i]]


class ActorsComponent:
    def __init__(self, nlp):
        self.kb = knowledge.load()
        self.people = people.seed()
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        by_label: dict[str, list] = {}
        for surface, (label, key) in self.kb.surfaces.items():
            by_label.setdefault(f"{label}|{key}", []).append(surface)
        for lk, surfaces in by_label.items():
            self.matcher.add(lk, [nlp.make_doc(s) for s in surfaces])
        self.roles = {tuple(p.split()): r for p, r in self.kb.roles.items()}
        self.max_role = max(len(k) for k in self.roles)
        self.role_first = {k[0] for k in self.roles}  # cheap guard: most tokens start no role
        self.role_lengths: dict[str, set[int]] = {}  # first word -> the lengths of the roles it starts
        for k in self.roles:
            self.role_lengths.setdefault(k[0], set()).add(len(k))
        self._lower_starts_role: dict[int, bool] = {}  # LOWER hash -> in role_first (`_role_starts`)
        self._lemma_starts_role: dict[int, bool] = {}  # LEMMA hash -> its lower case in role_first

    # -- 1. classify -------------------------------------------------------------------------------
    def _gazetteer(self, doc) -> dict[int, Unit]:
        spans = []
        for match_id, s, e in self.matcher(doc):
            span = doc[s:e]
            span.label_ = doc.vocab.strings[match_id]
            spans.append(span)
        out = {}
        for span in filter_spans(spans):
            label, key = span.label_.split("|", 1)
            kind = {"DEMONYM": "NAT"}.get(label, label)
            u = Unit(kind, span.start, span.end, key)
            if kind == "ORG" and self._national_namesake(doc, span, out):
                # "Armenia's Security Council", "the Armenian Security Council": a state's own body of the name
                u = Unit("ROLE", span.start, span.end, span.text.lower())
            for i in range(span.start, span.end):
                out[i] = u
        return out

    def _national_namesake(self, doc, span, units) -> bool:
        """Is this international body's name ("Security Council") a state's own body here, owned by the
        country or nationality right before it? Only a name that is also a role word."""
        org = self.kb.organisations.get(span.label_.split("|", 1)[1])
        if org is None or org.code != "IGO" or tuple(span.text.lower().split()) not in self.roles:
            return False
        i = span.start - 1
        if i >= 0 and doc[i].text in ("'s", "’s"):
            i -= 1
        before = units.get(i)
        return before is not None and before.kind in ("COUNTRY", "NAT") and (doc[i + 1].text in ("'s", "’s")
                                                                            or before.kind == "NAT")

    def _role_starts(self, doc) -> set[int]:
        """Tokens whose word or lemma may start a role (`_role_at` answers None for every other one),
        found from the Doc's arrays: most tokens start none, and asking each Token costs more."""
        strings = doc.vocab.strings
        first = self.role_first
        lowers, lemmas = self._lower_starts_role, self._lemma_starts_role
        arr = doc.to_array([LOWER, LEMMA, TAG]).tolist()
        nnps = strings["NNPS"]
        out = set()
        for i, (low, lemma, tag) in enumerate(arr):
            hit = lowers.get(low)
            if hit is None:
                hit = lowers[low] = strings[low] in first
            if not hit:
                hit = lemmas.get(lemma)
                if hit is None:
                    hit = lemmas[lemma] = strings[lemma].lower() in first
            if not hit and tag == nnps:
                hit = _common_lemma(doc[i]) in first  # ("Protesters" read as a name)
            if hit:
                out.add(i)
        return out

    def _role_at(self, doc, i, taken) -> Unit | None:
        tok = tokens(doc)
        if tok[i].lower_ not in self.role_first and _common_lemma(tok[i]) not in self.role_first:
            return None
        lens = self.role_lengths.get(tok[i].lower_, ())
        one_lemma = 1 in self.role_lengths.get(_common_lemma(tok[i]), ())
        for n in range(min(self.max_role, len(doc) - i), 0, -1):
            toks = tok[i:i + n]
            if n not in lens and not (n == 1 and one_lemma) and not (n > 2 and any(t.text == "-" for t in toks[1:-1])):
                continue  # no role of n words starts with this word (nor a hyphenated one joined below)
            if any(t.i in taken for t in toks) or any(t.is_space or t.is_punct and t.text != "-" for t in toks):
                continue
            keys = [tuple(t.lower_ for t in toks), tuple([t.lower_ for t in toks[:-1]] + [_common_lemma(toks[-1])])]
            if n > 2 and any(t.text == "-" and not tok[t.i - 1].whitespace_ for t in toks[1:-1]):
                # "Secretary-General", split by the tokenizer, is the table's one word "secretary-general"
                keys.append(tuple(" ".join(t.lower_ for t in toks).replace(" - ", "-").split()))
            for k in keys:
                if k in self.roles:
                    last = toks[-1]
                    if n == 1 and last.pos_ not in ("NOUN", "PROPN"):
                        return None
                    if n == 1 and last.lemma_.lower() in AIRCRAFT_ROLES and last.dep_ == "compound" \
                            and last.head.pos_ == "NOUN":
                        return None  # "scrambled fighter jets", "fighter pilots": the aircraft, no fighters
                    if n == 1 and last.lemma_.lower() == "regime" and i > 0 and tok[i - 1].dep_ == "compound" \
                            and tok[i - 1].head.i == i and tok[i - 1].lemma_.lower() in FRAMEWORK_WORDS:
                        return None  # "widened its sanctions regime", "the visa regime": a set of rules, no rulers
                    if n == 1 and self.roles[k].kind == "person" and last.ent_type_ == "ORG" and i + 1 < len(doc) \
                            and tok[i + 1].ent_type_ == "ORG" and tok[i + 1].ent_iob_ == "I" \
                            and tok[i + 1].text[:1].isupper() and last.dep_ == "compound":
                        return None  # "the General Confederation of Labour": a word of a body's name, no general
                    if k in NAME_LIKE_TITLES and not (i > 0 and tok[i - 1].lower_ in ("the", "'s", "’s")
                                                       or i + 1 < len(doc) and tok[i + 1].lower_ in ("sheikh", "of")):
                        return None  # "Amir Khan Muttaqi" is a name; "the Amir", "Amir Sheikh X" a title
                    if k in WORD_TITLES and not (tok[i + n - 1].text[:1].isupper() and i + n < len(doc)
                                                 and tok[i + n].ent_type_ == "PERSON"):
                        return None  # "Justice X ruled" is a judge; "bring them to justice" is no one
                    end = i + n
                    if end + 1 < len(doc) and tok[end].text == "-" and tok[end + 1].lower_ in TITLE_SUFFIXES \
                            and not tok[end].whitespace_:
                        end += 2  # "president-elect", "prime minister-designate": the same office, to come
                    return Unit("ROLE", i, end, " ".join(k))
        return None

    @staticmethod
    def _in_feature_name(doc, u) -> bool:
        """Is the name part of a geographic feature's proper name ("Gulf of Oman", "East China Sea", "the Niger
        Delta", "the Korean Peninsula")? A river, its delta or basin, a valley or a peninsula named like a
        state are not that state."""
        tok = tokens(doc)
        if u.kind not in ("COUNTRY", "NAT") and u.kind not in PLACE_UNITS:
            return False
        if u.start >= 1 and tok[u.start - 1].text in ("Lake", "Lakes"):
            return True  # "Lake Chad", "Lake Victoria": the lake's own name
        before = tok[u.start - 2].text if u.start >= 2 and tok[u.start - 1].lower_ == "of" else None
        after = tok[u.end].text if u.end < len(doc) else None
        return before in FEATURE_BEFORE_OF or after in FEATURE_AFTER or (
            u.kind == "COUNTRY" and after is not None and after.lower() in FEATURE_AFTER_COUNTRY)

    @staticmethod
    def _in_compound_name(doc, u, gaz) -> bool:
        """Is the place joined by a hyphen to a capitalised word that names nothing of its own, inside one
        organisation's name the tagger reads whole ("Agence France-Presse")? Not "the Israel-Hamas war" nor
        "India-Pakistan talks", whose second word is itself an actor."""
        if u.kind not in PLACE_UNITS or u.end + 1 >= len(doc) or doc[u.end].text != "-" \
                or doc[u.end - 1].whitespace_ or doc[u.end].whitespace_:
            return False
        nxt = doc[u.end + 1]
        return nxt.text[:1].isupper() and nxt.i not in gaz and doc[u.start].ent_type_ == "ORG" \
            and nxt.ent_type_ == "ORG" and nxt.ent_iob_ == "I"

    @staticmethod
    def _inside_longer_name(doc, u, gaz) -> bool:
        """Is the organisation's name the tail of a longer name the tagger reads whole, opened by a capitalised
        word that names nothing itself ("National Security Council", "Supreme Military Council")?"""
        if u.kind != "ORG" or u.start < 1 or doc[u.start].ent_iob_ != "I" or doc[u.start].ent_type_ != "ORG":
            return False
        p = doc[u.start - 1]
        return p.is_alpha and p.text[:1].isupper() and p.lower_ != "the" and not p.is_sent_start \
            and p.ent_type_ == "ORG" and not any(v.start <= p.i < v.end for v in gaz.values())

    @staticmethod
    def _inside_region_name(doc, u) -> bool:
        """Is the country or demonym a word of a longer name (with capitalised proper nouns next to it) that the
        gazetteer knows as a region or town of another country ("British Columbia", "New Mexico", "Jersey City")?
        A region of the same country ("Western Australia", "Mexico City") stays that country's."""
        if u.kind not in ("COUNTRY", "NAT"):
            return False
        geo = _gazetteer()
        if geo is None:
            return False
        tok, sent = tokens(doc), doc[u.start].sent

        def proper(k):
            return sent.start <= k < sent.end and _proper_name_word(tok[k])
        for lo, hi in ((u.start - 2, u.end), (u.start - 1, u.end), (u.start, u.end + 1), (u.start, u.end + 2)):
            if lo == u.start and hi == u.end or not all(proper(k) for k in range(lo, u.start)) \
                    or not all(proper(k) for k in range(u.end, hi)):
                continue
            found = [c for c in geo.candidates(doc[lo:hi].text) if c.get("primary")]
            if found and found[0]["kind"] in ("admin1", "city") and found[0]["country"] != u.key:
                return True
        return False

    @staticmethod
    def _drop_capital_namesakes(doc, labels):
        """"Victoria's Premier", "the state of Victoria": a small capital's name that the gazetteer knows first as
        a far bigger place elsewhere (Australia's state, not the Seychelles' capital) is no sign of that capital's
        state when the article names that state nowhere else."""
        geo = _gazetteer()
        if geo is None:
            return
        named = {u.key for u in labels if u is not None and u.kind in ("COUNTRY", "NAT")}
        capitals = {(u.start, u.end): u for u in labels if u is not None and u.kind == "CAPITAL" and u.key not in named}
        for u in capitals.values():
            found = geo.candidates(doc[u.start:u.end].text)
            own = max((c["population"] or 0 for c in found if c["country"] == u.key), default=0)
            if found and found[0]["country"] != u.key and (found[0]["population"] or 0) >= 10 * max(own, 1):
                for i in range(u.start, u.end):
                    labels[i] = None

    def classify(self, doc, people_index=None) -> list[Unit | None]:
        tok = tokens(doc)
        labels: list[Unit | None] = [None] * len(doc)
        gaz = self._gazetteer(doc)
        for i, u in gaz.items():
            if lookup.after_stance_prefix(doc, u.start):
                continue  # "an anti-Syria journalist", "pro-Russian separatists": a stance, not a party
            if self._in_feature_name(doc, u):
                continue  # "the Sea of Japan", "the South China Sea": a body of water, not the state
            if self._in_compound_name(doc, u, gaz):
                continue  # "Agence France-Presse": a word of a body's own name, not the state
            if self._inside_longer_name(doc, u, gaz):
                continue  # "the National Security Council": another body than the (UN) "Security Council"
            if u.kind == "CAPITAL" and u.end + 2 < len(doc) and doc[u.end].text == "-" \
                    and doc[u.end + 1].lower_ in ("based", "headquartered") and not doc[u.end - 1].whitespace_ \
                    and doc[u.end + 2].lemma_.lower() in POSTED_WORKERS:
                continue  # "a Moscow-based correspondent": where he works, not whom he serves
            if self._inside_region_name(doc, u):
                continue  # "British Columbia", "New Mexico", "New South Wales": another country's region
            if u.kind == "CAPITAL" and self._given_name(doc, u):
                continue  # "President Santiago Pena": a first name, not Chile's capital
            if u.kind in ("COUNTRY", "NAT") and u.end < len(doc) and tok[u.end].lemma_.lower() in CURRENCY_WORDS \
                    and tok[u.end].pos_ in ("NOUN", "PROPN"):  # (not "Russia pounded the port": a verb)
                continue  # "1.5 billion U.S. dollars", "200 million Chinese yuan": a currency, not a party
            if u.key == "USA" and u.start >= 1 and doc[u.start].lower_.startswith("america") \
                    and doc[u.start - 1].lower_ in AMERICAS_REGIONS:
                continue  # "Latin American leaders", "South America": a region of the Americas, not the US
            labels[i] = u
        self._drop_capital_namesakes(doc, labels)
        self._registered_in(doc, labels)
        self._code_abbreviations(doc, labels)
        role_starts = self._role_starts(doc)
        i = 0
        while i < len(doc):
            if labels[i] is None and i in role_starts:
                u = self._role_at(doc, i, gaz)
                if u and self.kb.roles[u.key].weak and not (self.kb.roles[u.key].kind == "person"
                                                            and self.kb.roles[u.key].sector in TITLE_SECTORS) \
                        and tok[u.start].text[:1].isupper() and u.start > 0 \
                        and not tok[u.start].is_sent_start and u.end < len(doc) \
                        and tok[u.end].text[:1].isupper() and tok[u.end].pos_ == "PROPN":
                    u = None  # "the Peoples Democratic Party": a word of a body's own name, not a compiled agent
                if u:
                    for j in range(u.start, u.end):
                        labels[j] = u
                    i = u.end
                    continue
            i += 1
        for i in range(1, len(doc)):  # "the Indian Express": a place's newspaper, named by its masthead word
            prev = labels[i - 1]
            if labels[i] is None and tok[i].text in MASTHEADS and prev is not None and prev.kind in PLACE_UNITS \
                    and prev.end == i and tok[i].pos_ == "PROPN" and "newspaper" in self.kb.roles:
                labels[i] = Unit("ROLE", i, i + 1, "newspaper")
            elif labels[i] is None and tok[i].text in MASTHEADS and i + 2 < len(doc) and tok[i - 1].lower_ == "the" \
                    and tok[i + 1].lower_ == "of" and labels[i + 2] is not None \
                    and labels[i + 2].kind in ("COUNTRY", "CAPITAL") and "newspaper" in self.kb.roles:
                labels[i] = Unit("ROLE", i, i + 1, "newspaper")  # "The Times of India"
        self._media_names(doc, labels)
        self._given_names_after_titles(doc, labels)
        # names: PERSON entities, and proper-noun runs right after a role word (titles)
        upper = upper_initial(doc)
        i = 0
        while i < len(doc):
            if labels[i] is not None or not upper[i]:  # (`_name_token` takes only a capitalised word)
                i += 1
                continue
            t = tok[i]
            prev = labels[i - 1] if i else None
            # "The Chairperson of the AU Commission, Moussa Faki Mahamat,": a name in apposition
            # ... or to "the envoy in Colombo, X Y,": a title's place of posting between them
            appos_name = t.pos_ == "PROPN" and i >= 2 and tok[i - 1].text == "," and labels[i - 2] is not None \
                and (labels[i - 2].kind in ("ROLE", "ORG") or self._posted_title_before(tok, labels, i - 2)) \
                and i + 1 < len(doc) and tok[i + 1].pos_ == "PROPN"
            after_title = appos_name or prev is not None and (prev.kind == "ROLE" or (
                # "President of Kazakhstan Kassym-Jomart Tokayev"
                prev.kind in ("COUNTRY", "ORG", "CAPITAL") and prev.start >= 2 and tok[prev.start - 1].lower_ == "of"
                and labels[prev.start - 2] is not None and labels[prev.start - 2].kind == "ROLE") or (
                prev.kind in ("COUNTRY", "CAPITAL") and prev.start >= 2 and tok[prev.start - 1].lower_ == "to"
                and labels[prev.start - 2] is not None and labels[prev.start - 2].kind == "ROLE"))
            if labels[i] is None and self._name_token(t, after_title):
                j = i + 1
                while j < len(doc) and labels[j] is None and (
                        self._name_token(tok[j], True, continuing=True) or tok[j].text in NAME_SUFFIXES
                        or (tok[j].text == "-" and not tok[j - 1].whitespace_ and j + 1 < len(doc)
                            and (tok[j + 1].text[:1].isupper() or self._given_name_tail(tok, j - 1)))
                        or (tok[j - 1].text == "-" and self._given_name_tail(tok, j - 2))
                        or (tok[j].lower_ in NAME_PARTICLES and j + 1 < len(doc) and (
                            tok[j + 1].text[:1].isupper() or tok[j + 1].text == "-" and j + 2 < len(doc)
                            and tok[j + 2].text[:1].isupper()))):  # "Bashar al-Assad"
                    j += 1
                while j > i and tok[j - 1].text == "-":
                    j -= 1
                u = Unit("NAME", i, j)
                for k in range(i, j):
                    labels[k] = u
                i = j
                continue
            i += 1
        self._drop_courtesy_titles(doc, labels)
        self._diaspora_nationalities(doc, labels)
        self._names_before_who(doc, labels)
        self._drop_acronymed(doc, labels)
        self._names_before_titles(doc, labels)
        self._names_after_portfolios(doc, labels)
        self._names_over_particles(doc, labels)
        self._names_by_given_name(doc, labels)  # (last: the rules above build names with titles and particles)
        if people_index is not None:
            self._known_full_names(doc, labels, people_index)
        # "in Da Nang", "from Valencia": a name the model took for a person but the gazetteer knows as a place
        gaz = _gazetteer()
        full = self._full_name_ends(tok, labels)
        for i, u in enumerate(labels):
            if u is None or u.kind != "NAME" or u.start != i or gaz is None:
                continue
            text = doc[u.start:u.end].text
            if i > 0 and tok[i - 1].lower_ in PLACE_PREPS and gaz.knows(text) or (
                    u.end == i + 1 and text not in full and not (i > 0 and labels[i - 1] is not None)
                    and self._big_city(gaz, text)) or self._place_of_event(tok, u, gaz, text, full):
                # ("to leave Goma and Bukavu": one word, no title before it, no full name it ends, a city of size)
                for k in range(u.start, u.end):
                    labels[k] = None
        # a bare surname ("Kosherbayev said") of someone named in full elsewhere in the article
        surnames = self._full_name_ends(tok, labels)  # (again: the places above are names no more)
        # (and, family name first, the first word of a name of three words: "President Yoon Suk Yeol ... Yoon
        # later held a summit", where the tagger read "Yoon later" as a date)
        firsts = {tok[u.start].text for u in labels if u is not None and u.kind == "NAME" and u.end - u.start > 2
                  and tok[u.start].text[:1].isupper() and tok[u.start].ent_type_ == "PERSON"} - surnames
        known = people_index.surname if people_index is not None else {}
        for i in (k for k, up in enumerate(upper) if up and labels[k] is None):
            t = tok[i]
            if t.text in firsts and t.pos_ in ("PROPN", "NOUN", "X", "ADV", "ADJ") and t.ent_type_ not in (
                    "GPE", "ORG", "NORP", "LOC"):
                labels[i] = Unit("NAME", i, i + 1)
                continue
            if t.pos_ not in ("PROPN", "NOUN", "X"):
                continue
            # a known surname, accents folded ("Erdoğan" is the "Erdogan" of the tables; folded only when it can count)
            if t.text in surnames or t.text.endswith("s") and t.text[:-1] in surnames or (
                    len(t.text) >= 4 and (t.pos_ == "PROPN" or t.pos_ == "NOUN" and t.ent_type_ in ("PERSON", "ORG"))
                    and t.lower_ not in NOT_SURNAMES  # ("Trump has agreed": tagged a noun, but a named entity)
                    and (t.ent_type_ in ("", "PERSON", "ORG", "NORP") or t.ent_type_ == "GPE"
                         and self._office_holder_not_place(doc, t, known, gaz))
                    and " ".join(people.normalise(t.text)) in known):
                labels[i] = Unit("NAME", i, i + 1)  # a known person's surname ("Lavrov said", "Putin")
        return labels

    @staticmethod
    def _office_holder_not_place(doc, t, known, gaz) -> bool:
        """"if Erdogan pursues ...", taken by the model for a place: the surname of someone in office at the story's
        date that names no town of size is that person."""
        offices = known.get(" ".join(people.normalise(t.text)), ())
        published = ((doc._.record or {}).get("published") or "")[:10] or None
        if not any(published is None or o.covers(published) for o in offices):
            return False
        return gaz is None or not any((c.get("population") or 0) >= 10_000 for c in gaz.candidates(t.text))

    @staticmethod
    def _full_name_ends(tok, labels) -> set[str]:
        """The last words of the names of more than one word: the surnames of people named in full."""
        return {tok[u.end - 1].text for u in labels if u is not None and u.kind == "NAME" and u.end - u.start > 1}

    @staticmethod
    def _names_by_given_name(doc, labels):
        """"Tatyana Moskalkova said", "billionaire Bidzina Ivanishvili": two or three capitalised proper nouns that
        open with a given name the compiled dictionary knows, which the model missed or called an organisation,
        are a person's name (not when a body word, a place or a nationality is among them)."""
        given = dictionary.given_names()
        if not given:
            return
        tok = tokens(doc)
        gaz = _gazetteer()

        def place(t):  # (the model calls "Tatyana" a place now and then: the gazetteer decides)
            return t.ent_type_ in ("NORP", "DATE", "FAC", "EVENT", "LAW") or t.ent_type_ in ("GPE", "LOC") and (
                gaz is None or gaz.knows(t.text))
        i = 0
        while i < len(doc) - 1:
            t = tok[i]
            if labels[i] is not None or t.lower_ not in given or t.pos_ != "PROPN" or not t.text[:1].isupper() \
                    or place(t):
                i += 1
                continue
            j = i + 1
            while j < len(doc) and j - i < 3 and labels[j] is None and tok[j].pos_ == "PROPN" \
                    and tok[j].text[:1].isupper() and tok[j].is_alpha and tok[j].lower_ not in BODY_WORDS \
                    and not place(tok[j]):
                j += 1
            if j - i >= 2 and not (j < len(doc) and (tok[j].lower_ in BODY_WORDS or tok[j].text == "-")):
                u = Unit("NAME", i, j)
                for k in range(i, j):
                    labels[k] = u
            i = max(j, i + 1)

    @staticmethod
    def _code_abbreviations(doc, labels):
        """"Papua New Guinea ... PNG Foreign Minister X": a country's three-letter code, written in capitals, names
        that country when the text names it in full too (the text sets up its own short form)."""
        named = {u.key for u in labels if u is not None and u.kind == "COUNTRY" and u.key}
        if not named:
            return
        for i, t in enumerate(doc):
            if labels[i] is None and len(t.text) == 3 and t.text.isupper() and t.text in named:
                labels[i] = Unit("COUNTRY", i, i + 1, t.text)

    @staticmethod
    def _registered_in(doc, labels):
        """"the Murmansk-registered trawler", "a Piraeus-based shipowner": a town or region joined by a hyphen to
        "registered", "flagged", "owned" or "based" places what it describes, as a nationality word does ("a Russian
        trawler")."""
        gaz = _gazetteer()
        if gaz is None:
            return
        for i in range(len(doc) - 2):
            if labels[i] is not None or doc[i].pos_ != "PROPN" or doc[i + 1].text != "-" or doc[i].whitespace_ \
                    or doc[i + 2].lower_ not in ("registered", "flagged", "owned", "based", "operated"):
                continue
            found = [c for c in gaz.candidates(doc[i].text) if c.get("primary") and c["kind"] in ("city", "admin1")]
            if found and found[0]["country"]:
                labels[i] = Unit("NAT", i, i + 1, found[0]["country"])

    @staticmethod
    def _place_of_event(tok, u, gaz, text, full) -> bool:
        """"the Douma attack", "the Salisbury poisoning": one word before an act's noun that names a town the gazetteer
        knows, and no person the article names in full, is where the act happened."""
        t = tok[u.start]
        return u.end == u.start + 1 and text not in full and t.dep_ == "compound" \
            and t.head.lemma_.lower() in PLACED_ACT_NOUNS and gaz.knows(text) \
            and any(c.get("kind") == "city" and (c.get("population") or 0) >= EVENT_TOWN for c in gaz.candidates(text))

    @staticmethod
    def _big_city(gaz, text) -> bool:
        """A populated place the gazetteer knows by this primary name, of BIG_CITY people or more."""
        return gaz.knows(text) and any(c.get("primary") and c.get("kind") == "city" and (c.get("population") or 0)
                                       >= BIG_CITY for c in gaz.candidates(text))

    @staticmethod
    def _posted_title_before(tok, labels, j) -> bool:
        """Is token j the place of "ROLE in PLACE" ("high commissioner in Colombo") or of "ROLE of PLACE"
        ("the President of Chile, X Y": the name in apposition the tagger may take for a body)?"""
        u = labels[j]
        if u is None or u.kind not in PLACE_UNITS or u.start < 2 or tok[u.start - 1].lower_ not in ("in", "to", "of",
                                                                                                    "for"):
            return False
        r = labels[u.start - 2]
        return r is not None and r.kind == "ROLE" and r.end == u.start - 1

    def _drop_courtesy_titles(self, doc, labels):
        """"Mr Okafor", "Ms Amina": the courtesy title the tagger keeps inside a PERSON name is no part of the
        name, so that the mention joins the person named in full before (by surname, or by given name). Only a
        name standing alone: after a title, or a comma after a title or a name ("Adviser Dr. X", "the President,
        Dr. X"), the phrase keeps it whole ("Speaking to journalists, Mr Oron thanked": a clause before)."""
        def titled_before(i):
            if i < 1 or doc[i - 1].text not in (",", "("):
                return False
            u = labels[i - 2] if i >= 2 else None
            return u is None and doc[i - 2].pos_ == "PROPN" or u is not None and (
                u.kind != "ROLE" or self.kb.roles[u.key].kind != "group")

        for i, u in enumerate(labels):
            if u is not None and u.kind == "NAME" and u.start == i and u.end - i >= 2 \
                    and doc[i].lower_ in COURTESY_TITLES and doc[i + 1].text[:1].isupper() \
                    and not (i > 0 and (labels[i - 1] is not None or titled_before(i))):
                rest = Unit("NAME", i + 1, u.end)
                labels[i] = None
                for k in range(i + 1, u.end):
                    labels[k] = rest

    @staticmethod
    def _names_before_who(doc, labels):
        """"X Y, who presents a nightly show": two or three proper nouns the model took for a body or a building
        (or for nothing), followed by ", who", are a person's name ("who" is said of people, "which" of bodies)."""
        toks = tokens(doc)
        for w in (toks[i] for i in token_indices(doc, LOWER, "who")):  # (only a "who" starts one)
            if w.lower_ != "who" or w.i < 3 or doc[w.i - 1].text != ",":
                continue
            end = start = w.i - 1
            while start > 0 and end - start < 4 and labels[start - 1] is None and doc[start - 1].pos_ == "PROPN" \
                    and doc[start - 1].is_title and doc[start - 1].lower_ not in BODY_WORDS \
                    and doc[start - 1].ent_type_ in ("", "PERSON", "ORG", "FAC"):
                start -= 1
            if 2 <= end - start <= 3 and (start == 0 or doc[start - 1].pos_ != "PROPN"):
                u = Unit("NAME", start, end)
                for k in range(start, end):
                    labels[k] = u

    @staticmethod
    def _given_names_after_titles(doc, labels):
        """"President Santiago X", "Prime Minister Victoria Y": a capital's or country's name right after a title
        that opens a person's name going on past it is a given name, not the place."""
        for ent in doc.ents:
            u = labels[ent.start]
            if ent.label_ != "PERSON" or u is None or u.kind not in ("CAPITAL", "COUNTRY") or u.start != ent.start \
                    or u.end >= ent.end or doc[u.end].pos_ != "PROPN" or labels[u.end] is not None:
                continue
            prev = labels[u.start - 1] if u.start else None
            if prev is not None and prev.kind == "ROLE" and prev.end == u.start:
                for k in range(u.start, u.end):
                    labels[k] = None
        given = dictionary.given_names()
        for ent in doc.ents:
            # "Rear Admiral Roy Vincent Trinidad": a country's or capital's name closing a person's name that opens
            # with a given name is the family name
            u = labels[ent.end - 1]
            if ent.label_ != "PERSON" or u is None or u.kind not in ("CAPITAL", "COUNTRY") or u.end != ent.end \
                    or u.start <= ent.start or not given or doc[ent.start].lower_ not in given \
                    or any(labels[k] is not None for k in range(ent.start, u.start)):
                continue
            for k in range(u.start, u.end):
                labels[k] = None

    def _media_names(self, doc, labels):
        """"the RIA news agency", "the Yonhap news agency": capitalised words between "the" and a media body
        word are that body's own name (kept in the phrase; they name no country)."""
        tok = tokens(doc)
        for i, u in enumerate(labels):
            if u is None or u.kind != "ROLE" or u.start != i or i < 2:
                continue
            role = self.kb.roles.get(u.key)
            if role is None or role.kind != "org" or role.sector != "MED":
                continue
            j = i
            while j > 0 and i - j < 3 and labels[j - 1] is None and tok[j - 1].pos_ == "PROPN" \
                    and tok[j - 1].text[:1].isupper():
                j -= 1
            if j < i and j > 0 and tok[j - 1].lower_ == "the":
                name = Unit("BODYNAME", j, i)
                for k in range(j, i):
                    labels[k] = name

    @staticmethod
    def _known_full_names(doc, labels, people_index):
        """"Recep Tayyip Erdoğan refused ...": two to four capitalised words the model did not take for a
        person but that the people tables (seed and learned, not the compiled dictionary) know as one person's
        full name (accents folded) are that name."""
        tok = tokens(doc)
        i = 0
        for first in _proper_words(doc):  # a name starts at one of them: from any other token j stays i
            if first < i or labels[first] is not None:
                continue
            i = j = first
            while j < len(doc) and j - i < 4 and labels[j] is None and tok[j].pos_ == "PROPN" \
                    and tok[j].text[:1].isupper() and tok[j].is_alpha:
                j += 1
            for end in range(j, i + 1, -1):
                key = " ".join(w for t in doc[i:end] for w in people.normalise(t.text))
                if people_index.full.get(key):  # the project's own tables (the compiled dictionary's names are old)
                    name = Unit("NAME", i, end)
                    for x in range(i, end):
                        labels[x] = name
                    j = end
                    break
            i = max(j, i + 1)

    def _names_before_titles(self, doc, labels):
        """"ITO Naoki, Ambassador of Japan to Bangladesh": two or three capitalised words the model did not
        take for a person, followed by a comma and a capitalised personal title, are a name."""
        tok = tokens(doc)
        i = 0
        while i < len(doc):
            j = i
            while j < len(doc) and j - i < 4 and labels[j] is None and tok[j].pos_ == "PROPN" \
                    and tok[j].text[:1].isupper() and tok[j].is_alpha \
                    and tok[j].ent_type_ in ("", "PERSON", "ORG", "NORP"):
                j += 1
            if 2 <= j - i <= 3 and j + 1 < len(doc) and tok[j].text == "," and (i == 0 or tok[i - 1].pos_ != "PROPN"):
                k = j + 1 + (tok[j + 1].lower_ in ("the", "a"))
                u = labels[k] if k < len(doc) else None
                if u is not None and u.kind == "ROLE" and self.kb.roles[u.key].kind == "person" \
                        and tok[k].text[:1].isupper():
                    name = Unit("NAME", i, j)
                    for x in range(i, j):
                        labels[x] = name
            i = max(j, i + 1)

    def _names_after_portfolios(self, doc, labels):
        """"Minister of Investment, Industry and Trade Laziz Kudratov", "Deputy Chairman of the Cabinet of
        Ministers Batyr Amanov", "Minister of Investment Khalid Al-Falih": after a government title "of" a run of
        capitalised portfolio words, the run's last two words (a hyphened word counts as one) are the holder's
        name when the model named no one there (it may take the whole phrase for a body)."""
        tok = tokens(doc)
        for i, u in enumerate(labels):
            if u is None or u.kind != "ROLE" or u.start != i or u.end >= len(doc) or tok[u.end].lower_ != "of":
                continue
            role = self.kb.roles.get(u.key)
            if role is None or role.kind != "person" or role.sector not in ("GOV", "LEG"):
                continue
            k = u.end + 1
            while k < min(u.end + 14, len(doc)) and (labels[k] is None or labels[k].kind == "ROLE" and self.kb.roles[
                    labels[k].key].kind == "org") and (
                    tok[k].text[:1].isupper() and tok[k].pos_ in ("PROPN", "NOUN", "ADJ") and tok[k].is_alpha
                    or tok[k].lower_ in ("and", "of", "the", "for") or tok[k].text == ","
                    or tok[k].text == "-" and not tok[k - 1].whitespace_ and k + 1 < len(doc)
                    and tok[k + 1].text[:1].isupper()):
                k += 1
            while k > u.end + 1 and tok[k - 1].lower_ in ("and", "of", "the", "for", ","):
                k -= 1  # "... Batyr Amanov and Iran's Oil Minister", "... Saimumin Yatimov, signed": the run ends
            if k < len(doc) and (tok[k].text[:1].isupper() and tok[k].is_alpha or tok[k].text == "-") \
                    or any(t.ent_type_ == "PERSON" for t in doc[u.end + 1:k]):
                continue
            words, j = [], k  # the run's last two words, right to left
            while j > u.end + 1 and len(words) < 2:
                w = j - 1
                while w - 2 > u.end and tok[w - 1].text == "-":
                    w -= 2  # "Al-Falih"
                if not all(t.pos_ == "PROPN" or t.text == "-" for t in doc[w:j]):
                    break
                words.append(w)
                j = w
            if len(words) < 2 or j - (u.end + 1) < 1 or not tok[j - 1].is_alpha or tok[j - 1].lower_ in (
                    "and", "of", "the", "for"):
                continue
            if any(labels[x] is not None for x in range(j, k)):
                continue
            name = Unit("NAME", j, k)
            for x in range(j, k):
                labels[x] = name

    @staticmethod
    def _names_over_particles(doc, labels):
        """"Ursula von der Leyen" tagged as "Ursula von" and a place "Leyen": a name whose particles ("von der",
        "bin", "al") go on to a capitalised word takes that word in, whatever the model made of it."""
        tok = tokens(doc)
        i = 0
        while i < len(doc):
            u = labels[i]
            if u is None or u.kind != "NAME" or u.start != i:
                i += 1
                continue
            end = u.end
            while end < len(doc) and tok[end].lower_ in NAME_PARTICLES and tok[end].text.islower():
                end += 1
            if (end > u.end or tok[u.end - 1].lower_ in NAME_PARTICLES) and end < len(doc) \
                    and tok[end].text[:1].isupper() and tok[end].is_alpha and tok[end].pos_ == "PROPN" \
                    and (labels[end] is None or labels[end].kind in ("CAPITAL", "COUNTRY", "NAME")
                         and labels[end].end == end + 1):
                name = Unit("NAME", u.start, end + 1)
                for x in range(u.start, end + 1):
                    labels[x] = name
                i = end + 1
                continue
            i = u.end

    @staticmethod
    def _diaspora_nationalities(doc, labels):
        """"Cuban-American senator X", "an Iranian-Canadian academic": of a nationality joined by a hyphen to one
        of the immigrant nations that name their citizens so, the second is the citizenship."""
        for i in range(len(doc) - 2):
            u, w = labels[i], labels[i + 2]
            if u is not None and w is not None and u.kind == w.kind == "NAT" and u.end == i + 1 \
                    and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_ \
                    and w.key in DIASPORA_NATIONS and u.key != w.key \
                    and not (i + 3 < len(doc) and doc[i + 3].text == "-" and not doc[i + 2].whitespace_) \
                    and not (i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_):
                labels[i] = None  # (two nationalities only: "British-American-Iranian" is no one's diaspora)

    @staticmethod
    def _drop_acronymed(doc, labels):
        """"Official Development Assistance (ODA)": capitalised words followed by the acronym of their
        initials name a programme or a body, never a person (nor a title and a name)."""
        tok = tokens(doc)
        for i, u in enumerate(labels):
            if u is None or u.kind != "NAME" or u.start != i or u.end + 2 >= len(doc):
                continue
            if tok[u.end].text != "(" or tok[u.end + 2].text != ")" or not tok[u.end + 1].is_upper:
                continue
            acr = tok[u.end + 1].text
            words = [t for t in doc[max(0, u.end - len(acr) - 3):u.end] if t.text[:1].isupper()]
            if len(words) >= len(acr) and "".join(t.text[0] for t in words[-len(acr):]).upper() == acr:
                for t in words[-len(acr):]:
                    labels[t.i] = None

    @staticmethod
    def _given_name(doc, u) -> bool:
        """A capital's name that opens a person's name the tagger reads whole ("Santiago Pena", "Victoria
        Nuland"): the first word of a PERSON entity that goes on past it with a proper noun."""
        t = doc[u.start]
        if u.end - u.start != 1 or t.ent_type_ != "PERSON" or t.ent_iob_ != "B" or u.end >= len(doc):
            return False
        nxt = doc[u.end]
        return nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "I" and nxt.pos_ == "PROPN" \
            and nxt.lower_ not in NAMED_AFTER_PLACES  # (not "the Tbilisi Observer", "the Santiago Declaration")

    @staticmethod
    def _given_name_tail(tok, j) -> bool:
        """Whether tok[j + 1: j + 3] is "-" and a syllable that continues the name at tok[j] ("Kang In-sun",
        "Park Jae-hyun": a lower-case syllable joined by a hyphen inside a person's name the model's PERSON
        entity runs over), not "Putin-backed" or "Kim-era"."""
        t = tok[j + 2]
        return tok[j + 1].text == "-" and not tok[j].whitespace_ and not tok[j + 1].whitespace_ \
            and t.is_alpha and t.is_lower and len(t) <= 5 and t.ent_type_ == "PERSON" and tok[j - 1].ent_type_ == "PERSON"

    @staticmethod
    def _name_token(t, after_title, continuing=False) -> bool:
        if t.is_space or t.is_punct or not t.text[:1].isupper() or t.like_num or t.lower_ in BODY_WORDS \
                or t.lower_ in RANK_WORDS:
            return False
        if t.ent_type_ == "PERSON" or (continuing and t.pos_ == "PROPN" and t.ent_type_ in ("", "GPE", "ORG", "NORP")):
            return True
        if after_title and t.pos_ == "PROPN" and t.ent_type_ == "FAC" and t.ent_iob_ == "I":
            return True  # "Cardinal Matteo Zuppi" read whole as a building: the title opened the entity, a name follows
        if continuing and t.pos_ == "PROPN" and t.ent_type_ == "FAC" and t.ent_iob_ == "I" \
                and t.doc[t.i - 1].ent_type_ == "FAC":
            return True
        if t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC", "NORP", "MONEY", "CARDINAL", "ORDINAL", "EVENT",
                           "LAW", "PERCENT", "QUANTITY"):
            return False
        return after_title and t.pos_ in ("PROPN", "NOUN", "X") and t.is_sent_start is not True

    # -- 2. chunk ----------------------------------------------------------------------------------
    def chunk(self, doc, labels, sent) -> list[Chunk]:
        tok = tokens(doc)
        chunks = []
        i = sent.start
        while i < sent.end:
            u = labels[i]
            if u is None:
                i += 1
                continue
            c = Chunk(i, u.end, [u])
            j = u.end
            while j < sent.end:
                t = tok[j]
                nxt = labels[j]
                last = c.units[-1]
                if nxt is not None and nxt is not last:
                    # a second NAME after a NAME, or an ORG after a NAME, starts a new phrase
                    if last.kind == "NAME" and nxt.kind in ("NAME", "ORG", "COUNTRY", "NAT", "ROLE"):
                        break
                    if last.kind == "ROLE" and nxt.kind in ("COUNTRY", "CAPITAL", "ORG") and any(
                            tok[k].dep_ in ("nsubj", "nsubjpass") for k in range(nxt.start, nxt.end)):
                        break  # "the militias Turkey is battling": a relative clause's subject, not the militias'
                    c.units.append(nxt)
                    j = nxt.end
                    continue
                if last.kind == "ORG" and t.text in ORG_TAILS and j == last.end and nxt is None:
                    j += 1  # "the Iran Revolutionary Guards Corp.": the tail of the body's own name
                    c.units[-1] = replace(last, end=j)
                    continue
                if t.text == "-" and last.kind == "ROLE" and j + 2 < sent.end and tok[j + 1].lower_ in BACKED_WORDS \
                        and labels[j + 2] is not None and labels[j + 2].kind == "ROLE":
                    c.units[-1] = labels[j + 2]  # "Sudan's army-backed government": its backer, not who it is
                    j = labels[j + 2].end
                    continue
                if t.text in ("'s", "’s", "'") and last.kind in ("COUNTRY", "ORG", "CAPITAL", "SEAT"):
                    j += 1
                    continue
                if t.lower_ in MODIFIERS and j + 1 < sent.end and labels[j + 1] is not None \
                        and labels[j + 1].kind in ("ROLE", "NAT", "COUNTRY", "ORG"):
                    j += 1
                    continue
                if last.kind in ("NAT", "COUNTRY", "ORG") and t.pos_ in ("PROPN", "NOUN", "ADJ") \
                        and t.dep_ in ("compound", "amod", "nmod") and not t.ent_type_ == "PERSON" \
                        and not _headline_verb(t):
                    # "Sudan's Irrigation Minister", "Iranian state television": a modifier we do not know
                    k = j
                    while k < min(j + 3, sent.end) and labels[k] is None and tok[k].pos_ in ("PROPN", "NOUN", "ADJ"):
                        k += 1
                    if k < sent.end and labels[k] is not None and labels[k].kind == "ROLE":
                        j = k
                        continue
                posting = last.kind == "ROLE" and last.key in POSTED_ROLES  # "envoy for Afghanistan"
                # ("the Special Representative of the United Nations Secretary-General for Iraq": a body of states'
                # official posted to a country)
                posting = posting or t.lower_ == "for" and any(
                    u.kind == "ORG" and self.kb.organisations[u.key].code == "IGO" for u in c.units)
                # ... also after the sender: "the Ambassador of Japan to Kenya", where Kenya is the posting
                posting = posting or last.kind in PLACE_UNITS and not last.complement and len(c.units) >= 2 \
                    and c.units[-2].kind == "ROLE" and c.units[-2].key in POSTED_ROLES \
                    and last.start >= 1 and tok[last.start - 1].lower_ == "of"
                if t.lower_ in ("of", "for") and last.kind == "ROLE" and j + 1 < sent.end and not c.of("NAME") \
                        and not (t.lower_ == "for" and posting):
                    # "Minister of Foreign Affairs of Russia", "Chair of the Standing Committee of the
                    # National People's Congress": look through a named body to the country or organisation
                    # ("... and the U.S." starts another phrase)
                    k = j + 1
                    while k < min(j + 9, sent.end) and labels[k] is None and (
                            tok[k].lower_ in ("the", "of") or tok[k].text[:1].isupper() and tok[k].pos_ == "PROPN"
                            or tok[k].lower_ == "and" and k + 1 < len(doc) and tok[k + 1].lower_ != "the"):
                        k += 1
                    n2 = labels[k] if k < sent.end else None
                    nat_body = n2 is not None and n2.kind == "NAT" and n2.end < sent.end \
                        and labels[n2.end] is not None and labels[n2.end].kind == "ROLE" \
                        and self.kb.roles[labels[n2.end].key].kind == "org"  # "of the Kenyan Ministry of Energy"
                    if n2 is not None and (n2.kind in ("COUNTRY", "ORG", "CAPITAL") or nat_body) and (
                            k == j + 1 or tok[k - 1].lower_ in ("the", "of")):
                        c.units.append(n2)
                        j = n2.end
                        continue
                    tail = self._body_name_tail(doc, labels, last, j, sent.end)
                    if tail:
                        j = tail
                        continue  # "the State Department's Bureau of African Affairs": the body's own name
                    held = self._portfolio_end(labels, c, j, sent.end, tok)
                    if held:
                        j = held
                        continue
                if t.lower_ == "from" and last.kind == "ROLE" and self.kb.roles[last.key].kind != "person" \
                        and t.head.i == last.end - 1 and t.head.dep_ in ("nsubj", "nsubjpass") and not c.of("NAME"):
                    # "Gunmen from the Taliban shot ...", "Troops from Chad attacked ...": the subject's own
                    # body (an object's "from" is where it goes from: "withdrew troops from Syria")
                    k = j + 1 + (j + 1 < sent.end and tok[j + 1].lower_ == "the")
                    n2 = labels[k] if k < sent.end else None
                    if n2 is not None and n2.start == k and n2.kind in ("COUNTRY", "ORG"):
                        c.units.append(n2)
                        j = n2.end
                        continue
                if t.lower_ == "of" and last.kind == "ORG" and j + 1 < sent.end and labels[j + 1] is not None \
                        and labels[j + 1].kind == "COUNTRY" and self.kb.organisations[last.key].code not in ("IGO", "NGO"):
                    c.units.append(labels[j + 1])  # "the Milli Majlis of Azerbaijan": the body named for the country
                    j = labels[j + 1].end
                    continue
                # ("the Mission in the DR Congo": a "the" the place's own name does not hold)
                the = j + 2 < sent.end and tok[j + 1].lower_ == "the" and (labels[j + 1] is None or labels[j + 1].kind
                                                                           not in ("COUNTRY", "CAPITAL"))
                if t.lower_ == "in" and last.kind == "ROLE" and self.kb.roles[last.key].kind != "person" \
                        and j + 1 + the < sent.end and labels[j + 1 + the] is not None \
                        and labels[j + 1 + the].kind in ("COUNTRY", "CAPITAL"):
                    n2 = labels[j + 1 + the]
                    if c.of("NAT") or c.of("COUNTRY") or c.of("ORG") or last.key in POSTED_BODIES | VENUE_ROLES:
                        # "the U.S. embassy in Moscow", "Russian troops in Syria", "Islamic State forces in Iraq":
                        # where it is, not whose
                        c.units.append(Unit(n2.kind, n2.start, n2.end, n2.key, complement=True))
                    else:
                        c.units.append(n2)  # "security forces in Guinea"
                    j = n2.end
                    continue
                if t.lower_ in ("to", "in", "for") and posting \
                        and j + 1 < sent.end and labels[j + 1] is not None and labels[j + 1].kind in ("COUNTRY", "CAPITAL"):
                    n2 = labels[j + 1]
                    c.units.append(Unit(n2.kind, n2.start, n2.end, n2.key, complement=True))
                    j = n2.end
                    continue
                # "Permanent Representative to the United Nations": a posting to a body of states, not its member
                k = j + 1 + (j + 1 < sent.end and tok[j + 1].lower_ == "the")
                if t.lower_ == "to" and posting and k < sent.end and labels[k] is not None and labels[k].start == k \
                        and labels[k].kind == "ORG" and self.kb.organisations[labels[k].key].code == "IGO":
                    n2 = labels[k]
                    c.units.append(Unit(n2.kind, n2.start, n2.end, n2.key, complement=True))
                    j = n2.end
                    continue
                if t.lower_ in ("and", ",") and last.kind in ("NAT", "ROLE", "COUNTRY") and not c.of("NAME") \
                        and j + 1 < sent.end and labels[j + 1] is not None \
                        and (labels[j + 1].kind == last.kind or (last.kind, labels[j + 1].kind) == ("NAT", "COUNTRY"))\
                        and self._continues(labels, j + 1, sent.end, tok) \
                        and not (t.lower_ == "," and self._titled_name_at(labels, j + 1, sent.end)):
                    # ("Russian and U.S. delegations"; not "four Russian officials, Foreign Minister X said")
                    j += 1
                    continue
                if t.text == "(" and j + 2 < sent.end and tok[j + 2].text == ")" and tok[j + 1].is_upper:
                    j += 3  # "Foreign Minister (FM) Shah Mehmood Qureshi"
                    continue
                break
            c.end = j
            chunks.append(c)
            i = j
        return chunks

    @staticmethod
    def _titled_name_at(labels, k, end) -> bool:
        """Does a title starting at token k lead a person's name ("Foreign Minister Karl Weber")?"""
        u = labels[k]
        return u is not None and u.kind == "ROLE" and u.end < end and labels[u.end] is not None \
            and labels[u.end].kind == "NAME"

    def _body_name_tail(self, doc, labels, role_unit, j, end) -> int:
        """End of "of African Affairs" after a capitalised body word ("Bureau", "Agency"), or 0: the words of a
        body's own name that name no country or organisation."""
        tok = tokens(doc)
        if self.kb.roles[role_unit.key].kind != "org" or not tok[role_unit.end - 1].text[:1].isupper():
            return 0
        k = j + 1
        while k < min(j + 6, end) and labels[k] is None and (
                tok[k].text[:1].isupper() and tok[k].pos_ in ("PROPN", "ADJ", "NOUN") or tok[k].lower_ == "and"
                and k + 1 < end and tok[k + 1].text[:1].isupper()):
            k += 1
        if k == j + 1 or k < end and labels[k] is not None or tok[k - 1].lower_ == "and":
            return 0
        return k

    def _portfolio_end(self, labels, c, j, end, tok) -> int:
        """Start of the name after "Minister of Energy", "Deputy Minister of Foreign Affairs", or 0: an office
        held over a portfolio, then its holder ("Azerbaijani Minister of Energy Parviz Shahbazov, Kazakh
        Minister of Energy ..." names two ministers, not one minister's apposition). Offices of government
        only: a party's ("Communist Party Secretary of ...") is left to the knowledge of its holder."""
        roles = [self.kb.roles[u.key] for u in c.units if u.kind == "ROLE"]
        if roles[-1].kind != "person" or any(r.sector != "GOV" for r in roles):
            return 0
        k = j + 1
        listed = False  # "Minister of Investment, Industry and Trade Laziz Kudratov": a list of portfolios
        while k < min(j + 14, end) and (labels[k] is None or labels[k].kind == "ROLE" and self.kb.roles[
                labels[k].key].kind == "org") and (  # "Deputy Chairman of the Cabinet of Ministers X"
                tok[k].text[:1].isupper() and tok[k].pos_ in ("PROPN", "NOUN", "ADJ")
                or tok[k].lower_ == "and" and k > j + 1
                or tok[k].lower_ in ("of", "the", "for") and k > j + 1
                or tok[k].lower_ == "the" and k == j + 1
                or tok[k].text == "," and k > j + 1 and k + 1 < end and tok[k + 1].text[:1].isupper()):
            listed = listed or tok[k].text == ","
            k += 1
        if k == j + 1 or k >= end or labels[k] is None or labels[k].kind != "NAME" or tok[k - 1].lower_ == "and" \
                or listed and not any(tok[i].lower_ == "and" for i in range(j + 1, k)):
            return 0
        return k

    @staticmethod
    def _continues(labels, j, end, tok=None) -> bool:
        """After "X and Y", is the phrase still going (another unit of a different kind follows, perhaps after
        a modifier we do not know: "Indian and American special forces")?"""
        u = labels[j]
        k = u.end
        while k < end and labels[k] is not None and labels[k].kind == u.kind:
            k = labels[k].end
        if tok is not None and u.kind == "NAT":
            m = k
            while m < min(k + 2, end) and labels[m] is None and tok[m].pos_ in ("ADJ", "NOUN", "PROPN") \
                    and tok[m].dep_ in ("amod", "compound"):
                m += 1
            if m > k and m < end and labels[m] is not None and labels[m].kind == "ROLE":
                return True
        return k < end and labels[k] is not None and labels[k].kind != u.kind

    def _titled_apposition(self, doc, first, second) -> bool:
        """"The governor of Kharkiv region, Oleh Syniehubov", "The Minister of Information, Mr. X": a title
        phrase whose "of" names a region or portfolio the tables do not know, one comma (and a courtesy title),
        then the name the parser apposes to it."""
        gap = doc[first.end:second.start]
        if not 2 <= len(gap) <= 7 or gap[0].lower_ != "of" or [t.text for t in gap].count(",") != 1:
            return False
        comma = next(t.i for t in gap if t.text == ",")
        if any(t.lower_ not in COURTESY_TITLES for t in doc[comma + 1:second.start]):
            return False
        if not all(t.lower_ in ("of", "the", "and") or t.text[:1].isupper() or t.pos_ == "NOUN"
                   for t in doc[first.end:comma]):
            return False
        return self._parsed_apposition(doc, first, second)

    @staticmethod
    def _parsed_apposition(doc, first, second) -> bool:
        """"X, the Romanian foreign minister,": the parser attaches the second phrase to the first as an
        apposition (not "X, the government of Y, has told ...": a new subject)."""
        tok = tokens(doc)
        return any(tok[i].dep_ == "appos" and first.start <= tok[i].head.i < first.end
                   or tok[i].dep_ == "appos" and second.start <= tok[i].head.i < second.end
                   and first.start <= i < first.end for i in range(first.start, second.end))

    def _office_of_body(self, doc, office, body, name) -> bool:
        """"the spokesperson of the Foreign Ministry, Aykhan Hajizada": a person's title (`office`, a role alone),
        "of (the)" a body (`body`, a role of kind org), then a name (`name`, a name alone) apposed to both."""
        def only(c, kind):
            return all(u.kind == kind for u in c.units)
        return only(office, "ROLE") and self.kb.roles[office.units[-1].key].kind == "person" \
            and only(body, "ROLE") and self.kb.roles[body.units[-1].key].kind == "org" and only(name, "NAME") \
            and [t.lower_ for t in doc[office.end:body.start]] in (["of"], ["of", "the"])

    @staticmethod
    def _affiliation_gap(doc, s, e) -> bool:
        """Tokens s..e join a name to the body it serves: "Mohamed Idrees| of the Khyber Rifles border |force"."""
        if not 1 <= e - s <= 6 or doc[s].lower_ != "of":
            return False
        return all(t.lower_ == "the" or t.pos_ in ("PROPN", "NOUN", "ADJ") and not t.is_punct for t in doc[s + 1:e])

    # -- 3. resolve --------------------------------------------------------------------------------
    def __call__(self, doc):
        index = people.active()
        labels = self.classify(doc, index)
        state = _DocActors(self.kb, doc, index)
        state.labels = labels
        for sent_i, sent in enumerate(content_sents(doc)):
            first = len(state.mentions)
            prev_c = prev_m = None
            office = None  # (chunk, mention) of "the spokesperson" in "the spokesperson of the Foreign Ministry,"
            for c in self.chunk(doc, labels, sent):
                state.complements.update(u.start for u in c.units if u.complement)
                appos = prev_m if prev_c is not None and doc[prev_c.end].text in (",", "(") and (
                    c.start == prev_c.end + 1 or c.start - prev_c.end <= 4
                    and all(t.lower_ in APPOS_LEAD for t in doc[prev_c.end + 1:c.start])
                    and self._parsed_apposition(doc, prev_c, c)) else None
                if appos is None and prev_c is not None and c.of("NAME") and self._titled_apposition(doc, prev_c, c):
                    appos = prev_m  # "The governor of Kharkiv region, Oleh Syniehubov,": the title's own name
                if appos is not None and c.end < len(doc) and doc[c.end].lemma_.lower() in SPEECH_VERBS \
                        and doc[c.end].pos_ == "VERB" and c.of("NAME"):
                    # "was expelling four Russian officials, Foreign Minister X said": the sayer of the report,
                    # not a name for the officials
                    appos = None
                if appos is not None and office is not None and office[1] is not None \
                        and self._office_of_body(doc, office[0], prev_c, c):
                    appos = office[1]  # "..., Aykhan Hajizada,": the spokesperson's name, not the ministry's
                affil = prev_m if prev_c is not None and self._affiliation_gap(doc, prev_c.end, c.start) else None
                office = (prev_c, prev_m) if prev_c is not None else None
                prev_c, prev_m = c, state.add_chunk(c, sent_i, appos, affil)
            state.short_body_names(sent)
            state.short_person_names(sent)
            state.plural_states(sent)
            before = (state.last_group, state.last_person_group)
            state.groups_before = (before, state.group_sent)
            state.note_groups(state.mentions[first:])
            if (state.last_group, state.last_person_group) != before:
                state.group_sent = sent_i
            state.pronouns(sent, sent_i)
        state.finish()
        return doc


_PLURALS: dict = {}


# last words of country names that name no country themselves: "the Islands" of a story about the Falklands are
# not Bouvet, Christmas and Norfolk Island ("the two Koreas", "both Sudans" are plurals of names)
GENERIC_NAME_ENDS = {"Island", "Isle", "Republic", "State", "Kingdom", "Territory", "Federation", "Union"}


def plural_country_codes(kb) -> dict:
    """The last word of country names -> the states whose names end with it ("Korea": KOR, PRK)."""
    key = id(kb)
    if key not in _PLURALS:
        out: dict[str, set] = {}
        for surface, (label, code) in kb.surfaces.items():
            if label == "COUNTRY" and surface[:1].isupper() and surface.split()[-1] not in GENERIC_NAME_ENDS:
                out.setdefault(surface.split()[-1], set()).add(code)
        _PLURALS.clear()
        _PLURALS[key] = {w: sorted(c) for w, c in out.items()}
    return _PLURALS[key]


class _DocActors:
    """Actors of one document while they are being resolved."""

    def __init__(self, kb, doc, people):
        self.kb, self.doc, self.people = kb, doc, people
        self.actors: list[dict] = []
        self.mentions: list[dict] = []
        self.by_key: dict[tuple, dict] = {}
        self._ids: dict[str, dict] = {}  # actor id -> actor
        self.persons: list[dict] = []  # in order of last mention
        self.last_group: list[str] = []
        self.groups: list[list[str]] = []  # every set named together, oldest first ("the three leaders": the last of three)
        self.last_person_group: list[str] = []
        self.group_sent = -9  # the sentence that named the last group
        self.counterparts: list[tuple[dict, dict]] = []
        self._absorb = None
        self.labels: list[Unit | None] = []  # classify's labels, for the country references of a sentence
        self.complements: set[int] = set()  # first tokens of "to China" in "ambassador to China"
        self._verb_of: dict[int, int] = {}  # mention head -> the verb of the clause its person acts in
        self.groups_before = (([], []), -9)  # the groups and their sentence before the current sentence's
        self._sole_state = _UNSET  # the one state a domestic story names (_story_code), read on first need
        self._after_the_index: set[int] | None = None  # tokens right after "the" (`_after_the`)

    # actor bookkeeping
    def actor(self, key, **attrs) -> dict:
        a = self.by_key.get(key)
        if a is None:
            a = {"id": f"a{len(self.actors) + 1}", "name": None, "kind": None, "code": None, "org": None,
                 "sector": None, "role": None, "mentions": []}
            self.actors.append(a)
            self.by_key[key] = a
            self._ids[a["id"]] = a
        for k, v in attrs.items():
            if v is not None and (a.get(k) is None or k == "role" and a["kind"] == "person"):
                a[k] = v
        return a

    def state_actor(self, code):
        c = self.kb.country(code)
        return self.actor(("state", code), name=c.name if c else code, kind="state", code=code)

    def plural_states(self, sent):
        """"the two Koreas", "both Sudans": a country name in the plural stands for every state whose name ends
        with it (North and South Korea; Sudan and South Sudan), when the knowledge has two or more."""
        covered = None  # the tokens of the mentions made before this sentence's plurals, made at the first plural
        for t in tokens_with(sent, TAG, "NNPS"):  # (only these pass the test below)
            if t.tag_ != "NNPS" or not t.text.endswith("s") or len(t.text) < 4:
                continue
            if covered is None:
                covered = {i for m in self.mentions for i in range(m["tok"][0], m["tok"][1])}
            if t.i in covered:
                continue
            codes = plural_country_codes(self.kb).get(t.text[:-1])
            if not codes or len(codes) < 2:
                continue
            start = t.i - 1 if t.i > sent.start and t.nbor(-1).lower_ in ("two", "both") else t.i
            self.mention(start, t.i + 1, [self.state_actor(c)["id"] for c in codes], t.i)

    def mention(self, chunk_start, chunk_end, ids, head=None):
        doc = self.doc
        s, e = doc[chunk_start].idx, doc[chunk_end - 1].idx + len(doc[chunk_end - 1])
        m = {"start": s, "end": e, "tok": [chunk_start, chunk_end], "head": head if head is not None else chunk_end - 1,
             "actor": ids[0] if len(ids) == 1 else None, "actors": list(ids),
             "text": doc._.source_text[s:e]}
        self.mentions.append(m)
        for i in ids:
            a = self._ids[i]
            if [s, e] not in a["mentions"]:
                a["mentions"].append([s, e])
        return m

    def find_person(self, name_tokens):
        words = [w.lower() for w in name_tokens if w not in NAME_SUFFIXES and w != "-"]
        if not words:
            return None
        suffix = {w.rstrip(".") for w in name_tokens if w in NAME_SUFFIXES}
        for a in reversed(self.persons):
            pw = [w.lower() for w in (a["name"] or "").replace("-", " - ").split() if w not in NAME_SUFFIXES]
            core = [w for w in pw if w != "-"]
            if 1 < len(words) < len(core) and core[-len(words):] == words:
                return a  # a surname of several words ("Miguel Diaz-Canel ... Mr Diaz-Canel", "Lopez Obrador")
            if 1 < len(words) < len(core) and core[:len(words)] == words:
                return a  # the first names of one named in full ("Hassan Sheikh Mohamud ... Hassan Sheikh said")
            if len(words) > 1 and len(pw) > 1 and words[0][:1] != pw[0][:1]:
                continue  # "Melania Trump" is not "Donald Trump"
            if len(words) > 1 and len(pw) > 1 and suffix != {w.rstrip(".") for w in (a["name"] or "").split()
                                                             if w in NAME_SUFFIXES}:
                continue  # "Donald Trump Jr." is not "Donald Trump"
            if len(pw) == 1 and len(words) > 1 and words[-1] == pw[0] and self._another_bearer(words):
                continue  # "Under Bolsonaro, ... son Eduardo Bolsonaro": the index knows the first by another name
            if words[-1] in pw[-1:] or (len(words) == 1 and words[0] in pw[1:]):
                return a
            if len(words) == 1 and words[0].endswith("s") and words[0][:-1] in pw[-1:]:
                return a  # "the Trumps"
            if len(words) > 1 and pw and pw[-1] == words[-1]:
                return a
        if len(words) == 1 and not coref.known_surname_in_force(self, words[0]):
            # family name first ("Chinese President Xi Jinping ... said Xi", "KIKUTA Yutaka ... Ambassador
            # KIKUTA"): the one person named in full whose first word it is; a known surname ("Khan") is not
            first = [a for a in self.persons if (a["name"] or "").count(" ") >= 1
                     and (a["name"] or "").split()[0].lower() == words[0]]
            if len(first) == 1:
                return first[0]
            if len(first) > 1 and all(a["mentions"] for a in first):
                # ("By Kim Eun-jung ... policy chief Kim Yong-beom told a briefing ... Kim said"): the one
                # named most recently
                return max(first, key=lambda a: max(m[1] for m in a["mentions"]))
        return None

    def _city_of_local_body(self, c, roles, orgs) -> str | None:
        """"Brussels police", "Geneva police": a city's police, whose city names an international body in the
        tables (the European Commission), are of the country the gazetteer puts the city in."""
        if not roles or len(orgs) != 1 or self.kb.roles[roles[-1].key].sector != "COP" \
                or self.kb.organisations[orgs[0].key].code != "IGO":
            return None
        gaz = _gazetteer()
        cands = gaz.candidates(self.doc[orgs[0].start:orgs[0].end].text) if gaz is not None else []
        return max(cands, key=lambda x: x["population"] or 0)["country"] if cands else None

    def _another_bearer(self, words) -> bool:
        """Does the people index know surname words[-1] only as the name of people with another first name
        (so that "Eduardo Bolsonaro" is not the "Bolsonaro" named before him)?"""
        if self.people is None:
            return False
        from communique.knowledge.people import normalise

        firsts = {normalise(o.name)[0] for o in self.people.surname.get(words[-1].lower(), ()) if normalise(o.name)}
        return bool(firsts) and words[0].lower() not in firsts

    def _head_role(self, roles):
        """The role a phrase is about: the last, except for a person's title before "of"/"for" ("the
        President of the ECOWAS Commission", "Secretary of the Kenyan Ministry of Energy")."""
        if not roles:
            return None
        for r in roles[:-1]:
            if self.kb.roles[r.key].kind == "person" and self.doc[r.end].lower_ in ("of", "for"):
                return r
        return roles[-1]

    # phrase interpretation
    def add_chunk(self, c: Chunk, sent_i: int, appos: dict | None = None, affil: dict | None = None) -> dict | None:
        """Interpret one phrase; returns the mention written (or None). `appos` is the mention of the
        phrase just before, when only a comma separates them ("KIKUTA Yutaka, Ambassador of Japan"); `affil`
        that of a phrase joined to this one by "of" ("Mohamed Idrees of the ... border force")."""
        doc, kb = self.doc, self.kb
        names = c.of("NAME")
        roles = c.of("ROLE")
        if any(kb.roles[r.key].weak for r in roles) and not all(kb.roles[r.key].weak for r in roles):
            # "Defence Minister Gen. X", "spokesman, Lt. Col. X": the office, not the rank, is the role
            roles = [r for r in roles if not kb.roles[r.key].weak]
        orgs = [u for u in c.of("ORG") if not u.complement]  # (not the body one is posted to)
        places = [u for u in c.units if u.kind in ("NAT", "COUNTRY", "CAPITAL", "SEAT") and not u.complement]
        codes = list(dict.fromkeys(self._ethnic_home(u) for u in places))
        city = self._city_of_local_body(c, roles, orgs)
        if city:
            orgs, codes = [], [city]  # "Brussels police": the city's, not the body its name stands for
        head_role = self._head_role(roles)
        role = kb.roles[head_role.key] if roles else None
        role_text = None
        if roles:
            parts = [kb.roles[r.key].role for r in (roles if head_role is roles[-1] else [head_role])
                     if kb.roles[r.key].role]
            role_text = " and ".join(dict.fromkeys(parts)) or None
            comp = [u for u in c.units if u.complement and doc[u.start - 1].lower_ != "in"
                    and not (doc[u.start - 1].lower_ == "the" and doc[u.start - 2].lower_ == "in")]
            if comp and role_text:
                cc = kb.country(comp[0].key)
                role_text = f"{role_text} to {cc.name if cc else comp[0].key}"
        org = kb.organisations[orgs[0].key] if orgs else None
        if roles and head_role is not roles[-1]:
            # "spokesman for the US military": a person, in the sector of the body he serves
            body_sector = kb.roles[roles[-1].key].sector or (org.sector if org else None)
            role = replace(role, sector=body_sector or role.sector)
        elif len(roles) > 1 and role.kind == "person" and kb.roles[roles[-2].key].kind in ("org", "group") \
                and kb.roles[roles[-2].key].sector and roles[-2].end == head_role.start:
            # "army spokesman", "police chief", "rebel commander": a person of the body named right before
            role = replace(role, sector=kb.roles[roles[-2].key].sector)
        # (the last word hung outside the phrase, but not a preposition the parser hung on the verb: "withdrawing
        # its consul to Canada" is headed by "consul")
        head_tok = max(range(c.start, c.end), key=lambda i: (doc[i].head.i < c.start or doc[i].head.i >= c.end,
                                                             doc[i].pos_ != "ADP", i))

        appos_actor = self.actor_by_id(appos["actor"]) if appos and appos.get("actor") else None
        if names:
            name_toks = [t.text for t in doc[names[-1].start:names[-1].end]]
            a = self.find_person(name_toks)
            other = self.persons[-1] if self.persons else None
            if role and role.phrase == "counterpart":
                role_text = role_text if role_text and role_text != "counterpart" else self._counterpart_role()
            if appos_actor is not None and appos_actor.get("_from_role") and not roles and not codes \
                    and c.end < len(doc) and doc[c.end].text in (",", ")"):
                # "The Chairperson of the African Union Commission, Moussa Faki Mahamat": the title phrase
                # before the comma describes the name; its mention becomes the person's
                role_text, codes = appos_actor["role"], [appos_actor["code"]] if appos_actor["code"] else []
                role = kb.roles.get(appos_actor["role"] or "") or role
                org = kb.organisations.get(appos_actor["_org_key"]) if appos_actor.get("_org_key") else org
                self._absorb = (appos, appos_actor)
            elif appos_actor is not None and appos_actor["kind"] == "person" and a is not appos_actor \
                    and not roles and not codes and c.end < len(doc) and doc[c.end].text in (",", ")"):
                # "The governor of Kharkiv region, Oleh Syniehubov, said": a title the story took for the
                # governor named earlier is this other name's own, as the apposition says
                units = [u for u in self.labels[appos["tok"][0]:appos["tok"][1]] if u is not None]
                titles = [u for u in units if u.kind == "ROLE" and kb.roles[u.key].kind == "person"]
                if titles and not any(u.kind == "NAME" for u in units):
                    role = kb.roles[titles[-1].key]
                    role_text = role.role
                    codes = [u.key for u in units if u.kind in ("NAT", "COUNTRY") and not u.complement][:1]
                    self._absorb = (appos, appos_actor)
            code = codes[0] if codes else (org.code if org else None)
            sector = role.sector if role else (org.sector if org and org.code in ("IGO", "NGO") else None)
            if sector == "LEG" and any(kb.roles[r.key].kind == "person" and kb.roles[r.key].sector == "GOV"
                                       for r in roles):
                sector = "GOV"  # "Deputy Prime Minister and Foreign Minister Senator X": the office, not the seat
            if role and head_role is not None and role.kind == "person" and sector in ("GOV", "LEG") and any(
                    t.lower_ in ("former", "ex") for t in doc[max(c.start - 2, 0):head_role.start]):
                sector = "ELI"  # "former President X": out of office, an elite (CAMEO's "former president" ELI)
            if self._absorb is not None and self._absorb[1]["sector"] and self._absorb[1].get("_from_role"):
                sector = self._absorb[1]["sector"]  # "spokesman for the US military, X,": MIL, as the title said
            if a is None:
                a = self.actor(("person", len(self.actors)), name=" ".join(name_toks).replace(" - ", "-"),
                               kind="person")
            else:
                full = " ".join(name_toks).replace(" - ", "-")
                if len(full) > len(a["name"] or ""):
                    a["name"] = full
            for k, v in (("code", code), ("sector", sector), ("role", role_text), ("org", org.acronym if org else None)):
                if v is not None and (a[k] is None or k == "role" and self._absorb is None):
                    # a title before the name updates the role; a description ("China's top diplomat, X") fills it
                    a[k] = v
            if role and role.phrase == "counterpart" and other is not None and other is not a:
                self.counterparts.append((other, a))
            if self._absorb is not None:
                m_prev, role_actor = self._absorb
                self._absorb = None
                m_prev["actor"], m_prev["actors"] = a["id"], [a["id"]]
                a["mentions"].append([m_prev["start"], m_prev["end"]])
                role_actor["mentions"].remove([m_prev["start"], m_prev["end"]])
            self.persons = [p for p in self.persons if p is not a] + [a]
            return self.mention(c.start, c.end, [a["id"]], head_tok)

        member = self.actor_by_id(affil["actor"]) if affil and affil.get("actor") else None
        if member is not None and member["kind"] == "person" and role and not names \
                and role.kind in ("org", "group") and role.sector:
            # "X of the border force", "X of the Pakistani army": the body he serves gives his sector
            member["sector"] = member["sector"] or role.sector
            if member["code"] is None and codes:
                member["code"] = codes[0]
        if role and appos_actor is not None and appos_actor["kind"] == "person" and not names \
                and role.kind == "person" and not orgs and kb.roles[roles[0].key].kind == "person" \
                and doc[head_role.end - 1].tag_ not in ("NNS", "NNPS"):  # "X, senior officials of ..." lists
            # "KIKUTA Yutaka, Ambassador of Japan to Nepal": the title after the comma describes the name
            for k, v in (("code", codes[0] if codes else None), ("role", role_text), ("sector", role.sector)):
                if v is not None and appos_actor[k] is None:
                    appos_actor[k] = v
            return self.mention(c.start, c.end, [appos_actor["id"]], head_tok)
        if role and not codes and org is None and c.end + 2 < len(doc) and doc[c.end].lower_ in ("in", "from", "of") \
                and doc[c.end + 1].lower_ == "both" and doc[c.end + 2].lower_ in BOTH_SIDES_WORDS:
            # "senior officials in both capitals", "delegations from both countries": the story's two states
            pair = self._state_pair()
            if pair:
                return self.mention(c.start, c.end + 3, pair, head_tok)
        if role and self._international(c, role, org):
            codes = ["IGO"]  # "West African peacekeepers in Monrovia", "international inspectors": no state's
        if role:
            r = head_role
            words = role.phrase.split()
            head_i = r.start + (min(words.index(w) for w in ("of", "for") if w in words) - 1
                                if {"of", "for"} & set(words) else len(words) - 1)
            plural = doc[head_i].tag_ in ("NNS", "NNPS") or role.kind == "group"
            det = {t.lower_ for t in doc[max(0, c.start - 2):c.start]}
            # ("The 15-member council": the head's own determiner, before its modifiers)
            det |= {t.lower_ for t in doc[c.end - 1].children if t.dep_ == "det" and t.i < c.start
                    and all(self.labels[k] is None for k in range(t.i + 1, c.start))}
            last = doc[c.end - 1]
            # (right after "the": "the Kachin Independence Army" is another body's name, not "the Army" again)
            if not codes and not org and c.start > 0 and doc[c.start - 1].lower_ == "the" and c.end - c.start <= 2 \
                    and last.tag_ == "NNP" and last.text[:1].isupper() and last.text[1:].islower():
                body = self._named_body(last)  # "the Authority" after "the ECOWAS Authority": that body
                if body is not None:
                    return self.mention(c.start, c.end, [body["id"]], head_tok)
            if not codes and not org and role.phrase in BLOC_WORDS:
                # "ECOWAS suspended ... the bloc would impose sanctions": the body named last, never a state's
                body = self._last_igo(c.start) if det & {"the", "this", "that"} else None
                if role.phrase in LOOSE_BLOC_WORDS and body is not None:
                    # ("the regional body", "the alliance"; not "the body", a corpse, nor "the opposition
                    # alliance"): only an intergovernmental kind of body
                    lead = [t for t in doc[max(0, c.start - 3):c.end - 1] if t.i > max(
                        (x.i for x in doc[max(0, c.start - 3):c.start] if x.lower_ in ("the", "this", "that")),
                        default=c.end)]
                    kinds = [t.lower_ for t in lead]
                    if not all(k in BLOC_MODIFIERS or k.endswith("-member") or k.endswith("-nation") for k in kinds) \
                            or role.phrase == "body" and not kinds:
                        body = None
                return self.mention(c.start, c.end, [body["id"]], head_tok) if body is not None else None
            owner = next((x for x in doc[head_i].children if x.dep_ == "poss" and x.lemma_.lower() in STATE_WORDS
                          and x.tag_ == "NN" and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that")
                                                     for d in x.children)
                          and any(d.dep_ in ("amod", "compound") for d in x.children)),
                         None) if not codes and not org else None
            if owner is not None:
                # "blaming the West African country's ruling junta", "the landlocked nation's president": a
                # described state is one named before by name (a bare "the country's military" is as often the
                # story's own state, told from its officials' side: left to the story's home)
                last = self._last_state(owner.i)
                if last is not None:
                    codes = [last["code"]]
            if not codes and not org and role.phrase == "junta" and doc[head_i].tag_ == "NN" \
                    and det & {"the", "this", "that"} and not any(
                        x.dep_ in ("compound", "amod", "poss", "nmod") for x in doc[head_i].children):
                # "Soldiers in Niger seized power ... The junta accused France": a junta rules the state the story
                # is filed from or about, else the one named last before it
                home = self._located_in(c.start) or self._home_code() or self._hub_home() or self._sole_state_code()
                last = self.state_actor(home) if home else self._last_state(c.start)
                if last is not None:
                    codes = [last["code"]]
            if not codes and not org and role.phrase in STATE_WORDS and doc[head_i].tag_ == "NN" \
                    and det & {"the", "this", "that"}:
                # "accusing the Gulf state of ...", "come to the low-lying nation's aid": one state, the one
                # named last before it (not the pair a plural "the two countries" points back to)
                last = self._last_state(c.start)
                return self.mention(c.start, c.end, [last["id"]], head_tok) if last is not None else None
            if not codes and not org and role.sector in FORCE_SECTORS and det & {"its", "their"}:
                # "Azerbaijan said its forces had captured Shusha": the forces of the state or body named before
                # in the sentence, not the story's home
                owner = self._owner_before(c.start)
                if owner is not None:
                    codes = [owner["code"]]
            if not codes and not org and plural:
                ids = self._backref(role, c.start) if det & BACKREF_DETS else []
                if not ids and c.start == doc[c.start].sent.start \
                        and doc[head_i].lower_.rstrip("s") in GATHERED_PEOPLE:
                    # "Leaders also granted candidate status to Georgia": a bare plural that opens a sentence
                    body = self._gathered_body(c.start)
                    ids = [body] if body is not None else []
                # ("Authorities also revoked the licence": a state's unnamed authorities are the home state's too)
                bare = role.phrase == "authorities" and c.start == head_i and not any(
                    x.dep_ in ("prep", "amod", "compound") for x in doc[head_i].children)  # (not "rebel authorities from")
                home = None if ids or (role.sector not in FORCE_SECTORS and not bare) \
                    or doc[head_i].tag_ not in ("NNS", "NNPS") \
                    or not (role.kind == "person" or role.phrase in STATE_BODY_ROLES | {"authorities"}) \
                    else self._located_in(c.start) or self._home_code() or self._hub_home() or self._sole_state_code()
                # (not "use force", nor "cruise missiles")
                if home is not None:
                    codes = [home]  # "CARACAS - Soldiers fired tear gas": the state's own forces, at home
                elif ids or role.kind == "person":
                    return self.mention(c.start, c.end, ids, head_tok) if ids else None
            named_next = c.end + 1 < len(doc) and doc[c.end].text == "," and self.labels[c.end + 1] is not None \
                and self.labels[c.end + 1].kind == "NAME"  # "The foreign secretary, Boris Johnson,": not a back-reference
            if not codes and not org and not plural and role.kind == "person" and role.role \
                    and det & {"the", "his", "her"} and not named_next:
                # "the foreign minister" -> the person last named with that role
                same = next((p for p in reversed(self.persons) if holds_office(p["role"], role.role) or any(
                    holds_office(p["role"], o) for o in OFFICE_FAMILIES.get(role.phrase, ()))), None)
                # ... unless an unnamed holder of it was named since ("a State Department spokesperson said ...
                # the spokesperson said": that one, not the Qatari spokesman named before)
                here = doc[c.start].idx

                def seen(a):  # where the actor was mentioned last before here (-1: not yet)
                    return max((s for s, _ in a["mentions"] if s < here), default=-1)
                unnamed = [a for a in self.actors if a["kind"] == "person" and a.get("_from_role") and a["role"]
                           and holds_office(a["role"], role.role) and seen(a) >= 0]
                last = max(unnamed, default=None, key=seen)
                if last is not None and (same is None or seen(last) > seen(same)):
                    same = last
                if same is not None:
                    return self.mention(c.start, c.end, [same["id"]], head_tok)
            # ("the Assad regime", "the Trump administration": a body named for its leader is his, no other's)
            named_for = c.start > 0 and doc[c.start - 1].pos_ == "PROPN" and doc[c.start - 1].dep_ == "compound" \
                and c.start <= doc[c.start - 1].head.i < c.end
            if named_for and not codes and not org and role.phrase in STATE_BODY_ROLES and any(
                    m["tok"][0] <= c.start - 1 < m["tok"][1] and len(m["actors"]) == 1
                    and (self._ids.get(m["actors"][0]) or {}).get("kind") == "person" for m in reversed(self.mentions)):
                return None  # "the Assad regime": the leader's name stands for it, not the story's own government
            if not codes and not org and not plural and role.kind == "org" and role.role and "the" in det \
                    and not named_for:
                # "the Foreign Ministry", "the ministry" -> the body last named in that office, with its country
                same = self._last_body(role.role)
                if same is not None:
                    return self.mention(c.start, c.end, [same["id"]], head_tok)
            if not codes and not org and (role.phrase in WEAK_ROLES or role.weak) and role.kind != "org":
                return
            if not codes and org is None and role.kind == "person" and role.phrase in ("counterpart",):
                return
            ids = []
            for code in codes or [org.code if org and org.code not in ("IGO", "NGO") else None]:
                if code is None and org is None and role.kind == "org" and (role.phrase in WEAK_ROLES or role.weak):
                    # ("WASHINGTON - gunmen ambushed a police patrol in northern Kosovo": that country's police)
                    # (not an embassy or a "foreign" body: "protesters attacked several foreign embassies" in
                    # Kinshasa are other states')
                    abroad = doc[head_i].lemma_.lower() in ("embassy", "consulate") or any(
                        x.dep_ == "amod" and x.lower_ == "foreign" for x in doc[head_i].children)
                    code = (self._located_in(c.start) if role.sector in FORCE_SECTORS else None) \
                        or (None if abroad else self._story_code(role))
                    if code is None and len(codes or [None]) == 1 and role.phrase in STATE_BODY_ROLES:
                        # "Brussels police said ... Police responded with water cannon": the body of that office
                        # the story placed last, in a story that has no one country of its own
                        same = self._last_body(role.role)
                        if same is not None:
                            return self.mention(c.start, c.end, [same["id"]], head_tok)
                    if code is None:
                        return
                if code is None and org is None and role.kind == "group" and role.sector in CROWD_ROLE_SECTORS:
                    code = self._sole_state_code()  # "bus drivers went on strike" in a story about Peru alone
                if code is None and org is None and role.kind in ("person", "group") and role.sector in (
                        "JUD", "COP") and not names and not role.weak:
                    # "a judge issued a warrant for his arrest", "prosecutors summoned him": a state's own
                    # officers of justice, unnamed, in a story about that state
                    code = self._home_code() or self._sole_state_code()
                key = ("role", code, org.key if org else None, role_text or role.phrase)
                name = doc._.source_text[doc[self._skip_det(c.start)].idx:doc[c.end - 1].idx + len(doc[c.end - 1])]
                a = self.actor(key, name=name, kind=role.kind if role.kind != "person" or not plural else "group",
                               code=code if code else (org.code if org and org.code in ("IGO", "NGO") else
                                                       "NGO" if role.sector == "NGO" and org is None else None),
                               org=org.acronym if org else None, sector=role.sector, role=role_text)
                if a["kind"] != "person" and name.startswith(a["name"] or "") and len(name) > len(a["name"] or ""):
                    a["name"] = name  # the fullest name: "the U.S. embassy", then "the U.S. embassy in Moscow"
                if a["kind"] == "person" and len(codes or [None]) == 1:
                    a["_from_role"], a["_org_key"] = True, org.key if org else None
                ids.append(a["id"])
            return self.mention(c.start, c.end, ids, head_tok)

        if org:
            own = codes[0] if len(codes) == 1 and codes[0] != org.code and org.code not in ("IGO", "NGO") else None
            # "the Milli Majlis of Azerbaijan": that country's body of the kind ("Majlis" alone is Iran's)
            a = self.actor(("org", org.key, own) if own else ("org", org.key), name=org.name, kind="org",
                           code=own or org.code, org=org.acronym, sector=org.sector, role=org.role)
            u = orgs[0]
            written = doc._.source_text[doc[u.start].idx:doc[u.end - 1].idx + len(doc[u.end - 1])]
            if u.end > self.labels[u.start].end:  # the name as written, with its tail ("... Guards Corps")
                a["name"] = written
            elif a["name"] == org.name and written != org.name and written in org.names and " " in written:
                a["name"] = written  # the article's own spelling of the full name ("... Cooperation Organisation")
            return self.mention(c.start, c.end, [a["id"]], head_tok)

        # only place words: a state when the phrase acts as an actor
        ids = []
        for u in places:
            t = doc[u.end - 1]
            if u.kind == "NAT":
                # "Palestinians", "the Israelis": demonym used as a noun; "Russian gas" is not an actor
                if not (t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("amod", "compound", "npadvmod")
                        and t.tag_ in ("NNS", "NNPS")):
                    # kept aside: "an Australian ultimatum" tells whose ultimatum it is
                    self.doc._.modifiers.append({"tok": [u.start, u.end], "head": t.head.i, "code": u.key,
                                                 "start": doc[u.start].idx, "end": t.idx + len(t),
                                                 "text": doc._.source_text[doc[u.start].idx:t.idx + len(t)]})
                    continue
                code, name = self._residence(t, self._ethnic_home(u))
                a = self.actor(("group", code, name), name=name, kind="group", code=code, sector="CVL")
                ids.append(a["id"])
            elif u.kind == "CAPITAL":
                if t.dep_ in SUBJECT_DEPS or (t.dep_ == "conj" and t.head.dep_ in SUBJECT_DEPS) \
                        or self._addressed_capital(t):
                    ids.append(self.state_actor(u.key)["id"])
            else:  # COUNTRY or SEAT
                ids.append(self.state_actor(u.key)["id"])
        return self.mention(c.start, c.end, ids, head_tok) if ids else None

    def short_body_names(self, sent):
        """"The Authority decided ...", "the Fund said": a capitalised noun after "the" that no phrase
        claimed, the last word of a body's name the text gave before ("the ECOWAS Authority", "the
        International Monetary Fund"), is that body."""
        doc = self.doc
        upper, toks = upper_initial(doc), tokens(doc)
        after_the = self._after_the()
        cands = [i for i in range(max(sent.start, 1), sent.end) if upper[i] and i in after_the]
        if not cands:  # (the test below takes only a capitalised word after "the")
            return
        covered = {i for m in self.mentions for i in range(*m["tok"])}
        for t in (toks[i] for i in cands):
            if t.i == 0 or t.i in covered or doc[t.i - 1].lower_ != "the" or t.tag_ not in ("NNP", "NN") \
                    or not t.text[:1].isupper() or not t.text[1:].islower() \
                    or t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper() \
                    or self.labels[t.i] is not None and self.labels[t.i].kind != "ROLE":
                continue
            body = self._named_body(t)
            if body is not None:
                self.mention(t.i - 1, t.i + 1, [body["id"]], t.i)

    def _located_in(self, at):
        """The one country the sentence of token `at` puts its act in ("a police patrol near the village of
        Banjska in northern Kosovo"): the country words after "in", "near" or "across", when they name one
        country only; else None. Unnamed forces there are that country's, whatever the dateline."""
        sent = self.doc[at].sent
        # (only the clause the word stands in: "... attended the meeting in Jakarta, his first trip since the
        # military overthrew the government" puts no military in Jakarta)
        verb = next((t for t in [self.doc[at], *self.doc[at].ancestors] if t.pos_ in ("VERB", "AUX")), sent.root)
        head = self.doc[at]
        while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i:
            head = head.head
        if verb.lemma_.lower() in GATHERING_VERBS or any(c.dep_ == "prep" and c.lower_ == "from"
                                                          for c in head.children):
            return None  # "army chiefs from Chad, Sudan and Libya gathered in Tripoli": where they met, not whose
        span = range(verb.left_edge.i, verb.right_edge.i + 1)
        codes = {u.key for i in range(sent.start, sent.end) for u in [self.labels[i]]
                 if u is not None and u.start == i and u.kind in ("COUNTRY", "CAPITAL") and u.end - 1 in span
                 and self.doc[u.end - 1].dep_ == "pobj" and self.doc[u.end - 1].head.lower_ in ("in", "near", "across")
                 and self._national(u.key)}
        return next(iter(codes)) if len(codes) == 1 else None

    def _owner_before(self, at):
        """The state or placed body named last before token `at` in its sentence (whose "its" or "their" a
        phrase's possessive points back to), or None."""
        sent = self.doc[at].sent
        for m in reversed(self.mentions):
            if not sent.start <= m["tok"][0] < at or len(m["actors"]) != 1:
                continue
            a = self.actor_by_id(m["actors"][0])
            if a is not None and a["kind"] in ("state", "org") and self._national(a.get("code")):
                return a
        return None

    def short_person_names(self, sent):
        """"The agreement was signed by Redwan Hussien ... Redwan thanked the mediators": a lone capitalised
        word the tagger left without an entity, that is a word of the full name of exactly one person named
        before (and of no one else), is that person (any word: "Luiz Inácio Lula da Silva ... Lula")."""
        doc = self.doc
        cands = [t for t in sent if t.pos_ == "PROPN" and t.ent_type_ in ("", "PERSON", "ORG")
                 and self.labels[t.i] is None and t.text[:1].isupper() and t.text[1:].islower() and len(t.text) >= 3
                 and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")
                 and not (t.i > sent.start and doc[t.i - 1].pos_ == "PROPN")]
        named = [a for a in self.persons if (a["name"] or "").count(" ") >= 1] if cands else []
        if not named:
            return
        covered = {i for m in self.mentions for i in range(*m["tok"])}  # (only for a sentence with a candidate)
        for t in cands:
            if t.i in covered:
                continue
            word = t.lower_
            bearers = [a for a in named if word in {w.lower() for w in (a["name"] or "").split()}]
            if len(bearers) == 1:
                self.mention(t.i, t.i + 1, [bearers[0]["id"]], t.i)

    def _after_the(self) -> set[int]:
        """Indices of the tokens right after a "the" (any case), once per Doc."""
        if self._after_the_index is None:
            self._after_the_index = {i + 1 for i in token_indices(self.doc, LOWER, "the")}
        return self._after_the_index

    def _named_body(self, t):
        """The placed body named before token `t` whose name ends with t's word ("the ECOWAS Authority" for
        "the Authority"), or None."""
        word = t.text.lower()
        return next((b for m in reversed(self.mentions) if len(m["actors"]) == 1 and m["tok"][1] <= t.i - 1
                     for b in [self._ids[m["actors"][0]]] if b["kind"] in ("org", "group") and b["code"]
                     and (b["name"] or "").lower().split()[-1:] == [word]), None)

    def _last_state(self, before):
        """The state named last before token `before`, in its sentence or the one before: by its name, not by an
        adjective ("Hungarian criticism of the country's law" is not Hungary's law) nor by its capital (a venue:
        "the meeting on Niger held in Abuja ... the landlocked country"), and not as the subject of a verb that
        governs it ("Australia will ... come to the nation's aid": another)."""
        doc = self.doc
        tok = doc[before]
        lo = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else 0
        governing = {a.i for a in tok.ancestors}
        for k in range(before - 1, lo - 1, -1):
            u = self.labels[k]
            if u is None or u.kind != "COUNTRY" or not self._national(u.key) or k != u.end - 1:
                continue
            t = doc[k]
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.i in governing or t.dep_ == "conj" and any(
                    x.dep_ in ("nsubj", "nsubjpass") and x.head.i in governing for x in t.ancestors):
                continue
            return self.state_actor(u.key)
        return None

    def _last_igo(self, before):
        """The intergovernmental body last named before token `before`, or None."""
        # ("ASEAN leaders met ... criticised the bloc": its leaders gathered stand for the body too)
        return next((b for m in reversed(self.mentions) if len(m["actors"]) == 1 and m["tok"][1] <= before
                     for b in [self._ids[m["actors"][0]]] if b["code"] == "IGO" and (
                         b["kind"] == "org" or b["kind"] == "group" and b.get("org"))), None)

    def _last_body(self, role, before=None):
        """The placed body most recently mentioned whose office is `role` or ends with it ("ministry" names
        "the foreign ministry"); any placed body when `role` is None."""
        for m in reversed(self.mentions):
            if len(m["actors"]) != 1 or before is not None and m["tok"][0] >= before:
                continue
            b = self._ids[m["actors"][0]]
            # ("the Council" after "the UN Security Council", "the Court" after "the International Court of
            # Justice": a body's own name may carry the office word)
            if b["kind"] == "org" and b["code"] and (role is None or (b["role"] or "").endswith(role)
                                                     or role in (b["name"] or "").lower().split()):
                return b
        return None

    @staticmethod
    def _addressed_capital(t) -> bool:
        """"accused Seoul and Washington", "urged Beijing to ...": a capital that is the object of an act done
        to someone stands for its government (one visited, left, shelled or seized is a place)."""
        x = t.head if t.dep_ == "conj" else t
        return x.dep_ in ("dobj", "dative") and x.head.pos_ == "VERB" and x.head.lemma_.lower() not in PLACE_VERBS

    def _international(self, c, role, org) -> bool:
        """Is the role phrase c an international body no state owns ("West African peacekeepers in Monrovia",
        "international monitors", "the war crimes tribunal")? A nationality or country before the role word
        ("Nigerian peacekeepers", "Bangladesh's monitors") makes it that state's; a place after it ("in
        Monrovia") is only where it serves."""
        if org is not None or role.role not in INTERNATIONAL_ROLES | MARKED_INTERNATIONAL_ROLES:
            return False
        doc = self.doc
        head = max((u.end for u in c.units if u.kind == "ROLE"), default=c.end)
        if any(u.kind in ("NAT", "COUNTRY", "CAPITAL", "SEAT") and u.end <= head and not u.complement
               and doc[u.start - 1].lower_ not in ("in", "at", "of", "from", "near") for u in c.units):
            return False
        if any(t.dep_ == "poss" for i in range(c.start, head) for t in doc[i].children) or \
                doc[max(c.start - 1, 0)].dep_ == "poss":
            return False  # "its peacekeepers", "Pakistan's monitors": the owner's
        if role.role in INTERNATIONAL_ROLES:
            return True
        words = {t.i for t in doc[c.start:head]} | {x.i for t in doc[c.start:head] for left in t.lefts
                                                    for x in left.subtree}
        return any(doc[i].lower_ in INTERNATIONAL_MARKS or doc[i].ent_type_ == "NORP" for i in words)

    def _ethnic_home(self, u):
        """"ethnic Albanian guerrillas operating in Macedonia", "killed three ethnic Albanians in southern
        Serbia": a people marked ethnic is coded by the one other country its sentence names (where it lives),
        not by the state of its nation; with none or several, its nation's code stays."""
        doc = self.doc
        if u.kind != "NAT" or u.start == 0 or doc[u.start - 1].lower_ != "ethnic":
            return u.key
        sent = doc[u.start].sent
        others = set()
        for i in range(sent.start, sent.end):
            for n in (3, 2, 1):
                hit = self.kb.surfaces.get(doc[i:i + n].text) if i + n <= sent.end else None
                if hit and hit[0] == "COUNTRY" and hit[1] != u.key:
                    others.add(hit[1])
                    break
        return others.pop() if len(others) == 1 else u.key

    def _residence(self, t, code):
        """An ethnic group is coded by the state it lives in: "Bosnian Serbs" (BIH), "Croatian Serb refugees"
        (HRV), "the Albanians of southern Serbia", "ethnic Albanians in Serbia" (SRB)."""
        for m in self.doc._.modifiers:
            if m["head"] == t.i and m["tok"][1] <= t.i and m["code"] != code:
                return m["code"], self.doc._.source_text[m["start"]:t.idx + len(t)]
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "in"):
                for g in c.children:
                    hit = self.kb.surfaces.get(g.text) if g.dep_ == "pobj" else None
                    if hit and hit[0] == "COUNTRY" and hit[1] != code:
                        return hit[1], t.text
        return code, t.text

    def actor_by_id(self, aid):
        return self._ids.get(aid)

    def _skip_det(self, i):
        doc = self.doc
        while doc[i].lower_ in ("the", "a", "an", "his", "her", "their", "its", "our") and i + 1 < len(doc):
            i += 1
        return i

    def _counterpart_role(self):
        for a in reversed(self.persons):
            if a["role"]:
                return a["role"]
        return None

    def _backref(self, role, at=None) -> list[str]:
        """The actors that "the two foreign ministers" / "both sides" point back to."""
        if at is not None and role.phrase.split()[-1] in ("people", "peoples") and self.doc[at].is_title \
                and at > self.doc[at].sent.start:
            return []  # "the Kurdish People's Protection Units": a word of a name, no one named before
        if at is not None and role.phrase.split()[-1] in ("people", "persons") and any(
                c.dep_ in ("acl", "relcl") or c.dep_ == "prep" and c.lower_ in ("of", "from", "in")
                for c in self.doc[at].children):
            return []  # "the people arriving from Karabakh", "the people of Gaza": a population, not those named
        if at is not None and role.phrase.split()[-1].rstrip("s") in GATHERED_PEOPLE:
            body = self._gathered_body(at)  # "ECOWAS heads of state suspended ... the leaders demanded": ECOWAS
            if body is not None:
                return [body]
        if role.phrase in ("side", "sides", "party", "parties") and at is not None:
            # "Yemen's warring parties have agreed to a truce ... The parties will meet": the body named before with
            # the same word
            word = {"sides": "side", "parties": "party"}.get(role.phrase, role.phrase)
            same = [m for m in self.mentions if m["tok"][1] <= at and len(m["actors"]) == 1
                    and self.doc[m["head"]].lemma_.lower() == word
                    and self.doc[m["head"]].tag_ == "NNS" and (self._ids.get(m["actors"][0]) or {}).get("code")]
            if same:
                return list(same[-1]["actors"])
        if role.phrase in RULER_WORDS and at is not None and self.doc[at].tag_ == "NNS" and len(self.last_group) >= 2 \
                and all((self._ids.get(i) or {}).get("kind") == "state" for i in self.last_group):
            # "Mali, Burkina Faso and Niger announced ... The juntas accused": the states just listed
            return list(self.last_group)
        if role.phrase in STATE_WORDS and (self._counted(at) or 2) == 2:
            # "both Iran and Saudi Arabia are entrenched ... The two countries released": the states last
            # named together, else the two states the article has named most so far ("the four countries"
            # are counted below)
            pair = self._state_pair()
            if pair:
                return pair
        if role.phrase in ("side", "sides", "party", "parties") and len(self.last_group) == 2 and len(
                {self._ids[i]["code"] for i in self.last_group if i in self._ids} - {None}) == 1:
            # "the government and the EMC rebels agreed ... The two sides also agreed": a civil war's parties,
            # of one country (two countries are told by their states, below)
            return list(self.last_group)
        if role.phrase in ("side", "sides", "parties") and at is not None:
            # "Somalia and Ethiopia agreed ... Türkiye hosted talks between the sides": the two states named
            # together last, not the host named since
            pair = self._state_pair_codes(together=True)
            acted = [m for m in self.mentions if set(m["actors"]) & set(self.last_group) and m["tok"][0] < at]
            heads = [self.doc[m["head"]] for m in acted[-2:]]
            # (only a pair that acted together, "Somalia and Ethiopia agreed": not "the borders of Peru, Ecuador
            # and Colombia")
            if len(pair) == 2 and len(self.last_group) == 2 and heads and all(
                    h.dep_ in ("nsubj", "nsubjpass") or h.dep_ == "conj" and h.head.dep_ in ("nsubj", "nsubjpass")
                    for h in heads):
                return [self.state_actor(c)["id"] for c in pair]
        counted = self._counted(at)
        if counted and counted >= 3 and (role.phrase in PLURAL_SIDES or role.kind == "person"):
            # "Kishida held a summit with Biden and Yoon ... The three leaders condemned": as many parties as the
            # phrase counts, the group last named together, else none (two of three would be a wrong dyad)
            group = next((list(g) for g in reversed(self.groups) if len(set(g)) == counted), None)
            if group is None and role.kind == "person":
                # ("Kishida held a summit with Biden and Yoon": the host and his guests were never listed
                # together) the people named last, one per country
                last = list(dict.fromkeys(p["id"] for p in reversed(self.persons)))[:counted]
                placed = [self._ids[i]["code"] for i in last if (self._ids.get(i) or {}).get("code")]
                if len(last) == counted and len(placed) == len(set(placed)):
                    group = last
            return group or []
        if role.phrase in PLURAL_SIDES or role.role in ("government",):
            codes = []
            for a in reversed(self.persons + [x for x in self.actors if x["kind"] == "state"]):
                if self._national(a["code"]) and a["code"] not in codes:
                    codes.append(a["code"])
                if len(codes) == 2:
                    break
            # the two people named last, when both are placed in different countries (someone named between
            # them, still unplaced, means the parties are better told by their states)
            persons = list(reversed(self.persons))[:2]
            if len(persons) == 2 and all(p["code"] for p in persons) and len({p["code"] for p in persons}) == 2:
                return [p["id"] for p in persons]
            top = self._state_pair_codes(together=False) if role.phrase in SIDE_WORDS else []
            if top and set(top) != set(codes):
                # "where the borders of Thailand, Cambodia and Laos meet ... the two sides agreed": the two
                # states the story is about (clearly named most so far), not the last two named
                return [self.state_actor(c)["id"] for c in top]
            if len(codes) == 2:
                return [self.state_actor(c)["id"] for c in codes]
            # "President Xi met President Lula ... The two sides signed": the two people named last, though
            # their countries are told only later (from the knowledge base)
            if counted == 2 and len(persons) == 2 and persons[0]["id"] != persons[1]["id"]:
                return [p["id"] for p in persons]
            return []
        # ("announcing he was bringing the troops home", "to expel the terrorists": armed men are not the
        # people named last, unless those are of their sector)
        armed = role.kind == "group" and role.sector in ARMED_SECTORS
        fits = (lambda i: (self._ids.get(i) or {}).get("sector") == role.sector) if armed else (lambda i: True)
        # ("the four men": as many people as the phrase counts, not the two named last)
        number = next((NUMBER_WORDS.get(t.lower_) or (int(t.text) if t.text.isdigit() else None)
                       for t in self.doc[max(0, at - 2):at + 3] if t.like_num), None) if at is not None else None
        if number is not None and number != 2 and (not self.last_person_group or len(self.last_person_group) != number):
            return []
        if self.last_person_group and role.kind in ("person", "group") and all(map(fits, self.last_person_group)):
            return list(self.last_person_group)
        want = role.role
        same = [p for p in reversed(self.persons) if want and holds_office(p["role"], want)]
        pool = same if len(same) >= 2 else list(reversed(self.persons))
        pool = [p for p in pool if fits(p["id"])]
        return [p["id"] for p in pool[:2]] if len(pool) >= 2 else []

    def _counted(self, at) -> int | None:
        """How many parties a back-reference counts ("the three leaders": 3, "both sides": 2), or None."""
        if at is None:
            return None
        for t in reversed(self.doc[max(0, at - 3):at + 1]):  # (the phrase may start at its noun: "the two| sides")
            if t.lower_ == "both":
                return 2
            if t.like_num and NUMBER_WORDS.get(t.lower_, 0) >= 2:
                return NUMBER_WORDS[t.lower_]
            if t.i < at and (t.pos_ in ("NOUN", "PROPN", "VERB", "PUNCT") and t.dep_ not in ("amod", "compound")
                             or t.lower_ in ("the", "these", "those")):
                break  # ("all four boycotting states": a modifier between the number and the noun)
        return None

    def _gathered_body(self, at) -> str | None:
        """The organisation whose leaders or ministers the story gathered just before token `at` ("the Heads
        of State of ECOWAS", "ASEAN foreign ministers", "leaders of the African Union"), or None."""
        doc = self.doc
        for m in reversed(self.mentions):
            if m["tok"][1] > at or m["actor"] is None:
                continue
            if at - m["tok"][0] > GATHERED_REACH:
                return None
            a = self._ids.get(m["actor"])
            if a is not None and a["kind"] == "group" and a["code"] == "IGO" and a.get("org") and doc[
                    m["head"]].lower_.rstrip("s") in GATHERED_PEOPLE:
                return a["id"]  # ("EU leaders agreed ... Leaders also granted": the gathering itself)
            if a is None or a["kind"] != "org" or a["code"] != "IGO":
                continue
            cur = doc[m["tok"][0]:m["tok"][1]].root
            for _ in range(8):  # up the noun phrase the name sits in: "Heads of State and Government of the X"
                if cur.dep_ not in GATHERED_LINKS or cur.head.i == cur.i:
                    break
                cur = cur.head
                if cur.lower_.rstrip("s") in GATHERED_PEOPLE and cur.tag_ in ("NNS", "NNPS"):
                    return a["id"]
        return None

    def _state_pair(self) -> list[str]:
        return [self.state_actor(c)["id"] for c in self._state_pair_codes()]

    def _state_pair_codes(self, together: bool = True) -> list[str]:
        """The two states last named together (`together`), else the two the article has named most so far
        (a clear pair)."""
        by_id = {a["id"]: a for a in self.actors}
        group = [by_id[i] for i in self.last_group if i in by_id]
        codes = list(dict.fromkeys(a["code"] for a in group if self._national(a["code"])))
        if together and len(codes) == 2 and len(group) == 2:
            return codes
        counts: dict[str, int] = {}
        for a in self.actors:
            if self._national(a["code"]):
                counts[a["code"]] = counts.get(a["code"], 0) + len(a["mentions"])
        top = sorted(counts, key=lambda c: -counts[c])
        if len(top) >= 2 and (len(top) == 2 or counts[top[1]] > counts[top[2]]):
            return top[:2]
        return []

    def _home_code(self):
        dl = self.doc._.record.get("dateline_span") if self.doc._.record else None
        if dl:
            text = self.doc._.source_text[dl[0]:dl[1]]
            for cand in (text, text.title()):
                hit = self.kb.surfaces.get(cand)
                if hit and hit[0] in ("CAPITAL", "COUNTRY"):
                    return None if hit[0] == "CAPITAL" and self._hub_capital(hit[1], dl) else hit[1]
            return None
        return self._masthead_code()  # (no dateline: the one country of the page's masthead, if any)

    def _hub_home(self) -> str | None:
        """The state a story filed from the seat of a body it reports on is about (`_hub_capital`), or None."""
        return self._hub_state if self._home_code() is None and self.__dict__.get("_hub") else None

    def _hub_capital(self, code: str, dl) -> bool:
        """Is a capital dateline only the seat of a body the story reports on ("ADDIS ABABA - The African Union
        suspended Sudan ... Security forces stormed a sit-in in Khartoum")? So when an organisation the text
        names sits in that city, and the text names another state at least twice and more often than the
        capital's own (by its name or its people): the unnamed bodies are not the host country's."""
        if "_hub" not in self.__dict__:
            city = self.doc._.source_text[dl[0]:dl[1]].strip(" ,.-\u2014").lower()
            seated = {o.acronym for o in self.kb.organisations.values() if (o.seat or "").lower() == city}
            hub = bool(seated) and any(a["org"] in seated for a in self.actors if a["kind"] == "org")
            named = {}
            for u in self.labels:
                if u is not None and u.kind in ("COUNTRY", "NAT") and self._national(u.key):
                    named[u.key] = named.get(u.key, 0) + 1
            leader = _clear_leader({k: n for k, n in named.items() if k != code})
            if hub:
                hub = leader is not None and named[leader] > named.get(code, 0)
            else:
                # ("KINGSTON - ... talks on Haiti ... the Haitian government ... Haiti's gangs": a capital that only
                # hosts the talks about another state, whose own country the text hardly names)
                hub = leader is not None and named.get(code, 0) <= 1 and named[leader] >= HOSTED_STORY_MENTIONS
            self._hub_state = leader if hub else None
            self._hub = hub
        return self._hub

    def _dateline_city_code(self):
        """The country of a dateline that names a big city, not a capital ("Dar es Salaam", "Lagos"). A city
        whose country the story never names is a hub it is filed from ("Dubai (dpa) - Protests ... in Iran"):
        the story's state is then the one it names most, if one does."""
        dl = self.doc._.record.get("dateline_span") if self.doc._.record else None
        code = _dateline_city_country(self.doc._.source_text[dl[0]:dl[1]]) if dl else None
        if code is None:
            return None
        if self._hub_home():
            return self._hub_state  # (the seat of a body the story reports on: the state it names most)
        named = self._named_states()
        if named.get(code) or not named:
            return code  # (a story that names no state at all is the city's: "Lagos. ... Police fired teargas")
        return _clear_leader(named)

    def _named_states(self) -> dict[str, int]:
        """How often the text itself names each state (its name, people's adjective or capital), read once."""
        if "_named" not in self.__dict__:
            units = {(u.start, u.key) for u in self.labels
                     if u is not None and u.kind in ("COUNTRY", "NAT", "CAPITAL") and self._national(u.key)}
            self._named, self._first_named = {}, {}
            for start, k in sorted(units):
                self._named[k] = self._named.get(k, 0) + 1
                self._first_named.setdefault(k, start)
        return self._named

    def _story_code(self, role):
        """The country whose unnamed bodies ("police", "the army", "the ministry") a story means: its dateline's,
        else the one state the whole text names (a domestic story: "teachers went on strike across Kenya ...
        Police fired tear gas"), named at least twice; none when it names two or more. Only a state's own
        bodies: a news agency or a commission may be anyone's."""
        code = self._home_code()
        if role.phrase == "regime":
            # "the reclusive regime threatened ...": a word for the other side's government, never the filing
            # country's own; the state the story names most apart from it
            home = code or self._dateline_city_code()
            named = self._named_states()
            # (of states named equally often, the one named first: the lead's "North Korea fired ...")
            others = sorted((c for c in named if c != home), key=lambda c: (-named[c], self._first_named[c]))
            return others[0] if others else None
        if code is not None or role.phrase not in STATE_BODY_ROLES:
            return code
        # ("Lagos. ... Police fired teargas": the police of the big city's country; not its news agencies,
        # which may be anyone's)
        return self._dateline_city_code() or self._sole_state_code()

    def _sole_state_code(self):
        """The one state the whole text names, at least twice, or None."""
        if self._sole_state is _UNSET:  # the labels are fixed once classified: read them once per document
            named = self._named_states()
            # named at least twice: a lone name may be a venue ("under the Addis Ababa agreement"); a story that
            # names others in passing ("the US urged restraint") is still about the one it names nearly always
            top = max(named, key=named.get) if named else None
            total = sum(named.values())
            self._sole_state = top if top and (len(named) == 1 and total >= 2 or named[top] >= SOLE_STATE_MIN
                                               and named[top] >= SOLE_STATE_SHARE * total) else None
        return self._sole_state

    def note_groups(self, new):
        """Remember the latest set of actors named together ("Kosherbayev and Lavrov", "the ministers")."""
        heads = {m["head"]: m for m in new}
        kinds = {a["id"]: a["kind"] for a in self.actors}
        for m in new:
            ids = list(m["actors"]) if len(m["actors"]) > 1 else []
            t = self.doc[m["head"]]
            while t.dep_ in ("compound", "amod", "nmod") and t.head.i != t.i:
                t = t.head  # "... and the country's second-largest rebel group": the conjunct is "group"
            if t.dep_ == "conj" and t.head.i in heads:
                ids = list(dict.fromkeys(heads[t.head.i]["actors"] + m["actors"]))
            first = t
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
                if first.i in heads:  # ("Saudi Arabia, the UAE, Bahrain and Egypt": every conjunct up the chain)
                    ids = list(dict.fromkeys(heads[first.i]["actors"] + ids))
            if first is not t and first.dep_ == "appos" and first.head.i in heads and all(
                    kinds.get(i) == "state" for i in heads[first.head.i]["actors"] + ids):
                # "Mali, Burkina Faso and Niger", parsed with Burkina Faso in apposition to Mali: one list
                ids = list(dict.fromkeys(heads[first.head.i]["actors"] + ids))
                first = first.head
            if first.dep_ == "pobj" and first.head.lower_ in DESTINATION_PREPS:
                continue  # "flights to Jordan and Egypt": places named, no one who may act as "they" or "the parties"
            if len(ids) > 1:
                self.last_group = ids
                self.groups.append(ids)
                if all(kinds.get(i) == "person" for i in ids):
                    self.last_person_group = ids

    def pronouns(self, sent, sent_i=None):
        """Subject pronouns: "X said he/they ..." -> X; else "he"/"she" -> the person named last before it,
        "they" -> the group named in this sentence or the one before. A pronoun whose sayer is no known actor
        ("De Mistura said he", "colleagues said he") or whose group is stale stays unresolved: no party is
        better than a wrong one."""
        subjects = sorted(tokens_with(sent, DEP, "nsubj") + tokens_with(sent, DEP, "nsubjpass"), key=lambda x: x.i)
        for t in subjects:  # (every branch below takes a subject only)
            low = t.lower_
            if low in HONORIFICS and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in t.children) \
                    and not (t.i + 1 < len(self.doc) and self.doc[t.i + 1].pos_ == "PROPN"):
                low = "he"  # "His Excellency called on the two parties": the dignitary named before, as "he" is
            sayer = self._sayer(t) if low in PRONOUNS_SG | PRONOUNS_PL and t.dep_ in ("nsubj", "nsubjpass") else None
            if low in PRONOUNS_SG and t.dep_ in ("nsubj", "nsubjpass") and self.persons:
                if sayer is not None:
                    who = [i for i in sayer if self._ids[i]["kind"] == "person"]
                    if len(who) == 1 and len(sayer) == 1:
                        self.mention(t.i, t.i + 1, who, t.i)["pronoun"] = True
                    continue
                # the person named last before the pronoun ("X said as he met Y, BelTA reported": not BelTA), the
                # last named as a subject when one was lately ("Trump tweeted ... During his call with Erdogan,
                # he declared": Trump)
                before = [(max(m[0] for m in p["mentions"] if m[0] < t.idx), k) for k, p in enumerate(self.persons)
                          if any(m[0] < t.idx for m in p["mentions"])]
                target = self.persons[max(before)[1]] if before else self.persons[-1]
                subject = self._recent_subject(t)
                target = subject if subject is not None else target
                self.mention(t.i, t.i + 1, [target["id"]], t.i)["pronoun"] = True
            elif low in PRONOUNS_SG and t.dep_ in ("nsubj", "nsubjpass") and sayer is None \
                    and (one := self._lone_office_holder(t)) is not None:
                # "Pakistan summoned India's charge d'affaires. He was also urged to ...": the one official the
                # story has named only by his office, when no person is named by name
                self.mention(t.i, t.i + 1, [one], t.i)["pronoun"] = True
            elif low == "it" and t.dep_ == "nsubj" and t.head.lemma_.lower() in SPEECH_VERBS:
                # "..., it added": a body that speaks, the one last named before
                body = self._last_body(None, before=t.i)
                last = max((m["tok"][0] for m in self.mentions if body is not None and m["actors"] == [body["id"]]),
                           default=-PRONOUN_REACH)
                if body is not None and t.i - last <= PRONOUN_REACH:
                    self.mention(t.i, t.i + 1, [body["id"]], t.i)["pronoun"] = True
            elif low == "it" and t.dep_ in ("nsubj", "nsubjpass") and (ante := self._it_antecedent(t)) is not None:
                self.mention(t.i, t.i + 1, [ante], t.i)["pronoun"] = True
            elif (low in PRONOUNS_PL or low == "both") and t.dep_ in ("nsubj", "nsubjpass"):
                if sayer is not None:
                    if len(sayer) > 1 or sayer and (self._ids[sayer[0]]["kind"] == "group" or self._ids[sayer[0]][
                            "kind"] == "org" and self._plural_sayer(t)):  # "Houthi rebels said they"
                        self.mention(t.i, t.i + 1, sayer, t.i)["pronoun"] = True  # "the US, UK and France say they"
                    continue
                group = self.last_person_group or self.last_group
                group_sent = self.group_sent
                if group and sent_i is not None and group_sent == sent_i and not any(
                        set(m["actors"]) & set(group) for m in self._mentions_from(sent.start, t.i)):
                    # "They also agreed that flights will operate to Jordan and Egypt": a group named only after
                    # the pronoun is no antecedent of it; the one named before is
                    (last_group, person_group), group_sent = self.groups_before
                    group = person_group or last_group
                if group and (sent_i is None or sent_i - group_sent <= 1):
                    self.mention(t.i, t.i + 1, group, t.i)["pronoun"] = True

    def _lone_office_holder(self, t):
        """The id of the one person named only by office ("India's charge d'affaires") in the pronoun's sentence
        or the one before, when the story has named no person by name yet; else None."""
        if self.persons:
            return None
        sent = t.sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        ids = {m["actors"][0] for m in self.mentions if start <= m["tok"][0] < t.i and len(m["actors"]) == 1
               and (self._ids.get(m["actors"][0]) or {}).get("kind") == "person" and not m.get("pronoun")}
        return ids.pop() if len(ids) == 1 else None

    def _it_antecedent(self, t):
        """The state or body "it" continues as the subject of an act: the subject of the clause it is conjoined
        to ("Somalia denounced the deal, and in April it expelled Ethiopia's ambassador"), or, opening a
        sentence's main clause, the subject of the sentence before ("Kenya criticised the vote. On Monday it
        recalled its envoy"); the id, or None (an expletive "it", a subject that is a person, another state or
        body named in between)."""
        v = t.head
        if v.pos_ != "VERB" or v.lemma_.lower() in EXPLETIVE_IT_VERBS or t.i > v.i or any(
                c.dep_ in ("ccomp", "csubj") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                for c in v.children):
            return None
        doc = self.doc
        if v.dep_ == "conj" and v.head.pos_ == "VERB":
            subj = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
        elif v.dep_ == "ROOT" and t.sent.start > 0 and t.i - t.sent.start <= 6 and t.dep_ == "nsubj" \
                and v.lemma_.lower() not in MOTION_VERBS:
            # (not a thing's course: "It now goes to the president", "It was passed by the Senate")
            root = doc[t.sent.start - 1].sent.root
            subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        else:
            return None
        m = next((m for m in reversed(self.mentions) if subj is not None and m["tok"][0] <= subj.i < m["tok"][1]), None)
        if m is None or len(m["actors"]) != 1 or m.get("pronoun"):
            return None
        ante = self._ids[m["actors"][0]]
        if ante["kind"] not in ("state", "org") or not ante["code"]:
            return None
        # (no other state or body named between the antecedent and the pronoun)
        # (a medium that carried the statement is none: "the government said in a statement read out on state
        # television. It accused ...")
        if any(x["tok"][0] >= m["tok"][1] and x["tok"][0] < t.i and len(x["actors"]) == 1 and x["actors"] != m["actors"]
               and self._ids[x["actors"][0]]["kind"] in ("state", "org")
               and self._ids[x["actors"][0]].get("sector") != "MED" for x in self.mentions):
            return None
        return ante["id"]

    @staticmethod
    def _saying_verb(t):
        """The verb of saying whose reported clause pronoun t is the subject of, or None."""
        h = t.head
        while h.dep_ == "conj" and h.head.i != h.i:
            h = h.head
        if h.dep_ != "ccomp" or h.head.lemma_.lower() not in SPEECH_VERBS | REPORTING_VERBS:
            return None
        verb = h.head
        if verb.i > t.i and verb.dep_ == "ccomp" and verb.head.i < t.i \
                and verb.head.lemma_.lower() in SPEECH_VERBS | REPORTING_VERBS:
            verb = verb.head  # "X said they would ..., the agency reported": the parser hung the clause on the
            # closing reporting verb; the one who said it comes first
        return verb

    def _plural_sayer(self, t) -> bool:
        """Is the subject of the verb that reports pronoun t's clause a plural noun ("the rebels")?"""
        verb = self._saying_verb(t)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        # ("the Houthis said they", tagged a singular name: "the" and a final "s" make it a people's plural)
        return subj is not None and (subj.tag_ in ("NNS", "NNPS") or subj.tag_ == "NNP" and subj.lower_.endswith("s")
                                     and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children))

    def _recent_subject(self, t):
        """The person last named as a subject within the pronoun's reach (a pronoun subject continues the
        subject before it), when the reach names another person too; None otherwise."""
        doc = self.doc
        near = [m for m in self.mentions if len(m["actors"]) == 1 and t.i - PRONOUN_REACH // 2 <= m["head"] < t.i
                and self._ids[m["actors"][0]]["kind"] == "person"]
        if len({m["actors"][0] for m in near}) < 2:
            return None
        subj = [m for m in near if doc[m["head"]].dep_ in ("nsubj", "nsubjpass") or (
            doc[m["head"]].dep_ == "appos" and doc[m["head"]].head.dep_ in ("nsubj", "nsubjpass"))]
        return self._ids[subj[-1]["actors"][0]] if subj else None

    @staticmethod
    def _people_noun(t) -> bool:
        from communique.pipeline import domestic

        return domestic.people_word(t)

    def _sayer(self, t):
        """The actors who say the clause pronoun t is the subject of ("X said he would ..."): a list (empty when
        the sayer is no known actor), or None when t is in no reported clause."""
        verb = self._saying_verb(t)
        if verb is None:
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
            subj = verb.head  # "Putin, who has said he will convene a congress": the one the clause is about
        if subj is None or not subj.is_alpha or not (subj.pos_ in ("PRON", "PROPN") or subj.pos_ == "NOUN" and (
                subj.ent_type_ in ("PERSON", "NORP", "ORG", "GPE") or subj.lemma_.lower() in self.kb.roles
                or self._people_noun(subj))):
            return None  # ("his speech suggested he ...": no sayer who could be 'he')
        ids = []
        for x in [subj] + [x for x in subj.subtree if x.dep_ in ("conj", "appos") and all(
                a.dep_ in ("conj", "appos") or a.i == subj.i for a in x.ancestors if subj.is_ancestor(a) or a.i == subj.i)]:
            m = next((m for m in reversed(self.mentions) if m["tok"][0] <= x.i < m["tok"][1]), None)
            ids += [i for i in (m["actors"] if m else []) if i not in ids]
        return ids

    def _country_mentions(self) -> dict[str, int]:
        """How often the article names each country, through its states, people and groups."""
        freq: dict[str, int] = {}
        for a in self.actors:
            if a["kind"] == "person" and self._serves_abroad(a):
                continue  # an envoy is named where he serves: a story about his host country
            if a["code"] and len(a["code"]) == 3 and a["code"] not in NON_STATE_CODES:
                # (a body's acronym repeated, "the BSF ... the BSF", says what the story is about, not where)
                freq[a["code"]] = freq.get(a["code"], 0) + len(a["mentions"]) - a.get("_acronym_uses", 0)
        return freq

    @staticmethod
    def _other_office(told: str, known: str) -> bool:
        """Does the article's title for a person name another office than the one the people index knows
        for that name? Only offices of government that exclude each other count ("defence minister" vs
        "prime minister"); a vaguer title ("official", "minister", "leader") is no contradiction."""
        told, known = told.split(" and ")[0], known.split(" and ")[0]
        exclusive = {"president", "prime minister", "foreign minister", "defence minister", "interior minister",
                     "finance minister", "trade minister", "vice president", "deputy prime minister", "king",
                     "head of state", "chancellor", "secretary general", "spokesperson"}
        return told != known and told in exclusive and known in exclusive

    def _infer_from_counterparts(self):
        """"X met his Chinese counterpart Y": X is from the article's other main country, not Y's."""
        freq = self._country_mentions()
        for p, q in self.counterparts:
            for x, y in ((p, q), (q, p)):
                if x["code"] is None and y["code"]:
                    away = self._destinations(x) | {y["code"]}
                    others = sorted(((n, c) for c, n in freq.items() if c not in away), reverse=True)
                    if others:
                        x["code"] = others[0][1]
                        x["sector"] = x["sector"] or y["sector"]
                        x["role"] = x["role"] or y["role"]

    def _infer_from_led_team(self):
        """"X led the Indian team", "the Chinese side was led by Y": the leader belongs to the team's country."""
        doc = self.doc
        nat_of = {m["head"]: m["code"] for m in doc._.modifiers}
        for m in self.mentions:
            if len(m["actors"]) != 1:
                continue
            a = self.actor_by_id(m["actors"][0])
            if a is None or a["kind"] != "person" or a["code"] and not a.get("_indexed") or not a["name"] \
                    or a["name"].split()[-1] not in m["text"]:
                continue  # (a bare title, "led by the Minister", may stand for someone the story names later)
            t = doc[m["head"]]
            while t.dep_ == "appos" and t.head.i != t.i:
                t = t.head  # "led by the Minister of Foreign Affairs, Abdoulaye Diop": the title is led by
            verb = t.head if t.dep_ == "nsubj" else t.head.head if t.dep_ == "pobj" and t.head.dep_ == "agent" else None
            if verb is None or verb.lemma_.lower() not in ("lead", "head"):
                continue
            team_dep = ("dobj",) if t.dep_ == "nsubj" else ("nsubjpass",)
            # ("the interim government led by Muhammad Yunus": the participle's noun is what he leads)
            teams = list(verb.children) + ([verb.head] if verb.dep_ == "acl" and t.dep_ == "pobj" else [])
            for c in teams:
                if (c.dep_ in team_dep or c.i == verb.head.i) and c.lemma_.lower() in LED_BODIES:
                    # ("a delegation from the Republic of Mali led by": the country it comes from)
                    whence = [g for p in c.children if p.dep_ == "prep" and p.lower_ in ("from", "of")
                              for g in p.children if g.dep_ == "pobj"]
                    # (not a person the team's word was taken to stand for: "received the delegation led by X")
                    code = nat_of.get(c.i) or next((x["code"] for x in self.mentions_codes(c)
                                                    if x["kind"] != "person"), None) or next(
                        (x["code"] for g in whence for x in self.mentions_codes(g) if self._national(x["code"])), None)
                    if code:
                        a["code"] = code

    def mentions_codes(self, tok):
        for m in self.mentions:
            if m["tok"][0] <= tok.i < m["tok"][1]:
                for i in m["actors"]:
                    b = self.actor_by_id(i)
                    if b and b["code"]:
                        yield b

    def _infer_family(self):
        """"First Lady Melania Trump" beside "President Donald Trump": relatives share a country."""
        coded = {}
        for a in self.actors:  # a bare surname the people index placed counts too ("Under Bolsonaro, ...")
            if a["kind"] == "person" and a["code"] and a["name"]:
                coded.setdefault(a["name"].split()[-1], a["code"])
        for a in self.actors:
            if a["kind"] == "person" and not a["code"] and a["name"] and " " in a["name"]:
                a["code"] = coded.get(a["name"].split()[-1])

    def _institution_sentence_codes(self, a, envoy_codes: set | None = None) -> list[set]:
        """For each mention of institution `a`, the countries its sentence names (apart from bodies joined
        to it: "the Embassy of Japan and the Ministry of Finance")."""
        out = []
        for m in self.mentions:
            if a["id"] not in m["actors"]:
                continue
            sent = self.doc[m["tok"][0]].sent
            joined = {t.i for t in self.doc[m["head"]].conjuncts}
            codes = set()
            # a foreign envoy it summons or receives is of the other country ("the foreign ministry summoned
            # Indian Deputy High Commissioner X"): his words say nothing of the body's
            envoys = set()
            for other in self.mentions:
                if sent.start <= other["tok"][0] < sent.end and other["head"] not in joined:
                    found = [b for i in other["actors"] for b in [self.actor_by_id(i)] if b]
                    if any(b["kind"] == "person" and self._serves_abroad(b) for b in found):
                        envoys.update(range(*other["tok"]))
                        # (but the country he is posted to, "Ambassador of Japan to Nepal", is the host's)
                        codes |= {self.labels[i].key for i in range(*other["tok"]) if i in self.complements
                                  and self.labels[i] is not None and self._national(self.labels[i].key)}
                        if envoy_codes is not None:
                            envoy_codes |= {b["code"] for b in found if self._national(b["code"])}
                            envoy_codes |= {x["code"] for x in self.doc._.modifiers
                                            if other["tok"][0] <= x["tok"][0] < other["tok"][1]}
                        continue
                    t = self.doc[other["head"]]
                    if t.dep_ == "pobj" and t.head.lower_ == "against":
                        continue  # "filed a protest against Beijing": the other side of its act
                    phrase = t
                    while phrase.dep_ in ("compound", "amod", "nmod", "poss") and phrase.head.i != phrase.i:
                        phrase = phrase.head
                    if phrase.dep_ == "dobj" and any(c.i == m["head"] and c.dep_ in ("nsubj", "nsubjpass")
                                                     for c in phrase.head.children):
                        continue  # "the Immigration Department deported 1,086 Myanmar nationals": whom it acts on
                    codes |= {b["code"] for b in found
                              if b["code"] and len(b["code"]) == 3 and b["code"] not in NON_STATE_CODES}
            codes |= {x["code"] for x in self.doc._.modifiers if sent.start <= x["tok"][0] < sent.end
                      and x["tok"][0] not in envoys}
            out.append(codes)
        return out

    def _regional_bodies(self):
        """"the Caribbean Development Bank", "the West African Health Organisation": a body the tables do not know,
        named by a region of several states and an intergovernmental head word, is intergovernmental."""
        for a in self.actors:
            if a["kind"] != "org" or a["code"] or not a["name"]:
                continue
            words = a["name"].replace("-", " ").split()
            if words and words[0].lower() == "the":
                words = words[1:]
            if len(words) >= 2 and words[-1].lower() in REGIONAL_HEADS and (
                    words[0].lower() in REGIONS or " ".join(words[:2]).lower() in REGIONS):
                a["code"] = "IGO"

    def _regional_collectives(self):
        """"West African leaders meeting in Accra imposed sanctions on Mali" in an article that names ECOWAS: the
        region's leaders, states or ministers acting together are its intergovernmental body
        (knowledge/data/regional_collectives.yaml), when the article names that body itself."""
        doc = self.doc
        bodies = {}
        for a in self.actors:
            if a["code"] == "IGO" and a["kind"] == "org" and a["name"]:
                bodies[a["name"]] = a
        if not bodies:
            return
        table = knowledge.regional_collectives()
        covered = {i for m in self.mentions for i in range(m["tok"][0], m["tok"][1])}
        for t in doc:
            if t.lemma_.lower() not in COLLECTIVE_NOUNS or t.tag_ not in ("NNS", "NNPS") or t.i in covered:
                continue
            start = t.i
            while start > 0 and doc[start - 1].lower_ in COLLECTIVE_MODIFIERS:
                start -= 1
            for n in (2, 1):
                region = doc[max(start - n, 0):start].text.lower().replace(" - ", "-")
                names = table.get(region) if start - n >= 0 else None
                body = next((bodies[x] for x in names or () if x in bodies), None)
                if body is not None and not any(i in covered for i in range(start - n, t.i + 1)):
                    lo = start - n - 1 if start - n > 0 and doc[start - n - 1].lower_ == "the" else start - n
                    self.mention(lo, t.i + 1, [body["id"]], t.i)
                    covered.update(range(lo, t.i + 1))
                    break

    def _unplaced_institutions(self):
        return [a for a in self.actors if a["kind"] == "org" and not a["code"] and not a["org"] and a["sector"] == "GOV"]

    def _infer_institution_from_sentence(self):
        """"Qureshi will lead the delegation, a statement from the Foreign Office said": an unplaced national
        institution belongs to the one country its sentences name."""
        freq = self._country_mentions()
        main = sorted(freq, key=lambda c: -freq[c])[:2]
        home = self._home_code()
        for a in self._unplaced_institutions():
            if home is not None:
                # "ACCRA - The Italian minister was received at the Foreign Office", "MANILA - The Department of
                # Foreign Affairs lodged a protest with the Chinese Embassy": a national body the story does not
                # place is the one of the capital it is filed from (another state's is named as such); placed
                # now, before the people of its office are placed by it
                coref.place_body_by_dateline(self, a)
                continue
            envoys: set = set()
            union = set().union(*self._institution_sentence_codes(a, envoys))
            if len(union) == 1:
                a["code"] = union.pop()
            elif not union and len(envoys) == 1 and len(main) == 2 and envoys <= set(main):
                # in a story between two countries, the body that summons one's envoy is the other's
                a["code"] = next(c for c in main if c not in envoys)

    def _infer_institution_from_first_sentence(self):
        """Failing that (later sentences pair it with the other party: "the FO said ... with China"), the one
        country its first sentence names, once the people of the article have their countries."""
        for a in self._unplaced_institutions():
            per_sentence = self._institution_sentence_codes(a)
            if per_sentence and len(per_sentence[0]) == 1:
                a["code"] = next(iter(per_sentence[0]))

    def _infer_from_interlocutors(self):
        """In a story between two countries, an unplaced official who deals only with the other country's
        people ("Locsin conveyed to Huang Xilian, Ambassador of China, ...") is from the first."""
        freq = self._country_mentions()
        main = [c for c, _ in sorted(freq.items(), key=lambda kv: -kv[1])[:2]]
        if len(main) != 2 or (len(freq) > 2 and sorted(freq.values())[-3] * 2 > freq[main[1]]) \
                or freq[main[1]] * INTERLOCUTOR_RATIO < freq[main[0]]:
            return  # not a story about two countries (a domestic story that names another on the side)
        for a in self.actors:
            if a["kind"] != "person" or a["code"] or a["sector"] not in ("GOV", "MIL"):
                continue
            others = set()
            for m in self._own_mentions(a):
                # only the people he deals with ("conveyed to Y", "met Y"), not those he travels or signs
                # beside ("X arrived accompanied by Y"): company says nothing of a person's country
                dealt, _ = self._interlocutor_tokens(m)
                sent = self.doc[m["tok"][0]].sent
                for o in self._mentions_from(sent.start, sent.end):
                    if o is not m and sent.start <= o["tok"][0] < sent.end and o["head"] in dealt:
                        others |= {b["code"] for i in o["actors"] for b in [self.actor_by_id(i)]
                                   if b and b["kind"] == "person" and b["code"] in main
                                   and b["sector"] in ("GOV", "MIL")}  # (an opposition leader he accuses is home)
            if len(others) == 1:
                a["code"] = next(c for c in main if c not in others)

    def _infer_sole_country(self):
        """A titled official in a text that names exactly one country ("Vice-President X ... the Kenya
        Anti-Corruption Commission") is that country's official; so is anyone named in an article that keeps
        naming its one country ("opposition activists Y and Z were detained in Minsk")."""
        codes = {a["code"] for a in self.actors if a["code"] and len(a["code"]) == 3
                 and a["code"] not in NON_STATE_CODES}
        codes |= {m["code"] for m in self.doc._.modifiers}
        dominant = False
        if len(codes) != 1:
            # a story about one country that names others on the side ("Islamabad accused Kabul of ..."): its
            # titled officials are that country's, when it is named at least twice as often as any other
            counts = sorted(((n, c) for c, n in self._country_mentions().items() if c in codes), reverse=True)
            if len(counts) < 2 or counts[0][0] < SOLE_COUNTRY_MENTIONS or counts[0][0] < 2 * counts[1][0]:
                return
            codes, dominant = {counts[0][1]}, True
            home = self._dateline_code()
            if home is not None and home != counts[0][1] and home in self._country_mentions():
                return  # "BISHKEK - ... Qatar ... Qatari investors": the filing country's officials, by the dateline
            lede = {sn.start for sn, _ in zip(content_sents(self.doc), range(2))}
            lead = self._lede_subject_state(sorted(self._mentions_from(0, len(self.doc)), key=lambda m: -m["tok"][0]),
                                            lede)
            if lead is not None and lead["code"] != counts[0][1]:
                # "Jordan calls off Amman summit after Gaza hospital strike": the story's actor, not the country its
                # pages keep naming as the scene, has the officials (not where the story is filed from another
                # state: "HARARE - The United States terminated its Zimbabwe sanctions")
                if self._home_code() not in (None, lead["code"]):
                    return
                codes = {lead["code"]}
        (code,) = codes
        home = self._home_code()
        if not dominant and self._national(home) and home not in codes:
            # "DOHA - Prime Minister X received a phone call from Antony Blinken": the one country the text names
            # is the caller's; the titled officials of a story filed from a capital are that capital's
            code = home
        often = self._country_mentions().get(code, 0) >= SOLE_COUNTRY_MENTIONS
        for a in self.actors:
            if a["kind"] == "org" and a["code"] is None and a["role"] == "government" and a["sector"] == "GOV":
                # "The Federal Government had ruled out paying any ransom": the one country's government
                _, locative, _ = self._sentence_countries(a)
                if not locative - {code}:
                    a["code"] = code
                continue
            if a["kind"] != "person" or a["code"] is not None or self._serves_abroad(a):
                continue
            if not (a["role"] and a["sector"] in ("GOV", "OPP") or often and not a.get("_from_role") and not dominant):
                continue  # an untitled name needs an article that keeps naming its one country
            patients: set = set()
            direct, locative, dealt = self._sentence_countries(a, patients=patients)
            if locative - {code} or code in dealt and code not in direct or coref.visits(self, a, code):
                continue  # "met Foreign Minister X in Jakarta": X is the host, not the visitor's compatriot
            if a.get("_from_role") and a["sector"] == "GOV" and code in patients and code not in direct | locative:
                continue  # "the prime minister criticised the Iranian government": an untitled office-holder is
                # not of the one country his sentence names only as the other side of his act
            a["code"] = code

    @staticmethod
    def _national(code) -> bool:
        return bool(code) and len(code) == 3 and code not in NON_STATE_CODES

    def _infer_from_office_mentions(self):
        """"Philippine foreign secretary calls ..." then "Foreign Secretary Teodoro Locsin Jr. said": the one
        person the article names in an office takes the country of an unnamed holder of that office named
        before him (a headline, a lede), or of the ministry he heads named before him, when all such unnamed
        holders are of one country."""
        unnamed: dict[str, list] = {}
        named: dict[str, list] = {}
        bodies: dict[str, list] = {}
        for a in self.actors:
            if a["kind"] == "person" and a["role"] and a["mentions"]:
                if not a.get("_from_role"):
                    named.setdefault(a["role"], []).append(a)
                elif self._national(a["code"]):
                    unnamed.setdefault(a["role"], []).append(a)
            elif a["kind"] == "org" and (a["role"] or "").endswith(" ministry") and a["mentions"] \
                    and self._national(a["code"]):
                # "the Estonian foreign ministry said ... Foreign Minister X said": the ministry's minister
                bodies.setdefault(a["role"][:-len("ministry")] + "minister", []).append(a)
        for role, holders in named.items():
            (a,) = holders if len(holders) == 1 else (None,)
            before = unnamed.get(role) or bodies.get(role)  # an unnamed holder first, else the ministry
            if a is None or a["code"] or not before:
                continue
            codes = {u["code"] for u in before}
            first = min(s for s, _ in a["mentions"])
            if len(codes) == 1 and min(s for u in before for s, _ in u["mentions"]) < first:
                a["code"] = codes.pop()
        # "the military government denied ... government spokesman X said": a body's spokesperson is of the body
        # of that office named last before him ("Iraq's Foreign Ministry summoned Turkey's envoy. Ministry
        # spokesman X said"), and a government's also of a state or capital that last acted as a subject
        # ("Kigali rejected the charge. Government spokeswoman X said"; "Hanoi lodged a protest. Foreign Ministry
        # spokeswoman Y said": a state's foreign ministry speaks for it too)
        for a in self.actors:
            if a["kind"] != "person" or a["code"] or " and spokesperson" not in (a["role"] or ""):
                continue
            own = self._own_mentions(a)
            if not own:
                continue
            office, first = a["role"].split(" and ")[0], min(m["tok"][0] for m in own)
            # (a foreign ministry speaks for the state of the story's opening sentence: "Hanoi - Vietnam has lodged
            # a protest ...", not for any state named as a subject on the way)
            lede = {sn.start for sn, _ in zip(content_sents(self.doc), range(2))}  # (a headline, then the lede)
            # (or of the sentence right before his: "Norway rejected the protest. '...,' Foreign Ministry
            # spokesperson X said"; "Iran condemned the attack. Foreign ministry spokesman Y said")
            own_start = self.doc[first].sent.start
            before = {self.doc[own_start - 1].sent.start} if own_start > 0 else set()
            mentions = sorted(self._mentions_from(0, first), key=lambda m: -m["tok"][0])
            for m in mentions:
                b = self.actor_by_id(m["actors"][0]) if len(m["actors"]) == 1 and not m.get("pronoun") else None
                if b is None or not self._national(b["code"]):
                    continue
                t = self.doc[m["head"]]
                # (a state that acts in his own sentence may be the one his quoted words address: '"India must
                # respect ...," FO spokesperson X said')
                if b["kind"] == "org" and (b["role"] or "").endswith(office):
                    a["code"] = b["code"]
                    break
                if b["kind"] == "state" and self._acting_state(t) and (office == "government" or office in
                                                                       STATE_VOICE_OFFICES) \
                        and (t.sent.start in lede or t.sent.start in before):
                    if t.sent.start in lede and t.sent.start not in before:
                        b = self._lede_subject_state(mentions, lede) or b
                    else:  # ("China said ..., hours before Washington approved ...": the first state acting there)
                        b = self._lede_subject_state(mentions, {t.sent.start}) or b
                    a["code"] = b["code"]
                    break
        # "Cambodia's defence ministry rejected the accusation. '...,' spokeswoman X told reporters": a bare
        # spokesperson speaks for the one placed body of that sentence and the one before
        for a in self.actors:
            if a["kind"] != "person" or a["code"] or a["role"] != "spokesperson":
                continue
            own = self._own_mentions(a)
            if not own:
                continue
            first = min(m["tok"][0] for m in own)
            sent = self.doc[first].sent
            prev = self.doc[sent.start - 1].sent if sent.start > 0 else sent
            codes = {b["code"] for m in self._mentions_from(prev.start, first) if len(m["actors"]) == 1
                     for b in [self.actor_by_id(m["actors"][0])]
                     if b and b["kind"] == "org" and self._national(b["code"])}
            if len(codes) == 1:
                a["code"] = codes.pop()

    def _infer_eu_commissioners(self):
        """"Enlargement Commissioner Marta Kos", "the European Commissioner for Energy X": in a story that names
        the European Union, an unplaced commissioner is one of its College, not of the state the story is about."""
        eu = next((b for b in self.actors if b["code"] == "IGO" and b["org"] == "EU"), None)
        if eu is None:
            return
        for a in self.actors:
            if a["kind"] == "person" and not a["code"] and a["role"] == "commissioner":
                a["code"], a["org"] = "IGO", "EU"

    def _infer_from_state_before(self):
        """"Lithuania said it would not recognise the results. '...,' Foreign Minister X said": a minister the
        article does not place, whose own sentence opens on his quotation and names no state, speaks for the one
        state that acted as the subject of the sentence right before his (his words carry on its statement)."""
        doc = self.doc
        for a, own, first in self._unplaced_speakers():
            role = a["role"] or ""
            if a["kind"] != "person" or not ("minister" in role or role in ("president", "prime minister")):
                continue
            sent = doc[first].sent
            opening = next((t for t in sent if not t.is_space), None)
            lead_in = doc.text[:opening.idx].rstrip()[-1:] if opening is not None else ""
            quoting = opening is not None and (opening.text in ('"', "\u201c") or lead_in in ('"', "\u201c"))
            # (the states his own words name are whom he speaks of: '"Ukraine must be able to defend itself,"
            # Defence Minister X said' after "Germany announced new aid")
            if sent.start == 0 or not quoting or any(
                    self._national(b["code"]) and b["kind"] == "state" and not self._quoted(m["head"])
                    for m in self._mentions_from(sent.start, sent.end) if len(m["actors"]) == 1
                    for b in [self.actor_by_id(m["actors"][0])] if b):
                continue
            prev = doc[sent.start - 1].sent
            codes = {b["code"] for m in self._mentions_from(prev.start, prev.end) if len(m["actors"]) == 1
                     and not m.get("pronoun") and self._acting_state(doc[m["head"]])
                     for b in [self.actor_by_id(m["actors"][0])] if b and b["kind"] == "state"
                     and self._national(b["code"])}
            if len(codes) == 1:
                a["code"] = codes.pop()

    def _infer_captives(self):
        """"Belarus detained opposition journalist X", "X was sentenced by a Minsk court": a person the article
        does not place, whom a state or its organs arrest, jail, try or execute, is that state's own (a
        foreigner held is named as one: "a Russian citizen", "US journalist")."""
        doc = self.doc
        for m in self.mentions:
            if len(m["actors"]) != 1 or m.get("pronoun"):
                continue
            a = self.actor_by_id(m["actors"][0])
            if a is None or a["kind"] != "person" or a["code"]:
                continue
            t = doc[m["head"]]
            while t.dep_ in ("conj", "appos") and t.head.i != t.i and t.head.pos_ in ("PROPN", "NOUN"):
                t = t.head  # ("detained X and his girlfriend Y", "detained the journalist, X")
            v = t.head
            if v.lemma_.lower() not in CAPTIVE_VERBS or v.pos_ != "VERB" or self._quoted(v.i):
                continue
            if t.dep_ in ("dobj", "npadvmod") and t.i > v.i:  # (the parser's "detained journalist X": npadvmod)
                agents = [c for c in v.children if c.dep_ == "nsubj"]
                if not agents and v.dep_ == "conj":  # ("forced the jet to land and detained X")
                    agents = [c for c in v.head.children if c.dep_ == "nsubj"]
            elif t.dep_ == "nsubjpass":
                agents = [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            else:
                continue
            codes = set()
            for g in agents:
                for o in self._mention_heads().get(g.i, []):
                    b = self.actor_by_id(o["actors"][0]) if len(o["actors"]) == 1 else None
                    if b is not None and self._national(b["code"]) and (
                            b["kind"] == "state" or b["sector"] in STATE_SECTORS):
                        codes.add(b["code"])
            if len(codes) == 1:
                a["code"] = codes.pop()

    def _lede_subject_state(self, mentions, lede) -> dict | None:
        """The lede's first acting state ("Moldova orders Russia to cut ... Moscow promises a response": the
        story's actor, not the other side named after it); `mentions` run from last to first."""
        for m in reversed(mentions):
            t = self.doc[m["head"]]
            if len(m["actors"]) != 1 or m.get("pronoun") or t.sent.start not in lede \
                    or not (self._acting_state(t) or _opens_sentence(t)):
                continue
            x = self.actor_by_id(m["actors"][0])
            if x is not None and x["kind"] == "state" and self._national(x["code"]):
                return x
        return None

    def _acting_state(self, t) -> bool:
        """A state named as a subject in the text's own voice (not inside another's quotation: '"Russia has
        behaved ...," Popescu said' is no act of Russia's a spokesman answers for)."""
        return t.dep_ in ("nsubj", "nsubjpass") and not self._quoted(t.i)

    def _quoted(self, i: int) -> bool:
        """Is token i inside quotation marks (the gate's per-token reading, made once per document)?"""
        if "_quoted_mask" not in self.__dict__:
            self._quoted_mask = gate.quoted_tokens(self.doc)
        return self._quoted_mask[i]

    def _unplaced_speakers(self):
        """(official, own mentions, first token) for the unplaced officials, titled or not, the article names."""
        for a in self._unplaced_officials(titled=False):
            own = self._own_mentions(a)
            if own:
                yield a, own, min(m["tok"][0] for m in own)

    def _infer_from_fronted_place(self):
        """"In Kigali, the government spokeswoman X dismissed ...", "In Moscow, Foreign Ministry spokeswoman Y
        said": an official the article does not place, introduced by a sentence that opens on the capital or
        country where he speaks, is of that country (the story's other side speaks from its own capital)."""
        doc = self.doc
        for a, own, first in self._unplaced_speakers():
            sent = doc[first].sent
            i = sent.start
            while i < first and doc[i].is_space:
                i += 1
            u = self.labels[i + 1] if i + 1 < first and doc[i].lower_ in ("in", "from") else None
            if u is None or u.kind not in ("CAPITAL", "COUNTRY", "SEAT") or u.start != i + 1 or u.end >= first \
                    or doc[u.end].text != "," or not self._national(u.key):
                continue
            a["code"] = u.key

    def _infer_from_speaking_venue(self):
        """"Foreign ministry spokesman X told a weekly news conference in Tehran", "At a regular briefing in
        Beijing, spokesperson Y rejected ...": an official the article does not place, who speaks at a briefing
        or to reporters in a national capital, speaks for that capital's government (not for the ministry of
        another country named before him)."""
        doc = self.doc
        for a, own, first in self._unplaced_speakers():
            heads = {m["head"] for m in own}
            sent = doc[first].sent
            found = set()
            for t in sent:
                if t.lower_ != "in" or t.i + 1 >= sent.end:
                    continue
                u = self.labels[t.i + 1]
                if u is None or u.kind not in ("CAPITAL", "SEAT") or u.start != t.i + 1 or not self._national(u.key):
                    continue
                h = t.head
                venue = h.lemma_.lower() in SPEAKING_VENUES
                spoke = h.pos_ == "VERB" and any(c.i in heads and c.dep_ == "nsubj" for c in h.children)
                if venue or spoke and h.lemma_.lower() in ("tell", "say", "speak"):
                    found.add(u.key)
            if len(found) == 1:
                a["code"] = found.pop()

    def _infer_from_patron(self):
        """"Massad Boulos, senior adviser to President Donald Trump", "an aide to Prime Minister X": one who
        serves a placed person is of that person's country (not of the dateline's)."""
        doc = self.doc
        heads = self._mention_heads()
        for a in self.actors:
            if a["kind"] != "person" or a["code"]:
                continue
            for m in self._own_mentions(a):
                h = doc[m["head"]]
                roles = [c for c in h.children if c.dep_ == "appos"] + ([h.head] if h.dep_ == "appos" else []) + [h]
                codes = {b["code"] for r in roles if r.lemma_.lower() in SERVING_ROLES
                         for p in r.children if p.dep_ == "prep" and p.lower_ == "to"
                         for g in p.children if g.dep_ == "pobj"
                         for o in heads.get(g.i, ()) if len(o["actors"]) == 1 and o["actors"][0] != a["id"]
                         for b in [self.actor_by_id(o["actors"][0])]
                         if b["kind"] in ("person", "state") and self._national(b["code"])}
                if not codes:
                    # "Jens Laerke, spokesman for the U.N. humanitarian office OCHA", "the UN special envoy for
                    # Yemen": one who serves a body is of that body (a state after "for" is where an envoy works)
                    codes = {b["code"] for r in roles if r.i != h.i and r.lemma_.lower() in SERVING_ROLES | BODY_POSTS
                             for x in [x for p in r.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "at")
                                       for g in p.children if g.dep_ == "pobj" for x in g.subtree]
                             + [x for c in r.children if c.dep_ in ("nmod", "compound") for x in c.subtree]
                             for o in heads.get(x.i, ()) if len(o["actors"]) == 1
                             for b in [self.actor_by_id(o["actors"][0])] if b["kind"] == "org" and b["code"]}
                if not codes:
                    # ("Hans Grundberg, the UN special envoy for Yemen": the apposed title, placed on its own)
                    codes = {b["code"] for r in roles if r.i != h.i and r.dep_ == "appos" or r.i == h.head.i
                             for o in heads.get(r.i, ()) if len(o["actors"]) == 1 and o["actors"][0] != a["id"]
                             for b in [self.actor_by_id(o["actors"][0])] if b["kind"] == "person" and b["code"]
                             and b.get("_from_role")}
                if len(codes) == 1:
                    a["code"] = codes.pop()
                    break

    def _subject_code_before(self, i: int) -> str | None:
        """The country of the nearest subject before token i, in its sentence or else the one before ("Its
        spokesman" after "The junta rejected it."): the antecedent of a possessive "its"/"their"."""
        doc = self.doc
        sent = doc[i].sent
        for m in self._mentions_from(max(sent.start, i - 4), i):  # "... and Germany its junior minister"
            if m["tok"][1] == i and len(m["actors"]) == 1 and self.actor_by_id(m["actors"][0])["kind"] == "state":
                return self.actor_by_id(m["actors"][0])["code"]
        prev = doc[sent.start - 1].sent if sent.start > 0 else None
        for lo, hi in ((sent.start, i), (prev.start, prev.end) if prev is not None else (0, 0)):
            for m in sorted(self._mentions_from(lo, hi), key=lambda m: -m["tok"][0]):
                t = doc[m["head"]]
                if m["tok"][0] >= hi or len(m["actors"]) != 1 or m.get("pronoun"):
                    continue
                if t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "conj" and t.head.dep_ in ("nsubj", "nsubjpass"):
                    code = self.actor_by_id(m["actors"][0])["code"]
                    return code if self._national(code) else None
        return None

    ACRONYM_JOINERS = {"and", "for", "of", "the", "-", "e", "i", "ul", ",", "&"}

    def _acronymed_span(self, i: int) -> tuple[int, str] | None:
        """For "(ACR)" opening at token i: the first token of the capitalised words before it whose initials
        spell ACR ("Border Guard Bangladesh (BGB)", "Foreign, Commonwealth and Development Office (FCDO)")."""
        doc = self.doc
        if i < 2 or i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
            return None
        acr = doc[i + 1].text
        if not (acr.isalpha() and acr.isupper() and 2 <= len(acr) <= 6):
            return None
        caps, j = [], i - 1
        while j >= 0 and len(caps) < len(acr) and i - j <= 2 * len(acr) + 3:
            t = doc[j]
            if t.text[:1].isupper() and t.is_alpha:
                caps.append(t)
            elif t.lower_ not in self.ACRONYM_JOINERS:
                break
            j -= 1
        if len(caps) == len(acr) and "".join(t.text[0] for t in reversed(caps)).upper() == acr:
            return caps[-1].i, acr
        return None

    def _bodies_named_by_acronym(self):
        """"the opposition Pakistan Tehreek-e-Insaf (PTI)", "Border Guard Bangladesh (BGB)": capitalised words
        spelt out by the acronym after them name one body, with the country its name holds and the sector of
        a role word in it, in place of the pieces the chunker made of it (a state, a stray organisation)."""
        doc, labels = self.doc, self.labels
        for i in token_indices(doc, ORTH, "("):  # (`_acronymed_span` reads only an opening bracket)
            found = self._acronymed_span(i)
            if found is None:
                continue
            start, acr = found
            end = i + 3
            inside = [m for m in self.mentions if m["tok"][0] < end and m["tok"][1] > start]
            olds = [a for m in inside for a in map(self.actor_by_id, m["actors"]) if a is not None]
            covered = {k for m in inside if any(self.actor_by_id(x)["org"] for x in m["actors"])
                       for k in range(m["tok"][0], m["tok"][1])}
            if any(a["kind"] == "person" and not a.get("_from_role") or a["org"] == acr for a in olds) \
                    or set(range(start, i)) <= covered \
                    or all(t.ent_type_ == "PERSON" for t in doc[start:i]):
                continue  # a person's name and initials, or a body the tables know by that name
            codes = {labels[k].key for k in range(start, i) if labels[k] is not None
                     and labels[k].kind in PLACE_UNITS and len(labels[k].key) == 3}
            if not codes and start >= 2 and doc[start - 1].text in ("'s", "’s") and labels[start - 2] is not None \
                    and labels[start - 2].kind in PLACE_UNITS and len(labels[start - 2].key) == 3:
                codes = {labels[start - 2].key}  # "India's Border Security Force (BSF)": whose body it is
            # with a lower-case word before the name that says what it is ("the opposition X (ACR)")
            lead = start if start == 0 or not doc[start - 1].is_lower else start - 1
            words = [t.lower_ for t in doc[lead:i] if t.is_alpha]
            roles = [self.kb.roles.get(" ".join(words[k:k + n])) for n in (2, 1) for k in range(len(words) - n + 1)]
            role = next((r for r in roles if r is not None and r.kind != "person"), None)  # not "Official ..."
            if not (olds or codes or role):
                continue  # "Official Development Assistance (ODA)": a programme, no actor
            sector = next((a["sector"] for a in olds if a["kind"] != "state" and a["sector"]), None)
            name = doc._.source_text[doc[start].idx:doc[i - 1].idx + len(doc[i - 1])]
            a = self.actor(("org", "acronym", acr), name=name, kind="org", _acronym=acr,
                           code=codes.pop() if len(codes) == 1 else None,
                           sector=sector or (role.sector if role else None),
                           role=role.role if role else None)
            lo = min([start] + [m["tok"][0] for m in inside])
            for m in inside:
                self.mentions.remove(m)
                for b in olds:
                    if [m["start"], m["end"]] in b["mentions"]:
                        b["mentions"].remove([m["start"], m["end"]])
            self.mention(lo, end, [a["id"]], i - 1)

    def _bodies_from_org_entities(self):
        """"The Union of Mine Workers said", "U.S. Africa Command said": a body the model names as an
        organisation, acting as a subject, whose head word is a role or body word ("union", "command"), is an
        actor (no chunk had made one), with the country a place word in its name gives."""
        doc, labels = self.doc, self.labels
        for ent in doc.ents:
            if ent.label_ != "ORG" or not 2 <= len(ent) <= 7 or ent.root.dep_ not in ("nsubj", "nsubjpass"):
                continue
            start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
            toks = doc[start:ent.end]
            if any(m["tok"][0] < ent.end and m["tok"][1] > start and any(
                    self.actor_by_id(x)["kind"] != "state" for x in m["actors"]) for m in self.mentions):
                continue  # a chunk already made something of it
            if any(t.ent_type_ == "PERSON" or not (t.text[:1].isupper() or t.lower_ in ("of", "for", "and")
                                                   or t.text == "-" and not t.whitespace_) for t in toks):
                continue
            of = next((t.i for t in toks if t.lower_ == "of"), None)
            head = doc[of - 1] if of is not None and of > start else doc[ent.end - 1]
            role = self.kb.roles.get(head.lower_)
            role = role if role is not None and role.kind == "org" and not role.weak else None
            if role is None and head.lower_ not in BODY_WORDS:
                continue
            codes = {labels[k].key for k in range(start, ent.end) if labels[k] is not None
                     and labels[k].kind in PLACE_UNITS and len(labels[k].key) == 3}
            name = doc._.source_text[doc[start].idx:doc[ent.end - 1].idx + len(doc[ent.end - 1])]
            if not codes and doc[start].text in INTERNATIONAL_WORDS:
                codes = {"IGO"}  # "the International Paralympic Committee": a body of many states, no one state's
            a = self.actor(("org", "entity", name), name=name, kind="org", code=codes.pop() if len(codes) == 1 else None,
                           sector=role.sector if role else BODY_WORD_SECTOR.get(head.lower_),
                           role=role.role if role else None)
            for m in [m for m in self.mentions if m["tok"][0] < ent.end and m["tok"][1] > start]:
                self.mentions.remove(m)
                for b in map(self.actor_by_id, m["actors"]):
                    if [m["start"], m["end"]] in b["mentions"]:
                        b["mentions"].remove([m["start"], m["end"]])
            self.mention(start, ent.end, [a["id"]], ent.root.i)

    def _named_before_role(self):
        """"A regional BGB commander, X" (BGB spelt out before): an office held in a body the article named
        by its acronym is of that body's country. "M23 rebels", "the small Alliance for Renewal party": the
        proper name before an unplaced group's role word names the group, which is no longer the bare role."""
        doc = self.doc
        acronyms = {a["_acronym"]: a for a in self.actors if a.get("_acronym")}
        for m in list(self.mentions):
            if len(m["actors"]) != 1 or m.get("pronoun"):
                continue
            a = self.actor_by_id(m["actors"][0])
            s = m["tok"][0]
            if a is None or a["code"] or a["kind"] == "state" or s == 0:
                continue
            body = acronyms.get(doc[s - 1].text) or (acronyms.get(doc[s].text) if s + 1 < m["tok"][1] else None)
            if body is not None and body is not a:
                if self._national(body["code"]):
                    a["code"] = body["code"]
                continue
            if a["kind"] not in ("group", "org") or a["sector"] not in ("REB", "MIL", "PTY", "OPP", "LAB") \
                    or m["tok"][1] - s != 1 or (a["name"] or "").lower() != doc[s].lower_ \
                    or doc[s].dep_ in ("compound", "amod", "nmod"):  # "the Leeds terrorist attack"
                continue
            k = s
            while k > 0 and self.labels[k - 1] is None and (
                    doc[k - 1].pos_ == "PROPN" and (doc[k - 1].text[:1].isupper() or doc[k - 1].is_upper)
                    or doc[k - 1].lower_ in ("for", "of", "and") and k - 2 >= 0 and doc[k - 2].text[:1].isupper()):
                k -= 1
            while k < s and not doc[k].text[:1].isupper():
                k += 1
            if k == s or any(t.ent_type_ in ("PERSON", "NORP", "DATE") or t.ent_type_ in ("GPE", "LOC") and t.is_alpha
                             for t in doc[k:s]):  # "Manchester" is a place; "M23", "PKK" are names
                continue
            name = doc._.source_text[doc[k].idx:doc[s].idx + len(doc[s])]
            b = self.actor(("named", name), name=name, kind=a["kind"], sector=a["sector"], role=a["role"],
                           _rebels=a["sector"] == "REB")
            if [m["start"], m["end"]] in a["mentions"]:
                a["mentions"].remove([m["start"], m["end"]])
            self.mentions.remove(m)
            self.mention(k, m["tok"][1], [b["id"]], m["head"])

    def _named_armies(self):
        """"the Arakan Army", "the Kachin Independence Army", "the National Liberation Army (NLA)": an "Army"
        written with proper nouns of its own before it and no country or nationality (those a table knows, the
        "People's Liberation Army", are bodies already) is an armed group of that name, not the state's army
        the bare word would be; it is placed later, by its foe or the dateline."""
        doc = self.doc
        for m in list(self.mentions):
            s = m["tok"][0]
            a = self.actor_by_id(m["actors"][0]) if len(m["actors"]) == 1 and not m.get("pronoun") else None
            if a is None or a["kind"] not in ("org", "group") or a["sector"] != "MIL" or a["org"] or s == 0 \
                    or doc[s].text != "Army" or self.labels[s] is None or self.labels[s].kind != "ROLE":
                continue
            k = s
            while k > 0 and self.labels[k - 1] is None and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha \
                    and doc[k - 1].pos_ in ("PROPN", "ADJ") and not doc[k - 1].is_sent_start:
                k -= 1
            if k == s or any(t.ent_type_ in ("PERSON", "DATE", "NORP") for t in doc[k:s]):
                continue
            name = doc._.source_text[doc[k].idx:doc[m["tok"][1] - 1].idx + len(doc[m["tok"][1] - 1])]
            b = self.actor(("named", name), name=name, kind="org", sector="REB", role="rebels", _rebels=True)
            if [m["start"], m["end"]] in a["mentions"]:
                a["mentions"].remove([m["start"], m["end"]])
            if a["mentions"] and a["name"] == doc._.source_text[m["start"]:m["end"]]:
                first = min(a["mentions"])  # the state's army keeps a name of its own mentions
                a["name"] = doc._.source_text[first[0]:first[1]]
            self.mentions.remove(m)
            self.mention(k, m["tok"][1], [b["id"]], m["head"])

    def _acronym_mentions(self):
        """"the National Liberation Army (NLA) ... The NLA's command did not comment": a body named with its
        acronym in brackets is meant wherever the acronym stands alone later (an upper-case word no phrase took),
        so that "the group" or "it" can point back to it there."""
        doc = self.doc
        acrs = {}
        text = doc._.source_text
        bodies = [a for a in self.actors if a["kind"] in ("org", "group")]
        for a in bodies:
            found = re.search(r"\(([A-Z][A-Z0-9]{1,6})\)$", a["name"] or "")
            if found:
                acrs.setdefault(found.group(1), []).append(a)
        spelt = {}
        for a in bodies:  # (else a mention of it ends with the bracket: "the Syrian Democratic Forces (SDF)")
            for s, e in a["mentions"]:
                found = re.search(r"\(([A-Z][A-Z0-9]{1,6})\)$", text[s:e])
                initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'-]*", text[s:e][:found.start()])) if found else ""
                if found and found.group(1) not in acrs and a not in spelt.get(found.group(1), []) \
                        and initials.endswith(found.group(1)):  # (spelt out by the words before the bracket)
                    spelt.setdefault(found.group(1), []).append(a)
        acrs.update(spelt)
        if not acrs:
            return
        covering = {i: m for m in self.mentions for i in range(*m["tok"])}
        for t in doc:
            owners = acrs.get(t.text)
            if not owners or len(owners) != 1 or t.i == 0 or doc[t.i - 1].text == "(":
                continue
            m = covering.get(t.i)
            if m is not None:
                # "a spokesman for the SDF": a stray body the chunker made of the bare acronym, which no table
                # knows, is the body spelt out before
                stray = [self.actor_by_id(i) for i in m["actors"]]
                if m["tok"] != [t.i, t.i + 1] or len(stray) != 1 or stray[0] is None or stray[0] is owners[0] \
                        or not owners[0]["code"] \
                        or stray[0]["name"] != t.text or stray[0].get("org") or stray[0]["sector"]:
                    continue
                self.mentions.remove(m)
                if [m["start"], m["end"]] in stray[0]["mentions"]:
                    stray[0]["mentions"].remove([m["start"], m["end"]])
            self.mention(t.i, t.i + 1, [owners[0]["id"]], t.i)
            owners[0]["_acronym_uses"] = owners[0].get("_acronym_uses", 0) + 1

    def _compass_mentions(self):
        """"North Korea ... The North demolished the liaison office": "the North" or "the South" standing alone
        is the one state the story names with that word first (North Korea, South Sudan)."""
        doc = self.doc
        states = {}
        for a in self.actors:
            word = (a["name"] or "").split(" ", 1)[0]
            if a["kind"] == "state" and word in ("North", "South") and " " in a["name"]:
                states.setdefault(word, []).append(a)
        if not states:
            return
        covered = {i for m in self.mentions for i in range(*m["tok"])}
        for t in doc:
            owners = states.get(t.text)
            if not owners or len(owners) != 1 or t.i in covered or t.i == 0 or doc[t.i - 1].lower_ != "the":
                continue
            after = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if after is not None and after.text[:1].isupper() and not after.is_punct:
                continue  # "the North Atlantic", "the South China Sea": a name of its own
            self.mention(t.i, t.i + 1, [owners[0]["id"]], t.i)
            if after is not None and after.text in ("'s", "’s"):
                # "the North's space agency": the body or official that "the North" possesses is the North's
                for m in self._mentions_from(t.i + 2, t.i + 5):
                    if len(m["actors"]) != 1 or any(x.dep_ not in ("compound", "amod") or x.head.i < m["tok"][0]
                                                    for x in doc[t.i + 2:m["tok"][0]]):
                        continue
                    a = self.actor_by_id(m["actors"][0])
                    # (a body named only here takes its possessor's country over one the story guessed for it)
                    if a is not None and a["kind"] in ("person", "org", "group") and (
                            a["code"] is None or len(a["mentions"]) == 1 and not a.get("org")):
                        a["code"] = owners[0]["code"]
                    break

    def _infer_from_possessor(self):
        """"Lithuania had pressed for more. Its foreign minister, X, said ...", "North Korea had not commented.
        Its official news agency ...": an unplaced office or body introduced by "its"/"their" is of the
        subject it refers back to (the nearest one), and so is the name apposed to it."""
        doc = self.doc
        heads = self._mention_heads()
        for m in list(self.mentions):
            t = doc[m["head"]]
            poss = next((c for c in t.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
            own = self.actor_by_id(m["actors"][0]) if len(m["actors"]) == 1 else None
            if poss is None or own is None:
                continue
            role = self.kb.roles.get(t.lower_)
            if t.lower_ not in f"{own['name']} {own['role']}".lower() \
                    and not (role and not role.weak and role.kind == own["kind"]):
                continue  # "their mothers" said of two people named before is no office of theirs
            linked = [m] + [o for c in t.children if c.dep_ == "appos" for o in heads.get(c.i, [])]
            if t.dep_ == "appos":
                linked += heads.get(t.head.i, [])
            todo = [a for o in linked for a in map(self.actor_by_id, o["actors"])
                    if a is not None and a["code"] is None and a["kind"] in ("person", "org")]
            code = self._subject_code_before(poss.i) if todo else None
            for a in todo if code else ():
                a["code"] = code

    def _infer_crowds_from_place(self):
        """"Thousands of demonstrators rallied outside the French base in Niamey": protesters the story does not
        place are of the country where their clause says they gather, when it names one place (a capital, a
        country, or a town the gazetteer knows) whose country is not only the target of their anger."""
        doc = self.doc
        for a in self.actors:
            if a["kind"] != "group" or a["code"] or not set((a["role"] or "").split(" and ")) & CROWD_ROLES:
                continue
            codes = set()
            for m in self._own_mentions(a):
                verb = self._clause_verb(doc[m["head"]])
                for t in verb.subtree:
                    u = self.labels[t.i] if t.i < len(self.labels) else None
                    if u is not None and u.kind in ("COUNTRY", "CAPITAL") and t.i == u.end - 1 and self._national(u.key) \
                            and self._gathered_in(t):
                        codes.add(u.key)
            if len(codes) == 1:
                a["code"] = codes.pop()

    def _infer_crowds_from_dateline(self):
        """"YEREVAN ... thousands of protesters rallied outside government headquarters": protesters whose
        sentences place them nowhere else are of the country the story is filed from (their banners and
        chants may name anyone: only a place where something happens counts against it)."""
        code = None
        for a in self.actors:
            if a["kind"] != "group" or a["code"] or not set((a["role"] or "").split(" and ")) & CROWD_ROLES:
                continue
            code = code or self._dateline_code()
            if code is None:
                return
            _, locative, _ = self._sentence_countries(a)
            if locative <= {code}:
                a["code"] = code

    @staticmethod
    def _gathered_in(t) -> bool:
        """Does place `t` say where people are ("in Niamey", "outside parliament in Seoul", "in the capital,
        Khartoum"), not whose something is ("Rwanda-backed", "the French base")?"""
        while t.dep_ == "appos" and t.head.i != t.i:
            t = t.head
        return t.dep_ == "pobj" and t.head.lower_ in GATHERING_PREPS

    def _infer_voice_of(self):
        """"a spokesperson for Foreign Minister Winston Peters", "an aide to President X": one who speaks or works for
        a placed person or body is of that person's or body's country."""
        doc = self.doc
        for a in self.actors:
            if a["kind"] != "person" or a["code"] or not a.get("_from_role") \
                    or not set((a["role"] or "").split(" and ")) & VOICE_ROLES:
                continue
            found, others = set(), False
            for m in self._own_mentions(a):
                t = doc[m["head"]]
                codes = {b["code"] for p in t.children if p.dep_ == "prep" and p.lower_ in ("for", "to", "of")
                         for g in p.children if g.dep_ == "pobj" for o in self._mentions_from(g.left_edge.i, g.i + 1)
                         for b in map(self.actor_by_id, o["actors"]) if b is not None and b is not a
                         and b["kind"] in ("person", "org", "state") and self._national(b["code"])}
                found |= codes
                # ("a spokesperson for the prime minister" later in the story: another spokesperson, maybe another
                # country's, whom the table's one actor also stands for)
                others = others or not codes and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
            if len(found) == 1 and not others:
                a["code"] = found.pop()

    def _infer_from_apposed_holder(self):
        """"Moussa Faki Mahamat, chairperson of the African Union Commission, welcomed ...": a name with an apposed
        office placed by the story (an unnamed holder's phrase) is that holder: he takes its country, sector and
        role, and its mentions, unless he is placed already by the story or by an office the people index has
        him hold at the time (a namesake's or a former office yields to the story)."""
        doc = self.doc
        heads = self._mention_heads()
        for m in list(self.mentions):
            a = self.actor_by_id(m["actors"][0]) if len(m["actors"]) == 1 else None
            if a is None or a["kind"] != "person" or a.get("_from_role") or not a["name"] \
                    or a["code"] and not (a.get("_indexed") and a["role"] is None):
                continue
            t = doc[m["head"]]
            for c in (c for c in t.children if c.dep_ == "appos" and c.i > t.i):
                holders = [b for o in heads.get(c.i, ()) if len(o["actors"]) == 1
                           for b in [self.actor_by_id(o["actors"][0])]
                           if b is not None and b is not a and b["kind"] == "person" and b.get("_from_role")
                           and b["code"] and b["role"]]
                if len(holders) != 1:
                    continue
                (b,) = holders
                a["code"], a["sector"], a["role"] = b["code"], b["sector"] or a["sector"], b["role"]
                a.pop("_indexed", None)
                for o in self.mentions:
                    if o["actors"] == [b["id"]]:
                        o["actor"], o["actors"] = a["id"], [a["id"]]
                        if [o["start"], o["end"]] not in a["mentions"]:
                            a["mentions"].append([o["start"], o["end"]])
                b["mentions"] = []
                break

    def _infer_from_apposed_office(self):
        """"Brazil's Minister of Mines and Energy, X,": a name the parser apposes to a placed office whose
        holder goes unnamed (the nearest before it of the joined titles) is that holder (a title's "of ..." tail
        keeps the two chunks apart)."""
        doc = self.doc
        heads = self._mention_heads()
        for m in self.mentions:
            t = doc[m["head"]]
            if t.dep_ != "appos" or len(m["actors"]) != 1:
                continue
            a = self.actor_by_id(m["actors"][0])
            if a is None or a["kind"] != "person" or a["code"] or not a["name"]:
                continue
            # the parser may appose the name to the first of joined titles ("X and Brazil's Minister of Y, Z")
            near = sorted((h.i for h in (t.head, *t.head.conjuncts) if h.i < t.i), reverse=True)
            if t.head.dep_ == "pobj" and t.head.head.dep_ == "prep":
                near.append(t.head.head.head.i)  # apposed to the place of "high commissioner in Colombo, X"
            for o in (o for h in near for o in heads.get(h, [])):
                b = self.actor_by_id(o["actors"][0]) if len(o["actors"]) == 1 else None
                if b is not None and b is not a and b["kind"] == "person" and b.get("_from_role") \
                        and (self._national(b["code"]) or b["code"] is None and b["role"] and not a["sector"]):
                    # (an office of no named country still says what he is: "the Minister of Justice, X")
                    a["code"], a["sector"], a["role"] = b["code"], a["sector"] or b["sector"], a["role"] or b["role"]
                    break

    def _infer_from_apposed_title(self):
        """"the leader of the opposition Tisza party, X," / "its leader, X,": a name apposed to a title word that no
        table knows as an office of its own is of the placed body (or state) the title is "of"/"for", or of the
        subject "its"/"their" points back to; "X, the sister of leader Y," is of Y's country."""
        doc = self.doc
        heads = self._mention_heads()
        for m in self.mentions:
            t = doc[m["head"]]
            a = self.actor_by_id(m["actors"][0]) if len(m["actors"]) == 1 else None
            if a is None or a["kind"] != "person" or a["code"] and a["sector"] not in (None, "GOV"):
                continue  # (a placed person may still learn his sector: "X, a spokesman for the Y Army")
            if t.dep_ == "appos" and t.head.pos_ == "NOUN" and t.head.i < t.i and not heads.get(t.head.i):
                title = t.head  # "the leader of the X party, NAME"
            else:  # "NAME, the sister of leader Y": a relative shares Y's country; "NAME, a spokesman for the
                # X Army": of the body he speaks for
                title = next((c for c in t.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > t.i), None)
                if title is None or title.lemma_.lower() not in RELATION_NOUNS and any(
                        not (b or {}).get("_from_role") for o in heads.get(title.i, ()) for b in map(self.actor_by_id, o["actors"])):
                    continue
            bodies = []
            for prep in (c for c in title.children if c.dep_ == "prep" and c.lower_ in ("of", "for")):
                bodies += [b for c in prep.children if c.dep_ == "pobj"
                           for o in self._mentions_from(c.left_edge.i, c.i + 1)
                           for b in map(self.actor_by_id, o["actors"]) if b is not None and b is not a
                           and self._national(b["code"])]
            if title.dep_ == "appos" and title.lemma_.lower() not in RELATION_NOUNS:
                bodies = [b for b in bodies if b["kind"] in ("org", "group")]  # a title's, not a relative's
            codes = {b["code"] for b in bodies}
            bodies = [b for b in bodies if b["kind"] in ("org", "group") and b["sector"]]
            poss = next((c for c in title.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
            if not codes and poss is not None:
                code = self._subject_code_before(poss.i)
                codes = {code} if self._national(code) else set()
            if len(codes) == 1 and a["code"] in (None, *codes):
                a["code"] = codes.pop()
                if len(bodies) == 1 and (not a["sector"] or bodies[0]["sector"] in ("REB", "OPP", "PTY")):
                    a["sector"] = bodies[0]["sector"]  # "the leader of the Tisza party, X": of the party's sector

    def _subtree(self, t) -> frozenset:
        """Token indices of t's subtree, once per token (sentences of nested clauses asked for the same
        subtrees once per mention: quadratic in the sentence, with a large constant)."""
        cache = self.__dict__.setdefault("_subtrees", {})
        if t.i not in cache:
            cache[t.i] = frozenset(x.i for x in t.subtree)
        return cache[t.i]

    def _mentions_from(self, start: int, end: int) -> list[dict]:
        """The mentions whose first token lies in [start, end), in list order (an index by first token,
        rebuilt when mentions are added: a pass over all mentions per mention was quadratic)."""
        cached = self.__dict__.get("_starts_index")
        if cached is None or cached[0] != len(self.mentions):
            order = sorted(range(len(self.mentions)), key=lambda k: self.mentions[k]["tok"][0])
            cached = self._starts_index = (len(self.mentions), [self.mentions[k]["tok"][0] for k in order], order)
        _, starts, order = cached
        return [self.mentions[k] for k in sorted(order[bisect_left(starts, start):bisect_left(starts, end)])]

    def _mention_heads(self) -> dict[int, list]:
        """Mention head token -> the mentions with that head (rebuilt when mentions are added)."""
        cached = self.__dict__.get("_heads_index")
        if cached is None or cached[0] != len(self.mentions):
            index: dict[int, list] = {}
            for o in self.mentions:
                index.setdefault(o["head"], []).append(o)
            cached = self._heads_index = (len(self.mentions), index)
        return cached[1]

    def _own_mentions(self, a):
        """The mentions that name actor `a` alone (pronouns left out)."""
        return [m for m in self.mentions if m["actors"] == [a["id"]] and not m.get("pronoun")]

    def _interlocutor_tokens(self, m) -> tuple[set[int], set[int]]:
        """Tokens of the sentence of mention `m` that say nothing of its person's own country: (those where he
        deals with others: the objects of the verb he is subject of, "X met the Japanese envoy", whoever does
        what he undergoes, "the Malaysian minister met X"; those that say nothing either way: names joined to
        his, "X and Lavrov met", what he says or sets out to do, "X said Russia ...", whoever reports a clause
        about him, "..., a U.S. spokeswoman said", others' clauses, "US forces did nothing, and X ...")."""
        doc = self.doc
        h = doc[m["head"]]
        dealt: set[int] = set()
        reported: set[int] = set()
        for anc in h.ancestors:
            if anc.dep_ == "ccomp":
                for c in anc.head.children:
                    if c.dep_ in ("nsubj", "nsubjpass", "agent"):
                        reported |= self._subtree(c)
        for t in h.sent:
            if t.dep_ in ("ccomp", "relcl") and not t.left_edge.i <= h.i <= t.right_edge.i:
                # someone else's reported speech; a clause about someone else ("the man, held in Turkey")
                reported |= self._subtree(t)
        for c in h.conjuncts:  # "X and Lavrov met": maybe a counterpart, maybe a compatriot
            reported |= self._subtree(c)
        inside = False
        quoted: set[int] = set()
        for t in h.sent:  # words in quotation marks are what someone says
            if t.text in QUOTE_MARKS:
                inside = not inside if t.text in ('"', "'") else t.text in OPENING_QUOTES
            elif inside:
                quoted.add(t.i)
        # "Some, including the defence minister, X, argued ...": the clause he is part of the subject of;
        # "ousting the government of prime minister X": the act he is the object of
        acted_on = None
        while True:
            if h.dep_ in ("dobj", "dative"):
                acted_on = h.head
            elif h.dep_ == "pobj" and h.head.lower_ in INTERLOCUTOR_PREPS and h.head.head.pos_ in ("VERB", "AUX"):
                acted_on = h.head.head
            elif h.dep_ == "pobj" and h.head.lower_ == "with" and h.head.head.lemma_.lower() in MEETING_NOUNS:
                # "held talks with X", "is due in Buenos Aires for meetings with X": whoever holds them deals
                # with him (as parsed, the holder may be the root: all of the sentence outside the talks)
                talks = h.head.head
                holder = self._clause_verb(talks)
                dealt |= {t.i for c in holder.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree} \
                    if holder.pos_ in ("VERB", "AUX") else self._subtree(holder) - self._subtree(talks)
                break
            elif h.dep_ == "pobj" and h.head.dep_ == "agent" and h.head.head.pos_ in ("VERB", "AUX"):
                # "the Turkish minister was received by X": whom he receives is the other party ("X is to be
                # received by Y": the subject of the clause the passive completes)
                done = h.head.head
                subj = [c for c in done.children if c.dep_ == "nsubjpass"] or (
                    [c for c in done.head.children if c.dep_ in ("nsubj", "nsubjpass")] if done.dep_ == "xcomp" else [])
                dealt |= {t.i for c in subj for t in c.subtree}
                break
            elif h.dep_ == "conj" and h.head.dep_ == "pobj" and h.head.i != h.i:
                h = h.head  # "talks with Deputy Prime Minister and Foreign Minister X" (a title's conjunct)
                continue
            elif h.dep_ in ("appos", "pobj", "prep", "poss", "compound") and h.head.i != h.i:
                h = h.head
                continue
            break
        verb = self._clause_verb(h)
        if h.dep_ in ("nsubj", "nsubjpass"):
            verb = h.head
            own = range(verb.left_edge.i, verb.right_edge.i + 1)
            for other in verb.conjuncts:  # "US forces did nothing, and X accused them": another's clause
                reported.update(t.i for t in other.subtree if t.i not in own)
            for c in verb.children:
                if c.dep_ in ("ccomp", "xcomp"):
                    reported |= self._subtree(c)
                elif c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ in INTERLOCUTOR_PREPS:
                    dealt |= self._subtree(c)
        dealt |= self._co_parties(m, verb)
        v = acted_on
        while v is not None:  # whoever does it to him, up the chain of clauses it belongs to
            for c in v.children:
                if c.dep_ in ("nsubj", "nsubjpass", "agent", "poss"):
                    dealt |= self._subtree(c)
            v = v.head if v.dep_ in ("advcl", "xcomp", "conj", "pcomp") and v.head.i != v.i else None
        self._verb_of[m["head"]] = verb.i
        return dealt, reported - dealt | quoted

    @staticmethod
    def _two_sided(verb) -> bool:
        """An act with two sides ("signed", "met"; "held talks": a meeting is two-sided as "met" is)."""
        return verb.lemma_.lower() in RECIPROCAL_VERBS or any(
            c.dep_ == "dobj" and c.lemma_.lower() in MEETING_NOUNS for c in verb.children)

    def _co_parties(self, m, verb) -> set[int]:
        """"X, Ambassador of Japan, and Y signed the notes": the others named in the subject of a two-party
        act (sign, meet, agree ...) that has no other party as object are the other side, not compatriots.
        Returns their tokens, leaving out `m`'s own words up to the next comma or "and"."""
        doc = self.doc
        if not self._two_sided(verb):
            return set()
        heads = self._mention_heads()
        for c in verb.children:
            if c.dep_ in ("dobj", "dative") and c.i in heads or c.dep_ == "prep" and c.lower_ == "with" \
                    and any(g.dep_ == "pobj" and g.i in heads for g in c.children):
                return set()  # "X and Y met Z": X and Y are one side
        subj = next((c for c in verb.children if c.dep_ == "nsubj"
                     and c.left_edge.i <= m["tok"][0] <= c.right_edge.i), None)
        if subj is None:
            return set()
        own = set(range(*m["tok"]))
        i = m["tok"][1]
        if i < len(doc) and doc[i].text == ",":  # "Y, Secretary of the Ministry of Finance,"
            while i <= subj.right_edge.i and doc[i].text != "," or i == m["tok"][1]:
                own.add(i)
                i += 1
        others = {t.i for t in subj.subtree if t.i not in own}
        by_head = self._mention_heads()
        if not any(any(self._ids[x]["kind"] == "person" for x in o["actors"])
                   for h in others for o in by_head.get(h, ())):
            return set()
        return others

    @staticmethod
    def _clause_verb(t):
        """The verb of the clause token `t` belongs to."""
        while t.pos_ not in ("VERB", "AUX") and t.dep_ != "ROOT" and t.head.i != t.i:
            t = t.head
        return t

    @staticmethod
    def _locative(t) -> bool:
        """"in Tajikistan", "in the capital, Niamey", "from Chad": where something happens or comes from, not
        whose it is; "to Mogadishu" is where someone goes."""
        if t.dep_ == "npadvmod" and t.head.pos_ == "VERB":
            return True  # "surrounded the residence in the capital, Dakar, on Tuesday" as parsed
        if t.dep_ == "appos":
            t = t.head
        return t.dep_ == "pobj" and t.head.lower_ in LOCATIVE_PREPS

    @staticmethod
    def _subject_side(tok, verb_i) -> bool:
        """Is `tok` inside the subject of the verb at index `verb_i` (its path up to the verb passes a subject)?"""
        t = tok
        while t.i != verb_i and t.head.i != t.i:
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb_i:
                return True
            t = t.head
        return False

    def _sentence_countries(self, a, trace=None, patients=None) -> tuple[set, set, set]:
        """Countries named in the sentences of person `a`: (direct references such as "Japanese", "Russia's",
        a coded co-subject; places where things happen; countries of the people he deals with).
        `trace`, a list, receives the evidence (for debugging); `patients`, a set, the countries his own
        clause names as the other party of his act ("criticised the Iranian government")."""
        doc = self.doc
        direct: set[str] = set()
        locative: set[str] = set()
        dealt: set[str] = set()
        for m in self._own_mentions(a):
            sent = doc[m["tok"][0]].sent
            skip, reported = self._interlocutor_tokens(m)
            others = [o for o in self._mentions_from(sent.start, sent.end) if o is not m and sent.start <= o["tok"][0] < sent.end
                      and not o.get("pronoun") and o["tok"][0] not in reported]
            in_actor = {i for o in others for i in range(*o["tok"])}
            # in another clause only officials like him count ("Japanese Prime Minister K called it outrageous,
            # while chief cabinet secretary X said ..."); "X condemned it, while Turkish troops shelled ..." not
            peers = {i for o in others for i in range(*o["tok"]) if any(
                b is not None and b["kind"] == "person" and b["sector"] == a["sector"]
                for b in map(self.actor_by_id, o["actors"]))}
            own_verb = self._verb_of[m["head"]]
            h = doc[m["head"]]
            # "X, the sixth British citizen killed", "X is a Cypriot diplomat": words that describe him
            described = {c.i for c in h.children if c.dep_ == "appos"} | (
                {c.i for c in h.head.children if c.dep_ == "attr"} if h.dep_ == "nsubj" else set())
            seen = set()
            # (a relative clause on his own name is his: "X, who has been held ... in Niamey")
            own_rel = {c.i for c in h.children if c.dep_ == "relcl"}
            in_own_rel = {x.i for c in h.children if c.dep_ == "relcl" for x in c.subtree}
            for i in range(sent.start, sent.end):
                u = self.labels[i] if i < len(self.labels) else None
                if u is None or u.kind not in ("NAT", "COUNTRY", "CAPITAL", "SEAT") or u.start in seen \
                        or u.start in self.complements or u.start in reported and u.start not in in_own_rel:
                    continue
                seen.add(u.start)
                t = doc[u.end - 1]
                if self._locative(t):
                    if self._clause_verb(t).i != self._verb_of[m["head"]] and self._clause_verb(t).i not in own_rel \
                            or coref.travelled_to(t):
                        continue  # a place of someone else's act; where he travels is no home
                    locative.add(u.key)  # "declared a state of siege in Haiti": where, whoever the object
                    if trace is not None:
                        trace.append(("place", doc[u.start:u.end].text, u.key))
                    continue
                if u.start in skip or u.start not in peers and self._clause_verb(t).i != own_verb:
                    if u.start in skip and patients is not None:
                        patients.add(u.key)  # whom (or whose goods) his own act deals with
                    continue
                if own_verb is not None and self._subject_side(t, own_verb) and not self._subject_side(h, own_verb):
                    if patients is not None:
                        patients.add(u.key)
                    continue  # "Russia's President met Defence Minister X", "the US Treasury sanctioned ... X": the
                    # agent of an act done to him
                if t.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod"):
                    if t.head.i not in in_actor and t.head.i not in described:
                        if patients is not None and t.head.dep_ in ("pobj", "dobj", "dative"):
                            patients.add(u.key)  # "a tariff on Ecuadorian imports": what his act is aimed at
                        continue  # "the US camp", "Baghdad-based": whose thing, not whose people
                    holder = next((o for o in others if o["tok"][0] <= t.head.i < o["tok"][1]), None)
                    if holder is not None and doc[holder["head"]].dep_ in ("pobj", "dobj", "dative"):
                        if patients is not None:
                            patients.add(u.key)
                        continue  # "blamed it on the Chinese Communist Party": the other party's word
                elif t.dep_ not in ("nsubj", "nsubjpass"):
                    if patients is not None and t.dep_ in ("pobj", "dobj", "dative"):
                        patients.add(u.key)
                    continue  # "talks on Syria", "a visit to Somalia": what is talked about, where one goes
                direct.add(u.key)
                if trace is not None:
                    trace.append(("word", doc[u.start:u.end].text, u.key, t.dep_, t.head.text))
            for o in others:
                for i in o["actors"]:
                    b = self.actor_by_id(i)
                    if b is None or b is a or b["kind"] == "state" or not self._national(b["code"]):
                        continue
                    if o["tok"][0] in skip:
                        if patients is not None:
                            patients.add(b["code"])  # whom he deals with, by his own act
                        if b["kind"] == "person":
                            dealt.add(b["code"])  # officials he meets; police who detain him may be his own
                        continue
                    if o["tok"][0] not in peers and self._clause_verb(doc[o["head"]]).i != own_verb:
                        continue
                    oh = doc[o["head"]]
                    while oh.dep_ == "appos" and oh.head.i != oh.i:
                        oh = oh.head  # "met with his Qatari counterpart, Prime Minister X": X is whom he met
                    if oh.dep_ in ("pobj", "dobj", "dative") or own_verb is not None and \
                            self._subject_side(oh, own_verb) and not self._subject_side(h, own_verb):
                        if patients is not None:
                            patients.add(b["code"])
                    else:
                        direct.add(b["code"])
                        if trace is not None:
                            trace.append(("actor", o["text"], b["code"], doc[o["head"]].dep_))
        return direct, locative, dealt

    def _infer_from_sentence(self):
        """"Japanese Prime Minister Fumio Kishida called the launch outrageous, while chief cabinet secretary
        Hirokazu Matsuno said ...": a titled official whose sentences name one country, apart from those he
        deals with, is that country's; places where things happen count only when nothing else is named."""
        for a in self._unplaced_officials(skip_from_role=True):
            direct, locative, _ = self._sentence_countries(a)
            codes = direct or locative
            if len(codes) == 1:
                a["code"] = next(iter(codes))

    def _infer_host_of_visit(self):
        """"Barrot visited Algiers on April 6 for talks with President X": an official a visitor meets in the
        clause of his visit is of the country visited (the visitor himself is not)."""
        doc = self.doc
        for a in self._unplaced_officials(skip_from_role=True):
            for m in self._own_mentions(a):
                h = doc[m["head"]]
                verb = next((x for x in h.ancestors if x.pos_ in ("VERB", "AUX")), None)
                if verb is None or verb.lemma_.lower() not in coref.TRAVEL_LEMMAS or any(
                        c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i <= h.i <= c.right_edge.i
                        for c in verb.children):
                    continue
                places = {u.key for t in verb.subtree if t.i < len(self.labels)
                          for u in [self.labels[t.i]] if u is not None and u.kind in ("COUNTRY", "CAPITAL")
                          and t.i == u.end - 1 and coref.travelled_to(t) and self._national(u.key)}
                if len(places) == 1:
                    a["code"] = places.pop()
                    break

    def _unplaced_officials(self, titled=True, skip_from_role=False, sectors=STATE_SECTORS):
        """The people the article has not placed who hold an office of the state (`titled`: with a role written;
        `skip_from_role`: not those made from a bare role word), envoys abroad left out: the candidates of the
        rules that place an official by the story around him. Lazy, so a rule sees the codes it has just set."""
        for a in self.actors:
            if a["kind"] == "person" and not a["code"] and (a["role"] or not titled) \
                    and not (skip_from_role and a.get("_from_role")) and a["sector"] in sectors \
                    and not self._serves_abroad(a):
                yield a

    @staticmethod
    def _serves_abroad(a) -> bool:
        """Ambassadors and envoys work among another country's people and places (so do the officials of an
        embassy: "a senior official of the Chinese Embassy in Manila")."""
        return any(w in (a["role"] or "") for w in ("ambassador", "envoy", "high commissioner", "chief of mission",
                                                     "chargé d'affaires", "consul", "representative")) \
            or a["kind"] == "person" and any(w in (a["name"] or "").lower().split() for w in ("embassy", "consulate"))

    def _dateline_code(self) -> str | None:
        """The country of the dateline's place, when the article names that country itself."""
        dl = self.doc._.dateline
        gaz = _gazetteer()
        if (not dl or not dl.get("text")) and self.__dict__.get("_byline_code") in self._country_mentions():
            return self._byline_code  # "By X, Maiduguri": the place of a byline is where the story is filed
        if (not dl or not dl.get("text")) and self._masthead_code() in self._country_mentions():
            return self._masthead_code()  # a page whose masthead is one country's ("Ministry of Foreign Affairs of
            # the Republic of Moldova", "The Libya Observer"): its unplaced officials are that country's
        if not dl or not dl.get("text") or gaz is None:
            return None
        named = self._country_mentions()
        cands = [c for c in gaz.candidates(dl["text"]) if c["country"] in named]
        return max(cands, key=lambda c: c["population"] or 0)["country"] if cands else None

    def _masthead_code(self) -> str | None:
        """The one country the page's first lines name (a site's masthead: at most MASTHEAD_WORDS words a
        line, the first MASTHEAD_LINES lines with text), or None."""
        if "_masthead" not in self.__dict__:
            doc = self.doc
            text = doc._.source_text or ""
            start = (doc._.record or {}).get("body_start", 0)
            lines = [(start + m.start(), start + m.end()) for m in re.finditer(r"[^\n]+", text[start:start + 400])
                     if m.group().strip()][:MASTHEAD_LINES]
            codes = set()
            for a, b in lines:
                line = text[a:b].strip()
                if len(line.split()) > MASTHEAD_WORDS or line[-1:] in ".!?\"”" or any(
                        t.pos_ == "VERB" for t in doc if a <= t.idx < b):
                    break  # (a sentence, not a site's name: "X was detained in Belarus on Monday.")
                codes |= {u.key for u in self.labels if u is not None and u.kind in ("COUNTRY", "NAT")
                          and a <= doc[u.start].idx < b and self._national(u.key)}
            self._masthead = codes.pop() if len(codes) == 1 else None
        return self._masthead

    def _infer_named_rebels_from_dateline(self):
        """"GOMA, Congo - ... fighting between Congolese troops and K45 rebels": a named rebel group the article
        does not place fights in the country of the dateline."""
        for a in self.actors:
            if a.get("_rebels") and a["code"] is None:
                a["code"] = self._foe_state(a) or self._dateline_code()

    def _rebel_spokespeople(self):
        """"AFC/M23 spokesman X": an official title held for a named armed group the article knows is a
        rebel's, not a government's (and the rebel spokesman is of the group's country)."""
        names = {}
        for b in self.actors:
            if b["sector"] == "REB" and b["name"] and b["kind"] in ("org", "group"):
                for w in b["name"].split():
                    if w[:1].isupper() and w.lower() not in ("rebels", "rebel", "group", "movement"):
                        names[w.lower()] = b  # "M23", "SPF-7"
        if not names:
            return
        for a in self.actors:
            if a["kind"] != "person" or a["sector"] != "GOV" or "spokesperson" not in (a["role"] or ""):
                continue
            for m in self._own_mentions(a):
                lo = max(self.doc[m["tok"][0]].sent.start, m["tok"][0] - 3)
                words = set(re.split(r"[\s/]+", self.doc[lo:m["tok"][0] + 1].text.lower()))  # "AFC/M23 spokesman"
                group = next((names[w] for w in words if w in names), None)
                if group is not None:
                    a["sector"] = "REB"
                    # (the group's own country before the dateline's, which placed him as a state official)
                    a["code"] = group["code"] or a["code"]
                    break

    def _foe_state(self, a) -> str | None:
        """"Doha - The government of the DR Congo and the M23 rebel group signed ...": the one country whose
        government or forces the sentences of rebel group `a` name; an armed group fights in its own country,
        which the place of talks about it (the dateline) need not be."""
        codes = set()
        for m in self._own_mentions(a):
            sent = self.doc[m["tok"][0]].sent
            joined = {t.i for t in self.doc[m["head"]].conjuncts}  # "DR Congo and M23 rebels sign a deal"
            for o in self._mentions_from(sent.start, sent.end):
                if o["tok"][1] + 1 == m["tok"][0] and self.doc[o["tok"][1]].lower_ == "and" \
                        or m["tok"][1] + 1 == o["tok"][0] and self.doc[m["tok"][1]].lower_ == "and":
                    joined.add(o["head"])  # (as a headline is parsed, without the conjunction)
                h, mh = self.doc[o["head"]], self.doc[m["head"]]
                if o is not m and mh.dep_ == "nsubj" and h.head.i == mh.head.i and (
                        h.dep_ == "nsubj" or o["tok"][1] + 1 == m["tok"][0] and self.doc[o["tok"][1]].text == ","):
                    joined.add(o["head"])  # "Congo, M23 rebels sign deal": two subjects of one verb
                if h.dep_ == "nsubj" and h.head.lemma_.lower() in SPEECH_VERBS and o is not m:
                    continue  # "..., Qatar's foreign ministry said": who reports the deal, not a party to it
                codes |= {b["code"] for i in o["actors"] for b in [self.actor_by_id(i)]
                          if b and (b["kind"] in ("org", "group") and b["sector"] in ("GOV", "MIL")
                                    or b["kind"] == "state" and o["head"] in joined)
                          and self._national(b["code"])}
        for sectors in (("MIL",), ("GOV", "MIL")):
            if codes:
                break
            # else the one country whose forces (an army fights rebels), or government and forces, the article names
            codes = {b["code"] for b in self.actors if b["kind"] in ("org", "group") and b["sector"] in sectors
                     and self._national(b["code"]) and b is not a}
        return codes.pop() if len(codes) == 1 else None

    def _infer_from_announcement(self):
        """"Economy Minister X announced that Argentina would lift its controls": an official who announces what a
        state will do speaks for it (filed from Washington or not). Announcing verbs only: "said Russia would
        pay a price" may be said of the other side."""
        doc = self.doc
        for a in self._unplaced_officials(sectors=STATE_SECTORS | {"LEG"}):
            codes = set()
            for m in self._own_mentions(a):
                h = doc[m["head"]]
                for _ in range(2):  # "Kim You-geun, deputy director of ..., warned": the parser's subject is the title
                    if h.dep_ in ("amod", "compound", "appos") and h.head.i != h.i and h.head.pos_ in ("NOUN", "PROPN"):
                        h = h.head
                if h.dep_ != "nsubj" or h.head.lemma_.lower() not in ANNOUNCING_VERBS | SPEECH_VERBS:
                    continue
                said = h.head
                clauses = [c for c in said.children if c.dep_ == "ccomp"] + (
                    [said.head] if said.dep_ == "parataxis" and said.head.i < h.i else [])  # (the parser's other reading)
                for clause in clauses:
                    modal = any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in clause.children)
                    # "The Netherlands is expelling 17 diplomats, Foreign Minister X announced": a report fronted
                    # before its sayer tells what his own state does
                    fronted = clause.i < h.i and clause.pos_ in ("VERB", "AUX")
                    # "warned that Seoul would respond strongly": one's own state's response, whoever warns
                    response = modal and clause.lemma_.lower() in RESPONSE_VERBS
                    if not (modal and h.head.lemma_.lower() in ANNOUNCING_VERBS or fronted or response):
                        continue
                    for subj in (c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"):
                        codes |= {b["code"] for o in self._mention_heads().get(subj.i, ()) for i in o["actors"]
                                  for b in [self.actor_by_id(i)] if b and b["kind"] == "state"}
            if len(codes) == 1:
                a["code"] = codes.pop()

    def _infer_from_agency(self):
        """"DOHA, June 7 (KUNA) -- His Highness the Amir Sheikh Sabah ... arrived": in a national news agency's
        copy, a leader or minister named by an office with no state ("the Amir", "the Crown Prince and Prime
        Minister", "the Minister of Foreign Affairs Dr. X") is the agency's own state's, wherever the story is
        filed from."""
        dl = (self.doc._.record or {}).get("dateline_span")
        code = knowledge.agency_country(self.doc._.source_text[dl[0]:dl[-1] + 12]) if dl else None
        if code is None:
            return
        doc = self.doc
        for a in self.actors:
            if a["kind"] != "person" or a["code"] or a["sector"] not in (None, "GOV"):
                continue
            title_only = all(w.lower() in AGENCY_LEADER_WORDS | {"the", "prince", "and"}
                             for w in (a["name"] or "").split())
            for m in self.mentions:
                if a["id"] not in m["actors"] or not title_only and a["name"] not in m["text"]:
                    continue  # (a name's own mention: "the Amir" joined to another leader is not his)
                lo = max(doc[m["tok"][0]].sent.start, m["tok"][0] - 5)
                words = doc[lo:m["tok"][1]]
                titled = [t for t in words if t.lower_ in AGENCY_LEADER_WORDS]
                if titled and titled[0].i > lo and doc[titled[0].i - 1].lower_ == "the" and not any(
                        t.ent_type_ in ("GPE", "NORP") for t in doc[titled[0].i:m["tok"][1]]):
                    a["code"] = code
                    break

    def _monarch_titled(self, a) -> bool:
        """Is person `a` named with a monarch's title ("His Majesty King Abdullah", "the Amir")?"""
        doc = self.doc
        for m in self.mentions:
            if a["id"] in m["actors"]:
                lo = m["tok"][0]
                # (the title run right before the name, "His Majesty King X", not another's: "the Japanese emperor
                # received the Chinese president")
                while lo > max(doc[m["tok"][0]].sent.start, m["tok"][0] - 4) and (
                        doc[lo - 1].text[:1].isupper() or doc[lo - 1].lower_ in ("the", "his", "her")):
                    lo -= 1
                # (within the name only a word no one is named: "Amir Khan Muttaqi" is no emir)
                if any(t.lower_ in knowledge.MONARCH_WORDS for t in doc[lo:m["tok"][0]]) or any(
                        t.lower_ in knowledge.MONARCH_WORDS - {"amir", "emir"} for t in doc[m["tok"][0]:m["tok"][1]]):
                    return True
        return False

    def _place_news_agencies(self):
        """"Sheikh Sabah Khaled told KUNA": a national news agency named in the text is its state's medium."""
        for a in self.actors:
            agency = knowledge.agency_named(a["name"]) if a["kind"] != "state" else None
            if agency:
                a.update(code=agency, sector="MED", kind="org")

    def _place_bodies_few_states_have(self, home):
        """"OTTAWA - The House of Commons voted to declare that China's treatment ...": a body of a name only some
        states have is of the one the story is filed from, else of the one it names most."""
        named = self._country_mentions()
        for a in self.actors:
            states = knowledge.body_states(a["name"]) if a["kind"] == "org" else ()
            if states and a["code"] not in states:
                a["code"] = home if home in states else max(states, key=lambda c: (named.get(c, 0), -states.index(c)))

    def _published_day(self) -> str | None:
        """The story's publication day (YYYY-MM-DD), against which offices held or abolished are read."""
        return ((self.doc._.record or {}).get("published") or "")[:10] or None

    def _drop_impossible_offices(self, home):
        """A person the tables do not place, given a state that has no such office (a king of a republic, a
        prime minister of a presidential state), is of the dateline's state, else of the state the story names
        most that has one, else of none: the inference that placed him read the wrong side of the sentence."""
        day = self._published_day()
        for a in self.actors:
            if a["kind"] != "person" or not a["code"] or a.get("_indexed") or len(a["code"]) != 3:
                continue
            if knowledge.office_possible(a["role"], a["code"], monarch=True, day=day):
                continue  # (a state any holder may be of: no need to read the titles)
            monarch = self._monarch_titled(a)
            if knowledge.office_possible(a["role"], a["code"], monarch, day):
                continue
            named = self._country_mentions()
            fits = [c for c in named if knowledge.office_possible(a["role"], c, monarch, day)]
            a["code"] = home if home and knowledge.office_possible(a["role"], home, monarch, day) else \
                max(fits, key=lambda c: named[c], default=None)

    def _infer_from_office(self):
        """"The United States suspended its partnership with Georgia ... Prime Minister X announced": of the
        story's two main countries, the one that has the office the person holds is his (the United States has
        no prime minister), when his sentences name no third."""
        named = self._country_mentions()
        day = self._published_day()
        main = sorted(named, key=named.get, reverse=True)[:2]
        if len(main) < 2:
            return
        for a in self._unplaced_officials():
            monarch = self._monarch_titled(a)
            fits = [c for c in main if knowledge.office_possible(a["role"], c, monarch, day)]
            if len(fits) != 1:
                continue
            direct, locative, _ = self._sentence_countries(a)
            if (direct | locative) <= set(main):
                a["code"] = fits[0]

    def _infer_from_dateline(self):
        """"YEKATERINBURG (TASS) ... Lieutenant-General Alexander Lapin said": an official the article does
        not place, whose sentences name no other country, serves where the story is filed from."""
        code = None
        # (a former minister, ELI, was an official of the state the story is filed from too; an opposition
        # politician opposes its government; a name with no title at all, "his challenger, X", is a local)
        for a in self._unplaced_officials(titled=False, skip_from_role=True,
                                          sectors=STATE_SECTORS | {"ELI", "OPP", None}):
            if a["sector"] is None and a["role"]:
                continue  # (a titled non-state role, "analyst", may be anyone's)
            code = code or self._dateline_code()
            if code is None:
                return
            direct, locative, _ = self._sentence_countries(a)
            if (direct | locative) <= {code}:
                a["code"] = self._paragraph_lead_elsewhere(a, code) or code

    def _paragraph_lead_elsewhere(self, a, code) -> str | None:
        """"The reaction in Seoul was swift. Trade Minister X told a news briefing ...": the sentence right
        before the official's first mention, in his paragraph, names one country or capital, as the place
        where ("in Seoul"), and no other, and it is not the dateline's: the story has moved to that side; its
        code, else None."""
        doc = self.doc
        mentions = self._own_mentions(a)
        if not mentions:
            return None
        sent = doc[min(m["tok"][0] for m in mentions)].sent
        if sent.start == 0:
            return None
        prev = doc[sent.start - 1].sent
        if "\n" in doc[prev.start:sent.start].text.strip():
            return None  # (another paragraph)
        units = {(u.start, u.end, u.key, u.kind) for i in range(prev.start, prev.end)
                 for u in [self.labels[i] if i < len(self.labels) else None] if u is not None
                 and u.kind in ("COUNTRY", "CAPITAL", "NAT") and self._national(u.key)}
        # (a place the story goes to, "in Seoul"; not a nationality, "the Indian envoy was summoned")
        there = {k for s0, e0, k, kind in units if kind in ("COUNTRY", "CAPITAL") and doc[e0 - 1].dep_ == "pobj"
                 and doc[e0 - 1].head.lower_ == "in"}
        named = {k for _, _, k, _ in units}
        return next(iter(there)) if len(there) == 1 and named == there and there != {code} else None

    def _relation_holder(self, m):
        """The person whose relation ("his deputy", "Putin's spokesman") the words right before mention `m`
        name, or None: "his"/"her" is the last person named before it."""
        doc = self.doc
        i = m["tok"][0] - 1
        sent_start = doc[m["tok"][0]].sent.start
        if doc[m["tok"][0]].lemma_.lower() in RELATION_NOUNS:  # "her spokesman X": the title is in the phrase
            i = m["tok"][0]
        # "his former deputy turned rival X": a participle and a modifier may follow the relation noun
        while i > sent_start and m["tok"][0] - i <= 3 and (doc[i].lower_ in MODIFIERS - RELATION_NOUNS or doc[i].lower_ == "turned"):
            i -= 1
        if i <= sent_start or doc[i].lemma_.lower() not in RELATION_NOUNS or doc[i].pos_ != "NOUN":
            return None
        i -= 1
        while i > sent_start and doc[i].lower_ in MODIFIERS:
            i -= 1
        if doc[i].lower_ in ("his", "her"):
            # the people named before it in the sentence, when they are of one country ("X and his deputy")
            lo = doc[sent_start].idx
            before = [p for p in self.persons if any(lo <= s < doc[i].idx for s, _ in p["mentions"])]
            if not before:  # "X said ... On Wednesday, his colleague Y": the last person named before the sentence
                last = max(((s, p) for p in self.persons for s, _ in p["mentions"] if s < lo), default=None,
                           key=lambda sp: sp[0])
                before = [last[1]] if last else []
            return before[-1] if before and len({p["code"] for p in before}) == 1 else None
        if doc[i].text in ("'s", "’s") and i > 0:
            return next((self.actor_by_id(o["actors"][0]) for o in self.mentions if len(o["actors"]) == 1
                         and o["tok"][1] == i and self.actor_by_id(o["actors"][0])["kind"] == "person"), None)
        return None

    def _apposed_relation_holder(self, m):
        """"Cardinal X, Pope Francis's peace envoy,", "Y, Putin's top aide,": (the person whose envoy, aide or
        relative the apposition after mention `m` says he is, whether it says envoy), or (None, False)."""
        doc = self.doc
        j = m["tok"][1]
        sent_end = doc[m["tok"][0]].sent.end
        if j + 3 >= sent_end or doc[j].text != ",":
            return None, False
        owner = next((o for o in self._mentions_from(j + 1, j + 2) if len(o["actors"]) == 1), None)
        k = owner["tok"][1] if owner is not None else None
        if k is None or k + 1 >= sent_end or doc[k].text not in ("'s", "’s"):
            return None, False
        k += 1
        while k < sent_end - 1 and (doc[k].lower_ in MODIFIERS or doc[k].pos_ in ("ADJ", "NOUN")
                                    and doc[k].dep_ in ("amod", "compound")):
            k += 1
        if doc[k].lemma_.lower() not in RELATION_NOUNS | ENVOY_NOUNS or doc[k].pos_ != "NOUN":
            return None, False
        holder = self.actor_by_id(owner["actors"][0])
        if holder is None or holder["kind"] != "person":
            return None, False
        return holder, doc[k].lemma_.lower() in ENVOY_NOUNS

    def _infer_from_relation(self):
        """"army chief X and his former deputy Y", "Z's spokesman Y": Y shares the country of the person he
        is deputy, aide, relative ... of."""
        for a in self.actors:
            if a["kind"] != "person" or a["code"] or a.get("_from_role"):
                continue
            for m in self._own_mentions(a):
                holder, envoy = self._relation_holder(m), False
                if holder is None:
                    holder, envoy = self._apposed_relation_holder(m)
                if holder is not None and holder is not a and self._national(holder["code"]):
                    a["code"] = holder["code"]
                    if envoy and not a["sector"]:  # an envoy serves his principal's government
                        a["sector"], a["role"] = holder["sector"] or "GOV", a["role"] or "envoy"
                    start = min((s for s, _ in holder["mentions"] if s < m["start"]), default=m["start"])
                    first = next(t.i for t in self.doc[m["tok"][0]].sent if t.idx + len(t) > start)
                    coref.note(a, "relation", self.doc, max(first, self.doc[m["tok"][0]].sent.start), m["tok"][1])
                    break

    def _infer_media_from_dateline(self):
        """"MOSCOW - ..., the RIA news agency reported": a news body the article does not place is a local
        outlet of the place the story is filed from (when the article names that place's country)."""
        for a in self.actors:
            if a["kind"] == "org" and a["sector"] == "MED" and not a["code"] and not a["org"]:
                a["code"] = self._dateline_code()

    def _infer_body_from_title(self):
        """"Krishna Hari Pushkar, Secretary of the Ministry of Finance": the body in an official's title is
        his country's."""
        doc = self.doc
        by_end = {m["tok"][1]: m for m in self.mentions}
        for m in self.mentions:
            if len(m["actors"]) != 1:
                continue
            body = self.actor_by_id(m["actors"][0])
            if body is None or body["kind"] != "org" or body["code"] or body["org"]:
                continue
            i = m["tok"][0]
            while i > 0 and doc[i - 1].lower_ == "the":
                i -= 1
            if i < 2 or doc[i - 1].lower_ not in ("of", "at"):
                continue
            title = by_end.get(i - 1)
            holder = self.actor_by_id(title["actors"][0]) if title and len(title["actors"]) == 1 else None
            if holder is not None and holder["kind"] == "person" and self._national(holder["code"]):
                body["code"] = holder["code"]

    def _infer_from_listed_colleagues(self):
        """"The delegation included Foreign Minister X, Finance Minister Y and Petroleum Minister Z": officials
        listed together are of one country when the placed ones are; not the two sides of a meeting or a
        signing ("X and Y signed", "talks between X and Y")."""
        doc = self.doc
        heads = self._mention_heads()
        for a in self._unplaced_officials():
            codes = set()
            for m in self._own_mentions(a):
                h = doc[m["head"]]
                listed = self._listed_with(h)
                first = min([h] + listed, key=lambda t: t.i)
                if not listed or self._two_sided(first.head) or first.head.lower_ == "between" \
                        or first.head.lower_ in ("with", "between", "and"):
                    continue
                for t in listed:
                    for o in heads.get(t.i, ()):
                        codes |= {b["code"] for i in o["actors"] for b in [self.actor_by_id(i)]
                                  if b and b["kind"] == "person" and not self._serves_abroad(b)
                                  and self._national(b["code"])}
            if len(codes) == 1:
                a["code"] = codes.pop()

    def _infer_from_currency(self):
        """"Agriculture minister Tetsuro Nomura said the government would draw on ¥80 billion in funds": an official
        who speaks of sums in one country's own currency (ISO 4217: its code opens with the country's two letters;
        not the dollar or the euro, which many use) is of that country, when the story names it."""
        from communique.pipeline.amounts import NAMES, SYMBOLS

        doc = self.doc
        named = self._country_mentions()
        for a in self._unplaced_officials(skip_from_role=True):
            codes = set()
            for m in self._own_mentions(a):
                for t in doc[m["tok"][0]].sent:
                    cur = SYMBOLS.get(t.text) or NAMES.get(t.lemma_.lower() if t.pos_ == "NOUN" else "")
                    if cur and cur not in ("USD", "EUR") and not cur.startswith("X"):
                        code = self.kb.by_alpha2.get(cur[:2])
                        if code and code in named:
                            codes.add(code)
            if len(codes) == 1:
                a["code"] = codes.pop()

    def _infer_from_voices(self):
        """A story without a dateline: its unplaced officials are of the country whose people and bodies do
        most of its saying ("Ukrainian officials said", "Ukraine's Air Force said", "regional governor X said"
        ... "Foreign Minister Y wrote on X"), when that country has at least three speakers and twice as many as
        any other; a country the story keeps naming as the one acting is not thereby its voice."""
        if self._home_code() or self._dateline_code():
            return
        doc = self.doc
        speakers: dict[str, set] = {}
        for m in self.mentions:
            t = doc[m["head"]]
            if t.dep_ != "nsubj" or t.head.lemma_.lower() not in SPEECH_VERBS | {"tell", "write"} or m.get("pronoun"):
                continue
            for i in m["actors"]:
                b = self.actor_by_id(i)
                if b and b["kind"] != "state" and self._national(b["code"]) and not (
                        b["kind"] == "person" and self._serves_abroad(b)):
                    speakers.setdefault(b["code"], set()).add(b["id"])
        counts = sorted(((len(v), c) for c, v in speakers.items()), reverse=True)
        if not counts or counts[0][0] < 3 or len(counts) > 1 and counts[0][0] < 2 * counts[1][0]:
            return
        home = counts[0][1]
        for a in self._unplaced_officials(skip_from_role=True):
            patients: set = set()
            direct, locative, _ = self._sentence_countries(a, patients=patients)
            if (direct | locative) <= {home} and not (home in patients and not direct | locative):
                a["code"] = home  # (not one who acts on it: "X ordered a tariff on Ecuadorian imports")

    @staticmethod
    def _listed_with(h) -> list:
        """The heads listed with token `h` ("A, B and C"), joined as conjuncts or, as parsed, appositions."""
        seen, todo = {h.i}, [h]
        while todo:
            t = todo.pop()
            for n in list(t.children) + [t.head]:
                linked = n.dep_ in ("conj", "appos") and n.head.i == t.i or t.dep_ in ("conj", "appos") and n.i == t.head.i
                if linked and n.i not in seen:
                    seen.add(n.i)
                    todo.append(n)
        return [h.doc[i] for i in sorted(seen - {h.i})]

    def _credit_lines(self):
        """"(Reporting by Abdi Sheikh; Writing by Duncan Miriri; Editing by Alex Richardson)": the people a wire
        story's credit line names are its journalists, of no state the story is about."""
        text = self.doc._.source_text or ""
        spans = [m.span() for m in CREDIT_LINE_RE.finditer(text)]
        if not spans:
            return
        for a in self.actors:
            if a["kind"] == "person" and a["mentions"] and all(
                    any(s <= m0 and m1 <= e for s, e in spans) for m0, m1 in a["mentions"]):
                a["sector"], a["role"], a["code"] = "MED", "journalist", None

    def _bylines(self):
        """"By Chima Okafor, Maiduguri" on a line of its own above the story: the writer is a journalist (MED), of
        the country of the place after his name, else of the dateline's."""
        doc, gaz = self.doc, _gazetteer()
        for m in self.mentions:
            i = m["tok"][0]
            if len(m["actors"]) != 1 or i < 1 or doc[i - 1].lower_ != "by" or i > 80:
                continue
            if i >= 2 and "\n" not in doc[i - 2].text and "\n" not in doc[i - 2].whitespace_ and doc[i - 2].text.strip():
                continue  # "By" must open its line: "was killed by X" names no writer
            a = self.actor_by_id(m["actors"][0])
            if a is None or a["kind"] != "person" or a["role"]:
                continue
            a["sector"], a["role"] = "MED", "journalist"
            j = m["tok"][1]
            place = doc[j + 1:j + 4] if j + 1 < len(doc) and doc[j].text == "," else None
            found = [c for c in gaz.candidates(place.text.split("\n")[0].strip()) if c.get("primary")] \
                if place is not None and gaz is not None else []
            if found:
                self.__dict__["_byline_code"] = found[0]["country"]
            a["code"] = a["code"] or (found[0]["country"] if found else None) or self._dateline_code()

    def _infer_from_region_of_office(self):
        """"Ontario Premier Doug Ford", "Texas Gov. Greg Abbott", "Premier Doug Ford of Ontario", "the Kharkiv
        regional administration": an office or body led or followed ("of") by a region or town the gazetteer
        knows, and no country, serves that region, so that region's country. Its premier is the region's, not
        a national prime minister."""
        gaz = _gazetteer()
        if gaz is None:
            return
        doc = self.doc
        dl = (self.doc._.dateline or {}).get("text")
        named = frozenset(self._country_mentions()) | {dl and _dateline_city_country(dl), self._home_code()}
        for a in self.actors:
            if a["code"] or not a["role"] or a["kind"] not in ("person", "org", "group"):
                continue
            for m in self._own_mentions(a):
                s, e = m["tok"]
                before = self._region_run(doc, s, back=True)
                after = self._region_run(doc, e, back=False) if a["kind"] == "person" else None
                code = _region_country(gaz, before, named) or _region_country(gaz, after, named)
                if code and a["sector"] in (None, "CVL") and code not in named:
                    continue  # "West Hampstead mother X": a private person's town, in a country the story never names,
                    # is more likely a namesake than a clue
                if code:
                    a["code"] = code
                    if a["role"] == "prime minister":
                        a["role"] = "premier"
                    break

    def _infer_from_party_tag(self):
        """"Sen. Lindsey Graham, R-S.C.", "Rep. X (D-N.Y.)": the party-and-state tag the American press puts after
        a member of Congress names a US legislator."""
        text = self.doc._.source_text
        for a in self.actors:
            if a["kind"] != "person" or a["code"]:
                continue
            if any(US_PARTY_TAG.match(text, m["end"], m["end"] + 16) for m in self._own_mentions(a)):
                a["code"] = "USA"
                a["sector"] = a["sector"] or "LEG"
                a["role"] = a["role"] or "legislator"

    @staticmethod
    def _region_run(doc, i, back: bool):
        """The whole run of capitalised proper nouns (at most four) just before token i (over a possessive
        "'s"), or just after it behind "of" ("of Texas", "of the Donetsk region")."""
        tok = tokens(doc)
        sent = tok[min(i, len(doc) - 1)].sent if len(doc) else None
        if sent is None:
            return None
        if back:
            j = i - 1
            if j >= sent.start and tok[j].text in ("'s", "’s"):
                j -= 1
            k = j
            while k >= sent.start and _proper_name_word(tok[k]):
                k -= 1
            span = doc[k + 1:j + 1]
        else:
            if i >= sent.end or tok[i].lower_ != "of":
                return None
            j = i + 1 + (i + 1 < sent.end and tok[i + 1].lower_ == "the")
            k = j
            while k < sent.end and _proper_name_word(tok[k]):
                k += 1
            span = doc[j:k]
        return span.text if 0 < len(span) <= 4 else None

    def _infer_local_official(self):
        """"... killed when a drone hit a building near Lviv, regional governor X said": a governor or mayor
        reports on his own region, so the regions, else the towns, his sentences name (in any clause) give his
        country, when they are all of one. A country named there is mostly one that acts in his region ("Russia
        attacked the port infrastructure of Odesa Oblast, regional Governor X said"): it does not place him."""
        gaz = _gazetteer()
        if gaz is None:
            return
        doc = self.doc
        for a in self.actors:
            if a["kind"] != "person" or a["code"] or not any(
                    (a["role"] or "").split(" and ")[0] == r for r in LOCAL_OFFICES):
                continue
            found: dict[str, set] = {"admin1": set(), "city": set()}
            for m in self._own_mentions(a):
                for place in self._sentence_places(doc[m["tok"][0]].sent, m):
                    found[place["kind"]].add(place["country"])
            codes = found["admin1"] if len(found["admin1"]) == 1 else found["admin1"] | found["city"]
            if len(codes) == 1:
                a["code"] = codes.pop()

    def _sentence_places(self, sent, m) -> list[dict]:
        """The regions and towns (gazetteer entries by their own name) a sentence names outside mention `m`:
        the model's place entities, places it took for a body after a place preposition ("the southern city of
        Mykolaiv"), and proper-noun runs it left untagged or took for a person ("of Odesa Oblast")."""
        gaz, doc = _gazetteer(), self.doc
        spans = []
        for e in sent.ents:
            if e.start < m["tok"][1] and e.end > m["tok"][0]:
                continue
            if e.label_ in ("GPE", "LOC") or e.label_ in ("ORG", "FAC") and e.start > 0 \
                    and doc[e.start - 1].lower_ in PLACE_PREPS | {"of"}:
                spans.append(e)
        i = sent.start
        while i < sent.end:
            if doc[i].pos_ != "PROPN" or doc[i].ent_type_ in ("GPE", "LOC") or m["tok"][0] <= i < m["tok"][1]:
                i += 1
                continue
            j = i
            while j < sent.end and doc[j].pos_ == "PROPN" and not m["tok"][0] <= j < m["tok"][1]:
                j += 1
            spans.append(doc[i:j])
            i = j
        out = []
        for span in spans:
            found = [c for c in gaz.candidates(span.text) if c.get("primary")]
            if found and found[0]["country"] and found[0]["kind"] in ("city", "admin1"):
                out.append(found[0])
        return out

    def _infer_person_from_title_body(self):
        """"Naoki Kumagai, deputy chief of mission at the Japanese Embassy in Seoul", "X, the head of the
        judiciary in Hormozgan province": a person whose apposed title names the body he serves ("at"/"of" a
        placed national body) is of that body's country; one without a title of his own ("the head of") works
        in its sector."""
        doc = self.doc
        starts = {m["tok"][0]: m for m in self.mentions if len(m["actors"]) == 1}
        for a in self.actors:
            if a["kind"] != "person" or a["code"] and (a["sector"] or a["role"]):
                continue
            for m in self._own_mentions(a):
                i, end = m["tok"][1], min(m["tok"][1] + 12, doc[m["tok"][0]].sent.end)
                if i >= end or doc[i].text != ",":
                    continue
                found = None
                for k in range(i + 1, end):
                    if doc[k].text in (",", ";", "(", ")") or doc[k].pos_ in ("VERB", "AUX"):
                        break  # the apposition ends
                    body = starts.get(k)
                    b = self.actor_by_id(body["actors"][0]) if body else None
                    j = k - 1 if doc[k - 1].lower_ != "the" else k - 2
                    if b is not None and b["kind"] == "org" and self._national(b["code"]) and doc[j].lower_ in ("at", "of"):
                        found = b
                        break
                if found:
                    a["code"] = a["code"] or found["code"]
                    if not a["role"] and not a["sector"]:
                        a["sector"] = found["sector"]
                    break

    def _destinations(self, a) -> set[str]:
        """Countries a person is reported travelling to, or whose officials are his counterparts."""
        out = set()
        for p, q in self.counterparts:
            if a is p and q["code"]:
                out.add(q["code"])
        spans = {tuple(m) for m in a["mentions"]}
        for m in self.mentions:
            if (m["start"], m["end"]) not in spans:
                continue
            verb = self.doc[m["head"]].head
            if verb.lemma_.lower() not in ("arrive", "visit", "travel", "fly", "reach", "land", "come", "go"):
                continue
            for t in verb.subtree:
                other = next((x for x in self.mentions if x["tok"][0] <= t.i < x["tok"][1]), None)
                if other is not None and other is not m:
                    for i in other["actors"]:
                        b = self.actor_by_id(i)
                        if b and b["kind"] == "state":
                            out.add(b["code"])
        return out

    def finish(self):
        """Fill people the article leaves without country or role from the people index."""
        self._bylines()
        self._credit_lines()
        self._bodies_named_by_acronym()
        self._bodies_from_org_entities()
        self._named_before_role()
        self._named_armies()
        self._acronym_mentions()
        self._compass_mentions()
        self._regional_bodies()
        self._regional_collectives()
        coref.place_by_description(self)
        coref.place_bodies_by_description(self)
        coref.short_names(self)
        coref.place_by_preceding_description(self)
        for a in self.actors:  # "Datuk Seri Anwar Ibrahim": an honorific only Malaysia confers
            if a["kind"] == "person" and not a["code"] and a["name"]:
                a["code"] = knowledge.honorific_country(a["name"])
        published = (self.doc._.record or {}).get("published")
        when = published[:10] if published else None  # the day: the compiled dictionary's roles are day-precise
        for a in self.actors:
            if a["kind"] != "person" or not a["name"]:
                continue
            office = self.people.lookup(a["name"], when)
            if office is None or a["code"] not in (None, office.code):
                continue
            if a["role"] and office.role and self._other_office(a["role"], office.role):
                continue  # "Defence Minister Pedro Sanchez" of a story is not Spain's prime minister of that name
            a["code"] = office.code
            a["sector"] = a["sector"] or office.sector
            a["role"] = a["role"] or office.role
            a["_indexed"] = True  # a namesake in the (old) index yields to what the story itself says
        named = set(self._country_mentions()) | {b["code"] for b in self.actors if b["code"]} | {self._home_code()}
        for a in self.actors:  # "Unification Minister X": an office only one state has, when the story names it
            office = knowledge.office_country(a["role"]) if a["kind"] == "person" and not a["code"] else None
            if office in named - {None} or office and knowledge.office_is_unmistakable(a["role"]):
                a["code"] = office
        self._infer_from_agency()
        self._infer_from_region_of_office()
        self._infer_from_party_tag()
        self._infer_from_apposed_holder()
        self._infer_voice_of()
        self._infer_from_possessor()
        self._infer_person_from_title_body()
        self._infer_from_apposed_office()
        self._infer_from_apposed_title()
        self._infer_from_counterparts()
        self._infer_from_relation()
        self._infer_from_led_team()
        self._infer_family()
        self._infer_from_fronted_place()
        self._infer_institution_from_sentence()
        self._infer_from_interlocutors()
        self._infer_from_speaking_venue()
        self._infer_from_patron()
        self._infer_from_office_mentions()
        self._infer_eu_commissioners()
        self._infer_from_state_before()
        self._infer_captives()
        self._infer_local_official()  # (a governor's towns before the sentence's other countries)
        self._infer_from_sentence()
        self._infer_from_currency()
        self._infer_host_of_visit()
        self._infer_from_announcement()  # (what he says his state will do, before the story's main country)
        self._infer_crowds_from_place()
        self._infer_sole_country()
        self._infer_crowds_from_dateline()
        self._infer_from_office()
        self._infer_from_dateline()
        self._infer_from_listed_colleagues()
        self._infer_from_voices()
        self._infer_named_rebels_from_dateline()
        self._rebel_spokespeople()
        coref.place_bodies_by_dateline(self)
        self._infer_person_from_title_body()  # again, with the bodies the dateline placed
        self._infer_from_apposed_title()  # (and with the bodies the story placed since)
        self._infer_body_from_title()
        self._infer_institution_from_first_sentence()
        self._infer_media_from_dateline()
        home = self._home_code()
        self._place_news_agencies()  # (what only some states have, last: it corrects the inferences above)
        self._place_bodies_few_states_have(home)
        self._drop_impossible_offices(home)
        coref.join_titles(self)
        named_orgs.add_named_organisations(self)  # (last: listed, they are evidence for nothing else)
        used = set()
        for m in self.mentions:
            used.update(m["actors"])
        self.doc._.actors = [a for a in self.actors if a["id"] in used]
        # (the listed organisations' mentions are not the coders': see named_orgs)
        self.doc._.mentions = sorted((m for m in self.mentions if not m.get("listed")), key=lambda m: m["tok"][0])
