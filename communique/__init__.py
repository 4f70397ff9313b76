"""communique: news articles about international politics in, verifiable event data out.

Python API (see communique.notebook): `communique.extract(text, date=...)` -> document JSON dict,
`communique.open(path).events(...)` -> pandas DataFrame, `communique.pipeline()` -> spaCy Language.
"""

__version__ = "0.1.0"

from communique import pipeline  # noqa: E402,F401 - a callable package: communique.pipeline()


def extract(text, date=None, **kwargs) -> dict:
    """The document JSON of one article (see communique.notebook.extract)."""
    from communique.notebook import extract as _extract

    return _extract(text, date, **kwargs)


def open(path="communique.duckdb"):  # noqa: A001
    """A store opened for reading; `.events(...)` returns a DataFrame (see communique.notebook.StoreReader)."""
    from communique.notebook import open as _open

    return _open(path)
