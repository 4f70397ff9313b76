"""Property-based tests (hypothesis) over `extract` and the JSON Lines reader: a bounded profile in the
default run; `make fuzz` (scripts/fuzz.py) runs the long one.  Generators and checks: tests/fuzzing.py."""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings

import fuzzing
from communique.ingest.records import InputError, read_jsonl
from communique.store import Store

def profile(examples: int):
    """The bounded profile of the default run: fixed examples (derandomized), no deadline (timing is
    measured by scripts/fuzz.py, never asserted here)."""
    return settings(max_examples=examples, deadline=None, database=None, derandomize=True,
                    suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def memory_store():
    with Store(":memory:") as s:
        yield s


@profile(40)
@given(fuzzing.document_text())
def test_extract_gives_strict_schema_valid_json_with_exact_spans_that_the_store_accepts(nlp, memory_store, text):
    from communique.ingest.records import make_record
    from communique.pipeline.builder import make_doc
    from communique.pipeline.serialize import to_json

    rec = make_record(text, "fuzz", "fuzz")
    if isinstance(rec, InputError):  # only a text with nothing but white space is refused
        assert rec.message in ("record has no text", "record has a header but no body text")
        return
    doc = to_json(nlp(make_doc(nlp, rec.to_dict())))
    assert fuzzing.problems(doc, text) == []
    memory_store.add_documents([doc], {"fuzz": text})


@profile(150)
@given(fuzzing.st.lists(fuzzing.jsonl_line(), min_size=1, max_size=12))
def test_reader_yields_one_item_per_line_and_every_good_record(lines):
    data = b"\n".join(raw for raw, _ in lines) + b"\n"
    out = list(read_jsonl(io.BytesIO(data), "fuzz.jsonl"))
    expected = [good for raw, good in lines if raw.strip()]
    if expected:
        assert [not isinstance(x, InputError) for x in out] == expected
    else:
        assert len(out) == 1 and isinstance(out[0], InputError)  # "empty file"
