"""Event dating: which day each coded act happened, or is planned for.

Kept apart from events.py (which finds triggers and their parties) because dating is its own problem with its
own rules: an act takes the date of its own clause, else of the clause it continues (the saying verb of a report,
the head it is conjoined with), else of the narrative it continues, else the publication date, marked as such.
A day told as a distance ("two days later", "the day before", "a day after X attacked") is counted from the day it
is measured from; a day that belongs to another occasion ("ahead of Saturday's vote", "the talks, scheduled for
Monday") is not the act's.
`EventDating` is mixed into the events component, which calls these methods while it builds each event.
"""

from __future__ import annotations

import re
from functools import partial

from communique.pipeline import lookup
from communique.pipeline.calibration import trigger_kind
from communique.pipeline.dates import CALLING_VERBS, story_date
from communique.knowledge import NON_STATE_CODES
from communique.pipeline.sentences import SAYING_HEADS
from communique.pipeline.textprep import content_sents


# nouns that name another party's act, dated by their own phrase when they are the object ("dismissed the decision
# on Thursday to blacklist ..."): not the day of the act on them ("in a statement issued on Tuesday" is the speaker's)
OTHERS_ACT_NOUNS = {"decision", "move", "announcement", "ruling", "verdict", "vote"}
# verbs that react to an act their object names ("condemned the bombardment of the hospital last night",
# "welcomed Tuesday's release"): a date inside the object is the act reacted to, not the reaction
REACTING_VERBS = {"condemn", "denounce", "criticise", "criticize", "deplore", "slam", "decry", "welcome", "praise",
                  "hail", "applaud", "salute", "regret", "lament", "mourn", "protest"}
JOURNEY_NOUNS = {"visit", "trip", "tour", "mission", "journey"}  # "arrived on a visit": the arrival itself
OBJ = {"dobj", "obj", "attr", "dative"}  # object dependencies (as in events.py)
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
# participles that set a noun's occasion ("the visit, scheduled for November 12"): the date is the noun's, and an
# act that mentions the noun may share it; any other past participle with a date of its own tells a past act of
# its own ("the agreement signed last year"), whose date the governing clause does not borrow
SCHEDULING_PARTICIPLES = {"schedule", "set", "plan", "slate", "expect", "due", "timetable", "fix", "arrange", "book"}
# participles that tell what a noun is, not an act ("a delegation led by X", "a group backed by Y")
STATIVE_PARTICIPLES = {"lead", "head", "chair", "accompany", "compose", "comprise", "base", "back", "align", "ally"}
# the means of a statement: "in a statement issued on Tuesday, the ministry said ...": its day is the saying's
STATEMENT_NOUNS = {"statement", "communique", "communiqué", "letter", "message", "post", "speech", "interview",
                   "briefing", "address", "declaration", "note", "remarks", "broadcast"}
# light verbs that set an act's day to come: "announced rallies in front of US missions on January 28"
SCHEDULING_VERBS = {"announce", "schedule", "set", "plan", "unveil", "fix", "convene"}
PERIOD_PREPS = ("from", "until", "till", "through", "starting", "effective", "since")
SAME_TIME_MARKS = {"when", "as", "while"}  # an opening clause that tells its head's time
DISTANT_MARKS = {"since", "until", "till", "if", "unless", "whether", "once"}
LATER_OCCASION_WORDS = {"ahead", "before", "prior"}  # "ahead of Saturday's vote": the act comes first
SCHEDULED_WORDS = {"scheduled", "planned", "set", "slated", "due", "expected", "timed"}  # "talks scheduled for May 3"
CHARGE_VERBS = {"accuse", "charge", "blame", "indict", "convict", "sentence", "fault"}  # "accused X of ..."
NARRATIVE_DAYS = 14
REPORTING_VERBS = {"report", "say", "carry", "publish", "quote", "broadcast", "air"}  # what a news medium does
MEDIA_SECTORS = {"MED", "JRN"}
PLANNED_CONTEXT_SENTS = 3  # an undated planned act continues a coming occasion named this few sentences before
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10}
DAY_PARTS = {"day", "night", "morning", "afternoon", "evening"}
EARLIER_OPENING = re.compile(r"\W*(?:earlier|previously|before that|prior to that|in the past)\b", re.I)
SHIFT_WORDS = {"next": 1, "following": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


# the strikes by which an act is done ("killed in an air strike", "destroyed by shelling"): their day is its day
MEANS_NOUNS = {"strike", "airstrike", "attack", "raid", "bombing", "shelling", "bombardment", "ambush", "explosion",
               "blast", "operation", "assault"}


def _days_between(a: str, b: str) -> int:
    from datetime import date

    try:
        return abs((date.fromisoformat(b[:10]) - date.fromisoformat(a[:10])).days)
    except ValueError:
        return 10**6


HEADING = re.compile(r"\n[ \t]*([A-Z][^\n.!?:;\"\u201d]{0,80})[ \t]*\n")


def _heading_between(text: str, a: int, b: int) -> bool:
    """Does a section heading (a short line of its own, without a sentence's end) stand between a and b?"""
    for m in HEADING.finditer(text, a, b):
        if len(m.group(1).split()) <= 8:
            return True
    return False


# a live page's time stamp opening a line ("13:20 GMT - France condemns ...", "- 2.41pm:", "UPDATE 3 -")
ENTRY_STAMP = re.compile(r"(?m)^[ \t]*(?:[-–•][ \t]*)?(?:\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?|GMT|BST|UTC|CET|CEST|EST|EDT"
                         r"|local time)?[ \t]*[-–:]|UPDATE \d+)")


def _entry_between(text: str, a: int, b: int) -> bool:
    """Does a live page's time-stamped entry start between a and b? An entry tells what happened at its time: an
    undated act in it does not continue a day told in an earlier entry."""
    return ENTRY_STAMP.search(text, a, b) is not None


def _parties(ev, symmetric=frozenset()):
    """An act's (sources, targets) by code, else actor; one set of participants for a symmetric category."""
    s = frozenset(x.get("code") or x.get("actor") for x in ev["source"])
    t = frozenset(x.get("code") or x.get("actor") for x in ev["target"])
    return (s | t, frozenset()) if ev["event"] in symmetric else (s, t)


def _lead_sentence(doc):
    """The story's first sentence of prose (not its headline or byline lines), or None."""
    for sent in content_sents(doc):
        if len(sent) >= 8 and sent.text.rstrip()[-1:] in ".!?\"\u201d'\u2019":
            return sent
    return None


def _perfect_lead(sent) -> bool:
    """Is the sentence's main verb in the present perfect ("SOCAR and SPP have signed a memorandum")?"""
    root = sent.root  # (or the clause a closing "..., Trend reports" governs)
    return any(v.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in v.children)
               for v in [root] + [c for c in root.children if c.dep_ == "ccomp"])


