"""One regression test per failure found by fuzzing (issue 15): each bad input fails alone with one line,
every good record around it is stored, the document JSON is strict JSON the store accepts.

The inputs are written here by hand; the generated ones live in tests/test_fuzz.py."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.ingest.records import InputError, make_record, read_jsonl
from communique.ingest.validation import MAX_JSON_DEPTH, depth
from communique.schema import validate
from communique.store import Store

GOOD = ["Envoys from Chile and Peru met in Lima on Tuesday to discuss fishing rights.",
        "The government of Ghana announced new sanctions against three mining companies on Friday.",
        "Thousands of teachers protested outside the parliament in Nairobi on Monday.",
        "Norway pledged aid to Malawi after the floods, its foreign minister said."]


def jl(**rec) -> bytes:
    return json.dumps(rec).encode()


def mixed_file(tmp_path, bad: bytes):
    """Good, bad, good: the bad line is line 2."""
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join([jl(id="g1", text=GOOD[0]), bad, jl(id="g2", text=GOOD[1])]) + b"\n")
    return src


def ingest(tmp_path, *args):
    db = tmp_path / "store.duckdb"
    res = CliRunner().invoke(app, ["ingest", "--db", str(db), *map(str, args)])
    assert "Traceback" not in res.output
    assert res.exception is None or isinstance(res.exception, SystemExit)
    with Store(db, read_only=True) as s:
        ids = {d["id"] for d in s.list_documents()}
    return res, ids


def errors(res) -> list[str]:
    return [line for line in res.stderr.splitlines() if line.startswith("error:")]


BAD_LINES = {
    "nested_10000_deep": b'{"id": "deep", "text": ' + b"[" * 10_000 + b"]" * 10_000 + b"}",
    "lone_surrogate_no_id": b'{"text": "Talks \\ud800 resumed in Geneva."}',
    "object_as_id": b'{"id": {"a": 1}, "text": "Talks resumed in Geneva."}',
    "boolean_id": b'{"id": true, "text": "Talks resumed in Geneva."}',
    "number_as_text": b'{"id": "n", "text": 12}',
    "list_as_title": b'{"id": "t", "text": "Talks resumed in Geneva.", "title": ["a"]}',
    "surrogate_in_title": b'{"id": "t", "text": "Talks resumed.", "title": "\\udc00"}',
}


@pytest.mark.parametrize("name", sorted(BAD_LINES))
def test_bad_line_among_good_records_fails_alone(nlp, tmp_path, name):
    res, ids = ingest(tmp_path, mixed_file(tmp_path, BAD_LINES[name]))
    assert ids == {"g1", "g2"}
    assert res.exit_code == 1
    assert len(errors(res)) == 1 and errors(res)[0].startswith(f"error: {tmp_path / 'in.jsonl'}:2: ")


def test_record_over_the_size_limit_is_refused_not_cut(nlp, tmp_path):
    big = jl(id="big", text="Talks resumed in Geneva. " * 100)
    res, ids = ingest(tmp_path, "--max-chars", "1000", mixed_file(tmp_path, big))
    assert ids == {"g1", "g2"} and res.exit_code == 1
    assert "exceeds the limit of 1,000 (--max-chars)" in errors(res)[0]


def test_json_depth_limit():
    ok = b'{"id": "a", "text": "x", "extra": ' + b"[" * (MAX_JSON_DEPTH - 1) + b"]" * (MAX_JSON_DEPTH - 1) + b"}"
    too_deep = b'{"id": "a", "text": "x", "extra": ' + b"[" * MAX_JSON_DEPTH + b"]" * MAX_JSON_DEPTH + b"}"
    assert depth(json.loads(ok)) == MAX_JSON_DEPTH
    out = list(read_jsonl(iter([ok, too_deep]), "f"))
    assert not isinstance(out[0], InputError)
    assert isinstance(out[1], InputError) and "nested deeper" in out[1].message


def test_integer_id_is_kept_as_its_digits():
    rec = make_record("Talks resumed in Geneva.", "f:1", 42)
    assert rec.id == "42"


def test_huge_count_is_text_with_null_value_and_stored(extract, tmp_path):
    text = "Police arrested 9999999999999999999999999999999999999999 protesters in Almaty on Monday."
    doc = extract(text)
    json.dumps(doc, allow_nan=False)
    validate(doc, text)
    huge = [a for a in doc["amounts"] if a["text"].startswith("9999")]
    assert huge and huge[0]["value"] is None and any("value null" in w for w in doc["warnings"])
    assert all(e.get("arrested") is None for e in doc["events"])
    with Store(tmp_path / "s.duckdb") as s:
        assert s.add_documents([doc], {"t": text}) == {"added": 1, "replaced": 0, "unchanged": 0}


def test_200_digit_amount_gives_strict_json(extract, tmp_path):
    text = "Russia pledged $" + "1" * 200 + " to Kazakhstan on Monday."
    doc = extract(text)
    json.dumps(doc, allow_nan=False)  # no Infinity
    validate(doc, text)
    assert [a["value"] for a in doc["amounts"]] == [None]
    with Store(tmp_path / "s.duckdb") as s:
        s.add_documents([doc], {"t": text})


def test_ordinary_document_has_no_warnings_field(extract):
    assert "warnings" not in extract(GOOD[0])


def test_store_takes_out_of_range_numbers_as_null(tmp_path):
    doc = {"id": "x", "published": None, "language": "en", "dateline": None, "actors": [], "quotes": [],
           "dates": [], "places": [], "amounts": [{"value": 1e300, "unit": "USD", "text": "x", "span": [0, 1],
                                                  "year": 10 ** 40}],
           "events": [{"id": "e0", "event": "ASSAULT", "dead": 10 ** 40, "injured": 3, "sentence": 0,
                       "source": [], "target": []}]}
    with Store(tmp_path / "s.duckdb") as s:
        s.add_documents([doc], {"x": "x"})
        dead, injured = s._cursor().execute("SELECT dead, injured FROM events").fetchone()
        assert (dead, injured) == (None, 3)
        assert s.get_document("x")["events"][0]["dead"] == 10 ** 40  # the document JSON keeps the figure


def test_document_over_its_time_budget_is_skipped_and_reported(nlp):
    from communique.pipeline import runner

    runner._NLP = nlp
    recs = [make_record(t, f"f:{i}", f"r{i}").to_dict() for i, t in enumerate(GOOD[:2])]
    out = runner.process_batch(recs, doc_timeout=1e-6)
    assert [doc for _, doc, _ in out] == [None, None]
    assert all("took longer than" in err and "--doc-timeout" in err for _, _, err in out)
    out = runner.process_batch(recs, doc_timeout=60)
    assert all(doc is not None and err is None for _, doc, err in out)


def test_time_budget_is_lifted_afterwards():
    import signal

    from communique.pipeline.runner import time_budget

    with time_budget(30):
        assert signal.getitimer(signal.ITIMER_REAL)[0] > 0
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def _spans_agree(doc, text):
    from fuzzing import problems

    assert problems(doc, text) == []


def test_long_emoji_run_is_tokenized_in_pieces_with_the_text_intact(nlp):
    from communique.pipeline.tokenizer import LONG_RUN, PIECE

    text = "Russia signed a deal. " + "😀" * 3000 + " Kazakhstan agreed."
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert max(len(t.text) for t in doc) <= PIECE
    plain = "Russia signed a deal with Kazakhstan on Monday, officials said. " + "x" * LONG_RUN
    assert [t.text for t in nlp.make_doc(plain)] == [t.text for t in nlp.tokenizer.tokenizer(plain)]


def test_emoji_document_extracts(extract):
    text = "Russia signed a deal with Kazakhstan. " + "😀" * 2000 + " The minister said."
    _spans_agree(extract(text), text)


def test_run_on_sentence_is_cut_for_the_model_and_says_so(extract, nlp):
    from communique.pipeline.gate import MAX_SENTENCE_TOKENS

    text = " and ".join(["Russia accused Ukraine of shelling the town"] * 80) + "."
    from communique.pipeline.builder import make_doc

    doc = nlp(make_doc(nlp, make_record(text, "f", "r").to_dict()))
    assert max(len(s) for s in doc.sents) <= MAX_SENTENCE_TOKENS < len(doc)
    out = extract(text)
    _spans_agree(out, text)
    assert any("pieces" in w for w in out["warnings"])


def test_long_list_of_counts_reads_every_count(extract):
    text = "Officials counted " + ", ".join(f"{i} people" for i in range(5, 305)) + " in the camps."
    out = extract(text)
    _spans_agree(out, text)
    assert len([a for a in out["amounts"] if a["unit"] == "people"]) >= 250


def test_aid_target_span_is_the_place_it_names(extract):
    text = ("China sent relief to Afghanistan after the earthquake. On Tuesday, two planes carrying $8 million "
            "worth of Chinese relief supplies for quake survivors landed at Kabul airport.")
    _spans_agree(extract(text, published="2025-09-02"), text)


def test_every_case_of_the_issue_in_one_file_among_good_records(nlp, tmp_path, monkeypatch):
    """All the issue's inputs in one file, each between good records, ingested in batches of one: the bad
    records (broken lines, odd types, over the size limit, over the time budget) fail with one line each
    naming their line; the inputs that used to crash or stall the run are stored like the good ones."""
    from communique.pipeline import runner

    once_fatal = {  # crashed extraction, the store or strict JSON, or stalled a worker (issue 15)
        "feb30": "MOSCOW, Feb. 30 (Reuters) - Russia signed.",
        "huge_count": "Police arrested " + "9" * 40 + " protesters in Almaty on Monday.",
        "digits_200": "Russia pledged $" + "1" * 200 + " to Kazakhstan on Monday.",
        "emoji": "Talks resumed in Geneva. " + "😀" * 30_000,
        "counts": ", ".join(f"{i} people" for i in range(1_000)) + " were counted.",
        "said_that": "The minister said that " * 300 + "Russia attacked Ukraine.",
        "run_on": ", ".join(["Russia accused Ukraine of shelling the town"] * 200) + ".",
    }
    lines, bad, good = [], [], set()

    def add_good():
        good.add(f"g{len(good)}")
        lines.append(jl(id=f"g{len(good) - 1}", text=GOOD[len(good) % len(GOOD)]))

    for raw in [*BAD_LINES.values(), jl(id="big", text="x " * 1_000_001), jl(id="slow", text=GOOD[0])]:
        add_good()
        lines.append(raw)
        bad.append(len(lines))
    for name, text in once_fatal.items():
        add_good()
        lines.append(jl(id=name, text=text))
    add_good()
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")

    result = runner._result

    def stalls(r, doc):  # the record "slow" uses up its time budget (as the alarm does; the alarm itself is
        if r.get("id") == "slow":  # tested above): a budget short enough to wait out would be load-dependent
            raise runner.DocTimeout()
        return result(r, doc)

    monkeypatch.setattr(runner, "_result", stalls)
    res, ids = ingest(tmp_path, "--batch-size", "1", src)
    assert ids == good | set(once_fatal), res.stderr
    assert res.exit_code == 1
    assert sorted(int(e.split(f"{src}:")[1].split(":")[0]) for e in errors(res)) == bad, errors(res)
