"""`communique ingest --dask` (issue 19): partitions read exactly what a local ingest reads, a distributed run
stores exactly what a local run stores, and a worker killed mid-task loses and duplicates nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from communique.ingest.dask_partitions import PartitionError, plan
from communique.ingest.records import InputError, read_path
from communique.store import Store
from communique.store.store import TABLE_COLUMNS
from conftest import run_cli, shared_file

ROOT = Path(__file__).resolve().parents[1]
N_ARTICLES = 12


def _lines(path: Path) -> list[str]:
    rows = ["", json.dumps({"id": "a", "text": "Chile and Peru signed a fishing accord in Lima on Tuesday."}),
            "not json at all", "   ",
            json.dumps({"id": "b", "text": "Ghana recalled its ambassador from Togo on Thursday. " * 40}),
            json.dumps({"id": "c", "text": "Norway's foreign minister visited Santiago on Monday."}), ""]
    rows += [json.dumps({"id": f"x{i}", "text": f"Talks number {i} between Chile and Peru resumed in Lima."})
             for i in range(30)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return rows


def _read(partitions) -> list[tuple]:
    from communique.ingest.dask_worker import read_piece

    out = []
    for part in partitions:
        for piece in part.pieces:
            for r in read_piece(piece, 2_000_000):
                out.append((r.origin, str(r)) if isinstance(r, InputError) else (r.origin, r.id, r.text))
    return out


@pytest.mark.parametrize("size", [1, 50, 333, 4096, 10 ** 9])
def test_line_ranges_read_every_record_once_with_its_line_number(tmp_path, size):
    path = tmp_path / "in.jsonl"
    _lines(path)
    partitions = plan([str(path)], workers=2, partition_bytes=size)
    assert len(partitions) >= (2 if size < 4096 else 1)
    pieces = [p for part in partitions for p in part.pieces]
    assert pieces[0].start in (0, None) and all(a.end == b.start for a, b in zip(pieces, pieces[1:]))
    local = [(r.origin, str(r)) if isinstance(r, InputError) else (r.origin, r.id, r.text)
             for r in read_path(path)]
    assert _read(partitions) == local


def test_small_files_are_grouped_and_stdin_is_refused(tmp_path):
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(f"Chile and Peru met in Lima on day {i}.", encoding="utf-8")
    (tmp_path / ".hidden").write_text("not read", encoding="utf-8")
    partitions = plan([str(tmp_path)], workers=1, partition_bytes=80)
    assert 1 < len(partitions) < 5 and sum(len(p.pieces) for p in partitions) == 5
    assert [r.origin for r in read_path(tmp_path)] == [o for o, *_ in _read(partitions)]
    with pytest.raises(PartitionError):
        plan(["-"], workers=1)
    with pytest.raises(PartitionError):
        plan([str(tmp_path / "missing.jsonl")], workers=1)


def _subset(tmp_path) -> Path:
    src = shared_file("guardian_sample/guardian_2019.jsonl")
    dest = tmp_path / "guardian12.jsonl"
    with open(src, encoding="utf-8") as f, open(dest, "w", encoding="utf-8") as out:
        for _, line in zip(range(N_ARTICLES), f):
            out.write(line)
    return dest


def _items(db) -> dict:
    """Sets of (document id, item JSON) for the documents, events and quotes, and every table's rows."""
    out = {"documents": set(), "events": set(), "quotes": set()}
    with Store(db, read_only=True) as s:
        cur = s._cursor()
        for doc_id, body in cur.execute("SELECT id, doc FROM documents").fetchall():
            doc = json.loads(body)
            out["documents"].add((doc_id, body))
            out["events"] |= {(doc_id, json.dumps(e, sort_keys=True)) for e in doc.get("events") or []}
            out["quotes"] |= {(doc_id, json.dumps(q, sort_keys=True)) for q in doc.get("quotes") or []}
        for table, cols in TABLE_COLUMNS.items():
            rows = cur.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
            out[table + " rows"] = sorted(map(repr, rows))
        out["documents stored"] = cur.execute("SELECT count(*) FROM documents").fetchone()[0]
        # who extracted each document (`communique reprocess` and the skip of unchanged input read it)
        out["document versions"] = sorted(map(repr, cur.execute(
            "SELECT doc_id, extracted_by, kb_version FROM document_versions").fetchall()))
        if cur.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'actor_kb'").fetchone()[0]:
            out["knowledge base"] = sorted(map(repr, cur.execute(
                "SELECT name_key, code, role, n_docs FROM actor_kb").fetchall()))
    return out


