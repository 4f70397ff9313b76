"""Helpers the regression modules share: run one text through the pipeline as a document, and read its
default events and side codes."""
from communique.pipeline import builder
from communique.pipeline.serialize import to_json


def run(nlp, text, published="2025-03-12"):
    return to_json(nlp(builder.make_doc(nlp, {"id": "t", "text": text, "published": published})))


def default(out, event=None):
    return [e for e in out["events"] if event is None or e["event"] == event]


def codes(side):
    return {a.get("code") for a in side}


def actor(out, surname):
    """The actor whose name ends with `surname`."""
    return next(a for a in out["actors"] if a["name"] and a["name"].split()[-1] == surname)


def codes_of(side):
    """The codes a side names (unplaced parties left out)."""
    return {a.get("code") for a in side if a.get("code")}


def coded(out, category, source=None):
    """The default events of `category` (by `source`'s codes, when given)."""
    return [e for e in out["events"] if e["event"] == category and (source is None or codes_of(e["source"]) == source)]
