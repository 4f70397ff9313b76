"""The unnamed people an act is done to, when the act is a state's (or a group's) own business at home.

"The Ethiopian government released hundreds of opposition supporters", "Tanzania's president pardoned 3,000
prisoners", "Ugandan rebels abducted dozens of children": the people acted on carry no name and no country,
but in a sentence that names one country only they are, by default, that country's own (the PLOVER gold
standard records code "Egyptian police ... dispersed Moslem fundamentalist demonstrators" EGY -> EGY).  A
people word is one the role table or the compiled generic agents know ("prisoners", "activists", "the
government"); "foreign journalists" or "international monitors" are nobody's compatriots.
"""

from __future__ import annotations

from communique import knowledge
from communique.knowledge import NON_STATE_CODES, dictionary
from communique.pipeline import lookup

# "hundreds of prisoners", "a group of activists": the people are the object of 'of'
QUANTITY_HEADS = {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores", "number",
                  "group", "member", "members", "handful", "batch", "couple", "most", "some", "many", "all", "few"}
# words that make people foreign to the acting state, or nobody's: "foreign journalists", "international monitors"
NOT_HOME = {"foreign", "international", "overseas", "expatriate", "alien", "western", "outside", "multinational",
            "regional", "neighbouring", "neighboring", "exiled", "foreigner", "foreigners",
            # (a continent's people are no one state's: "pressing European forces to set up a force")
            "european", "african", "asian", "allied",
            # (people who come from elsewhere by what they are: "used tear gas against migrants")
            "migrant", "migrants", "refugee", "refugees"}
# people words the tables lack that name people acted on at home
PEOPLE_WORDS = {"supporter", "follower", "member", "detainee", "inmate", "convict", "leader", "dissident",
                "critic", "opponent", "protester", "demonstrator", "citizen", "resident", "worker", "official",
                "politician", "candidate", "lawmaker", "deputy", "cleric", "clergy", "journalist", "reporter"}
# sectors of the compiled agents that are mostly things or firms ("tanker", "airline", "carmaker")
THING_SECTORS = {"BUS"}
# measures taken on people, whose 'of', 'for' or 'against' names them ("the sentences of six dissidents")
MEASURE_NOUNS = {"sentence", "charge", "conviction", "amnesty", "pardon", "demand", "detention", "arrest", "trial",
                 "release", "grievance"}
# the objects of an act's noun that name whom it concerns ("an amnesty for prisoners", "the sentences of
# activists", "charges against activists", "the demands of Acehnese leaders")
OBJECT_PREPS = {"of", "for", "against", "to"}


def _people_lemma(t) -> bool:
    kb = knowledge.load()
    agents = dictionary.load().agents
    for w in (t.lemma_.lower(), t.lower_):
        if w in PEOPLE_WORDS:
            return True
        role = kb.roles.get(w)
        if role is not None:
            sector = role.sector
        else:
            sector = (agents.get(w) or "").split()[-1] if agents.get(w) else None
        # (the generic agents of business are firms and their ships and planes: "seized a tanker")
        if sector and sector not in THING_SECTORS:
            return True
    return False


def people_word(t) -> bool:
    """Does noun t name people or a domestic body ("prisoners", "opposition supporters", "the government")?"""
    if t.pos_ not in ("NOUN", "PROPN") or t.pos_ == "PROPN" and t.ent_type_:
        return False
    return _people_lemma(t)


def not_home(t) -> bool:
    """Is the phrase headed by t marked foreign or international ("foreign journalists", "citizens of
    neighbouring countries")?"""
    # ("travellers from Muslim nations", "a ban on travellers from ...": people who come from elsewhere)
    heads = [t] + ([t.head.head] if t.dep_ == "pobj" else [])
    return any(x.lower_ in NOT_HOME for x in t.subtree) or any(
        c.dep_ == "prep" and c.lower_ == "from" and c.i != t.head.i for h in heads for c in h.children)


