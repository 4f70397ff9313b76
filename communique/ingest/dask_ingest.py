"""`communique ingest --dask`: extraction on a Dask cluster, storing on the client (docs/distributed.md).

The client cuts the inputs into partitions (communique.ingest.dask_partitions), registers the pipeline plugin
and submits one task per partition; each worker writes a Parquet shard to the shared shard folder
(communique.ingest.dask_worker). The client loads the shards into the store in partition order, one transaction
per shard, through the same `Store.add_documents` as a local ingest: a document already stored with the same id
and content is counted unchanged, so a task that ran twice (a worker lost after it wrote its shard) never
duplicates anything, and a shard is only deleted once its transaction committed. Shards are named by a digest of
their input and of the extraction's version, model and knowledge base: a run stopped half-way and started again
loads the shards it left instead of extracting them again. When `communique serve` owns the store, each shard is
handed to the server as one batch (communique.store.handoff), as a local ingest hands its batches.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

SHARD_SUFFIX = ".parquet"


@dataclass
class Outcome:
    """What a distributed ingest did (the CLI prints it and turns it into the exit status)."""

    totals: dict = field(default_factory=lambda: {"added": 0, "replaced": 0, "unchanged": 0})
    failed: int = 0
    interrupted: str | None = None
    partitions: int = 0
    workers: int = 0
    resumed: int = 0  # shards found from an earlier run and loaded without extracting again
    extracted: int = 0  # documents the workers extracted in this run
    skipped: int = 0  # documents the workers did not extract: stored already with the same input and version
    extract_seconds: float = 0.0  # from the first submission to the last shard stored


def is_address(value: str | None) -> bool:
    """A Dask scheduler address (tcp://host:8786, tls://..., host:8786) rather than a file name."""
    import re

    return bool(value) and (re.match(r"^[a-z][a-z0-9+]*://", value) is not None
                            or re.match(r"^[\w.-]+:\d+$", value) is not None)


# Dask's housekeeping, which runs in every process of a local cluster whether or not there is work: an
# event-loop health check every 20 ms and a resource sample every 500 ms cost each idle worker 2.7 % and the
# client (with the scheduler) 3.7 % of a core (measured: CPU seconds over 20 s of an idle 2-worker cluster),
# CPU taken from extraction on a machine whose cores all run workers. Slower, they cost 0.5 %; the check only
# warns about a blocked loop, and the samples feed the dashboard's CPU and memory plots (no memory limit here).
QUIET_HOUSEKEEPING = {"distributed.admin.tick.interval": "1s", "distributed.admin.system-monitor.interval": "2s"}


def local_cluster(workers: int, dashboard: bool = True):
    """A LocalCluster of `workers` processes with one thread each (the pipeline holds the GIL): no memory limit
    (the pipeline's model is most of a worker's memory and is not spillable), a free dashboard port and quieter
    housekeeping (QUIET_HOUSEKEEPING, passed on to the worker processes). `dashboard=False`: no dashboard, and
    no statistical profiler on the workers (it samples the task's stack every 10 ms for the dashboard alone).
    The workers log only critical messages: the client reports every failed partition itself, and on a loaded
    machine a worker still closing may log a heartbeat to the already closed scheduler as an error with a
    traceback, after the run has succeeded."""
    import dask
    from distributed import LocalCluster

    config = dict(QUIET_HOUSEKEEPING, **({} if dashboard else {"distributed.worker.profile.enabled": False}))
    with dask.config.set(config):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, memory_limit=0,
                            dashboard_address="127.0.0.1:0" if dashboard else None,
                            silence_logs=logging.CRITICAL)


def salt(model: str | None, offices: list[dict], max_chars: int | None) -> str:
    """What an extraction depends on besides its input: a shard made under another salt is not reused."""
    from communique.commands.ingest import extractor_version

    kb = hashlib.sha1(json.dumps(offices, sort_keys=True, default=str).encode()).hexdigest()[:12]
    return f"{extractor_version()}|{model}|{kb}|{max_chars}"


