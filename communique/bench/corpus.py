"""A corpus repeated `scale` times with new ids, written as JSON Lines one record at a time."""

from __future__ import annotations

import json
from itertools import islice
from typing import Iterable, Iterator


def scaled_records(inputs: Iterable[str], scale: int, limit: int | None = None) -> Iterator[dict]:
    """Yield record dicts: the (first `limit`) valid input records, `scale` times; repeat r > 1 gets id
    "<id>~r".  The input is read again for every repeat, so nothing is held in memory."""
    from communique.ingest import Record, read_inputs

    for r in range(1, scale + 1):
        valid = (x for x in read_inputs(list(inputs)) if isinstance(x, Record))
        for rec in islice(valid, limit):
            yield {"id": rec.id if r == 1 else f"{rec.id}~{r}", "text": rec.text, "date": rec.published,
                   "url": rec.url, "title": rec.title, "source": rec.source}


def write_scaled(inputs: Iterable[str], scale: int, dest: str, limit: int | None = None) -> tuple[int, int]:
    """Write the scaled corpus to `dest`; return (articles, words)."""
    articles = words = 0
    with open(dest, "w", encoding="utf-8") as out:
        for rec in scaled_records(inputs, scale, limit):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            articles += 1
            words += len(rec["text"].split())
    return articles, words


def texts(path: str) -> Iterator[str]:
    """The texts of a JSON Lines file, streamed."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)["text"]