def _in_noun_clause(doc, d) -> bool:
    """Is date item d inside a clause that describes a noun ("the incident, which took place on September 29",
    "the note, dated April 16")? Such a date is the noun's occasion, not the day the sentence tells."""
    tok = d.get("_tok")
    if not tok:
        return False
    for a in doc[tok[0]].ancestors:
        if a.dep_ in ("relcl", "acl") and a.head.pos_ in ("NOUN", "PROPN"):
            return True
    return False


def free_relative(v):
    """The clause that stands as verb v's object when it is a free relative ("struck what the military said
    were Hezbollah depots", "seized what it called smuggled arms"), or None."""
    for c in v.children:
        if c.dep_ == "ccomp" and c.i > v.i and c.left_edge.lower_ == "what" and c.left_edge.i == v.i + 1:
            return c
    return None


class EventDating:
    """The dating methods of the events component (it provides `nouns`, its eventive nouns)."""

    @staticmethod
    def _start_date(doc, start, sent, published=None):
        """The date a "from ..." phrase names, or that of the "on ..." phrase right after a phrase of the hour
        only ("from 6 a.m. (0400 GMT) on Saturday"). A start named by its weekday is not behind the story:
        "have agreed on a ceasefire from Saturday" (a past clause) published on a Saturday begins that day."""
        from datetime import date, timedelta

        def inside(a, b):
            return [d for d in doc._.dates or [] if a <= d["span"][0] < b and sent.start_char <= d["span"][0]
                    and d.get("_kind") not in ("anniversary", "dateline")]

        end = start.right_edge.idx + len(start.right_edge)
        found = inside(start.idx, end)
        if not found:
            nxt = next((s for s in start.head.children if s.i == start.right_edge.i + 1 and s.dep_ == "prep"
                        and s.lower_ == "on"), None)
            if nxt is not None:
                found = inside(nxt.idx, nxt.right_edge.idx + len(nxt.right_edge))
        if not found or len(str(found[0].get("value") or "")) != 10:
            return None
        item = found[0]
        if published and any(w in str(item.get("text", "")).lower() for w in WEEKDAYS) and item["value"] < published:
            try:
                day, story = date.fromisoformat(item["value"]), date.fromisoformat(published[:10])
            except ValueError:
                return item
            while day < story - timedelta(days=1):
                day += timedelta(days=7)
            item = dict(item, value=day.isoformat())
        return item

    def _date(self, doc, v, sent, own_noun=None):
        """The date item of the clause that tells the act of `v`, or None.

        A date belongs to the predicate its words hang from (the first verb up its head chain, or the
        trigger itself): a date in another act's clause ("... drills set to start next week", "who have
        killed ... in 2021") is not borrowed.  Failing one of its own, `v` takes the date of the clauses
        it continues (the head it is conjoined with, complements, or the saying verb of a report: "On
        Monday X said it had signed"), not of a relative clause or an "after"/"before" clause it sits in.
        The dateline's date is the story's, never a clause's."""
        items = [d for d in doc._.dates or [] if sent.start_char <= d["span"][0] < sent.end_char
                 and d.get("_kind") not in ("anniversary", "dateline")]
        # ('"... break off relations as of today," Lamamra said, reading a statement in which he accused Rabat':
        # a date the quotation speaks of dates no act told outside it)
        quoted = [q["span"] for q in getattr(doc._, "quotes", None) or [] if q.get("direct")
                  and sent.start_char < q["span"][1] and q["span"][0] < sent.end_char
                  and not q["span"][0] <= v.idx < q["span"][1]]
        items = [d for d in items if not any(q0 <= d["span"][0] < q1 for q0, q1 in quoted)]
        items = [d for d in items if not _zone_restatement(doc._.source_text, d, items)]
        if v.pos_ == "VERB":
            # "agreed on a ceasefire from 6 a.m. on Saturday": that date belongs to the ceasefire, not the agreeing
            other = set()
            for c in v.children:
                nouns = [c] + [g for g in c.children if g.dep_ == "pobj"] if c.dep_ in OBJ | {"prep"} else []
                if c.dep_ == "prep" and c.lower_ in ("at", "during", "after") or c.dep_ == "prep" and c.lower_ == "on" \
                        and any(g.dep_ == "pobj" and g.lemma_.lower() in JOURNEY_NOUNS for g in c.children):
                    nouns = []  # "discussed it at the meeting on 14 May": the act happens at that occasion
                    # ("arrived in Harare on an official visit on 30 January": the journey is the arrival)
                    # ("blocked streets after a rally on Saturday": right after it, the same day at the latest told)
                if c.dep_ == "prep" and c.lower_ in ("in", "by") and any(
                        g.dep_ == "pobj" and g.lemma_.lower() in MEANS_NOUNS for g in c.children):
                    nouns = []  # "killed Shukr in an air strike on Tuesday evening": the means, on the act's day
                if c.dep_ == "prep" and c.lower_ == "for" and v.lemma_.lower() in ("recall", "summon"):
                    nouns = []  # "recalled its ambassador for consultations on Monday": the recall's day
                if c.dep_ == "prep" and c.lower_ in ("of", "over", "for", "with") and v.lemma_.lower() in CHARGE_VERBS:
                    other |= {t.idx for t in c.subtree if not self._charge_day(t, c)}  # "accusing them of war
                    # crimes ... in the Oct. 7 attack": what the charge is about happened then, not the charge
                if c.dep_ in OBJ and v.lemma_.lower() in REACTING_VERBS and c.pos_ == "NOUN" \
                        and (own_noun is None or c.i != own_noun.i):
                    other |= {t.idx for t in c.subtree if t.i != c.i and not self._reporting_day(c, t)}
                for n in nouns:
                    # ("paid a state visit on April 18": the trigger's own noun is the act)
                    if (n.lemma_.lower() in self.nouns or n.lemma_.lower() in OTHERS_ACT_NOUNS and n.dep_ in OBJ) \
                            and n.pos_ == "NOUN" and (own_noun is None or n.i != own_noun.i):
                        other |= {t.idx for t in n.subtree if t.i != n.i and not self._reporting_day(n, t)}
                if c.dep_ == "prep" and c.lower_ in PERIOD_PREPS and not self._own_period(v, c, own_noun) \
                        and not (c.lower_ in ("from", "starting", "effective") and v.tag_ == "VB"):
                    # ("agreed to reopen the checkpoints from February 1": an act still to come starts then)
                    other |= {t.idx for t in c.subtree}  # when it takes effect or ends, not when it was done
            if v.dep_ in ("xcomp", "conj"):  # "finish the plan through 2030 and discuss it": the same for a shared head
                # ("from the suburb of Ghouta, where the opposition surrendered in April": not the bound)
                other |= {t.idx for c in v.head.children if c.dep_ == "prep" and c.lower_ in PERIOD_PREPS
                          for t in lookup.phrase_tokens(c, {"relcl"})}
            items = [d for d in items if not any(d["span"][0] <= i < d["span"][1] for i in other)]
        if not items:
            return None
        trailing = self._trailing_noun_date(doc, v if v.pos_ == "NOUN" else own_noun, items)
        if trailing is not None:
            return dict(trailing, _depth=0)

        chain, antecedent = self._clause_chain(v)
        story = story_date(doc)
        ranked = []
        for d in items:
            span = doc.char_span(d["span"][0], d["span"][1], alignment_mode="expand")
            if span is None:
                continue
            i = span.start
            if antecedent is not None and i <= antecedent < i + len(span):
                ranked.append((1, abs(i - v.i), d))  # "in 2014, when the group stormed across the border"
                continue
            if antecedent is not None and self._in_antecedent_phrase(doc, antecedent, v, i):
                # "an executive order signed on February 7 that froze aid", "a visit on January 31 by the envoy,
                # who met the president": the relative clause tells what that dated occasion did
                ranked.append((2, abs(i - v.i), dict(d, _relative=True)))  # (lends no day: `_earlier`)
                continue
            if doc[i].head.dep_ == "prep" and doc[i].head.lower_ == "by" and doc[i].dep_ == "pobj":
                continue  # "agreed to raise trade to $150 billion by 2030": a deadline, not the day of an act
            root = span.root
            during = root.head.dep_ == "pobj" and root.head.head.lower_ in ("during", "in", "at") \
                and root.head.head.head.i == v.i and root.dep_ == "poss"  # "detained during Monday's unrest"
            if root.dep_ in ("nummod", "compound", "amod", "poss") and root.head.pos_ in ("NOUN", "PROPN") \
                    and root.i < root.head.i and root.head.i != v.i and (own_noun is None or root.head.i != own_noun.i) \
                    and not during:
                continue  # "in violation of the 1974 disengagement agreement", "condemned last week's attack": the
                # date names a thing or another act, not the day of this one
            owner = self._date_owner(doc[i], v)
            depth = self._date_depth(v, owner, chain)
            if depth and self._period_bound(doc[i], owner):
                continue  # "finish the strategy through 2027 and discuss it at the summit": not the summit's
            if depth and story and str(d["value"]) == story[:4]:
                continue  # "agreed to hold the next meeting in the second half of 2026": the story's own year, in
                # a clause the act governs, is the time of what is to come, not of the act
            if self._later_occasion(doc[i], owner) or self._scheduled_occasion(doc[i], owner, v, own_noun):
                continue  # "deployed troops ahead of Saturday's election": the election's day
            if depth and not v.is_ancestor(owner) and (v.tag_ == "VBD" or v.tag_ == "VBN" and v.dep_ == "acl") \
                    and story and str(d["value"])[:10] > story:
                # "will hold talks on Tuesday, after he placed conditions": a past act has no coming day of a
                # clause it continues (unlike one it announces: "agreed to meet on Sunday")
                continue
            if depth is not None and story and self._past_act(v) and self._after(d["value"], story) \
                    and v.lemma_.lower() not in CALLING_VERBS and not (
                        own_noun is not None and v.lemma_.lower() in SCHEDULING_VERBS):
                # ("called for protests on July 14", "announced rallies on January 28": theirs to come)
                continue  # "discussed ... Brazil's hosting of the climate conference next month": the topic's time
            if depth is not None:
                # (a date of a clause `v` continues is the one that clause itself would take: nearest to its
                # verb, "condemned on Thursday the attack ... on Tuesday, and urged ...": Thursday)
                ranked.append((depth, abs(i - (v.i if not depth else owner.i)), d))
        if not ranked:
            return None
        depth, _, best = min(ranked, key=lambda x: x[:2])
        return dict(best, _depth=depth)  # 0: the clause's own date; more: a date it shares with its head

    @staticmethod
    def _trailing_noun_date(doc, n, items):
        """"launched drones at Israel late Saturday in retaliation for an Israeli strike on its consulate on
        April 1": the parser hangs both days on the verb, which has one day; the other, told right after the
        act noun's phrase, is the noun's act's. The date item right after noun `n`'s phrase, when the verb it
        hangs on has another date of its own before the noun, else None."""
        if n is None or n.pos_ != "NOUN":
            return None
        end = max(t.i for t in n.subtree) + 1
        verb = next((a for a in n.ancestors if a.pos_ == "VERB"), None)
        if verb is None or end >= len(doc):
            return None
        spans = []
        for d in items:
            span = doc.char_span(d["span"][0], d["span"][1], alignment_mode="expand")
            if span is not None:
                spans.append((span, d))
        after = next((d for span, d in spans if doc[end].dep_ == "prep" and doc[end].head.i == verb.i
                      and span.start == end + 1 and span.root.head.i == end), None)
        if after is None:
            return None
        own = any(span.end <= n.left_edge.i and span.root.head.i in (verb.i, *(c.i for c in verb.children
                                                                              if c.dep_ == "prep"))
                  and verb.is_ancestor(span.root) for span, _ in spans)
        return after if own else None

    def _charge_day(self, t, prep) -> bool:
        """Is `t` a word of a day the parser hung on a plain noun of the charge ("accused the US of a
        condescending attitude on Sunday": Sunday's accusation)?  A day of a verb or an act noun inside the
        charge ("of killing civilians on Oct. 7", "of the attack on Monday") is the charged act's."""
        if t.ent_type_ not in ("DATE", "TIME") or t.i < prep.i:
            return False
        day = t
        while day.head.i != day.i and day.head.ent_type_ in ("DATE", "TIME"):
            day = day.head
        on, noun = day.head, day.head.head
        return day.dep_ == "pobj" and on.lower_ in ("on", "in") and on.dep_ == "prep" and noun.dep_ == "pobj" \
            and noun.head.i == prep.i and noun.pos_ == "NOUN" and noun.lemma_.lower() not in self.nouns \
            and noun.lemma_.lower() not in OTHERS_ACT_NOUNS

    @staticmethod
    def _in_antecedent_phrase(doc, antecedent: int, v, i: int) -> bool:
        """Is token i inside the noun phrase the relative clause's antecedent belongs to (climbing "by"/"of"
        phrases and appositions to the phrase's head noun), outside the relative clause itself?"""
        rel = v
        while rel.head.i != rel.i and not (rel.dep_ == "relcl" and rel.head.i == antecedent):
            rel = rel.head
        if rel.dep_ != "relcl" or not (rel.tag_ == "VBD" or rel.tag_ == "VBN" and all(
                a.lower_ in ("was", "were", "had", "been") for a in rel.children if a.dep_ in ("aux", "auxpass"))):
            return False  # (a past act only: "the attack, which Moscow blames on Kyiv", "to which X is invited")
        top = doc[antecedent]
        for _ in range(4):
            if top.dep_ == "appos" or top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.pos_ in (
                    "NOUN", "PROPN"):
                top = top.head if top.dep_ == "appos" else top.head.head
            else:
                break
        if top.pos_ not in ("NOUN", "PROPN"):
            return False
        if top.dep_ == "pobj" and top.head.lower_ == "by" and top.head.head.pos_ == "VERB" and any(
                c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < i < top.i for c in top.head.head.children):
            return True  # "followed a visit to Caracas on January 31 by the envoy, who met ...": the parse hangs the
            # noun's "on" and "by" phrases on the verb; the visit's day is the envoy's
        return top.left_edge.i <= i <= top.right_edge.i and not rel.left_edge.i <= i <= rel.right_edge.i

    @staticmethod
    def _reporting_day(n, t) -> bool:
        """"rejected the accusations on Thursday": a weekday closing the clause after an object that refers back
        to acts already told ("the", "these") is the day of the verb, which the parser hung on the noun."""
        if t.lower_ in WEEKDAYS and t.dep_ == "compound" and t.head.lower_ in DAY_PARTS and t.head.i == t.i + 1:
            t = t.head  # ("welcomed the agreement on Sunday evening": the part of the day closes the clause)
        day = t.lower_ in WEEKDAYS or t.lower_ in DAY_PARTS and t.i > 0 and t.doc[t.i - 1].lower_ in WEEKDAYS
        return day and t.head.dep_ == "prep" and t.head.lower_ == "on" and t.head.head.i == n.i \
            and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in n.children) \
            and t.i + 1 < len(t.doc) and (t.doc[t.i + 1].is_punct or t.i + 1 == t.sent.end)

    @staticmethod
    def _past_act(v) -> bool:
        """An act the text tells as done ("discussed", "have concluded"): it cannot take a day after the story."""
        aux = {c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")}
        return v.tag_ == "VBD" and not aux or v.tag_ == "VBN" and bool(aux & {"have", "has", "had"})

    @staticmethod
    def _after(value, story: str) -> bool:
        """Is the date item's value (a year, month or day) later than the story's day at its own precision?"""
        value = str(value or "")
        return len(value) >= 4 and value > story[:len(value)]

    @staticmethod
    def _own_period(v, prep, own_noun) -> bool:
        """"met in Cairo from 12 to 14 May", "the summit will be held from Monday to Wednesday": a period with
        both ends, on a verb with nothing else that could run for it, is the act's own time (it begins on the
        first day). "agreed on a truce from Monday to Friday", "imposed a curfew from 6 pm": the truce's."""
        if prep.lower_ == "since" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in v.children) and (
                v.tag_ == "VBG" or v.tag_ == "VBN" and prep.i < v.i):
            return True  # "have been carrying out airstrikes since January 12", "have blocked the bridge since
            # Monday": an act going on since then began that day
        if prep.lower_ != "from" or not any(t.lower_ in ("to", "until", "till", "through", "-", "–")
                                            for t in prep.subtree) and not any(
                c.dep_ == "prep" and c.lower_ in ("to", "until", "till", "through") and c.i == prep.right_edge.i + 1
                for c in v.children):  # ("from October 14 to 16": the parser may hang "to 16" on the verb)
            return False
        own = own_noun.i if own_noun is not None else None
        return not any(c.dep_ in OBJ and c.i != own or c.dep_ == "prep" and c.lower_ == "on" and any(
            g.dep_ == "pobj" and g.pos_ == "NOUN" and g.i != own for g in c.children) for c in v.children)

    @staticmethod
    def _date_owner(tok, v):
        """The predicate a date's words hang from: `v` itself, or the first verb met going up the head
        chain. A participle that only describes a noun ("a diplomat working at the embassy", "the visit,
        scheduled for November 12", "planes carrying supplies") is no predicate of its own: the parser
        often hangs the sentence's date on it."""
        said = tok.doc[tok.i - 1] if tok.i >= 1 else None
        if said is not None and said.lemma_.lower() in SAYING_HEADS and said.pos_ == "VERB" \
                and tok.head.i > tok.i and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ",":
            # "X has agreed ..., officials said Monday, weeks after Trump threatened tariffs": the parser hangs the
            # saying's day on the clause after the comma; it is the day of the saying
            return said
        cur = tok
        for _ in range(60):
            if cur.i == v.i or cur.head.i == cur.i:
                return cur
            if free_relative(v) is not None and free_relative(v).is_ancestor(cur) or \
                    free_relative(v) is not None and free_relative(v).i == cur.i:
                cur = cur.head  # "struck what the military said were depots in Lebanon on Wednesday": the object
                continue
            if cur.pos_ == "VERB" or cur.pos_ == "AUX" and cur.dep_ not in ("aux", "auxpass"):
                if cur.dep_ == "acl" and cur.tag_ == "VBN" and cur.head.lemma_.lower() in STATEMENT_NOUNS \
                        and cur.head.dep_ == "pobj" and cur.head.head.lower_ in ("in", "during"):
                    cur = cur.head  # ("in an interview given on Sunday, he said": the saying's day)
                    continue
                describes = cur.dep_ == "acl" and cur.tag_ in ("VBG", "VBN") and not any(
                    c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in cur.children) and not (
                    # "the border agreement signed last year": a past act of its own, dated by its own words
                    # ("a delegation led by X on Sunday": who leads it is no act; the day is the meeting's)
                    cur.tag_ == "VBN" and cur.lemma_.lower() not in SCHEDULING_PARTICIPLES | STATIVE_PARTICIPLES and any(
                        x.dep_ in ("npadvmod", "prep", "advmod") and x.left_edge.i <= tok.i <= x.right_edge.i
                        for x in cur.children))
                if not describes:
                    return cur
            cur = cur.head
        return cur

    @staticmethod
    def _distant(clause) -> bool:
        """An adverbial clause that tells another time than its head's: "since the war began", "if they
        attack", "days after the commanders met"."""
        return clause.dep_ == "advcl" and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in DISTANT_MARKS
            or c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "week", "month", "year")
            for c in clause.children)

    @classmethod
    def _clause_chain(cls, v):
        """The clauses whose time `v`'s act shares, as {token index: depth}: `v` (0), then the heads of
        the clauses it continues (the saying verb of a report, the head it is conjoined with; a nominal
        trigger's governing verb). The chain stops at a relative clause (background: "who have killed
        ... since 2021") and at a clause of another time; a relative clause on a time ("in 2014, when
        the group stormed ...") gives its antecedent's index as the second value."""
        chain = {v.i: 0}
        for c in v.children:
            if c.dep_ == "advcl" and c.i < v.i and any(m.dep_ in ("mark", "advmod") and m.lower_ in SAME_TIME_MARKS
                                                       for m in c.children) \
                    and not any(m.dep_ in ("mark", "advmod") and m.lower_ in DISTANT_MARKS for m in c.children):
                chain[c.i] = 1  # "When he returned to the region last year, he was arrested": the clause's time
        cur, depth = v, 0
        for _ in range(60):
            if cur.head.i == cur.i:
                break
            if cls._closes_relative(cur):
                # "said Astana backed the plant, which the neighbours agreed in May to finance, and called on
                # ...": the parser joins the act to the relative clause the comma closed; it continues the
                # clause the relative's noun is in
                depth += 1
                cur = cur.head.head
                while cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
                    cur = cur.head
                chain[cur.i] = depth
                continue
            when = any(c.lower_ == "when" for c in cur.children if c.i < cur.i)
            if cur.dep_ == "relcl" and not when or cls._distant(cur):
                # ("the town of Didim, when police raided the resort": a "when" clause tells its head's time)
                return chain, (cur.head.i if cur.dep_ == "relcl" else None)
            if cur.pos_ in ("VERB", "AUX"):
                depth += 1
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
                chain[cur.i] = max(depth, 1)
        return chain, None

    @staticmethod
    def _closes_relative(t) -> bool:
        """Is t a subjectless verb after ", and" that the parse conjoins to a non-restrictive relative clause
        (", which ... , and called on")?"""
        rel = t.head
        if t.dep_ != "conj" or rel.dep_ != "relcl" or t.pos_ != "VERB" or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return False
        first = rel.doc[rel.left_edge.i]
        cc = next((c for c in rel.children if c.dep_ == "cc" and c.i < t.i), None)
        return first.i > 0 and rel.doc[first.i - 1].text == "," and first.lower_ in ("which", "who", "whom") \
            and cc is not None and cc.i > 0 and rel.doc[cc.i - 1].text == ","

    @classmethod
    def _date_depth(cls, v, owner, chain):
        """0 when the date is `v`'s own; the chain's depth for the date of a clause `v` continues ("On
        Monday X said it had signed": the saying dates the signing; "met on Friday and signed"); one more
        for an act `v` announces ("agreed to meet on Sunday") and for a clause that tells when its head
        happened ("fled when the aid stopped in March 1975", "abducted and taken to Syria four years
        ago"); None for another act's date: a clause below or beside `v` ("threatened ... drills set to
        start next week") or above a relative clause or a clause of another time."""
        if owner.i in chain:
            return chain[owner.i]
        below = owner
        for k in range(1, 4):  # "agreed to hold talks on Monday", "talks are due to resume on Tuesday": the act
            if below.dep_ != "xcomp":  # announced
                break
            below = below.head
            if below.dep_ == "acomp" and below.pos_ == "ADJ":
                below = below.head
            if below.i in chain:
                return chain[below.i] + k
        if owner.head.i in chain and (owner.dep_ == "advcl" and not cls._distant(owner)
                                      or owner.dep_ == "conj" and cls._future(owner) == cls._future(owner.head)
                                      and not cls._perfect(owner.head)):
            # ("has refused to recognise the junta and suspended aid on July 29": a stance held, not that day's)
            return chain[owner.head.i] + 1
        return None

    @staticmethod
    def _perfect(t) -> bool:
        """Is t a present perfect ("has refused", "have backed"), a state of affairs rather than a dated act?"""
        return any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in t.children)

    @staticmethod
    def _future(t) -> bool:
        return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in t.children)

    @staticmethod
    def _later_occasion(tok, owner) -> bool:
        """The date names an occasion the act comes before ("ahead of Saturday's vote", "before the summit on
        Monday", "prior to talks in May"), not the act's own time."""
        cur = tok
        for _ in range(60):
            if cur.i == owner.i or cur.head.i == cur.i:
                return False
            if cur.lower_ in LATER_OCCASION_WORDS and cur.dep_ in ("prep", "advmod", "amod"):
                return True
            cur = cur.head
        return False

    def _scheduled_occasion(self, tok, owner, v, own_noun) -> bool:
        """The date is the time set for another occasion ("The talks, scheduled for Monday, were postponed after
        Togo withdrew"): it hangs from a participle of scheduling that describes an eventive noun other than the
        act's (the parser also hangs "the visit of X to Greece, scheduled for May 3" on "Greece": not this)."""
        cur = tok
        for _ in range(60):
            if cur.i == owner.i or cur.head.i == cur.i:
                return False
            if cur.dep_ == "acl" and cur.lower_ in SCHEDULED_WORDS:
                noun = cur.head
                return noun.i != v.i and (own_noun is None or noun.i != own_noun.i) and \
                    noun.pos_ == "NOUN" and noun.lemma_.lower() in self.nouns
            cur = cur.head
        return False

    @staticmethod
    def _period_bound(tok, owner) -> bool:
        """The date hangs from its predicate by a preposition of a period ("through 2027", "from Saturday")."""
        cur = tok
        for _ in range(60):
            if cur.head.i == cur.i or cur.i == owner.i:
                return False
            if cur.dep_ == "prep" and cur.head.i == owner.i:
                return cur.lower_ in PERIOD_PREPS
            cur = cur.head
        return False

    @staticmethod
    def _day_shift(v):
        """"came a day after X appealed", "two days before the ministers met": the clause's act is dated
        by its distance from the main clause's. Returns (main verb, signed days, phrase tokens) or None."""
        # (also a clause the parser joined to the main verb as a conjunct: "severed relations on Tuesday ..., a
        # day after Kenya's president hosted X", where "after" still marks it)
        if v.pos_ != "VERB" or v.dep_ != "advcl" and not (v.dep_ == "conj" and any(
                c.dep_ == "mark" and c.lower_ in ("after", "before") for c in v.children)):
            return None
        unit = next((c for c in v.children if c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "week")), None)
        # the mark hangs from the clause or, in "a day after gunmen attacked", from its unit
        # ("kidnapped the day after his birthday": a preposition of the clause itself times it by a noun)
        mark = next((c for c in v.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None) or next(
            (c for c in (unit.children if unit is not None else []) if c.dep_ == "prep" and c.lower_ in ("after", "before")),
            None)
        if unit is None and mark is not None:  # "comes a day after the leader toted ...": the unit on the mark
            unit = next((c for c in mark.children if c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "week")),
                        None)
        days = EventDating._unit_days(unit) if unit is not None else None
        if mark is None or not days:
            return None
        return v.head, (-days if mark.lower_ == "after" else days), (unit, mark)

    @staticmethod
    def _unit_days(unit):
        """The days a distance phrase counts: "a day", "the day" 1, "two weeks" 14; None for "days" (no
        number) and for a day named, not counted ("later that day", "the same day")."""
        if any(c.lower_ in ("that", "this", "same", "every", "each") for c in unit.children):
            return None
        n = 1 if unit.tag_ == "NN" else 0  # "a day after"; "days after" says no number
        for c in unit.children:
            if c.dep_ == "nummod":
                n = NUMBER_WORDS.get(c.lower_) or (int(c.text) if c.text.isdigit() else 0)
        return n * (7 if unit.lemma_.lower() == "week" else 1) if 0 < n <= 60 else None

    def _prep_shifted_date(self, doc, v):
        """"met the prime minister a day after arriving in Lome on Tuesday", "two days before the vote on
        Sunday": a phrase "N days after/before" on the act's verb whose own words name a day dates the act
        at that distance from it (`_phrase`: the phrase's character range). None without such a phrase."""
        for p in v.children:
            if p.dep_ != "prep" or p.lower_ not in ("after", "before"):
                continue
            unit = next((u for u in p.children if u.dep_ == "npadvmod" and u.lemma_.lower() in ("day", "week")), None)
            days = self._unit_days(unit) if unit is not None else None
            if not days:
                continue
            start, end = p.idx, p.right_edge.idx + len(p.right_edge)
            named = [d for d in doc._.dates or [] if start <= d["span"][0] < end and len(str(d.get("value"))) == 10
                     and not d.get("end") and d.get("_kind") not in ("anniversary", "dateline")]
            if named:
                moved = self._offset(doc, named[0]["value"], days if p.lower_ == "after" else -days, (unit, p))
                return moved and dict(moved, _phrase=(start, end))
        return None

    @staticmethod
    def _later_shift(v):
        """"held talks a day later", "met two weeks earlier", "signed the next day", "the day before, X had
        protested", "on the following day": (signed days, (unit, mark)) counted from the date the clause
        shares with its head, else from the story's last dated day; None without such a phrase."""
        def own(t):  # a word of v's own clause (the parser may hang "a day later" on a nearby noun)
            return next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None) == v

        # the kinds of words looked at first, then whether they are v's own (a walk up the tree each)
        for c in (t for t in v.subtree if t.i != v.i and (t.dep_ in ("advmod", "npadvmod") or t.dep_ == "pobj"
                                                          and t.head.lower_ == "on") and own(t)):
            if c.dep_ == "advmod" and c.lower_ in ("later", "earlier"):
                unit = next((u for u in c.children if u.dep_ == "npadvmod" and u.lemma_.lower() in ("day", "week")),
                            None)
                days = EventDating._unit_days(unit) if unit is not None else None
                if days:
                    return (days if c.lower_ == "later" else -days), (unit, c)
            if c.dep_ in ("npadvmod", "pobj") and c.lemma_.lower() in DAY_PARTS | {"week"} and c.tag_ == "NN":
                words = [a for a in c.children if a.lower_ in SHIFT_WORDS and (
                    a.dep_ == "amod" and a.i < c.i or a.dep_ == "advmod" and a.i > c.i and not list(a.children))]
                # "the next day", "the day before" (not "the day before the vote": another act's time); "that
                # night", "the same day", "later that day": the day told last
                if words:
                    step = SHIFT_WORDS[words[-1].lower_] * (7 if c.lemma_.lower() == "week" else 1)
                    return step, (c, words[-1])
                if c.lemma_.lower() in DAY_PARTS and any(a.lower_ in ("that", "same") for a in c.children if a.i < c.i):
                    return 0, (c, c)
        return None

    def _shifted_date(self, doc, v, sent, shift, published):
        head, days, (unit, mark) = shift
        own = self._date(doc, v, sent)
        if own is not None and unit.i <= doc.char_span(*own["span"], alignment_mode="expand").start <= v.right_edge.i:
            return own  # the clause dates itself
        base = self._date(doc, head, sent) or self._narrative_date(doc, sent, published)
        value = str((base or {}).get("value") or "")
        if len(value) != 10 or base.get("end"):
            return None
        return self._offset(doc, value, days, (unit, mark))

    def _told_day_shift(self, doc, sent, later, planned, published):
        """"Troops crossed the border on Aug. 12. Kenya recalled its ambassador three days later": the
        shift counts from the last day the text told before this sentence, however long ago (unlike the
        narrative day, which only carries recent days over); a past act so dated cannot be after the story."""
        told = [d for d in doc._.dates or [] if d["span"][0] < sent.start_char and len(str(d.get("value"))) == 10
                and not d.get("end") and d.get("_kind") != "anniversary"]  # (the dateline's day is told first)
        if not told:
            return None
        moved = self._offset(doc, told[-1]["value"], later[0], later[1])
        limit = (doc._.record or {}).get("published") or published  # (the page's day: a dateline's may be earlier)
        if moved is None or not planned and limit and moved["value"] > limit:
            return None
        return moved

    @staticmethod
    def _offset(doc, value, days, phrase):
        from datetime import date, timedelta

        unit, mark = phrase  # "two days after", "the day before", "the next day" (or a mark first: "after days")
        first = min([t.idx for t in unit.subtree if t.i <= mark.i] + [unit.idx, mark.idx])
        last = max(unit, mark, key=lambda t: t.i)
        try:
            moved = date.fromisoformat(value) + timedelta(days=days)
        except (ValueError, OverflowError):
            return None  # beyond the calendar: no date rather than an error
        return {"text": doc._.source_text[first:last.idx + len(last)], "span": [first, last.idx + len(last)],
                "value": moved.isoformat()}

    @staticmethod
    def _narrative_date(doc, sent, published):
        """An undated past act in a report continues the story's last dated day ("On Oct. 22 X visited
        Y. ... During the talks, they exchanged views"): inherit that day, not the publication date."""
        best = None
        later = None
        lead = None  # the story's first prose sentence, looked up once a heading is met
        quoted = [q["span"] for q in getattr(doc._, "quotes", None) or [] if q.get("direct")
                  and not q["span"][0] <= sent.start_char < q["span"][1]]
        for d in doc._.dates or []:
            if d.get("_kind") == "dateline" and d["span"][0] < sent.end_char and str(d.get("value")) == published:
                best = d  # "BISHKEK, October 13. X and Y discussed ...": the dateline's day (the story's) is the lead's
                continue
            if d["span"][0] >= sent.start_char:
                v = str(d.get("value") or "")
                if later is None and d["span"][0] >= sent.end_char and len(v) == 10 and not d.get("end") \
                        and published and v <= published and _days_between(v, published) <= 7 \
                        and d.get("_kind") != "anniversary" and d.get("_sent") is not None \
                        and not EARLIER_OPENING.match(doc[d["_sent"]].sent.text):
                    later = d  # a lead sentence's act, dated in the paragraphs that follow (not "Earlier, on ...")
                continue
            v = str(d.get("value") or "")
            if d.get("_kind") == "anniversary":
                continue
            if _caption_at(doc._.source_text, d["span"][0]):
                continue  # "Photo: A displaced woman carries water at a camp, on April 10, 2024. © AFP": the
                # picture's day, not the story's
            if any(q0 <= d["span"][0] < q1 for q0, q1 in quoted):
                continue  # '"Today we sent a message ...," Michel told a news conference': the speaker's day,
                # not the story's next
            if _media_report_day(doc, d):
                continue  # "The official news agency reported on Friday that ...": the report's day, not the story's
            if _entry_between(doc._.source_text, d["span"][1], min(sent.end_char, sent.start_char + 24)):
                continue  # "13:20 GMT - France condemns the coup": the entry's own time, not an earlier entry's day
            if _heading_between(doc._.source_text, d["span"][1], sent.start_char):
                lead = lead or _lead_sentence(doc) or sent
                if not lead.start_char <= d["span"][0] < lead.end_char:
                    continue  # a new section ("Regional reactions") goes back to the lead's day, not the last told
            if len(v) == 10 and not d.get("end") and (published is None or v <= published) \
                    and (published is None or _days_between(v, published) <= NARRATIVE_DAYS):
                if best is not None and best.get("_sent") == d.get("_sent") and d.get("_sent") is not None \
                        and _in_noun_clause(doc, d) and not _in_noun_clause(doc, best):
                    continue  # "said on Thursday ... the incident, which took place on September 29": Thursday's
                best = d  # background dates ("the war began on Oct. 7 last year") do not carry over
        if later is not None and (sent.start == next(content_sents(doc)).start and best is None or (
                best is not None and best.get("_kind") == "dateline" and _perfect_lead(sent)
                and sent.start == (_lead_sentence(doc) or sent).start)):
            # ("BAKU, July 8. SOCAR and SPP have signed a memorandum ... The document was signed on July 7": a lead
            # in the present perfect tells no day; the paragraph after it does, not the filing day)
            best = later
        return dict(best, _narrative=True) if best else None

    @staticmethod
    def _planned_narrative_date(doc, sent, published):
        """An undated planned act continues the story of the coming occasion named just before it ("X will
        host the council in Minsk on 17 July. ... 'We are getting ready to host the meeting'"): the latest
        future day named in the few sentences before it; else no better guess than the story's day."""
        if not published:
            return None
        best = None
        recent = [x for x in content_sents(doc) if x.start < sent.start][-PLANNED_CONTEXT_SENTS:]
        for d in doc._.dates or []:
            if d["span"][0] >= sent.start_char:
                break
            if not recent or d["span"][0] < recent[0].start_char:
                continue  # only the occasion the story has just named
            v = str(d.get("value") or "")
            if len(v) == 10 and v > published and _days_between(v, published) <= 2 * NARRATIVE_DAYS \
                    and d.get("_kind") not in ("anniversary", "dateline"):
                best = d
        return dict(best, _narrative=True) if best else None

    @staticmethod
    def same_actor_dates(events, published, actors=None) -> None:
        """An undated act continues the story of its own actor: "ECOWAS leaders on Sunday agreed to ...
        (a paragraph on what others did on Saturday) ... the leaders also agreed on ..." is Sunday's act.
        The latest earlier act the text dates explicitly with the same source (country, or organisation)
        gives the date."""
        dated: dict[str, tuple[int, str]] = {}
        for ev in sorted(events, key=lambda e: e["trigger"]["span"][0]):
            # organisations share the code IGO: tell them apart by the body (its leaders, officials and the
            # body itself tell one story), else by actor
            codes = [((actors or {}).get(x["actor"], {}).get("org") or x["actor"]) if x["code"] in NON_STATE_CODES
                     else x["code"] for x in ev["source"] if x.get("code") and not x.get("inferred") and x.get("actor")]
            value = str(ev.get("date") or "")
            if ev.get("date_text") and not ev.get("planned") and len(value) == 10 and not ev.get("_earlier") \
                    and trigger_kind(ev["trigger"].get("pattern")) != "compiled":  # (flagged in an article)
                for c in codes:
                    dated[c] = (ev["trigger"]["span"][0], value)
            elif not ev.get("date_text") and not ev.get("planned") and not ev.get("_earlier") \
                    and any(c in dated for c in codes):
                _, v = max(dated[c] for c in codes if c in dated)
                if published is None or (v <= published and _days_between(v, published) <= NARRATIVE_DAYS):
                    ev["date"] = v

    @staticmethod
    def headline_dates(doc, events, symmetric=frozenset()) -> None:
        """A headline tells the story's act without its day ("DR Congo expels Rwandan ambassador"; the
        page's day is only when it was written): the act of the same category between the same parties that
        the body tells gives it its day (the first told), so that the two are one event."""
        lead = _lead_sentence(doc)
        if lead is None:
            return
        parties = partial(_parties, symmetric=symmetric)
        body = [ev for ev in events if ev["sentence_span"][0] >= lead.start_char and not ev.get("flags")
                and ev["source"] and ev.get("date")]
        # the day the lead tells its act on: what a headline the body does not retell happened on
        lead_days = [str(b["date"]) for b in body if b["sentence_span"][0] < lead.end_char and b.get("date_text")
                     and not b.get("planned") and len(str(b["date"])) == 10]
        for ev in events:
            if ev["sentence_span"][0] >= lead.start_char or ev.get("flags") or not ev["source"]:
                continue
            same = [b for b in body if b["event"] == ev["event"] and parties(b) == parties(ev)
                    and bool(b.get("planned")) == bool(ev.get("planned"))]
            if same:
                ev["date"] = min(same, key=lambda b: b["sentence_span"][0])["date"]
            elif not ev.get("date_text") and not ev.get("planned") and lead_days:
                ev["date"] = lead_days[0]  # "Thai jets strike Cambodian targets" / "Thailand scrambled jets on Thursday"

    @staticmethod
    def same_act_dates(events, published, symmetric=frozenset(), families=None, text=None) -> None:
        """An act the text does not date where it tells it is the same act as one of the same category
        between the same parties that it dates elsewhere: a headline or lead summarises ("X to visit Y";
        "days after the commanders met") and a later paragraph gives the day ("will pay a state visit to Y
        on Wednesday"; "the meeting ... on Saturday"). Take that day (same kind of act first, then the
        nearest), if the day is of the story (a past day within the narrative window, or a coming one) and
        the tenses agree (an announced act is not dated by a past one, nor a past act by a coming one).
        `symmetric`: the categories whose parties are one set; `families`: modes of one kind ("talks").
        A sentence that opens by setting its act before the story's ("Earlier, on October 15, X visited Y";
        "Previously, ...") tells another act: with `text` (the document's), it lends no day."""
        parties = partial(_parties, symmetric=symmetric)

        def usable(ev):
            value = str(ev.get("date") or "")
            if not ev.get("date_text") or ev.get("flags") or len(value) != 10 or not ev["source"] or ev.get("_earlier"):
                return False
            if published is None:
                return True
            if ev.get("planned") or value > published:
                return value >= published[:10] and _days_between(value, published) <= 2 * NARRATIVE_DAYS
            return _days_between(value, published) <= NARRATIVE_DAYS

        def earlier(ev):
            s0, s1 = ev.get("sentence_span") or (0, 0)
            return bool(text) and EARLIER_OPENING.match(text[s0:s1]) is not None

        dated = [ev for ev in events if usable(ev) and not earlier(ev)]
        for ev in events:
            if ev.get("date_text") or ev.get("flags") or not ev["source"] or ev.get("_earlier"):
                continue
            key = parties(ev)
            same = [d for d in dated if d["event"] == ev["event"] and parties(d) == key
                    and bool(d.get("planned")) == bool(ev.get("planned"))]
            if not same:
                continue
            families = families or {}
            family = families.get(ev.get("mode"), ev.get("mode"))
            best = min(same, key=lambda d: (families.get(d.get("mode"), d.get("mode")) != family,
                                            abs(d["sentence"] - ev["sentence"]), d["sentence"]))
            ev["date"] = best["date"]