def run(inputs: list[str], store, client, shard_dir: str, *, model: str | None = None, offices=None,
        batch_size: int = 16, partition_bytes: int | None = None, max_chars: int | None = None,
        doc_timeout: float | None = None, skip_unchanged: bool = False, keep_shards: bool = False,
        console=None, on_document: Callable[[dict], None] | None = None,
        stop: Callable[[], bool] = lambda: False, out: Outcome | None = None,
        versions: tuple[str, int] | None = None) -> Outcome:
    """Extract `inputs` on `client`'s cluster and load every shard into `store` (a Store or RemoteStore).

    `on_document(doc)` is called for every document stored (or counted unchanged); `skip_unchanged` (with
    `versions`): a document stored with the same input by this version of communique is not extracted again but
    counted unchanged, as in a local ingest (the workers get the keys of the stored inputs); `stop()` is polled between shards (SIGTERM); the counts go to `out` as they happen
    (so an interrupted run still tells what it stored); `versions` = (extracted_by, kb_version) is recorded for every
    document stored (table document_versions), as a local ingest records it."""
    import time

    from distributed import as_completed

    from communique.ingest.dask_partitions import plan
    from communique.ingest.dask_worker import PipelinePlugin, StoredInputs, extract_partition

    out = out if out is not None else Outcome()
    offices = offices or []
    out.workers = sum(client.nthreads().values())
    partitions = plan(inputs, max(1, out.workers), partition_bytes)
    client.register_plugin(PipelinePlugin(model, offices))
    out.partitions = len(partitions)
    folder = Path(shard_dir).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    version = versions[0] if versions else None
    skip = bool(skip_unchanged and version)
    tag = salt(model, offices, max_chars) + ("|skip-unchanged" if skip else "")
    shards = {p.index: str(folder / f"part-{p.digest(tag)}{SHARD_SUFFIX}") for p in partitions}
    by_index = {p.index: p for p in partitions}
    t0 = time.perf_counter()
    stored = StoredInputs(store.inputs_extracted_by(version)) if skip else None
    # sent once to every worker, not with each task
    stored = client.scatter(stored, broadcast=True, hash=False) if stored is not None and len(stored) else None
    futures = {}
    ready: dict[int, str | BaseException] = {}
    for p in partitions:
        if os.path.exists(shards[p.index]):  # left by an earlier run of the same input and extraction
            ready[p.index] = shards[p.index]
            out.resumed += 1
        else:
            fut = client.submit(extract_partition, p, shards[p.index], model, batch_size, doc_timeout, max_chars,
                                stored, key=f"communique-extract-{Path(shards[p.index]).stem}", retries=1, pure=False)
            futures[fut] = p.index
    loader = _Loader(store, console, version if skip else None, on_document, out, versions)
    done_up_to = 0

    def drain():
        nonlocal done_up_to
        while done_up_to < len(partitions) and done_up_to in ready:
            result = ready.pop(done_up_to)
            part = by_index[done_up_to]
            if isinstance(result, BaseException):
                out.failed += 1
                _say(console, f"error: partition {part.index} ({part.describe()}) failed: "
                              f"{type(result).__name__}: {result}; its documents were not stored")
            elif loader.load(result) and not keep_shards:
                os.unlink(result)
            done_up_to += 1
            if stop():
                raise KeyboardInterrupt

    with _progress(console) as bar:
        task = bar.add_task("extracting", total=len(partitions), stored=0)
        bar.update(task, completed=out.resumed)
        drain()
        for fut in as_completed(list(futures)):
            index = futures.pop(fut)
            try:
                result = fut.result()
                ready[index] = result["shard"]
                out.extracted += result["documents"]
                out.skipped += result.get("unchanged", 0)
            except Exception as exc:  # noqa: BLE001 - a partition that failed every try: reported in drain
                ready[index] = exc
            fut.release()
            drain()
            bar.update(task, advance=1, stored=sum(out.totals.values()))
        drain()
    out.extract_seconds = time.perf_counter() - t0
    return out


