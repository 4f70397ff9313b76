"""`communique ingest`: extract documents and store them, one transaction per batch."""

from __future__ import annotations

import signal
from typing import List, Optional

import typer

from communique.commands.common import (DB_OPTION, DOC_TIMEOUT_OPTION, MAX_CHARS_OPTION, MODEL_OPTION, fail, progress,
                                        stderr_console)


# exit statuses scripts can tell apart (README): 0 all stored, 1 some records rejected (or stopped by a signal),
# 2 usage error or store unavailable, 3 crashed
EXIT_UNAVAILABLE = 2
EXIT_CRASHED = 3


class _Stop:
    """SIGTERM asks the ingest to stop at the next document: a flag, not an exception thrown into whatever
    library code happens to run (model loading may swallow one); the batch not yet stored is dropped whole."""

    requested = False

    @classmethod
    def handler(cls, signum, frame):
        cls.requested = True


def ingest(inputs: List[str] = typer.Argument(..., help="Files, directories (recursive) or - for stdin."),
           db: str = DB_OPTION,
           model: Optional[str] = MODEL_OPTION,
           workers: Optional[int] = typer.Option(None, "--workers", min=1,
                                                 help="Worker processes (default 1; with --dask and no scheduler "
                                                      "address, the local cluster's workers: the CPU count)."),
           batch_size: int = typer.Option(16, "--batch-size", min=1, help="Documents per batch and transaction."),
           strict: bool = typer.Option(False, "--strict", help="Stop at the first bad record."),
           max_chars: int = MAX_CHARS_OPTION,
           doc_timeout: float = DOC_TIMEOUT_OPTION,
           use_kb: bool = typer.Option(True, "--kb/--no-kb",
                                       help="Resolve bare names through the actor knowledge base in the store "
                                            "and learn from the stored documents."),
           reextract: bool = typer.Option(False, "--reextract",
                                          help="Extract again documents already stored with the same input "
                                               "(to apply what the knowledge base has learned since)."),
           dask: Optional[str] = typer.Option(None, "--dask", metavar="[SCHEDULER_ADDRESS]",
                                              help="Extract on a Dask cluster: the scheduler at this address, or "
                                                   "with no address (or 'local') a local cluster of --workers "
                                                   "processes (docs/distributed.md)."),
           shards: Optional[str] = typer.Option(None, "--shards", help="With --dask: the folder, shared by the "
                                                "workers and this machine, for the Parquet shards (default: "
                                                "<store>.shards)."),
           partition_size: Optional[int] = typer.Option(None, "--partition-size", min=1,
                                                        help="With --dask: input bytes per task (default: the "
                                                             "input split in 4 per worker, 64 KB to 16 MB)."),
           keep_shards: bool = typer.Option(False, "--keep-shards", help="With --dask: keep the shards once "
                                            "stored.")):
    """Extract every input document and store it in the DuckDB store.

    Bad records get a one-line error naming file and line; the others are still stored and the
    exit status is 1.  A document already stored with the same id and the same input (text, date, url,
    title, source) by this version of communique is not extracted again (counted unchanged; --reextract
    forces it).  With --strict, ingestion stops at the first bad record (documents completed before it stay).
    The actor knowledge base (`communique actors`) is read once at the start, so every document of a run
    sees the same entries whatever --workers/--batch-size; the run learns from its documents only at its
    end, so a run killed half-way and started again extracts every document with the same knowledge as
    an uninterrupted run, and ends in the same state.
    """
    from contextlib import nullcontext

    from communique.knowledge.actor_kb import ActorKB, activated
    from communique.ingest import InputError, read_inputs
    from communique.pipeline.builder import ModelNotFound
    from communique.pipeline.runner import process_stream
    from communique.store import Store, StoreError

    from communique.store import handoff

    console = stderr_console()
    server = handoff.find_server(db)
    if server is not None:  # the server owns the file: it stores our batches (docs/store.md)
        store = handoff.RemoteStore(server, learn=use_kb)
        console.print(f"ingest: handing documents to the communique server at {server['url']}", markup=False,
                      highlight=False)
    else:
        try:
            store = Store(db)
        except StoreError as exc:
            fail(str(exc), EXIT_UNAVAILABLE)
    kb = ActorKB(store) if use_kb and server is None else None
    if dask is not None:
        from communique.ingest.dask_ingest import ingest_command

        ingest_command(inputs, db, store, server, kb, dask=dask, workers=workers, shards=shards,
                       partition_size=partition_size, keep_shards=keep_shards, model=model, batch_size=batch_size,
                       max_chars=max_chars, doc_timeout=doc_timeout, reextract=reextract, strict=strict,
                       console=console)
    workers = workers or 1
    totals = {"added": 0, "replaced": 0, "unchanged": 0}
    failed = 0
    docs, texts, origins = [], {}, {}
    to_learn: list[str] = []  # ids of this run's documents, learned from at the end of the run

    def store_batch(batch):
        """One transaction for the batch; if it fails, each document alone, so only a bad one is lost."""
        nonlocal failed
        try:
            counts = store.add_documents(batch, texts, versions) if versions else store.add_documents(batch, texts)
        except Exception:  # noqa: BLE001 - the batch was rolled back; find the document(s) at fault
            if len(batch) == 1:
                raise
            stored = []
            for doc in batch:
                try:
                    stored += store_batch([doc])
                except Exception as exc:  # noqa: BLE001 - reported, the others go on
                    failed += 1
                    console.print(f"error: {origins.get(doc['id'], doc['id'])}: storing failed, nothing of it was "
                                  f"written: {type(exc).__name__}: {exc}", markup=False, highlight=False)
            return stored
        for k, v in counts.items():
            totals[k] += v
        return batch

    def flush():
        if not docs:
            return
        to_learn.extend(d["id"] for d in store_batch(list(docs)))
        docs.clear()
        texts.clear()
        origins.clear()

    interrupted = None
    versions = None
    try:
        _Stop.requested = False
        previous = signal.signal(signal.SIGTERM, _Stop.handler)
    except ValueError:  # not the main thread (ingest called from a library): signals stay as they are
        previous = None
    try:
        with (activated(kb) if kb is not None else nullcontext()), progress(console, "ingesting") as bar:
            task = bar.add_task("ingesting", total=None)
            records = read_inputs(inputs, max_chars=max_chars)
            # a server that owns the store (handoff) stores and learns batch by batch on its side
            version = extractor_version() if server is None else None
            versions = (version, kb_version(store, kb)) if server is None else None
            if server is None and not reextract:
                records = skip_unchanged(store, records, batch_size, totals, to_learn, version)
            for rec, doc, error in process_stream(records, model=model,
                                                  workers=workers, batch_size=batch_size, doc_timeout=doc_timeout):
                if _Stop.requested:
                    raise KeyboardInterrupt
                bar.advance(task)
                if isinstance(rec, InputError) or error:
                    failed += 1
                    console.print(f"error: {rec if isinstance(rec, InputError) else error}", markup=False,
                                  highlight=False)
                    if strict:
                        break
                    continue
                for w in rec.get("warnings", []):
                    console.print(f"warning: {w}", markup=False, highlight=False)
                docs.append(doc)
                texts[doc["id"]] = rec["text"]
                origins[doc["id"]] = rec.get("origin") or doc["id"]
                if len(docs) >= batch_size:
                    flush()
                    if strict and failed:
                        break
            flush()
        if kb is not None:
            learn(kb, store, to_learn, console)
    except ModelNotFound as exc:
        fail(str(exc), EXIT_UNAVAILABLE)
    except handoff.HandoffError as exc:
        console.print(f"error: {exc}", markup=False, highlight=False)
        interrupted = "the server stopped taking documents"
        failed += 1
    except KeyboardInterrupt:
        interrupted = "interrupted"
    except Exception as exc:  # noqa: BLE001 - a crash: say what was stored, exit 3
        console.print(f"error: ingest crashed: {type(exc).__name__}: {exc}", markup=False, highlight=False)
        interrupted = "crashed"
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        store.close()
    finish(console, db, totals, failed, interrupted)


