"""What kind of article this is: a news report, a live blog, or an opinion piece (comment, editorial, letter).

An event coder reads a news report sentence by sentence; a live blog retells one story's acts in update after
update, and an opinion piece argues, recalls and imagines, asserting as news only the few acts it dates. The
worthiness component codes only what the news sentences of the last two assert, so it needs to know the genre.

The decision rests on conventions a reader sees, each reported as a signal in the document JSON (`genre`):
- live blog: its own markers ("We're closing this live blog", "Here's a summary of the day",
  "That's it for today"), or its updates' times ("5.12pm GMT", twice at least: a report may say when it
  was updated);
- opinion: a contributor's note closing the piece ("• Jane Doe is a senior fellow at ..."); the conventions of
  a letter to the editor (the article it answers cited in brackets with its date, "your article", the letters
  page); an author speaking in the first person; or a commentator's voice: a long text that attributes
  little to anyone and quotes little (a report says who said what), and asks questions or says what should or
  must be done, or an essay of analysis that attributes and quotes nothing at all.
"""

from __future__ import annotations

import re

from spacy.language import Language

from communique.pipeline.extensions import doc_text

LIVE_BLOG = "live blog"
OPINION = "opinion"

LIVE_MARKERS = re.compile(
    r"\blive ?blog\b|\bhere[’']s (what we know|a summary|the latest|a round-?up|our summary)|\bsummary of (the day|"
    r"today|the latest|the key|what)|\bfollow (the latest|our live)|\bwe[’']ll be back\b|\bthat[’']s it for (today|"
    r"now|tonight)\b|\bwe[’']re (closing|wrapping) (this|up)|\bas it happened\b",
    re.IGNORECASE)
UPDATE_TIME = re.compile(r"\b\d{1,2}[.:]\d{2} ?(?:am|pm)? ?(?:GMT|BST|ET|EST|EDT|CET|CEST|UTC)\b", re.IGNORECASE)
MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# a letter answers an article it cites in brackets with its date: "(Syria talks collapse, 19 February)"
LETTER_MARKERS = re.compile(
    r"\([^()]{3,160}?,\s*(?:[\w.]+\.(?:com|co\.uk|org),\s*)?\d{1,2} " + MONTHS + r"\)"
    r"|\byour (?:article|report|editorial|leader|correspondent|obituary|columnist)\b|\bletters page\b"
    r"|\bgu\.com/letters\b|\bJoin the debate\b", re.IGNORECASE)
# the contributor's note: "• Jane Doe is a senior fellow at ...", "Jane Doe is the author of ..." as the last line
ROLE_NOUNS = (r"(?:commentator|columnist|fellow|author|co-author|professor|lecturer|director|researcher|editor|"
              r"correspondent|reporter|writer|analyst|founder|co-founder|chair|chief executive|journalist|activist|"
              r"campaigner|novelist|historian|economist|MP|MEP|senator|former|adviser|advisor|associate)")
NAME = r"(?:[A-Z][\w’'.-]+ (?:(?:al|el|bin|de|di|da|du|van|von|der|le|la) )?){1,3}[A-Z][\w’'-]+"
BIO = NAME + r" (?:is|was|are) (?:an? |the |now )?[^.•]{0,120}?\b" + ROLE_NOUNS + r"\b"
# after a bullet, the note may run on ("... He has reported from ..."); without one it is the last sentence
CONTRIBUTOR_NOTE = re.compile(r"•\s*" + BIO + r"[^•]{0,300}$|[.!?”]\s+" + BIO + r"[^.]{0,200}\.?\s*$")
TOLD_TO = re.compile(r"•\s*As told to\b", re.IGNORECASE)
# a briefing printed as questions and answers ("Q: ..." / "A: ..." paragraphs)
TRANSCRIPT_QUESTION = re.compile(r"^[ \t]*(?:Q|Question|QUESTION)[ \t]*[:.\-–—][ \t]+\S", re.M)
# (an answer opens with "A:" or with the name of who answers: "Maria Zakharova: ...")
TRANSCRIPT_ANSWER = re.compile(r"^[ \t]*(?:(?:A|Answer|ANSWER)[ \t]*[:.\-–—]|(?:[A-Z][\w.'’-]+ ){0,3}[A-Z][\w.'’-]+:)"
                               r"[ \t]+\S", re.M)
TRANSCRIPT_LINE = re.compile(r"^[ \t]*(?:(?:Q|A|Question|Answer|QUESTION|ANSWER)[ \t]*[:.\-–—]|"
                             r"(?:[A-Z][\w.'’-]+ ){0,3}[A-Z][\w.'’-]+:)[ \t]+[^\n]*", re.M)
