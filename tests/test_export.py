"""`communique export` and the Python API: every format written, readable, and true to the store."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from communique.export import export, stream_events
from communique.export.delimited import GDELT_COLUMNS, PHOENIX_COLUMNS
from communique.store import Store

from conftest import ROOT, shared_file

TEXTS = {
    "r1": " date 2025-03-10\nGENEVA — Ruritania and Freedonia signed a water-sharing agreement in Geneva on Monday. "
          "Ruritanian Foreign Minister Anna Kell said the pact would last ten years.",
    "r2": " date 2025-04-02\nFreedonia accused Ruritania of shelling a border post, killing two soldiers. "
          "Russia condemned the attack and urged both sides to hold talks in Moscow.",
    "r3": " date 2025-05-20\nChina and Brazil signed a trade agreement worth $5 billion in Beijing on Tuesday.",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory, extract):
    path = tmp_path_factory.mktemp("export") / "s.duckdb"
    with Store(path) as s:
        s.add_documents([extract(t, id=i) for i, t in TEXTS.items()], TEXTS)
    return str(path)


def _run(db, fmt, out, **filters):
    with Store(db, read_only=True) as s:
        return export(s, fmt, str(out), **filters)


def test_every_row_format_has_one_row_per_stored_event(db, tmp_path):
    with Store(db, read_only=True) as s:
        n = s.count_events()
    assert n >= 3
    for fmt in ("csv", "jsonl", "plover", "gdelt", "phoenix"):
        out = tmp_path / f"x.{fmt}"
        assert _run(db, fmt, out) == {"events": n}
        lines = out.read_text(encoding="utf-8").splitlines()
        header = fmt in ("phoenix",)
        if fmt == "csv":
            assert len(list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))) == n
        else:
            assert len(lines) == n + header, fmt


def test_gdelt_rows_have_61_columns_in_the_published_order(db, tmp_path):
    assert len(GDELT_COLUMNS) == 61 and GDELT_COLUMNS[0] == "GlobalEventID" and GDELT_COLUMNS[-1] == "SOURCEURL"
    assert GDELT_COLUMNS[26] == "EventCode" and GDELT_COLUMNS[29] == "QuadClass" and GDELT_COLUMNS[56] == "ActionGeo_Lat"
    out = tmp_path / "g.tsv"
    _run(db, "gdelt", out)
    rows = list(csv.DictReader(out.open(encoding="utf-8"), fieldnames=GDELT_COLUMNS, delimiter="\t",
                               quoting=csv.QUOTE_NONE))
    for line in out.read_text(encoding="utf-8").splitlines():
        assert line.count("\t") == 60
    for r in rows:
        assert re.fullmatch(r"\d{8}", r["Day"]) and r["Year"] == r["Day"][:4]
        assert r["QuadClass"] in {"1", "2", "3", "4"}
        assert r["EventRootCode"] == r["EventCode"][:2]
        assert r["AvgTone"] == "" and r["Actor1Geo_FeatureID"] == ""  # not produced: empty, never invented
    ids = [r["GlobalEventID"] for r in rows]
    assert len(set(ids)) == len(ids)
    agree = [r for r in rows if r["EventRootCode"] == "05" or r["EventCode"].startswith("05")]
    # a signed agreement between Ruritania's and Freedonia's codes is an AGREE (CAMEO 05x/057)
    assert any({r["Actor1CountryCode"], r["Actor2CountryCode"]} == {"CHN", "BRA"} for r in rows)
    assert agree


def test_gdelt_action_geo_uses_fips_country_codes(db, tmp_path):
    out = tmp_path / "g.tsv"
    _run(db, "gdelt", out)
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"))) for line in out.read_text(encoding="utf-8").splitlines()]
    beijing = [r for r in rows if r["ActionGeo_FullName"] == "Beijing"]
    assert beijing and beijing[0]["ActionGeo_CountryCode"] == "CH" and beijing[0]["ActionGeo_Type"] == "4"


def test_plover_records_validate_against_the_shipped_schema(db, tmp_path):
    from communique.schema import plover_errors

    out = tmp_path / "p.jsonl"
    _run(db, "plover", out)
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert recs and all(plover_errors(r) == [] for r in recs)
    trade = next(r for r in recs if r["event"] == ["AGREE"] and {a.get("code") for a in r["actor"] + r["recipient"]}
                 >= {"CHN", "BRA"})
    assert trade["story_date"] == "2025-05-20" and trade["event_text"][0].startswith("China and Brazil")
    assert plover_errors({"id": "x", "date": "yesterday", "actor": [], "event": ["CHAT"]})


def test_phoenix_has_header_and_fixed_columns(db, tmp_path):
    out = tmp_path / "p.tsv"
    _run(db, "phoenix", out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == list(PHOENIX_COLUMNS)
    assert all(len(x.split("\t")) == len(PHOENIX_COLUMNS) for x in lines[1:])


def test_filters_match_the_events_command(db, tmp_path):
    with Store(db, read_only=True) as s:
        want = {(e["doc_id"], e["id"]) for e in s.query_events(actor="CHN")}
        got = {(i.doc_id, i.event["id"]) for i in stream_events(s, page=1, actor="CHN")}
    assert want and got == want


def test_parquet_tables_read_back_with_the_store_row_counts(db, tmp_path):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    counts = _run(db, "parquet", tmp_path / "pq")
    with Store(db, read_only=True) as s:
        for table, n in counts.items():
            assert s._cursor().execute(f"SELECT count(*) FROM {table}").fetchone()[0] == n
            df = pd.read_parquet(tmp_path / "pq" / f"{table}.parquet")
            assert len(df) == n
    ev = pd.read_parquet(tmp_path / "pq" / "events.parquet")
    assert str(ev["goldstein"].dtype) == "float64" and ev["planned"].dtype == bool
    sub = _run(db, "parquet", tmp_path / "cn", actor="CHN")
    assert sub["documents"] == 1 and 0 < sub["events"] < counts["events"]


def test_a_failed_export_leaves_no_file(db, tmp_path, monkeypatch):
    from communique.export import delimited

    def boom(self, item):
        raise RuntimeError("disk full")

    monkeypatch.setattr(delimited.GdeltWriter, "row", boom)
    out = tmp_path / "g.tsv"
    with pytest.raises(RuntimeError):
        _run(db, "gdelt", out)
    assert list(tmp_path.iterdir()) == []


def test_export_cli(db, tmp_path):
    from typer.testing import CliRunner

    from communique.cli import app

    runner = CliRunner()
    out = tmp_path / "e.csv"
    res = runner.invoke(app, ["export", "--db", db, "--format", "csv", "--out", str(out), "--event", "AGREE"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows and {r["event"] for r in rows} == {"AGREE"}
    res = runner.invoke(app, ["export", "--db", db, "--format", "parquet"])
    assert res.exit_code == 2 and "--out" in res.output
    res = runner.invoke(app, ["export", "--db", db, "--format", "gdelt", "--since", "2025-02-30"])
    assert res.exit_code == 2
    res = runner.invoke(app, ["export", "--db", db, "--format", "jsonl"])
    assert res.exit_code == 0 and all(json.loads(x)["doc_id"] for x in res.stdout.splitlines() if x.startswith("{"))


def test_news_dev_store_exports_every_format(tmp_path, extract):
    """The issue's check: a store built from news_dev, every format, counts equal to the store's."""
    pd = pytest.importorskip("pandas")
    path = shared_file("corpus/news_dev.jsonl")
    db = tmp_path / "news.duckdb"
    recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()][:8]
    with Store(db) as s:
        s.add_documents([extract(r["text"], r.get("date"), r["id"]) for r in recs], {r["id"]: r["text"] for r in recs})
        n = s.count_events()
    counts = _run(str(db), "parquet", tmp_path / "pq")
    assert counts["events"] == n == len(pd.read_parquet(tmp_path / "pq" / "events.parquet"))
    _run(str(db), "gdelt", tmp_path / "g.tsv")
    assert all(x.count("\t") == 60 for x in (tmp_path / "g.tsv").read_text(encoding="utf-8").splitlines())


# -- the Python API -------------------------------------------------------------------------------------------

def test_python_extract_returns_the_document_json():
    import communique
    from communique.schema import validate

    doc = communique.extract("China and Brazil signed a trade agreement in Beijing on Tuesday.", date="2025-05-20")
    validate(doc)
    assert doc["published"] == "2025-05-20" and doc["events"][0]["event"] in ("SUPPORT", "AGREE")
    assert {"SUPPORT", "AGREE"} <= {e["event"] for e in doc["events"]}  # signing: the manual's and the records' code
    with pytest.raises(ValueError):
        communique.extract("   ")


def test_python_open_events_is_a_dataframe(db):
    pytest.importorskip("pandas")
    import communique

    with communique.open(db) as store:
        df = store.events(actor="CHN")
        assert len(df) >= 1 and {"date", "event", "source", "target"} <= set(df.columns)
        assert int(store.sql("SELECT count(*) AS n FROM documents")["n"][0]) == len(TEXTS)


def test_python_pipeline_is_a_spacy_language():
    import communique
    from communique.pipeline.serialize import to_json

    nlp = communique.pipeline()
    # (real states: a venue is no partner, and invented names are no political actors)
    doc = nlp("Ethiopia and Eritrea signed a ceasefire agreement in Geneva.")
    assert "communique_events" in nlp.pipe_names
    assert to_json(doc)["events"]


def test_readme_python_example_runs(tmp_path, monkeypatch):
    """The README's notebook example, executed as written (in a folder with a fresh store)."""
    pytest.importorskip("pandas")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- python-api-example -->\s*```python\n(.*?)```", readme, re.S)
    assert block, "README lost its Python API example"
    monkeypatch.chdir(tmp_path)
    exec(compile(block.group(1), "README.md", "exec"), {})


