"""`communique bench --dask`: throughput of `ingest --dask` on local clusters of 1, 2, ... workers, and the
parallel efficiency (throughput with n workers / (n x throughput with 1)).

Each run starts its own LocalCluster, waits until every worker has loaded the pipeline (the worker plugin), then
times the ingest of the corpus into a fresh store: partitions, extraction on the workers, shards loaded by this
process. Start-up (cluster and pipeline loading, paid once per worker, not per document) is reported apart. Every
run cuts the corpus into the same partitions, enough of them that the last ones balance the workers. The CPU
seconds of the worker processes are reported too: they barely move when other programs load the machine,
unlike wall time, so they tell whether a poor efficiency is the machine's load or the work itself; so are those
of this process (the client: scheduler, reading shards, storing), which shares the machine's cores with the
workers on a local cluster.
"""

from __future__ import annotations

import os
import tempfile
import time

# per run, whatever the number of workers: 16 documents a partition on the Guardian sample (a local ingest's
# batch). Each partition is one task and one store transaction on the client, which costs about 0.1 CPU s of
# the client whatever its size (measured: 64 Guardian documents stored in transactions of 8 took 1.8 CPU s, of
# 32 took 1.1 s); on a local cluster the client shares the cores with the workers, so the transactions of 32
# partitions took a tenth of the 2-worker run's CPU. Fewer, larger partitions would leave one worker idle for
# up to a partition's time at the end.
PARTITIONS = 16


def _cpu_seconds() -> float:
    import psutil

    t = psutil.Process().cpu_times()
    return t.user + t.system


def run_once(path: str, n_workers: int, partition_bytes: int, model=None, batch_size: int = 16) -> dict:
    """One timed `ingest --dask` of the JSON Lines file `path` on a fresh local cluster of `n_workers`."""
    from distributed import Client

    from communique.ingest.dask_ingest import local_cluster, run
    from communique.ingest.dask_worker import PipelinePlugin
    from communique.store import Store

    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="communique-bench-dask-") as tmp, \
            local_cluster(n_workers, dashboard=False) as cluster, Client(cluster) as client:
        client.register_plugin(PipelinePlugin(model, []))  # load the pipeline everywhere before timing
        startup = time.perf_counter() - t0
        cpu0, own0 = sum(client.run(_cpu_seconds).values()), _cpu_seconds()
        with Store(os.path.join(tmp, "bench.duckdb")) as store:
            out = run([path], store, client, os.path.join(tmp, "shards"), model=model, batch_size=batch_size,
                      partition_bytes=partition_bytes)
        cpu, own = sum(client.run(_cpu_seconds).values()) - cpu0, _cpu_seconds() - own0
    stored = sum(out.totals.values())
    return {"workers": n_workers, "articles": stored, "failed": out.failed, "partitions": out.partitions,
            "seconds": round(out.extract_seconds, 2), "startup_seconds": round(startup, 2),
            "articles_per_s": round(stored / out.extract_seconds, 3) if out.extract_seconds else 0.0,
            "worker_cpu_seconds": round(cpu, 1), "client_cpu_seconds": round(own, 1)}


def bench_dask(inputs: list[str], limit: int | None = None, workers=(1, 2), model=None, batch_size: int = 16,
               report=None) -> dict:
    """Runs with each number of `workers` on the same corpus; the efficiency of each against 1 worker."""
    from communique.bench.corpus import write_scaled

    runs = []
    load_before = list(os.getloadavg())
    with tempfile.TemporaryDirectory(prefix="communique-bench-dask-") as tmp:
        path = os.path.join(tmp, "corpus.jsonl")
        articles, words = write_scaled(inputs, 1, path, limit)
        partition_bytes = max(1, os.path.getsize(path) // PARTITIONS + 1)
        for n in workers:
            r = run_once(path, n, partition_bytes, model, batch_size)
            r["ok"] = r["articles"] == articles and not r["failed"]
            runs.append(r)
            if report:
                report(r)
    base = next((r for r in runs if r["workers"] == 1 and r["articles_per_s"]), None)
    out = {"articles": articles, "words": words, "runs": runs, "load_average_before": load_before,
           "load_average_after": list(os.getloadavg()),
           "cpu_count": os.cpu_count()}
    if base is not None:
        out["speedup"] = {str(r["workers"]): round(r["articles_per_s"] / base["articles_per_s"], 3) for r in runs}
        out["efficiency"] = {str(r["workers"]): round(r["articles_per_s"] / (r["workers"] * base["articles_per_s"]), 3)
                             for r in runs}
        out["cpu_per_article"] = {str(r["workers"]): round(r["worker_cpu_seconds"] / r["articles"], 3)
                                  for r in runs if r["articles"]}
        out["client_cpu_per_article"] = {str(r["workers"]): round(r["client_cpu_seconds"] / r["articles"], 3)
                                         for r in runs if r["articles"]}
    return out
