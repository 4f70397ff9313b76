"""Named organisations the tables do not know: parties, companies, agencies, media, armed groups.

Why: an analyst expects the actors list to hold every organisation an article names ("the Economic Freedom
Fighters", "Saudi Aramco", "Tasnim"), not only those the knowledge tables list. The tagger's organisation
entities that no phrase of the actors component took become actors of kind "org", placed by what the text
itself says: a place word in the name ("the Japan Business Federation"), a state right before it ("Iran's
Tasnim news agency", "the Iranian agency Tasnim"), else the one state the story is about, when the sentences
that name the body name no other. A sector comes from the name's words or the word that introduces it.

They are listed, not coded: their mentions are marked `listed` and kept out of the mentions the event coder
reads, they are no quotation's speaker actor, and the counts of the article's countries leave them out, so
they change no event (letting them be parties cost recall on the read news sets: 0.630 -> 0.625).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from communique.knowledge import dictionary, gazetteer

# small words a multi-word organisation name may hold in lower case
CONNECTORS = {"of", "for", "and", "the", "on", "in", "de", "des", "du", "la", "le", "el", "al", "&", "-", "to"}
# lower-case words allowed between a state and the name it introduces: "Iran's semi-official news agency Tasnim"
INTRO_WORDS = {"news", "agency", "state", "semi", "official", "semi-official", "broadcaster", "newspaper", "daily",
               "company", "firm", "group", "party", "giant", "maker", "channel", "television", "tv", "outlet",
               "-", "run", "owned", "state-run", "state-owned", "opposition", "ruling", "militant", "rebel",
               "armed", "carrier", "airline", "bank", "lender", "operator", "website", "portal", "radio"}
PLACE_KINDS = ("NAT", "COUNTRY", "CAPITAL")
PLACE_PREPS = {"in", "near", "at", "around", "outside", "inside", "into", "across", "towards", "toward"}
# head words of names that are things, not bodies: "the Rural Water Access Scheme", "the Extended Fund Facility"
THING_HEADS = {"scheme", "programme", "program", "facility", "initiative", "plan", "project", "treaty", "agreement",
               "accord", "act", "convention", "declaration", "protocol", "strategy", "summit", "corridor", "deal",
               "pact", "law", "bill", "charter", "framework", "mechanism", "process", "games", "cup", "olympics",
               "day", "week", "award", "prize", "index", "report", "budget", "package"}
# words that make a name an armed group's, a military formation's, a company's or a news outlet's
ARMED_WORDS = {"Liberation", "Jihad", "Mujahideen", "Militia", "Brigades", "Front", "Rebels", "Insurgents"}
STATE_HEADS = {"office", "committee", "secretariat", "directorate", "bureau", "department", "administration",
               "presidency", "cabinet", "inspectorate"}
MILITARY_HEADS = {"command", "fleet", "corps", "brigade", "division", "battalion", "regiment", "navy"}
COMPANY_WORDS = {"Technologies", "Technology", "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Ltd", "Ltd.", "Limited",
                 "Plc", "PLC", "Holdings", "Group", "Aviation", "Airways", "Airlines", "Motors", "Energy", "Petroleum",
                 "Pharmaceutical", "Pharmaceuticals", "Shipping", "Industries", "Systems", "Telecom", "Co.",
                 "Company", "Logistics", "Mining", "Resources", "Steel", "Automotive", "Electronics", "Semiconductor"}
MEDIA_WORDS = {"TV", "Television", "Radio", "News", "Times", "Post", "Journal", "Herald", "Tribune", "Gazette",
               "Daily", "Broadcasting", "Press", "Media", "Telegraph", "Observer", "Chronicle", "Express"}
_ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9&-]{1,9}$")


def _name_tokens(ent):
    """The entity's tokens without a leading article or a trailing possessive; None when they do not read
    as an organisation's proper name (a lower-case word outside the connectors, a person's name inside)."""
    start, end = ent.start, ent.end
    doc = ent.doc
    if doc[start].lower_ == "the":
        start += 1
    if end - 1 > start and doc[end - 1].text in ("'s", "’s", "'"):
        end -= 1
    toks = doc[start:end]
    if not len(toks) or len(toks) > 8:
        return None
    if not toks[0].text[:1].isupper() or not (toks[-1].text[:1].isupper() or toks[-1].text[:1].isdigit()):
        return None
    if any(t.ent_type_ == "PERSON" for t in toks):
        return None
    if any(not (t.text[:1].isupper() or t.text[:1].isdigit() or t.lower_ in CONNECTORS) for t in toks):
        return None
    if len(toks) == 1:
        t = toks[0]
        # one word: a proper noun that is no sentence's first word, or an acronym
        if not (_ACRONYM.match(t.text) and (t.is_upper or t.pos_ == "PROPN")) or t.is_sent_start and not t.is_upper:
            return None
    return start, end


def add_named_organisations(state) -> None:
    """Make an actor of each organisation entity no mention covers (see the module's docstring)."""
    doc, labels = state.doc, state.labels
    # (a state's name inside an organisation's, "the Kenya Highland Growers Association", places it: no cover)
    covered = {i for m in state.mentions if any(state.actor_by_id(x)["kind"] != "state" for x in m["actors"])
               for i in range(*m["tok"])}
    by_acronym = {}
    for a in state.actors:
        found = re.search(r"\(([A-Z][A-Za-z0-9]{1,9})\)$", a["name"] or "") if a["kind"] in ("org", "group") else None
        if found:
            by_acronym[found.group(1)] = a
    context = _Context(dictionary.given_names(), gazetteer.load(),
                       {a["name"].split()[-1] for a in state.actors if a["kind"] == "person" and a["name"]},
                       {w for a in state.actors if a["kind"] in ("org", "group") and a["name"] for w in a["name"].split()})
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        span = _name_tokens(ent)
        if span is None:
            continue
        start, end = span
        if any(i in covered for i in range(start, end)) or not _reads_as_body(doc, labels, ent, start, end, context):
            continue
        name_end = end
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
                and _ACRONYM.match(doc[end + 1].text) and doc[end + 1].text[:1].isupper():
            name_end = end + 3  # "Inter-Services Public Relations (ISPR)": the acronym rides with the name
        name = doc._.source_text[doc[start].idx:doc[name_end - 1].idx + len(doc[name_end - 1])]
        a = by_acronym.get(name) if end - start == 1 else None
        if a is None:
            a = state.actor(("org", "listed", name), name=name, kind="org")
            a.setdefault("_listed", True)
            if name_end > end:
                by_acronym[doc[end + 1].text] = a
        m = state.mention(start, name_end, [a["id"]], ent.root.i)
        m["listed"] = True
        covered.update(range(start, name_end))
        if a["code"] is None:
            a["code"] = _code_in_name(labels, start, end) or _code_before(doc, labels, start)
        if a["sector"] is None:
            a["sector"], a["role"] = _sector(state, doc, start, end)
    place_named_organisations(state)


@dataclass(frozen=True)
class _Context:
    given: frozenset  # given names (the compiled actor dictionary's)
    places: object  # the gazetteer
    surnames: set  # last words of the story's people
    named_words: set  # words of the names of the story's bodies and groups


def _reads_as_body(doc, labels, ent, start, end, context) -> bool:
    """Is the entity (tokens start..end) a body's name, not a thing's, a place's or a person's?"""
    if doc[end - 1].lower_ in THING_HEADS:
        return False  # "the Rural Water Access Scheme"
    if all(labels[k] is not None and labels[k].kind in PLACE_KINDS for k in range(start, end)):
        return False  # a country or capital the tagger calls an organisation
    if doc[start].lower_ in context.given and end - start <= 3 or doc[end - 1].text in context.surnames:
        return False  # a person the tagger calls an organisation ("Elon Musk"; a surname the story gave before)
    if end - start == 1 and (context.places.knows(doc[start].text)
                             or doc[start].lower_.endswith(("man", "men", "woman", "women"))):
        return False  # a town ("Agartala"); a person named by nationality ("a Frenchman")
    first = ent.root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # ("in Hasekeh and Bukamal")
    if first.dep_ == "pobj" and first.head.lower_ in PLACE_PREPS:
        return False  # where something happens ("fighting in Ghouta", "a rally in Bethnal Green"), a place
    if all(doc[k].text in context.named_words for k in range(start, end)):
        return False  # a short form of a body the story named ("the PRF rebels ... The PRF, which ...")
    # the name of a thing ("the Express service"), not a body ("the Tasnim news agency")
    return not (doc[end - 1].dep_ == "compound" and doc[end - 1].head.pos_ == "NOUN"
                and doc[end - 1].head.lower_ not in INTRO_WORDS)


def _sector(state, doc, start, end):
    """(sector, role) from the name's words ("... Liberation Front", "... Technologies", "... TV"), its head
    word's entry in the roles table ("... Bank", "... Party"), or the word that introduces it ("the news agency
    Tasnim", "the carmaker BYD"); (None, None) when none says."""
    words = [t.text for t in doc[start:end]]
    if ARMED_WORDS & set(words):
        return "REB", "armed group"
    of = next((k for k in range(start + 1, end) if doc[k].lower_ == "of"), end)
    head = doc[of - 1].lower_
    role = state.kb.roles.get(head)
    if role is not None and role.kind == "org" and not role.weak:
        return role.sector, role.role
    if head in MILITARY_HEADS:
        return "MIL", None
    if head in STATE_HEADS:
        return "GOV", None
    if doc[of - 1].text in COMPANY_WORDS:
        return "BUS", "company"
    if doc[of - 1].text in MEDIA_WORDS or len(words) >= 2 and words[-2] in ("Channel", "TV") and words[-1].isdigit():
        return "MED", "news media"
    j = start - 1
    while j >= 0 and doc[j].lower_ in ("-", "state", "run", "state-run", "owned", "state-owned", "private", "semi"):
        j -= 1
    intro = state.kb.roles.get(doc[j].lower_) if j >= 0 and doc[j].is_lower else None
    if intro is not None and intro.kind == "org" and not intro.weak and intro.sector in ("BUS", "MED"):
        return intro.sector, intro.role  # "the news agency Tasnim", "the oil company Eni"
    return None, None


def _code_in_name(labels, start, end):
    codes = {labels[k].key for k in range(start, end) if labels[k] is not None and labels[k].kind in PLACE_KINDS
             and len(labels[k].key) == 3}
    return codes.pop() if len(codes) == 1 else None


def _code_before(doc, labels, start):
    """"Iran's Tasnim", "the Iranian news agency Tasnim": a state right before the name, over a few of the
    words that introduce an organisation."""
    j = start - 1
    steps = 0
    while j >= 0 and steps < 4 and (doc[j].lower_ in INTRO_WORDS or doc[j].text in ("'s", "’s")):
        j -= 1
        steps += 1
    if j >= 0 and labels[j] is not None and labels[j].kind in PLACE_KINDS and len(labels[j].key) == 3:
        return labels[j].key
    return None


def place_named_organisations(state) -> None:
    """Last: an organisation still unplaced belongs to the one state the story is about, when it has one."""
    listed = [a for a in state.actors if a.get("_listed") and not a["code"]]
    if not listed:
        return
    code = state._sole_state_code() or state._home_code()
    if code is None:
        return
    doc, labels = state.doc, state.labels
    sents: dict = {}  # actor id -> the sentences that name it (read once)
    for m in state.mentions:
        if m.get("listed"):
            sent = doc[m["tok"][0]].sent
            sents.setdefault(m["actors"][0], {})[sent.start] = sent
    for a in listed:
        others = {labels[k].key for sent in sents.get(a["id"], {}).values() for k in range(sent.start, sent.end)
                  if labels[k] is not None and labels[k].kind in PLACE_KINDS and len(labels[k].key) == 3} - {code}
        if not others:  # (a sentence that names another state may be about that state's body)
            a["code"] = code