def finish(console, db: str, totals: dict, failed: int, interrupted: str | None):
    """Print the run's summary line and exit with the documented status."""
    stored = totals["added"] + totals["replaced"] + totals["unchanged"]
    console.print(f"{stored} documents into {db}: {totals['added']} added, {totals['replaced']} replaced, "
                  f"{totals['unchanged']} unchanged; {failed} failed"
                  + (f" ({interrupted}: documents after the last stored batch were not stored)" if interrupted
                     else ""), markup=False, highlight=False)
    if interrupted == "crashed":
        raise typer.Exit(EXIT_CRASHED)
    raise typer.Exit(1 if failed or interrupted else 0)


def extractor_version() -> str:
    """communique's version and a digest of its code and data: what a stored extraction depends on
    besides its input and the knowledge base (a store extracted by another digest is extracted again)."""
    import hashlib
    from pathlib import Path

    import communique

    root = Path(communique.__file__).parent
    h = hashlib.sha1()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                       and p.suffix != ".pyc" and "web" not in p.relative_to(root).parts[:1]):
        h.update(str(path.relative_to(root)).encode())
        h.update(path.read_bytes())
    return f"communique {communique.__version__} {h.hexdigest()[:12]}"


def kb_version(store, kb) -> int:
    """The store's knowledge-base version (Store.kb_version) for what extraction reads from `kb` (its
    offices); 0 when no knowledge base is used (--no-kb)."""
    import hashlib
    import json

    from communique.knowledge import people

    if kb is None:
        return 0
    digest = hashlib.sha1(json.dumps(people.offices_to_json(kb.offices()), sort_keys=True,
                                     ensure_ascii=True).encode()).hexdigest()[:16]
    return store.kb_version(digest)


def skip_unchanged(store, items, batch_size: int, totals: dict, seen: list, version: str):
    """The input stream without the records already stored with the same id and input by the same code
    and data (`version`, recorded per document in document_versions), whatever knowledge base they were
    extracted with (one query per batch); those are counted unchanged and their ids added to `seen`."""
    from itertools import islice

    from communique.ingest.records import Record, content_hash

    it = iter(items)
    while chunk := list(islice(it, batch_size)):
        ids = [x.id for x in chunk if isinstance(x, Record)]
        stored = store.stored_inputs(ids)
        by = store.document_versions(ids)
        for x in chunk:
            if isinstance(x, Record) and stored.get(x.id) == (content_hash(x.text), x.url, x.title, x.source,
                                                               x.published) \
                    and by.get(x.id, (None,))[0] == version:
                totals["unchanged"] += 1
                seen.append(x.id)
            else:
                yield x


def learn(kb, store, ids: list[str], console, chunk: int = 64) -> None:
    """Learn from the run's documents, read back from the store, one transaction per `chunk`."""
    for i in range(0, len(ids), chunk):
        pairs = []
        for doc_id in dict.fromkeys(ids[i:i + chunk]):
            doc = store.get_document(doc_id)
            if doc is not None:
                text = doc.pop("text")
                doc.pop("ingested_at", None)
                pairs.append((doc, text))
        try:
            kb.learn_many(pairs)
        except Exception as exc:  # noqa: BLE001 - the documents are stored; only the learning is lost
            console.print(f"warning: learning actors from {ids[i]} ... failed: {type(exc).__name__}: {exc}",
                          markup=False, highlight=False)


def register(app: typer.Typer) -> None:
    app.command()(ingest)
