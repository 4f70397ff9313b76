"""The JSON Schema (draft 2020-12) of the document JSON, and a validator for it.

The schema is the machine-checkable half of docs/document-json.md: strict on types and
vocabularies (PLOVER categories, codes, spans), permissive on extra fields.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


class DocumentInvalid(ValueError):
    """A document JSON that does not match the schema; `errors` lists every problem."""

    def __init__(self, errors: list[str]):
        super().__init__("; ".join(errors[:5]) + (f" (+{len(errors) - 5} more)" if len(errors) > 5 else ""))
        self.errors = errors


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(resources.files("communique.schema").joinpath("document.schema.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _validator():
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema())


def errors(doc: dict) -> list[str]:
    """Every schema violation as 'path: message' (empty when the document is valid)."""
    out = []
    for err in sorted(_validator().iter_errors(doc), key=lambda e: list(map(str, e.absolute_path))):
        path = "/".join(str(p) for p in err.absolute_path) or "<document>"
        out.append(f"{path}: {err.message}")
    return out


def span_errors(doc: dict, text: str) -> list[str]:
    """Spans outside the text or reversed (the schema cannot see the text)."""
    out = []

    def check(path, sp):
        if isinstance(sp, list) and len(sp) == 2 and all(isinstance(x, int) for x in sp):
            if not 0 <= sp[0] <= sp[1] <= len(text):
                out.append(f"{path}: span {sp} outside text of length {len(text)}")

    def walk(obj, path):
        if isinstance(obj, dict):
            for k, v in obj.items():
                if k == "span":
                    check(f"{path}/span", v)
                elif k == "mentions" and isinstance(v, list):
                    for i, sp in enumerate(v):
                        check(f"{path}/mentions/{i}", sp)
                else:
                    walk(v, f"{path}/{k}")
        elif isinstance(obj, list):
            for i, v in enumerate(obj):
                walk(v, f"{path}/{i}")

    walk(doc, "")
    return out


def validate(doc: dict, text: str | None = None) -> dict:
    """Return `doc` unchanged if valid; raise DocumentInvalid listing every problem.

    With `text` (the original input), also check that every span lies inside it.
    """
    problems = errors(doc) + (span_errors(doc, text) if text is not None else [])
    if problems:
        raise DocumentInvalid(problems)
    return doc


@lru_cache(maxsize=1)
def _plover_validator():
    from jsonschema import Draft202012Validator

    text = resources.files("communique.schema").joinpath("plover_event.schema.json").read_text("utf-8")
    return Draft202012Validator(json.loads(text))


def plover_errors(record: dict) -> list[str]:
    """Every violation of the PLOVER export record schema (`communique export --format plover`)."""
    return [f"{'/'.join(map(str, e.absolute_path)) or '<record>'}: {e.message}"
            for e in _plover_validator().iter_errors(record)]