@pytest.fixture(scope="module")
def local_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("local")
    corpus = _subset(tmp)
    res = run_cli("ingest", "--db", tmp / "local.duckdb", corpus)
    assert res.returncode == 0, res.stderr
    return corpus, _items(tmp / "local.duckdb")


def test_dask_ingest_stores_what_a_local_ingest_stores(local_run, tmp_path):
    pytest.importorskip("distributed")
    corpus, local = local_run
    db = tmp_path / "dask.duckdb"
    res = run_cli("ingest", "--db", db, corpus, "--dask", "--workers", 2, "--partition-size", 15000)
    assert res.returncode == 0, res.stderr
    assert "partitions on 2 workers" in res.stderr and "dashboard" in res.stderr
    assert f"{N_ARTICLES} documents into" in res.stderr
    got = _items(db)
    assert got["documents stored"] == N_ARTICLES and len(local["events"]) > N_ARTICLES
    for key in local:
        assert got[key] == local[key], key
    assert not list(Path(str(db) + ".shards").glob("*"))  # every shard stored, then removed


def test_a_worker_killed_mid_task_loses_and_duplicates_nothing(local_run, tmp_path):
    distributed = pytest.importorskip("distributed")
    from distributed.diagnostics.plugin import WorkerPlugin

    from communique.ingest.dask_ingest import local_cluster, run

    class KillOnce(WorkerPlugin):
        """The first task to start anywhere kills its own worker process half a second later (SIGKILL: no
        goodbye to the scheduler), once in the whole run (the marker file is created exclusively)."""

        def __init__(self, marker: str):
            self.marker = marker

        def transition(self, key, start, finish, **kwargs):
            import signal
            import threading

            if finish != "executing":
                return
            try:
                fd = os.open(self.marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                return
            os.close(fd)
            threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGKILL)).start()

    corpus, local = local_run
    db, marker = tmp_path / "killed.duckdb", tmp_path / "killed"
    with local_cluster(2) as cluster, distributed.Client(cluster) as client:
        client.register_plugin(KillOnce(str(marker)), name="kill-once")
        with Store(db) as store:
            out = run([str(corpus)], store, client, str(tmp_path / "shards"), partition_bytes=6000)
            assert marker.exists(), "no worker was killed"
            assert out.failed == 0 and out.partitions > 2
            assert out.totals == {"added": N_ARTICLES, "replaced": 0, "unchanged": 0}
            # the same input again (a retried run): every document is counted unchanged, nothing is written
            again = run([str(corpus)], store, client, str(tmp_path / "shards"), partition_bytes=6000)
            assert again.totals == {"added": 0, "replaced": 0, "unchanged": N_ARTICLES} and again.failed == 0
    got = _items(db)
    assert got["documents stored"] == N_ARTICLES
    for key in ("documents", "events", "quotes", "events rows", "quotes rows", "event_actors rows"):
        assert got[key] == local[key], key


def test_a_bare_dask_option_is_a_local_cluster_and_an_address_is_kept():
    from communique.cli import _optional_values

    assert _optional_values(["ingest", "--dask", "a.jsonl"]) == ["ingest", "--dask=local", "a.jsonl"]
    assert _optional_values(["ingest", "a.jsonl", "--dask"]) == ["ingest", "a.jsonl", "--dask=local"]
    assert _optional_values(["ingest", "--dask", "tcp://10.0.0.5:8786", "a"]) == \
        ["ingest", "--dask", "tcp://10.0.0.5:8786", "a"]
    assert _optional_values(["ingest", "--dask", "sched:8786", "a"])[1:3] == ["--dask", "sched:8786"]
    assert _optional_values(["bench", "--dask", "a"]) == ["bench", "--dask", "a"]


