"""The Python API for notebooks and scripts: `communique.extract`, `communique.open`, `communique.pipeline`.

    import communique
    doc = communique.extract("ALMATY — ... paid an official visit to Russia on Oct. 22 ...", date="2025-10-23")
    with communique.open("communique.duckdb") as store:
        df = store.events(dyad="KAZ-RUS", since="2025-10-01")      # a pandas DataFrame
    nlp = communique.pipeline()                                    # spaCy Language with every extractor

pandas is an optional extra (`pip install communique[pandas]`); everything else needs only the core install.
"""

from __future__ import annotations

import threading
from functools import lru_cache

_LOCK = threading.Lock()


@lru_cache(maxsize=4)
def _pipeline(model: str | None):
    from communique.pipeline.builder import build_pipeline

    return build_pipeline(model)


def _record(text: str, date=None, id=None, url=None, title=None, source=None) -> dict:
    from communique.ingest.records import InputError, make_record

    rec = make_record(text, "<text>", rid=id, date=date, url=url, title=title, source=source)
    if isinstance(rec, InputError):
        raise ValueError(rec.message)
    return rec.to_dict()


def extract(text: str, date: str | None = None, *, id: str | None = None, url: str | None = None,
            title: str | None = None, source: str | None = None, model: str | None = None) -> dict:
    """The document JSON (docs/document-json.md) of one article, as a dict.

    `date` is the publication date (YYYY-MM-DD) that relative dates resolve against. The pipeline is loaded
    on the first call and kept. Raises ValueError on input the command line would reject (no text, an
    impossible date)."""
    from communique.pipeline.builder import make_doc
    from communique.pipeline.serialize import to_json

    record = _record(text, date, id, url, title, source)
    with _LOCK:  # one pipeline object per process: calls from several threads take turns
        nlp = _pipeline(model)
        return to_json(nlp(make_doc(nlp, record)))


def pipeline(model: str | None = None):
    """A new spaCy `Language` with communique's components; `nlp(text)` and `nlp.pipe(texts)` run them all.

    Texts go through the same preparation as `communique extract` (header line and dateline blanked, spans
    into the original text); read results with `communique.pipeline.serialize.to_json(doc)` or the Doc's
    `doc._.` extensions. Add your own components with `nlp.add_pipe` as for any spaCy pipeline."""
    from communique.pipeline.builder import build_pipeline, make_doc

    nlp = build_pipeline(model)
    nlp.make_doc = lambda text: make_doc(nlp, _record(text))
    return nlp


class StoreReader:
    """A store opened for reading from Python; query results are pandas DataFrames."""

    def __init__(self, path):
        from communique.store import Store

        self.path = str(path)
        self.store = Store(self.path, read_only=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self) -> None:
        self.store.close()

    def events(self, dyad=None, directed: bool = False, actor=None, event=None, quad=None, since=None, until=None,
               text=None, limit: int | None = None, context=None):
        """Events matching the filters of `communique events`, newest first, one row per event: the columns of
        `communique events --format csv` (participants' codes joined by ';')."""
        pd = _pandas()
        from communique.commands.query import CSV_COLUMNS, flat_row

        rows = self.store.query_events(dyad=dyad, directed=directed, actor=actor, event=event, quad=quad,
                                       since=since, until=until, q=text, limit=limit, context=context)
        return pd.DataFrame([flat_row(e) for e in rows], columns=list(CSV_COLUMNS))

    def documents(self, limit: int | None = None, text=None, since=None, until=None):
        """Stored documents (without their text), newest first."""
        pd = _pandas()
        return pd.DataFrame(self.store.list_documents(limit=limit, q=text, since=since, until=until))

    def document(self, doc_id: str) -> dict | None:
        """One stored document JSON (with its original text), or None."""
        return self.store.get_document(doc_id)

    def sql(self, query: str, params: list | None = None):
        """Any read-only SQL over the store's tables (docs/store.md), as a DataFrame."""
        _pandas()
        return self.store._cursor().execute(query, params or []).df()


def open(path="communique.duckdb") -> StoreReader:  # noqa: A001 - `communique.open` mirrors the builtin's role
    """Open a store for reading (a context manager)."""
    return StoreReader(path)


def _pandas():
    try:
        import pandas
    except ImportError:
        raise ImportError("this needs pandas: pip install 'communique[pandas]'") from None
    return pandas