def test_exports_carry_the_event_cluster(tmp_path):
    """Two outlets reporting one signing: GDELT counts 2 mentions, 2 sources, 2 articles; PLOVER links them."""
    from communique.export.delimited import GDELT_COLUMNS

    part = lambda c: {"actor": None, "code": c, "sector": "GOV", "text": c, "span": [0, 1]}  # noqa: E731
    ev = {"id": "e1", "event": "AGREE", "mode": "sign", "cameo": "057", "quad": "verbal cooperation",
          "goldstein": 8.0, "source": [part("KAZ"), part("RUS")], "target": [], "date": "2025-03-09",
          "date_text": "Sunday", "planned": False, "negated": False, "trigger": {"text": "signed", "span": [0, 6]},
          "confidence": 0.9, "location": None}
    docs = [{"id": d, "url": f"https://{d}.example/x", "published": "2025-03-10", "actors": [], "events": [ev],
             "quotes": [], "amounts": [], "dates": [], "places": []} for d in ("one", "two")]
    db = tmp_path / "c.duckdb"
    with Store(db) as s:
        s.add_documents(docs, {"one": "Kazakhstan and Russia signed.", "two": "Russia and Kazakhstan signed a pact."})
    _run(str(db), "gdelt", tmp_path / "g.tsv")
    rows = [dict(zip(GDELT_COLUMNS, x.split("\t"))) for x in (tmp_path / "g.tsv").read_text().splitlines()]
    assert [(r["NumMentions"], r["NumSources"], r["NumArticles"]) for r in rows] == [("2", "2", "2")] * 2
    _run(str(db), "plover", tmp_path / "p.jsonl")
    links = {json.loads(x)["link"] for x in (tmp_path / "p.jsonl").read_text().splitlines()}
    assert len(links) == 1 and next(iter(links)).startswith("c-")