CAPTION_LINE = re.compile(r"^\s*(?:\[?(?:photo|file photo|image|picture|caption|video)\]?\s*[:\-–|]|.*©)", re.I)


def _zone_restatement(text: str, d, items) -> bool:
    """"On August 18 (local time; August 19, Japan time)": a date in parentheses right after another one, in
    another time zone, restates the day told outside them; the act is dated by that one."""
    start = d["span"][0]
    opening = text.rfind("(", 0, start)
    if opening < 0 or ")" in text[opening:start]:
        return False
    closing = text.find(")", start)
    if closing < 0 or not re.search(r"\btime\b", text[opening:closing], re.I):
        return False
    return any(o is not d and o["span"][1] <= opening and not text[o["span"][1]:opening].strip() for o in items)


def _media_report_day(doc, d) -> bool:
    """Is date item `d` the day a news medium reported something ("KCNA reported on Friday that the missile
    flew ...", "state media said on Friday")? That is when the story reached print, not a day of its acts."""
    if not d.get("_tok"):
        return False
    t = doc[d["_tok"][0]]
    verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "on" else t.head if t.dep_ == "npadvmod" else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORTING_VERBS:
        return False
    actors = lookup.actor_index(doc)
    return any((actors.get(i) or {}).get("sector") in MEDIA_SECTORS for c in verb.children if c.dep_ == "nsubj"
               for m in [lookup.mention_at(doc, c.i)] if m for i in lookup.mention_actor_ids(m))


def _caption_at(text: str, pos: int) -> bool:
    """Is character `pos` in a picture's caption line ("Photo: ... © AFP", "FILE PHOTO: ...")? A caption dates
    its picture, not the story's narrative."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)]
    return bool(CAPTION_LINE.match(line))
