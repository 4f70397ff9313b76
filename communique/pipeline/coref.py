"""Reading an actor's descriptions the way a reader does: the words the article puts around a name.

A person named without a title phrase the chunker understands is still described by the noun phrase around
the name: before it ("Iran's nuclear chief Mohammad Eslami", "the head of Egypt's information service,
Diaa Rashwan"), after a comma ("X, Bangladesh's foreign secretary,") or after "of" ("General Y of the Indian
Army"). The country words of that description are the person's own; words after "to" or "in" are not
("Ambassador of Japan to Nepal"). Each placement records the description it rests on as evidence.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

PLACE_KINDS = ("NAT", "COUNTRY", "CAPITAL", "SEAT")
# function words a description may contain ("the head of Egypt's service")
DESCRIPTION_WORDS = {"the", "of", "'s", "’s", "'", "-"}
MAX_DESCRIPTION = 16  # tokens
# nouns of an office: a person so described by his country holds a government post
OFFICE_NOUNS = {"head", "chief", "director", "chairman", "chairwoman", "chair", "representative", "negotiator",
                "deputy", "aide", "adviser", "advisor"}
# nouns that head the name of a state body ("Department of Economic Affairs")
BODY_HEADS = {"department", "ministry", "division", "government", "office", "bureau", "agency", "directorate",
              "commission", "council", "committee", "secretariat", "service"}
# nouns that say what a person is, beside the role table's titles ("its nuclear chief", "the sister of ...")
PERSON_NOUNS = {"head", "chief", "boss", "director", "chairman", "chairwoman", "chair", "representative",
                "negotiator", "member", "lawmaker", "sister", "brother", "son", "daughter", "wife", "husband",
                "father", "mother", "widow", "nephew", "niece", "cousin", "deputy", "aide", "adviser", "advisor"}


def _describing(doc, labels, i) -> bool:
    """Can token i be part of a noun phrase describing a person?"""
    t = doc[i]
    u = labels[i] if i < len(labels) else None
    if u is not None:
        # ("X, Abiy's national security adviser,": a person whose man one is, by the possessive)
        return u.kind != "NAME" or u.end < len(doc) and doc[u.end].lower_ in ("'s", "’s") and u.start == i
    if t.lower_ in DESCRIPTION_WORDS:
        return True
    if t.lower_ == "and" and 0 < i < len(doc) - 1 and doc[i - 1].text[:1].isupper() and doc[i + 1].text[:1].isupper():
        # inside a capitalised title: "Minister of Foreign Affairs and Peace of Colombia" (an "of" follows;
        # not "the Indian Army and South Xinjiang Military Region Commander": two phrases)
        return any(x.lower_ == "of" for x in doc[i + 1:min(i + 6, len(doc))] if not x.is_punct)
    return t.pos_ in ("NOUN", "ADJ", "PROPN") and not t.is_punct and not t.like_num and t.ent_type_ != "PERSON"


def _trim(doc, s, e):
    """Drop function words at either end of tokens s..e."""
    while s < e and doc[s].lower_ in ("the", "of", "a", "an"):
        s += 1
    while e > s and doc[e - 1].lower_ in ("the", "of", "-"):
        e -= 1
    return s, e


def _left(doc, labels, end, floor):
    """The description ending at token `end` (exclusive), walking left."""
    i = end
    while i > floor and end - i < MAX_DESCRIPTION and _describing(doc, labels, i - 1):
        i -= 1
        u = labels[i]
        if u is not None and u.start < i:
            i = max(u.start, floor)
    return _trim(doc, i, end)


def _right(doc, labels, start, ceil):
    """The description starting at token `start`, walking right."""
    j = start
    while j < ceil and j - start < MAX_DESCRIPTION and (doc[j].lower_ in ("a", "an") and j == start
                                                          or _describing(doc, labels, j)):
        u = labels[j]
        j = u.end if u is not None and u.end > j else j + 1
    return _trim(doc, start, min(j, ceil))


def _has_head_noun(state, s, e, person=False) -> bool:
    """A description names what the person is (a role, a noun), not only a country ("Japan, X"). Set apart
    by a comma it must name a person ("the head of ..., X"; not "broadcast by Iranian media, X")."""
    doc, labels = state.doc, state.labels
    if person:  # the head noun, before any "of": "the head| of Ghana's service", not "the government of ..."
        of = next((i for i in range(s, e) if doc[i].lower_ == "of"), e)
        if of == s or doc[of - 1].tag_ in ("NNS", "NNPS"):
            return False  # "senior officials of ...": a list of others, not one person's title
        s = of - 1 if labels[of - 1] is None else labels[of - 1].start
        e = of
    for i in range(s, e):
        u = labels[i]
        if u is not None and u.kind == "ROLE" and (not person or state.kb.roles[u.key].kind == "person"):
            return True
        if u is None and doc[i].pos_ == "NOUN" and (doc[i].lemma_.lower() in PERSON_NOUNS if person
                                                     else doc[i].lower_ not in DESCRIPTION_WORDS):
            return True
    return False


def _apposed(doc, first, second) -> bool:
    """The parser joins the two comma-separated phrases as apposition ("X, Lithuania's cyber chief,"), not
    a new subject ("... to X, the government of Romania's president has told ...")."""
    inside = lambda i, r: r[0] <= i < r[1]  # noqa: E731
    # a capitalised title after the name, parsed as a coordinate ("X, Additional Secretary, Department of ...")
    deps = ("appos", "conj") if doc[second[0]].text[:1].isupper() and first[1] < second[0] else ("appos",)
    return any(doc[i].dep_ in deps and (inside(doc[i].head.i, first) and inside(i, second)
                                           or inside(doc[i].head.i, second) and inside(i, first))
               for i in range(first[0], second[1]))


def descriptions(state, m):
    """Token ranges describing the person of mention `m`: the words before the name, an apposition after or
    before a comma, a body after "of"."""
    doc, labels = state.doc, state.labels
    s, e = m["tok"]
    sent = doc[s].sent
    out = []
    a, b = _left(doc, labels, s, sent.start)
    if a < b and _has_head_noun(state, a, b) and not (s > sent.start and doc[s - 1].lower_ in ("of", "by", "for")):
        # ("The British acknowledgement of Assad's grip": the words before "of" describe another thing)
        out.append((a, b))
    if s - 1 > sent.start and doc[s - 1].text == "," and a == b:
        a, b = _left(doc, labels, s - 1, sent.start)  # "the head of Egypt's service, Diaa Rashwan"
        if a < b and _has_head_noun(state, a, b, True) and not (a > sent.start and doc[a - 1].text == ",") \
                and _apposed(doc, (a, b), (s, e)):
            out.append((a, b))
    if e < sent.end - 1 and doc[e].text == ",":  # "X, Bangladesh's foreign secretary, said"
        a, b = _right(doc, labels, e + 1, sent.end)
        closed = b >= sent.end or doc[b].is_punct or doc[b].pos_ in ("VERB", "AUX") or doc[b].lower_ in ("and", "to")
        if a < b and closed and _has_head_noun(state, a, b, True) and _apposed(doc, (s, e), (a, b)):
            out.append((a, b))
    if e < sent.end - 1 and doc[e].text == "," and out and out[-1][0] > e:
        out[-1] = (out[-1][0], _formal_tail(state, out[-1][1], sent.end))
    if e < sent.end - 1 and doc[e].lower_ == "of":  # "General Y of the Indian Army"
        a, b = _right(doc, labels, e + 1, sent.end)
        if a < b:
            out.append((a, b))
    h = doc[m["head"]]
    if h.dep_ in ("pobj", "appos") and h.head.lower_ in ("including", "among") and h.head.head.pos_ in ("NOUN", "PROPN") \
            and h.head.head.i < s:
        # "Sudanese civilian political figures, including former prime minister X": one of the group the
        # nationality word names
        g = h.head.head
        out.append((g.left_edge.i, g.i + 1))
    if h.dep_ == "nsubj" and h.head.lemma_ == "be":  # "X is a Cypriot diplomat", "X was one of two US officers"
        for c in h.head.children:
            if c.dep_ == "attr" and c.i > h.i:
                cut = min([g.left_edge.i for g in c.subtree if g.dep_ in ("relcl", "acl", "advcl") and g.i > c.i]
                          + [c.right_edge.i + 1])
                if _has_head_noun(state, c.left_edge.i, cut):
                    out.append(_trim(doc, c.left_edge.i, cut))
    return out


def _formal_tail(state, b, ceil):
    """"X, Additional Secretary, Department of Economic Affairs, Ministry of Finance, Government of India,":
    the bodies listed after a title, comma after comma, belong to the description."""
    doc, labels = state.doc, state.labels
    while b < ceil - 1 and doc[b].text == "," and doc[b + 1].text[:1].isupper():
        a2, b2 = _right(doc, labels, b + 1, ceil)
        if a2 != b + 1 or not any(doc[i].lower_ in BODY_HEADS or labels[i] is not None and (
                labels[i].kind in ("COUNTRY", "ORG") or labels[i].kind == "ROLE"
                and state.kb.roles[labels[i].key].kind == "org") for i in range(a2, b2)):
            break
        b = b2
    return b


def _codes(state, s, e, igo: bool = False) -> list[tuple[str, str | None]]:
    """National codes named in tokens s..e (a description stops before "to", "in": "Ambassador of Japan| to
    Nepal"), leaving out the chunker's complements; with `igo`, an intergovernmental body's too ("UN
    humanitarian chief X")."""
    labels = state.labels
    codes = []
    seen = set()
    for i in range(s, e):
        u = labels[i]
        if u is None and i + 1 < len(state.doc) and state.doc[i + 1].lower_ in ("'s", "’s"):
            # ("Abiy's national security adviser", "Abiy" a short name the actors tied to the person named before)
            owner = next((state.actor_by_id(x["actors"][0]) for x in state.mentions if x["tok"][0] <= i < x["tok"][1]
                          and len(x["actors"]) == 1), None)
            if owner is not None and owner.get("kind") == "person" and state._national(owner.get("code")) \
                    and owner["code"] not in [c for c, _ in codes]:
                codes.append((owner["code"], None))
            continue
        if u is None or id(u) in seen or u.complement:
            continue
        seen.add(id(u))
        code, sector = None, None
        if u.kind == "NAME" and u.end < len(state.doc) and state.doc[u.end].lower_ in ("'s", "’s"):
            # "Abiy's national security adviser": the country of the placed person whose adviser he is
            owner = next((state.actor_by_id(x["actors"][0]) for x in state.mentions if x["tok"][0] <= i < x["tok"][1]
                          and len(x["actors"]) == 1), None)
            if owner is not None and owner.get("kind") == "person" and owner.get("code"):
                code = owner["code"]
        elif u.kind in PLACE_KINDS:
            code = u.key
        elif u.kind == "ORG":
            org = state.kb.organisations.get(u.key)
            code, sector = (org.code, org.sector) if org else (None, None)
        if code and (state._national(code) or igo and code == "IGO") and code not in [c for c, _ in codes]:
            codes.append((code, sector))
    return codes


def place_by_description(state):
    """Give each unplaced person the one country his descriptions name; his role and sector from a title
    word in them when he has none."""
    doc = state.doc
    for a in state.actors:
        if a["kind"] != "person" or a["code"] or a.get("_from_role"):
            continue
        found: dict[str, tuple[int, int]] = {}
        role_unit = None
        for m in state._own_mentions(a):
            for s, e in descriptions(state, m):
                for code, sector in _codes(state, s, e, igo=True):
                    found.setdefault(code, (s, e, sector))
                role_unit = role_unit or next((state.labels[i] for i in range(s, e) if state.labels[i] is not None
                                               and state.labels[i].kind == "ROLE"), None)
        if len(found) != 1:
            continue
        (code, (s, e, body_sector)), = found.items()
        a["code"] = code
        note(a, "description", doc, s, e)
        if body_sector:
            a["sector"] = a["sector"] or body_sector  # "Hamas political chief": the sector of his body
        if role_unit is None and any(doc[i].lemma_.lower() in OFFICE_NOUNS for i in range(s, e)):
            a["sector"] = a["sector"] or "GOV"  # "the head of Egypt's information service": a state's office
        if role_unit is not None:
            role = state.kb.roles[role_unit.key]
            if role.kind == "person":
                a["role"] = a["role"] or role.role
                a["sector"] = a["sector"] or role.sector
            elif role.sector:
                a["sector"] = a["sector"] or role.sector  # "Y of the Indian Army": the body's sector


def place_bodies_by_description(state):
    """"Iran's semi-official Fars news agency": a body the chunker left without a country takes the one
    country named by the words right before it (no comma between)."""
    doc, labels = state.doc, state.labels
    for a in state.actors:
        if a["kind"] not in ("org", "group") or a["code"] or a["org"]:
            continue
        found: dict[str, tuple[int, int]] = {}
        for m in state._own_mentions(a):
            s, e = _left(doc, labels, m["tok"][0], doc[m["tok"][0]].sent.start)
            for code, _ in _codes(state, s, e):
                found.setdefault(code, (s, m["tok"][1]))
        if len(found) == 1:
            (code, (s, e)), = found.items()
            a["code"] = code
            note(a, "description", doc, s, e)


def note(a, rule, doc, s, e):
    """Record on actor `a` the words (tokens s..e) a resolution rests on."""
    start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
    a["evidence"] = {"rule": rule, "span": [start, end], "text": doc._.source_text[start:end]}


def join_titles(state):
    """"... Alberto Fernandez ... According to the president of Argentina, ...": an unnamed title holder
    placed in a country is the one person the article names of that country in that office, or, when none
    holds it by name, the only person it names of that country at all. His mentions move to that person."""
    doc = state.doc
    named = [a for a in state.actors if a["kind"] == "person" and not a.get("_from_role") and a["code"]]
    for t in [a for a in state.actors if a["kind"] == "person" and a.get("_from_role") and a["code"] and a["role"]]:
        same = [a for a in named if a["code"] == t["code"]]
        # (the holder of that very office first: "the President of Zimbabwe" is its president, not its vice president)
        holders = [a for a in same if a["role"] == t["role"]] or [
            a for a in same if a["role"] and a["role"].endswith(" " + t["role"])]
        if not holders and len(same) == 1 and same[0]["role"] is None:
            holders = same
        if len(holders) != 1:
            continue
        (p,) = holders
        moved = [m for m in state.mentions if m["actors"] == [t["id"]]]
        ev = (p.get("evidence") or {}).get("span")
        if ev and any(ev[0] <= m["start"] and m["end"] <= ev[1] for m in moved) and p["role"] != t["role"]:
            continue  # "the sister of North Korea's leader": the title inside his description is another person
            # (not his own office: "X, chairperson of the African Union Commission,")
        if not moved:
            continue
        for m in moved:
            m["actor"], m["actors"] = p["id"], [p["id"]]
            if [m["start"], m["end"]] not in p["mentions"]:
                p["mentions"].append([m["start"], m["end"]])
        t["mentions"] = []
        p["role"] = p["role"] or t["role"]
        p["sector"] = p["sector"] or t["sector"]
        if not p.get("evidence"):
            first = moved[0]
            note(p, "title", doc, first["tok"][0], first["tok"][1])


def publication_day(state) -> str | None:
    published = (state.doc._.record or {}).get("published")
    return published[:10] if published else None


def known_surname_in_force(state, word: str) -> bool:
    """Is `word` the surname of someone the people index knows in office at the publication date? Such a
    bare word may mean that person ("Khan"); a surname of someone out of office ("Hussein") does not stop a
    reader from taking it as the first word of a person the article has named in full ("Hussein Mohammed")."""
    if state.people is None:
        return False
    offices = state.people.surname.get(word, ())
    when = publication_day(state)
    return any(when is None or o.covers(when) for o in offices)


def _word_index(people) -> dict[str, set[str]]:
    """Normalised word -> the full names (of the people index's own layers) it is a word of, built once per
    index."""
    idx = people.__dict__.get("_coref_words")
    if idx is None:
        idx = {}
        for key in people.full:
            for w in key.split():
                idx.setdefault(w, set()).add(key)
        people.__dict__["_coref_words"] = idx
    return idx


# a word that opens more full names than this in the compiled dictionary is a given name ("Paul", "Maria"),
# not the name a public figure goes by ("Xi", "Lula"): counted over its ~20,000 people
MAX_FIRST_WORD_NAMES = 3


@lru_cache(maxsize=1)
def _first_words() -> Counter:
    """How many full names of the compiled dictionary open with each word."""
    from communique.knowledge import dictionary

    return Counter(key.split(" ", 1)[0] for key in dictionary.load().people)


def short_names(state):
    """"Xi said ...", "Lula's visit": a person the article names by one word only, which is not anyone's
    surname the people index knows nor a common given name ("Maria, a refugee"), is the one person it knows in
    office at the publication date with that word in his full name (family name first, "Xi Jinping"; a name
    used alone, "Luiz Inacio Lula da Silva").
    The actor takes the full name; the evidence is the first mention."""
    from communique.knowledge.people import normalise

    if state.people is None:
        return
    when = publication_day(state)
    for a in state.actors:
        if a["kind"] != "person" or a["code"] or not a["name"] or " " in a["name"].strip():
            continue
        words = normalise(a["name"])
        if len(words) != 1 or len(words[0]) < 2 or words[0] in state.people.surname \
                or _first_words()[words[0]] > MAX_FIRST_WORD_NAMES:
            continue
        keys = _word_index(state.people).get(words[0], set())
        held = {k for k in keys if any(when is None or o.covers(when) for o in state.people.full[k])}
        if len(held) != 1:
            continue
        (key,) = held
        full = state.people.full[key][0].name
        mentions = state._own_mentions(a)
        if mentions:
            first = min(mentions, key=lambda m: m["tok"][0])
            note(a, "known short name", state.doc, first["tok"][0], first["tok"][1])
        a["name"] = full


# sectors of a state's own bodies: a ministry, an army, the police, a court; and its news agencies
NATIONAL_BODY_SECTORS = {"GOV", "MIL", "COP", "JUD", "MED"}


def place_bodies_by_dateline(state):
    """"MOSCOW, Oct. 13 (TASS) - The Foreign Ministry said ...": a state body the article names without any
    country ("the Foreign Ministry", "the RIA news agency") is the one of the country the story is filed from,
    when its dateline is that country's capital or name. Only bodies: a person's country is never taken
    from the dateline this way. The evidence is the dateline."""
    for a in state.actors:
        if a["kind"] == "org" and not a["code"] and not a["org"]:
            place_body_by_dateline(state, a)
    join_generic_bodies(state)


def place_body_by_dateline(state, a) -> bool:
    """Give national body `a` the country of the capital the story is filed from, with the dateline as evidence;
    False when there is no such dateline or `a` is no national body."""
    code = state._home_code()
    dl = (state.doc._.record or {}).get("dateline_span")
    if code is None or not dl or a["sector"] not in NATIONAL_BODY_SECTORS:
        return False
    mentions = state._own_mentions(a)
    there = state._located_in(mentions[0]["tok"][0]) if mentions and a["sector"] in ("COP", "MIL") else None
    if there is not None and there != code:
        return False  # "WASHINGTON - ... ambushed a police patrol in northern Kosovo": not the dateline's police
    a["code"] = code
    a["evidence"] = {"rule": "dateline", "span": [dl[0], dl[1]], "text": state.doc._.source_text[dl[0]:dl[1]]}
    return True


def join_generic_bodies(state):
    """"The Foreign Ministry summoned ... the ministry said", "The International Atomic Energy Agency ... the
    agency said": a body named by its office word alone is the body named before it whose office or name ends
    with that word (the most recent one; of the same country when it has one)."""
    bodies = [a for a in state.actors if a["kind"] == "org" and a["mentions"]]
    for g in bodies:
        word = (g["name"] or "").lower().removeprefix("the ").strip()
        if " " in word or not word or g["org"]:
            continue
        first = min(g["mentions"])[0]

        def fits(b):
            # (a body joined to another earlier in this loop has no mentions left)
            return b is not g and b["mentions"] and (g["code"] is None or b["code"] == g["code"]) \
                and min(b["mentions"])[0] < first \
                and ((b["role"] or "").lower().endswith(" " + word) or (b["name"] or "").lower().endswith(" " + word))

        same = [b for b in bodies if fits(b)]
        if not same:
            continue
        b = max(same, key=lambda b: max(m[0] for m in b["mentions"] if m[0] < first))
        moved = [m for m in state.mentions if m["actors"] == [g["id"]]]
        for m in moved:
            m["actor"], m["actors"] = b["id"], [b["id"]]
            if [m["start"], m["end"]] not in b["mentions"]:
                b["mentions"].append([m["start"], m["end"]])
        g["mentions"] = []


def place_by_preceding_description(state):
    """"The powerful sister of North Korea's leader issued a warning ... Kim Yo Jong said": a sentence whose
    subject is a person described but not named ("the sister of ...", "the head of ...") and the next
    sentence whose subject is a person named for the first time, not placed otherwise, are one person; the
    country the description names is his."""
    doc, labels = state.doc, state.labels
    firsts = {}
    for m in sorted(state.mentions, key=lambda m: m["tok"][0]):
        for aid in m["actors"]:
            firsts.setdefault(aid, m)
    for a in state.actors:
        m = firsts.get(a["id"])
        if a["kind"] != "person" or a["code"] or a.get("_from_role") or m is None or m["actors"] != [a["id"]]:
            continue
        head = doc[m["head"]]
        sent = head.sent
        if head.dep_ not in ("nsubj", "nsubjpass") or sent.start == 0:
            continue
        prev = doc[sent.start - 1].sent
        subj = next((t for t in prev if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
        if subj is None or subj.lemma_.lower() not in PERSON_NOUNS and not (
                labels[subj.i] is not None and labels[subj.i].kind == "ROLE"
                and state.kb.roles[labels[subj.i].key].kind == "person"):
            continue
        lo, hi = subj.left_edge.i, subj.right_edge.i + 1
        while lo < subj.i and (doc[lo].is_space or doc[lo].is_punct):
            lo += 1
        if doc[lo].lower_ != "the" or doc[subj.i].tag_ in ("NNS", "NNPS"):
            continue
        if any(x["actors"] and all((state.actor_by_id(i) or {}).get("kind") == "person"
                                   and not (state.actor_by_id(i) or {}).get("_from_role") for i in x["actors"])
               for x in state.mentions if lo <= x["tok"][0] < hi):
            continue  # the description names its person itself
        codes = _codes(state, lo, hi)
        if len(codes) == 1:
            a["code"] = codes[0][0]
            note(a, "preceding description", doc, lo, hi)


# verbs of going somewhere: the place is the host's, never the traveller's own country
TRAVEL_LEMMAS = {"arrive", "visit", "travel", "fly", "land", "reach", "come", "go", "head", "tour"}
# verbs of coming back or away: the place one comes "from" was a host's ("returned from Malaysia")
LEAVING_LEMMAS = {"return", "leave", "depart"}


def travelled_to(t) -> bool:
    """Is token t (a place) where the subject of its clause goes ("arrived in Beijing", "visited Tokyo",
    "flew to Moscow")? A visitor never takes his host's country from it. A possessor is no destination ("will
    travel to Washington for talks on Argentina's programme")."""
    if t.dep_ == "poss" or t.i + 1 < len(t.doc) and t.doc[t.i + 1].text in ("'s", "’s"):
        return False
    verb = t
    while verb.dep_ not in ("ROOT",) and verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    if verb.lemma_.lower() in LEAVING_LEMMAS:
        return t.dep_ == "pobj" and t.head.lower_ == "from" and t.head.head.i == verb.i
    return verb.lemma_.lower() in TRAVEL_LEMMAS


def visits(state, a, code) -> bool:
    """Does person `a` travel to country `code` in the article ("X arrived in Beijing", "X visited China")?
    Then the article's one country is his host's, not his own."""
    doc, labels = state.doc, state.labels
    for m in state._own_mentions(a):
        verb = doc[m["head"]].head
        if doc[m["head"]].dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in TRAVEL_LEMMAS | LEAVING_LEMMAS:
            continue
        for t in verb.subtree:
            u = labels[t.i] if t.i < len(labels) else None
            if u is not None and u.kind in PLACE_KINDS and u.key == code and travelled_to(doc[u.end - 1]):
                return True
    return False