def test_stdin_with_dask_is_a_usage_error(tmp_path):
    res = subprocess.run([sys.executable, "-m", "communique", "ingest", "--db", str(tmp_path / "x.duckdb"), "-",
                          "--dask", "--workers", "1"], input="", capture_output=True, text=True, timeout=300,
                         env=dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")))
    assert res.returncode == 2 and "standard input" in res.stderr, res.stderr


def test_bench_dask_reports_throughput_and_efficiency(tmp_path):
    pytest.importorskip("distributed")
    corpus = tmp_path / "c.jsonl"
    _lines(corpus)
    res = run_cli("bench", corpus, "--dask", "--workers", 1, "--limit", 3, "--json")
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert [r["workers"] for r in out["runs"]] == [1] and out["runs"][0]["articles"] == 3
    assert out["efficiency"] == {"1": 1.0} and out["runs"][0]["articles_per_s"] > 0
    assert len(out["load_average_before"]) == 3


def test_dask_ingest_hands_its_shards_to_a_server_that_owns_the_store(local_run, tmp_path):
    pytest.importorskip("distributed")
    from test_single_writer import _get, _serve, _stop

    corpus, local = local_run
    db = tmp_path / "served.duckdb"
    proc, base = _serve(db)
    try:
        res = run_cli("ingest", "--db", db, corpus, "--dask", "--workers", 1)
        assert res.returncode == 0 and "handing documents to the communique server" in res.stderr, res.stderr
        assert _get(base + "/api/health")[1]["documents"] == N_ARTICLES
    finally:
        _stop(proc)
    got = _items(db)
    for key in ("documents", "events", "quotes"):
        assert got[key] == local[key], key


def test_the_worker_plugin_runs_a_document_before_the_first_task(nlp):
    """Loading on a worker includes one warm-up document, so what components load lazily on first use is not
    paid inside the first timed task (`communique bench --dask` times from the first task)."""
    pytest.importorskip("distributed")
    from communique.ingest.dask_worker import PipelinePlugin
    from communique.pipeline import runner

    runner._NLP = nlp
    stats = nlp.get_pipe("communique_sentences").stats
    before = stats["modelled"]
    PipelinePlugin(None, []).load()
    assert runner._NLP is nlp and stats["modelled"] > before


def _short_corpus(path: Path, texts: dict) -> Path:
    path.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in texts.items()), encoding="utf-8")
    return path


SHORT = {f"s{i}": f"Chile and Peru signed accord number {i} in Lima on Tuesday, officials said." for i in range(5)}


@pytest.fixture
def threaded_cluster(nlp):
    """A Dask cluster inside this process (tasks run in a worker thread, as on a real worker, but see this
    process's monkeypatches), with the session's pipeline."""
    distributed = pytest.importorskip("distributed")
    from communique.pipeline import runner

    runner._NLP = nlp
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None,
                                  silence_logs=50) as cluster, distributed.Client(cluster) as client:
        yield client


def test_time_budget_holds_in_a_thread_without_signals():
    """Dask runs tasks in worker threads, which cannot have a signal alarm: the budget still stops a stuck
    document there, and a block that ends in time is never hit afterwards."""
    import threading
    import time

    from communique.pipeline.runner import DocTimeout, time_budget

    seen = []

    def work():
        try:
            with time_budget(0.3):
                end = time.monotonic() + 30
                while time.monotonic() < end:
                    time.sleep(0.01)
            seen.append("finished")
        except DocTimeout:
            seen.append("timeout")
        with time_budget(0.2):
            pass
        time.sleep(0.5)  # the second budget's timer must not fire into later code
        seen.append("after")

    t = threading.Thread(target=work)
    t0 = time.monotonic()
    t.start()
    t.join(60)
    assert seen == ["timeout", "after"] and time.monotonic() - t0 < 20


