"""Stream records through the pipeline, in this process or in worker processes.

Work is cut into batches; at most ``2 * workers`` batches are in flight, so memory stays
bounded whatever the corpus size.  Each worker loads the pipeline once.  A record whose
processing raises is reported as an error and the rest of its batch is still processed.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import signal
import threading
from collections import deque
from contextlib import contextmanager
from itertools import islice
from typing import Iterable, Iterator

from communique.ingest.records import InputError, Record

_NLP = None


def _get_nlp(model):
    global _NLP
    if _NLP is None:
        from communique.pipeline.builder import build_pipeline

        _NLP = build_pipeline(model)
        _tune_gc()
    return _NLP


GC_THRESHOLDS = (50_000, 20, 100)


def _tune_gc() -> None:
    """Keep Python's cycle collector off the loaded model.

    The model and the knowledge tables are a few million long-lived objects; with the default
    thresholds every full collection walks all of them again, while the documents themselves make
    almost no reference cycles.  `gc.freeze` moves what is loaded now out of the collector's sight and
    a larger first-generation threshold makes collections rarer; garbage is still collected (checked:
    peak memory unchanged in `communique bench`).  Only the ingest path (this module) does this: a
    program that imports communique as a library keeps its own settings."""
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


# A short article of the kind communique reads (written for this purpose), run once by `warm_up`
WARM_UP_TEXT = (
    "GENEVA, 4 March 2019 - The foreign minister of Norway said on Monday that her government would send "
    "300 peacekeepers and $25 million in aid to the region, and accused the rebels of attacking a convoy. "
    "\u201cWe will not stand by while civilians suffer,\u201d she told reporters after talks with the United "
    "Nations envoy. Officials in Cairo and Nairobi denied the reports, and the talks resume next week.")


def warm_up(model=None) -> None:
    """Load the pipeline and run one short document through it, so what components load lazily on first use
    (tables, classifiers) and the first entries of the attribute memo are in place before the first real
    document: a Dask worker does this while it starts, and its timed work then holds no start-up cost.
    Extraction output does not depend on it (every lazy table and memo entry is the same whenever made)."""
    process_batch([{"id": "communique-warm-up", "text": WARM_UP_TEXT}], model)


DEFAULT_DOC_TIMEOUT = 120.0  # seconds per document (--doc-timeout); 0 = no budget


class DocTimeout(Exception):
    """A document used up its time budget (raised by the alarm inside the pipeline)."""


@contextmanager
def time_budget(seconds: float | None):
    """Raise DocTimeout in this thread after `seconds` of wall time.  In a process's main thread (the CLI, each
    worker of the pool) a signal alarm raises it; in any other thread (the tasks of a Dask worker) a watchdog
    timer raises it asynchronously in this thread.  Either way it is raised between two Python bytecodes, so a
    document stuck inside one long C call is stopped when that call returns."""
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        with _thread_budget(seconds):
            yield
        return

    def on_alarm(signum, frame):
        raise DocTimeout()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _thread_budget(seconds: float):
    """The budget of a thread that cannot have a signal alarm: a timer thread raises DocTimeout in this one
    (CPython's PyThreadState_SetAsyncExc).  The lock makes the timer fire only while the block runs; an
    exception still pending when the block ends in time is withdrawn, so it never lands in the caller's code."""
    import ctypes

    tid = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    state = {"running": True, "fired": False}

    def fire():
        with lock:
            if state["running"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(tid, ctypes.py_object(DocTimeout))

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["running"] = False
        timer.cancel()
        if state["fired"]:
            ctypes.pythonapi.PyThreadState_SetAsyncExc(tid, None)  # withdraw it if not raised yet


def _result(r: dict, doc) -> tuple[dict, dict, None]:
    """(record with the document's warnings added, strict document JSON, None)."""
    from communique.pipeline.serialize import to_json

    out = to_json(doc)
    json.dumps(out, allow_nan=False)  # strict JSON or an error for this record alone
    warnings = out.get("warnings")
    if warnings:
        where = r.get("origin") or r.get("id")
        r = dict(r, warnings=list(r.get("warnings") or []) + [f"{where}: {w}" for w in warnings])
    return r, out, None


def process_batch(records: list[dict], model: str | None = None,
                  doc_timeout: float | None = None) -> list[tuple[dict, dict | None, str | None]]:
    """Process a batch; returns (record, document JSON or None, error message or None) in order.

    The batch goes through `nlp.pipe` together with a budget of `doc_timeout` per document; if anything
    raises (or the budget runs out), each record is redone alone with its own budget, so only the
    failing or over-long record is reported."""
    from communique.pipeline.builder import make_doc

    nlp = _get_nlp(model)
    try:
        with time_budget(doc_timeout and doc_timeout * len(records)):
            docs = [make_doc(nlp, r) for r in records]
            return [_result(r, d) for r, d in zip(records, nlp.pipe(docs))]
    except Exception:  # isolate the failing record(s)
        out = []
        for r in records:
            where = r.get("origin") or r.get("id")
            try:
                with time_budget(doc_timeout):
                    out.append(_result(r, nlp(make_doc(nlp, r))))
            except DocTimeout:
                out.append((r, None, f"{where}: skipped: processing took longer than {doc_timeout:g} s "
                                     "(--doc-timeout)"))
            except Exception as exc:  # noqa: BLE001 - reported to the user, never swallowed
                out.append((r, None, f"{where}: processing failed: {type(exc).__name__}: {exc}"))
        return out


def _init_worker(model):
    """Load the pipeline before the first batch.  A failure here must not escape: a pool replaces a
    worker whose initializer raises, forever.  The first batch then calls `_get_nlp` again and its
    error (say ModelNotFound) travels to the parent like any other, which stops the run."""
    try:
        _get_nlp(model)
    except Exception:  # noqa: BLE001 - re-raised by the first process_batch
        pass


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def process_stream(items: Iterable[Record | InputError], model: str | None = None, workers: int = 1,
                   batch_size: int = 16, doc_timeout: float | None = None
                   ) -> Iterator[tuple[dict | InputError, dict | None, str | None]]:
    """Yield (record dict | InputError, document JSON | None, error | None), in input order.

    Input errors pass straight through (in order) so the caller can report them.
    """

    def batches():
        it = iter(items)
        while True:
            chunk = list(islice(it, batch_size))
            if not chunk:
                return
            yield chunk

    def split(chunk):
        recs = [x.to_dict() for x in chunk if isinstance(x, Record)]
        return chunk, recs

    def merge(chunk, results):
        res = iter(results)
        for x in chunk:
            if isinstance(x, InputError):
                yield x, None, None
            else:
                yield next(res)

    if workers <= 1:
        for chunk in batches():
            chunk, recs = split(chunk)
            yield from merge(chunk, process_batch(recs, model, doc_timeout) if recs else [])
        return

    ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(model,)) as pool:
        pending: deque = deque()
        for chunk in batches():
            chunk, recs = split(chunk)
            pending.append((chunk, pool.apply_async(process_batch, (recs, model, doc_timeout)) if recs else None))
            while len(pending) >= 2 * workers:
                c, fut = pending.popleft()
                yield from merge(c, fut.get() if fut else [])
        while pending:
            c, fut = pending.popleft()
            yield from merge(c, fut.get() if fut else [])