def _people_in(t, depth=0):
    """The people noun phrase t stands for: itself, the people of its quantity ("hundreds of X"), or the people
    a legal measure concerns ("the death sentences of X", "an amnesty for X", "charges against X")."""
    lemma = t.lemma_.lower()
    if people_word(t) and lemma not in QUANTITY_HEADS:
        return t
    if depth > 2 or lemma not in QUANTITY_HEADS and (depth or lemma not in MEASURE_NOUNS):
        return None
    for c in t.children:
        if c.dep_ == "poss" and people_word(c):
            return c  # "the opposition's demand"
        if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS:
            for g in c.children:
                if g.dep_ == "pobj":
                    hit = _people_in(g, depth + 1)
                    if hit is not None:
                        return hit
    return None


def object_people(v, noun=None):
    """The unnamed people (or domestic body) the act of verb v is done to: its object, its passive subject,
    the object of its infinitive ("agreed to release prisoners"), or the object of its act-noun ("announced an
    amnesty for prisoners"); None when they are marked foreign or international."""
    heads = [c for c in v.children if c.dep_ in ("dobj", "obj", "nsubjpass", "dative")]
    if not heads:  # "freed three hostages to a commission": what is freed, not where it goes
        heads = [g for c in v.children if c.dep_ == "prep" and c.lower_ in ("to", "against", "with", "on")
                 for g in c.children if g.dep_ == "pobj"]
    heads += [g for c in v.children if c.dep_ == "xcomp" for g in c.children if g.dep_ in ("dobj", "obj")]
    if noun is not None and noun.i != v.i:
        heads = [noun] + heads
    for h in heads:
        p = _people_in(h)
        if p is not None:
            # "its troops", "their police": one's own armed men, not people acted on
            own_force = armed_word(p) and any(c.dep_ == "poss" for c in p.children)
            return None if own_force or not_home(p) or not_home(h) else p
    return None


# clauses and phrases of a sentence that tell the circumstances of an act, not its parties' home
# ("after talks mediated by Algeria", "while Turkey watched")
SIDE_CLAUSES = {"advcl", "relcl", "ccomp", "parataxis", "acl", "conj"}
CIRCUMSTANCE_PREPS = {"after", "before", "following", "during", "since", "until", "amid", "despite", "under"}
# where an act happens, as against where it is aimed ("fired missiles at Riyadh", "into Israel")
SITE_PREPS = {"in", "near", "outside", "inside", "around", "between"}
AIM_PREPS = {"at", "into", "on", "onto", "against", "toward", "towards", "to"}
BACKING_WORDS = {"back", "support", "arm", "fund", "sponsor", "finance"}


def _own_clause(v) -> set[int]:
    """Token indices of verb v's own clause: its subtree without side clauses and circumstance phrases."""
    out, stack = set(), [v]
    while stack:
        t = stack.pop()
        out.add(t.i)
        stack.extend(c for c in t.children if not (
            c.dep_ in SIDE_CLAUSES or c.dep_ == "prep" and c.lower_ in CIRCUMSTANCE_PREPS))
    return out


def _aimed_at(t, v) -> bool:
    """Does token t stand in a phrase that says where the act is aimed ("fired missiles at Riyadh", "an
    offensive against the Turkish military"), or whose backer it names ("Iran-backed"), within v's clause?"""
    if t.head.lemma_.lower() in BACKING_WORDS or t.head.lower_.endswith("-backed"):
        return True
    x = t
    while x.i != v.i and x.head.i != x.i:
        if x.dep_ == "pobj":  # the nearest preposition says it ("marched on the embassy in Athens": in Athens)
            return x.head.lower_ in AIM_PREPS
        x = x.head
    return False


def clause_codes(doc, v, places_only: bool = False) -> set:
    """The countries verb v's own clause places its act in, by its places and the nationality words of its
    things ("The rebels lifted their siege of the Malian town of Kidal after talks mediated by Algeria":
    Mali); not the actors it names, nor where it is aimed ("Kurdish militants vowed war against the Turkish
    military", "Houthi militants fired missiles at Riyadh"). `places_only`: the places where the act happens
    ("Gunmen abducted two Italian aid workers from their office in Baghdad": Iraq, not Italy)."""
    own = _own_clause(v)
    sent = v.sent
    codes = set()
    if not places_only:
        codes = {m["code"] for m in doc._.modifiers or [] if sent.start <= m["tok"][0] < sent.end
                 and m["tok"][0] in own and not _aimed_at(doc[m["tok"][1] - 1], v)}
    for p in lookup.starting_in(doc, "places", doc._.places or [], sent.start_char, sent.end_char):
        tok = p.get("_tok")
        if not p.get("country") or not tok or tok[1] - 1 not in own:
            continue
        t = doc[tok[1] - 1]
        if _aimed_at(t, v):
            continue
        while t.dep_ in ("compound", "appos") and t.head.i != t.i:
            t = t.head
        if places_only and not (t.dep_ == "pobj" and t.head.lower_ in SITE_PREPS):
            continue
        codes.add(p["country"])
    return codes - NON_STATE_CODES