def test_doc_timeout_skips_a_document_that_hangs_on_a_dask_worker(threaded_cluster, tmp_path, monkeypatch):
    import io
    import time

    from rich.console import Console

    from communique.ingest.dask_ingest import run
    from communique.pipeline import builder

    make_doc = builder.make_doc

    def hangs(nlp, record):  # the record "s2" never finishes (bounded, so a broken budget fails, not hangs)
        if record.get("id") == "s2":
            end = time.monotonic() + 60
            while time.monotonic() < end:
                time.sleep(0.01)
        return make_doc(nlp, record)

    monkeypatch.setattr(builder, "make_doc", hangs)
    corpus = _short_corpus(tmp_path / "c.jsonl", SHORT)
    log = io.StringIO()
    t0 = time.monotonic()
    with Store(tmp_path / "s.duckdb") as store:
        out = run([str(corpus)], store, threaded_cluster, str(tmp_path / "shards"), doc_timeout=0.5,
                  partition_bytes=10 ** 6, console=Console(file=log, width=300))
    assert time.monotonic() - t0 < 50
    assert out.failed == 1 and out.totals["added"] == 4 and out.partitions == 1, log.getvalue()
    assert f"{corpus}:3: skipped: processing took longer than 0.5 s (--doc-timeout)" in log.getvalue()
    got = _items(tmp_path / "s.duckdb")
    assert {d for d, _ in got["documents"]} == set(SHORT) - {"s2"}


def test_dask_ingest_does_not_extract_unchanged_documents_again(threaded_cluster, tmp_path, monkeypatch):
    from communique.ingest.dask_ingest import run
    from communique.pipeline import builder

    extracted = []
    make_doc = builder.make_doc
    monkeypatch.setattr(builder, "make_doc", lambda nlp, r: extracted.append(r["id"]) or make_doc(nlp, r))
    corpus = tmp_path / "c.jsonl"
    versions = ("v-test", 1)

    def ingest(texts, **kw):
        if not corpus.exists() or corpus.read_text(encoding="utf-8") != _short_corpus(tmp_path / "new", texts).read_text(
                encoding="utf-8"):  # rewritten only when it changes: a shard is named by its input's mtime too
            _short_corpus(corpus, texts)
        extracted.clear()
        with Store(tmp_path / "s.duckdb") as store:
            out = run([str(corpus)], store, threaded_cluster, str(tmp_path / "shards"), partition_bytes=200,
                      versions=versions, **kw)
        return out, sorted(i for i in extracted if i in SHORT)  # not the worker's warm-up document

    out, ids = ingest(SHORT, skip_unchanged=True)
    assert ids == sorted(SHORT) and out.totals["added"] == 5 and out.extracted == 5 and out.partitions > 1
    first = _items(tmp_path / "s.duckdb")
    out, ids = ingest(SHORT, skip_unchanged=True)
    assert ids == [] and out.extracted == 0 and out.skipped == 5
    assert out.totals == {"added": 0, "replaced": 0, "unchanged": 5} and out.failed == 0
    changed = dict(SHORT, s3=SHORT["s3"].replace("Tuesday", "Wednesday"))
    out, ids = ingest(changed, skip_unchanged=True)
    assert ids == ["s3"] and out.totals == {"added": 0, "replaced": 1, "unchanged": 4}
    out, ids = ingest(changed)  # --reextract: every document again
    assert ids == sorted(SHORT) and out.skipped == 0
    versions = ("v-other", 1)  # another version of communique extracted them: not skipped
    out, ids = ingest(changed, skip_unchanged=True)
    assert ids == sorted(SHORT)
    assert {d for d, _ in _items(tmp_path / "s.duckdb")["documents"]} == {d for d, _ in first["documents"]}
    # a shard left by a run that skipped s1, loaded after s1 left the store: s1 is reported, then extracted anew
    out, ids = ingest(changed, skip_unchanged=True, keep_shards=True)
    assert ids == [] and out.skipped == 5
    with Store(tmp_path / "s.duckdb") as store:
        assert store.delete_document("s1")
    import io

    from rich.console import Console

    log = io.StringIO()
    out, ids = ingest(changed, skip_unchanged=True, console=Console(file=log, width=300))
    assert ids == [] and out.resumed == out.partitions and out.failed == 1
    assert f"{corpus}:2: not extracted" in log.getvalue() and out.totals["unchanged"] == 4
    out, ids = ingest(changed, skip_unchanged=True)
    assert ids == ["s1"] and out.totals == {"added": 1, "replaced": 0, "unchanged": 4} and out.failed == 0
