"""Turn posted records into document JSON inside the web process.

The spaCy pipeline is loaded on first use only (the dashboard alone never needs it) and then
kept for the life of the process; a lock serialises use of it, because one pipeline object
is not meant to be driven by several threads at once.
"""

from __future__ import annotations

import json
import threading

from communique.ingest.records import InputError, make_record

RECORD_FIELDS = {"id", "text", "date", "url", "title", "source"}
MAX_RECORDS = 1000


class BadInput(ValueError):
    """Posted input that is not a valid record (list); the API answers 422 with this message."""


def parse_records(body: bytes) -> tuple[list, bool]:
    """Validate a JSON body holding one record or a list of them.

    Returns (list of validated Record objects, whether a single object was posted).
    """
    if not body.strip():
        raise BadInput("empty request body: send a JSON object {\"text\": ...} or a list of them")
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise BadInput(f"request body is not UTF-8 (undecodable byte at {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise BadInput(f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except RecursionError:
        raise BadInput("JSON nested too deeply") from None
    single = isinstance(data, dict)
    items = [data] if single else data
    if not isinstance(items, list):
        raise BadInput("expected a JSON object {\"text\": ...} or a list of such objects")
    if not items:
        raise BadInput("empty list: nothing to process")
    if len(items) > MAX_RECORDS:
        raise BadInput(f"too many records in one request ({len(items)}; at most {MAX_RECORDS})")
    records = []
    for i, obj in enumerate(items):
        where = "record" if single else f"record {i}"
        if not isinstance(obj, dict):
            raise BadInput(f"{where}: expected a JSON object, got {type(obj).__name__}")
        if "text" not in obj:
            raise BadInput(f"{where}: missing field \"text\"")
        if not isinstance(obj["text"], str):
            raise BadInput(f"{where}: field \"text\" must be a string")
        for key in ("id", "date", "url", "title", "source"):
            val = obj.get(key)
            if val is not None and not isinstance(val, (str, int)) or isinstance(val, bool):
                raise BadInput(f"{where}: field \"{key}\" must be a string")
        rec = make_record(obj["text"], where, obj.get("id"), obj.get("date"), obj.get("url"), obj.get("title"),
                          obj.get("source"))
        if isinstance(rec, InputError):
            raise BadInput(str(rec))
        records.append(rec)
    ids = [r.id for r in records]
    if len(set(ids)) != len(ids):
        raise BadInput("two records in one request share an id")
    return records, single


class Processor:
    """Lazily built pipeline, shared by all requests of this process."""

    def __init__(self, model: str | None = None, nlp=None):
        self.model = model
        self._nlp = nlp
        self._lock = threading.Lock()

    def _pipeline(self):
        if self._nlp is None:
            from communique.pipeline.builder import build_pipeline

            self._nlp = build_pipeline(self.model)
        return self._nlp

    def process(self, records) -> list[dict]:
        """Document JSON for each record, in order; raises BadInput naming the record that failed."""
        from communique.pipeline.builder import make_doc
        from communique.pipeline.serialize import to_json

        out = []
        with self._lock:
            nlp = self._pipeline()
            for rec in records:
                try:
                    out.append(to_json(nlp(make_doc(nlp, rec.to_dict()))))
                except Exception as exc:  # noqa: BLE001 - reported to the client with the record named
                    raise BadInput(f"{rec.origin}: could not be processed: {type(exc).__name__}: {exc}") from exc
        return out
