"""PLOVER contexts of each event: what the event is about (military, economic, health, ...).

The PLOVER manual codes `context` from the sentence and the article.  Precision first: a context word
anywhere in a long article must not tag every event, so the evidence is taken in rings, nearest first,
and a ring is consulted only when the nearer ones gave nothing:

1. `sentence`: a context phrase in the event's own sentence, or the event itself (a participant of the
   military sector; the cyber/misinformation/airstrike modes; a verbal exchange between the governments
   of two different states, or with an intergovernmental body, is diplomatic);
2. `nearby`: a phrase in the sentence before or after;
3. `article`: a context that runs through the article (phrases in at least ARTICLE_MIN sentences and in at
   least ARTICLE_SHARE of them), at most ARTICLE_MAX such contexts.

Phrases come from `communique.ontology.contexts` (compiled from the PETRARCH2 issue file, plus our own
list) and are matched on lower-case forms with spaCy's PhraseMatcher: every inflected form is listed, so
no parse or lemma is needed and sentences the shortcut leaves unparsed count the same.  A blocking
phrase ("olive oil", "think tank") cancels the contexts it blocks wherever it overlaps a match.
Each event gets `contexts` (names, in the manual's order) and `context_evidence` (one
`{context, text, span, scope}` per context: the words it rests on).
"""

from __future__ import annotations

import bisect
import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher

from communique.ontology import contexts as lexicon
from communique.pipeline.extensions import doc_text
from communique.pipeline.textprep import content_sents

ARTICLE_MIN = 3  # sentences a context must appear in to count for the whole article
ARTICLE_SHARE = 0.15  # ... and this share of the article's sentences
ARTICLE_MAX = 2  # article-wide contexts given to an event at most
MODE_CONTEXTS = {"cyber": "cyber", "misinformation": "misinformation", "airstrike": "military"}
SECTOR_CONTEXTS = {"MIL": "military"}
VERBAL = {"verbal cooperation", "verbal conflict"}
NON_STATE_CODES = {"NGO", "MNC", "IMG"}
MILITIA = re.compile(r"\b(militia|militiamen|paramilitar|rebel|insurgent)", re.I)  # not state militaries


@Language.factory("communique_contexts")
def make_contexts(nlp, name):
    return ContextTagger(nlp)