QUOTED = re.compile(r"“[^”]{0,2000}”|\"[^\"\n]{0,2000}\"")
FIRST_PERSON = re.compile(r"\b(?:I|I’m|I'm|I’ve|I've|I’d|I'd|I’ll|I'll|my|me|myself)\b")
ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|tells|according to|added|announced|confirmed|reported|claimed|warned|stated|insisted|"
    r"denied|argued|wrote|tweeted)\b")
MODAL = re.compile(r"\b(?:should|must|ought to|need to|needs to)\b")

# the head of a government's own release ("Readout of President Biden's Meeting with ...", "Press Release",
# "Statements and Releases", "Joint Statement"): a report of the government's acts, however little it attributes
RELEASE_MARKERS = re.compile(r"\b(?:Readout of|Press [Rr]elease|Statements and Releases|Joint Statement|Press Statement|"
                             r"Media Statement|Official Statement|Press Briefing)\b")
RELEASE_HEAD = 600
# per 1,000 words of the author's own text (outside quotation marks)
FIRST_PERSON_RATE = 4.0  # an author who says "I" this often is giving a view or a testimony
ATTRIBUTION_RATE = 8.0  # a text that attributes this little, and asks questions or says what should be done
# an essay of analysis attributes nothing and quotes nothing at all, and need not ask or urge
SILENT_ATTRIBUTION_RATE, SILENT_QUOTED_SHARE, SILENT_WORDS = 2.0, 0.02, 600
QUOTED_SHARE = 0.1  # ... and quotes little
MODAL_RATE = 3.0  # "should", "must": the author says what ought to be done
COMMENTARY_WORDS = 400  # a short release or a snippet attributes nothing either: only a long text argues
FIRST_PERSON_MIN = 3  # (one "my" in a site's menu is no voice)


def detect(text: str) -> tuple[str | None, list[str]]:
    """The article's genre ("live blog", "opinion" or None for a report) and the signals that decided it."""
    live = LIVE_MARKERS.search(text)
    if live:
        return LIVE_BLOG, [f"live blog marker '{live.group(0)}'"]
    times = UPDATE_TIME.findall(text)
    if len(set(times)) >= 2:
        return LIVE_BLOG, [f"update times {', '.join(sorted(set(times))[:3])}"]
    if RELEASE_MARKERS.search(text[:RELEASE_HEAD]):
        # a government's readout or press release reports its own acts without attributing them: no commentary
        return None, [f"official release '{RELEASE_MARKERS.search(text[:RELEASE_HEAD]).group(0)}'"]
    tail = text[-600:]
    note = CONTRIBUTOR_NOTE.search(tail) or TOLD_TO.search(tail)
    if note:
        return OPINION, [f"contributor's note '{note.group(0).lstrip('•.!?” ').strip()[:80]}'"]
    own = QUOTED.sub(" ", text)  # the author's own words ("I read your report," he said: a speaker's)
    if TRANSCRIPT_QUESTION.search(own) and TRANSCRIPT_ANSWER.search(own):
        # a briefing printed as questions and answers: the reporters' questions and the briefer's answers are
        # neither the author's questions nor the author's words
        own = TRANSCRIPT_LINE.sub(" ", own)
    letter = LETTER_MARKERS.search(own)
    if letter:
        return OPINION, [f"letter to the editor '{letter.group(0)[:80]}'"]
    words = max(1, len(text.split()))
    own_words = max(1, len(own.split()))
    rate = lambda pattern: 1000 * len(pattern.findall(own)) / own_words  # noqa: E731
    first = rate(FIRST_PERSON)
    if first >= FIRST_PERSON_RATE and len(FIRST_PERSON.findall(own)) >= FIRST_PERSON_MIN:
        return OPINION, [f"author's first person {first:.1f} per 1,000 words"]
    attribution, quoted = rate(ATTRIBUTION), 1 - own_words / words
    questions, modals = own.count("?"), rate(MODAL)
    argued = questions or modals >= MODAL_RATE
    if words >= COMMENTARY_WORDS and quoted < QUOTED_SHARE and (
            attribution < ATTRIBUTION_RATE and argued or attribution < SILENT_ATTRIBUTION_RATE and quoted < SILENT_QUOTED_SHARE and words >= SILENT_WORDS):
        return OPINION, [f"commentary: {attribution:.1f} attributions per 1,000 words, {quoted:.0%} quoted, "
                         f"{questions} questions, {modals:.1f} should/must per 1,000 words"]
    return None, []


@Language.factory("communique_genre")
def make_genre(nlp, name):
    return GenreComponent()


class GenreComponent:
    """Writes `doc._.genre`: {"kind": "live blog" | "opinion" | None, "signals": [...]}."""

    def __call__(self, doc):
        kind, signals = detect(doc_text(doc))
        doc._.genre = {"kind": kind, "signals": signals}
        return doc
