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