class ContextTagger:
    def __init__(self, nlp):
        phrases, blocks = lexicon.lexicon()
        self.order = {c: i for i, c in enumerate(lexicon.names())}
        self.labels: dict[int, tuple[bool, tuple]] = {}  # match id -> (blocking?, contexts)
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for blocking, table in ((False, phrases), (True, blocks)):
            groups: dict[tuple, list[str]] = {}
            for form, ctxs in table.items():
                groups.setdefault(ctxs, []).append(form)
            for ctxs, forms in sorted(groups.items()):
                key = ("block:" if blocking else "ctx:") + "|".join(ctxs)
                self.labels[nlp.vocab.strings.add(key)] = (blocking, ctxs)
                self.matcher.add(key, list(nlp.tokenizer.pipe(forms)))

    def matches(self, doc) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, tuple]]]:
        """(start_char, end_char, context) of every phrase match that no blocking phrase cancels, and the
        blocking phrases themselves (start_char, end_char, contexts blocked)."""
        found, blocked = [], []
        for match_id, s, e in self.matcher(doc):
            blocking, ctxs = self.labels[match_id]
            (blocked if blocking else found).append((doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), ctxs))
        out = []
        for s, e, ctxs in found:
            for c in ctxs:
                if not _blocked(blocked, s, e, c):
                    out.append((s, e, c))
        return sorted(set(out)), blocked

    def __call__(self, doc):
        events = doc._.events or []
        if not events:
            return doc
        text = doc_text(doc)
        hits, blocked = self.matches(doc)
        starts = [h[0] for h in hits]
        sents = [(s.start_char, s.end_char) for s in content_sents(doc)]
        sent_starts = [s for s, _ in sents]
        article = self._article_contexts(hits, sents, sent_starts)
        for ev in events:
            span = ev.get("sentence_span") or (ev.get("trigger") or {}).get("span")
            evidence: dict[str, dict] = {}
            if span:
                s0, s1 = span
                self._add(evidence, text, self._within(hits, starts, s0, s1), "sentence")
            self._add_event_own(evidence, ev, blocked)
            if not evidence and span:
                k = bisect.bisect_right(sent_starts, span[0]) - 1
                near = [sents[j] for j in (k - 1, k + 1) if 0 <= j < len(sents) and j != k]
                for n0, n1 in near:
                    self._add(evidence, text, self._within(hits, starts, n0, n1), "nearby")
            if not evidence:
                for c, (s, e) in article:
                    evidence[c] = {"context": c, "text": text[s:e], "span": [s, e], "scope": "article"}
            ordered = sorted(evidence, key=lambda c: self.order.get(c, len(self.order)))
            ev["contexts"] = ordered
            ev["context_evidence"] = [evidence[c] for c in ordered]
        return doc

    @staticmethod
    def _within(hits, starts, s0, s1):
        i = bisect.bisect_left(starts, s0)
        j = bisect.bisect_left(starts, s1)
        return [h for h in hits[i:j] if h[1] <= s1]

    @staticmethod
    def _add(evidence, text, hits, scope):
        for s, e, c in hits:
            if c not in evidence:
                evidence[c] = {"context": c, "text": text[s:e], "span": [s, e], "scope": scope}

    @staticmethod
    def _add_event_own(evidence, ev, blocked=()):
        """Contexts the event carries itself: its mode, a state's military participant (not one whose words
        a blocking phrase covers: "director general"), a diplomatic exchange."""
        trig = ev.get("trigger") or {}
        own = []
        if ev.get("mode") in MODE_CONTEXTS:
            own.append((MODE_CONTEXTS[ev["mode"]], trig))
        parts = [p for side in ("source", "target") for p in ev.get(side) or []]
        for p in parts:
            ctx = SECTOR_CONTEXTS.get(p.get("sector"))
            if ctx and p.get("span") and _state_or_igo(p.get("code")) and \
                    not MILITIA.search(p.get("text") or "") and not _blocked(blocked, *p["span"], ctx):
                own.append((ctx, p))
        src = {p.get("code") for p in ev.get("source") or [] if _official(p)}
        tgt = {p.get("code") for p in ev.get("target") or [] if _official(p)}
        if ev.get("quad") in VERBAL and src and tgt and not (src & tgt):
            own.append(("diplomatic", trig))
        for c, where in own:
            if c not in evidence and where.get("span"):
                evidence[c] = {"context": c, "text": where.get("text"), "span": list(where["span"]),
                               "scope": "sentence"}

    @staticmethod
    def _article_contexts(hits, sents, sent_starts) -> list[tuple[str, tuple[int, int]]]:
        """The contexts that run through the article, with their first evidence."""
        seen: dict[str, set] = {}
        first: dict[str, tuple[int, int]] = {}
        for s, e, c in hits:
            k = bisect.bisect_right(sent_starts, s) - 1
            if k < 0 or s >= sents[k][1]:
                continue
            seen.setdefault(c, set()).add(k)
            first.setdefault(c, (s, e))
        need = max(ARTICLE_MIN, ARTICLE_SHARE * len(sents))
        ranked = sorted((c for c, ks in seen.items() if len(ks) >= need), key=lambda c: (-len(seen[c]), c))
        return [(c, first[c]) for c in ranked[:ARTICLE_MAX]]


def _blocked(blocked, s: int, e: int, context: str) -> bool:
    return any(bs < e and s < be and context in bc for bs, be, bc in blocked)


def _state_or_igo(code: str | None) -> bool:
    code = code or ""
    return code.startswith("IGO") or (len(code) == 3 and code.isalpha() and code not in NON_STATE_CODES)


def _official(p: dict) -> bool:
    """A party that speaks for a state or an intergovernmental body (for the diplomatic context)."""
    code = p.get("code") or ""
    if code.startswith("IGO"):
        return p.get("sector") in (None, "GOV")
    return len(code) == 3 and code.isalpha() and p.get("sector") == "GOV"