def _progress(console):
    """Partitions extracted and documents stored, on stderr when it is a terminal."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = console or Console(stderr=True, quiet=True)
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("partitions,"),
                    TextColumn("{task.fields[stored]} documents stored"), TimeElapsedColumn(), console=console,
                    transient=True, redirect_stdout=False, disable=not console.is_terminal)


class _Loader:
    """Loads shards into the store: one transaction per shard; if it fails, each document alone (as a local
    ingest retries a failed batch), so only a document at fault is lost."""

    def __init__(self, store, console, skip_version: str | None, on_document, out: Outcome, versions=None):
        """`skip_version`: count a document stored with the same input by this extractor version unchanged."""
        self.store, self.console, self.skip, self.on_document, self.out = store, console, skip_version, \
            on_document, out
        self.versions = versions

    def _add(self, docs, texts) -> dict:
        if self.versions:
            return self.store.add_documents(docs, texts, self.versions)
        return self.store.add_documents(docs, texts)

    def load(self, shard: str) -> bool:
        """True when every document of the shard is stored (the shard may go)."""
        from communique.ingest.dask_worker import read_shard
        from communique.ingest.records import content_hash

        docs, texts, origins = [], {}, {}
        for rows in read_shard(shard):
            if self.skip:
                ids = [r["id"] for r in rows if not r["error"]]
                stored, by = self.store.stored_inputs(ids), self.store.document_versions(ids)
            for r in rows:
                if r["error"]:
                    self.out.failed += 1
                    _say(self.console, f"error: {r['error']}")
                    continue
                for w in r["warnings"] or []:
                    _say(self.console, f"warning: {w}")
                same = self.skip and by.get(r["id"], (None,))[0] == self.skip and stored.get(r["id"]) == (
                    content_hash(r["text"]), r["url"], r["title"], r["source"], r["published"])
                if same:
                    self.out.totals["unchanged"] += 1
                    self._stored({"id": r["id"]})
                    continue
                if r.get("unchanged"):  # skipped by the worker, but the store changed since the shard was made
                    self.out.failed += 1
                    _say(self.console, f"error: {r['origin'] or r['id']}: not extracted: its input was stored "
                                       "unchanged when its shard was made, but the store no longer holds it; "
                                       "ingest it again")
                    continue
                doc = json.loads(r["doc"])
                docs.append(doc)
                texts[doc["id"]] = r["text"]
                origins[doc["id"]] = r["origin"] or doc["id"]
        if not docs:
            return True
        try:
            self._count(self._add(docs, texts))
            for d in docs:
                self._stored(d)
            return True
        except Exception as exc:  # noqa: BLE001 - rolled back whole: find the document(s) at fault
            from communique.store.handoff import HandoffError

            if isinstance(exc, HandoffError):
                raise
        whole = True
        for doc in docs:
            try:
                self._count(self._add([doc], texts))
                self._stored(doc)
            except Exception as exc:  # noqa: BLE001 - reported, the others go on
                self.out.failed += 1
                whole = False
                _say(self.console, f"error: {origins[doc['id']]}: storing failed, nothing of it was written: "
                                   f"{type(exc).__name__}: {exc}")
        return whole

    def _count(self, counts: dict) -> None:
        for k, v in counts.items():
            self.out.totals[k] += v

    def _stored(self, doc: dict) -> None:
        if self.on_document:
            self.on_document(doc)


def _say(console, message: str) -> None:
    if console is not None:
        console.print(message, markup=False, highlight=False)


def ingest_command(inputs, db, store, server, kb, *, dask: str, workers: int | None, shards: str | None,
                   partition_size: int | None, keep_shards: bool, model, batch_size: int, max_chars, doc_timeout,
                   reextract: bool, strict: bool, console) -> None:
    """`communique ingest --dask`: the store (or the server that owns it) and the knowledge base are opened by
    the command as for a local ingest; this runs the cluster, learns at the end as a local ingest does, prints
    the same summary and exits with the same statuses (SIGTERM and Ctrl-C stop after the shard being stored;
    --strict stops after the first shard with a failed document)."""
    import signal

    import typer

    from communique.commands.ingest import EXIT_UNAVAILABLE, _Stop, extractor_version, finish, kb_version, learn
    from communique.ingest.dask_partitions import PartitionError
    from communique.knowledge import people
    from communique.pipeline.builder import ModelNotFound
    from communique.pipeline.runner import default_workers
    from communique.store import handoff

    out = Outcome()
    to_learn: list[str] = []
    address = None if dask in ("", "local") else dask
    if address is not None and not is_address(address):
        store.close()
        _say(console, f"error: --dask {address!r} is not a scheduler address (tcp://host:8786); put --dask "
                      "after the inputs to run a local cluster")
        raise typer.Exit(EXIT_UNAVAILABLE)
    cluster = client = None
    try:
        _Stop.requested = False
        previous = signal.signal(signal.SIGTERM, _Stop.handler)
    except ValueError:  # not the main thread
        previous = None
    try:
        from distributed import Client

        from communique.ingest.dask_partitions import input_files

        input_files(inputs)  # a usage error before any cluster starts
        if address is None:
            cluster = local_cluster(workers or default_workers())
            client = Client(cluster)
        else:
            client = Client(address, timeout="30s")
        _say(console, f"ingest: Dask cluster {address or 'local'}, dashboard {client.dashboard_link}")
        version = extractor_version() if server is None else None
        # recorded per document, as a local ingest does (`communique reprocess` reads them)
        versions = (version, kb_version(store, kb)) if server is None else None
        skip = server is None and not reextract  # per document, as a local ingest: same input, same version
        offices = people.offices_to_json(kb.offices()) if kb is not None else []
        run(inputs, store, client, shards or f"{db}.shards", model=model, offices=offices,
                  batch_size=batch_size, partition_bytes=partition_size, max_chars=max_chars,
                  doc_timeout=doc_timeout, skip_unchanged=skip, keep_shards=keep_shards, console=console,
                  on_document=lambda d: to_learn.append(d["id"]),
                  stop=lambda: _Stop.requested or (strict and out.failed > 0), out=out, versions=versions)
        _say(console, f"ingest: {out.partitions} partitions on {out.workers} workers"
                      + (f" ({out.resumed} shards from an earlier run)" if out.resumed else "")
                      + f", {out.extracted} documents extracted"
                      + (f", {out.skipped} skipped unchanged" if out.skipped else "")
                      + f", {out.extract_seconds:.1f} s")
        if kb is not None:
            learn(kb, store, to_learn, console)
        if server is None:
            store.set_meta("extracted_by", version)
    except (ModelNotFound, PartitionError) as exc:
        store.close()
        _close(client, cluster)
        _say(console, f"error: {exc}")
        raise typer.Exit(EXIT_UNAVAILABLE)
    except handoff.HandoffError as exc:
        _say(console, f"error: {exc}")
        out.interrupted = "the server stopped taking documents"
        out.failed += 1
    except KeyboardInterrupt:
        out.interrupted = "interrupted"
    except Exception as exc:  # noqa: BLE001 - a crash: say what was stored, exit 3
        _say(console, f"error: ingest crashed: {type(exc).__name__}: {exc}")
        out.interrupted = "crashed"
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        _close(client, cluster)
        store.close()
    finish(console, db, out.totals, out.failed, out.interrupted)


def _close(client, cluster) -> None:
    for thing in (client, cluster):
        if thing is not None:
            try:
                thing.close()
            except Exception:  # noqa: BLE001 - closing after a failure: nothing more to save
                pass