def sentence_codes(doc, sent) -> set:
    """The state codes a sentence names: actors, nationality words and places."""
    actors = lookup.actor_index(doc)
    codes = {actors[i]["code"] for m in lookup.starting_in(doc, "mentions", doc._.mentions or [], sent.start, sent.end)
             for i in lookup.mention_actor_ids(m) if i in actors and actors[i].get("code")}
    codes |= {m["code"] for m in doc._.modifiers or [] if sent.start <= m["tok"][0] < sent.end}
    codes |= {p["country"] for p in lookup.starting_in(doc, "places", doc._.places or [], sent.start_char, sent.end_char)
              if sent.start_char <= p["span"][0] < sent.end_char and p.get("country")}
    return codes - NON_STATE_CODES


DESTINATION_PREPS = {"to", "into", "via", "toward", "towards", "through"}  # where things or people go


def destination_codes(doc, sent) -> set:
    """The state codes a sentence names only as where someone is sent ("put them on a flight to Washington",
    "deported them to the United States"): a destination, not whose people they are."""
    actors = lookup.actor_index(doc)
    out, elsewhere = set(), set()
    items = [(m["head"], {actors[i]["code"] for i in lookup.mention_actor_ids(m) if i in actors and actors[i].get("code")})
             for m in lookup.starting_in(doc, "mentions", doc._.mentions or [], sent.start, sent.end)]
    for p in lookup.starting_in(doc, "places", doc._.places or [], sent.start_char, sent.end_char):
        span = doc.char_span(p["span"][0], p["span"][1], alignment_mode="expand") if p.get("country") else None
        if span is not None:
            items.append((span.root.i, {p["country"]}))
    for head, codes in items:
        t = doc[head]
        (out if t.dep_ == "pobj" and t.head.lower_ in DESTINATION_PREPS else elsewhere).update(codes)
    return out - elsewhere


def armed_word(t) -> bool:
    """"withdrew 300 troops", "pulled back its police": armed men one moves (their own, not acted on)."""
    kb = knowledge.load()
    agents = dictionary.load().agents
    for w in (t.lemma_.lower(), t.lower_):
        role = kb.roles.get(w)
        if role is not None and role.sector in ("MIL", "COP"):
            return True
        entry = agents.get(w)
        if entry and entry.split()[-1] in ("MIL", "COP"):
            return True
    return False


# faiths and creeds tagged like nationalities, which make no one foreign ("a Shia cleric", "Maoist rebels"); the
# compiled agents know more ("Sunni", "Muslim", "Jewish")
CREEDS = {"shia", "shiite", "shi'ite", "catholic", "protestant", "orthodox", "sikh", "druze", "alawite", "coptic",
          "evangelical", "communist", "maoist", "marxist", "socialist", "republican", "democrat", "democratic",
          "conservative", "liberal", "zionist", "islamist", "jihadist", "salafist", "wahhabi", "anglican", "lutheran"}


def creed(t) -> bool:
    w = t.lower_
    return w in CREEDS or w.rstrip("s") in CREEDS or bool(dictionary.load().agents.get(w))


def ethnic_marked(doc, m) -> bool:
    """Is mention m's people named by an ethnicity the knowledge ties to no state ("Kurdish authorities",
    "Chechen rebels", "Tamil fighters"): a nationality-like word (NORP) in its phrase that codes nothing?"""
    h = doc[m["head"]]
    toks = set(range(m["tok"][0], m["tok"][1])) | {c.i for c in h.children if c.dep_ in ("amod", "compound")}
    coded = {i for x in doc._.modifiers or [] for i in range(x["tok"][0], x["tok"][1])}
    return any(doc[i].ent_type_ == "NORP" and i not in coded and not creed(doc[i])
               and not lookup.mention_actor_ids(lookup.mention_at(doc, i) or {}) for i in toks if i != h.i)
