"""`communique reprocess`: extract stored documents again with the current actor knowledge base.

`communique ingest` never re-extracts a stored document only because the knowledge base learned
since (that would make the same input give different data run to run); this is the documented
second pass that applies what was learned: every document extracted with an older knowledge base
version than --since-kb (default: the current one) is extracted again from its stored text and
fields, stored (replaced when its data changed), and learned from again.
"""

from __future__ import annotations

from typing import Optional

import typer

from communique.commands.common import DB_OPTION, DOC_TIMEOUT_OPTION, MODEL_OPTION, fail, progress, stderr_console
from communique.commands.ingest import EXIT_CRASHED, EXIT_UNAVAILABLE, extractor_version, kb_version, learn


def reprocess(db: str = DB_OPTION,
              since_kb: Optional[int] = typer.Option(None, "--since-kb", min=1,
                                                     help="Extract again the documents extracted with a knowledge "
                                                          "base version older than this (default: the current "
                                                          "version, i.e. every document older than the knowledge "
                                                          "base)."),
              model: Optional[str] = MODEL_OPTION,
              workers: int = typer.Option(1, "--workers", min=1, help="Worker processes."),
              batch_size: int = typer.Option(16, "--batch-size", min=1, help="Documents per batch and transaction."),
              doc_timeout: float = DOC_TIMEOUT_OPTION,
              dry_run: bool = typer.Option(False, "--dry-run", help="Only say how many documents would be "
                                                                     "extracted again.")):
    """Extract again the stored documents older than the actor knowledge base (see `communique ingest`).

    A document counts as older when it was extracted with a knowledge base version below --since-kb, or
    by another version of communique, or before versions were recorded.  One transaction per batch; a
    run stopped half-way leaves every document either as it was or re-extracted, and running it again
    finishes the work.  Exit 0 when all went well, 1 when some documents failed.
    """
    from communique.ingest.records import InputError, make_record
    from communique.knowledge.actor_kb import ActorKB, activated
    from communique.pipeline.builder import ModelNotFound
    from communique.pipeline.runner import process_stream
    from communique.store import Store, StoreError

    console = stderr_console()
    say = lambda msg: console.print(msg, markup=False, highlight=False)  # noqa: E731
    try:
        store = Store(db)
    except StoreError as exc:
        fail(str(exc), EXIT_UNAVAILABLE)
    totals = {"added": 0, "replaced": 0, "unchanged": 0}
    failed = 0
    done: list[str] = []
    crashed = False
    try:
        kb = ActorKB(store)
        current = kb_version(store, kb)
        since = since_kb or current
        version = extractor_version()
        todo = [doc_id for doc_id, (by, kbv) in store.document_versions().items()
                if by != version or kbv is None or kbv < since]
        say(f"knowledge base version {current}; {len(todo)} documents extracted before version {since} or by "
            f"another communique" + (" (dry run: nothing changed)" if dry_run else ""))
        if dry_run or not todo:
            return

        def records():
            for doc_id in todo:
                doc = store.get_document(doc_id)
                if doc is None:
                    continue
                rec = make_record(doc["text"], f"{db}#{doc_id}", doc_id, doc.get("published"), doc.get("url"),
                                  doc.get("title"), doc.get("source"), max_chars=None)
                if not isinstance(rec, InputError):  # what the text alone does not say comes from the document
                    rec.author, rec.format, rec.partial = doc.get("author"), doc.get("format") or "text", \
                        bool(doc.get("partial"))
                yield rec

        batch, texts = [], {}

        def flush():
            if batch:
                for k, v in store.add_documents(batch, texts, (version, current)).items():
                    totals[k] += v
                done.extend(d["id"] for d in batch)
                batch.clear()
                texts.clear()

        with activated(kb), progress(console, "reprocessing") as bar:
            task = bar.add_task("reprocessing", total=len(todo))
            for rec, doc, error in process_stream(records(), model=model, workers=workers, batch_size=batch_size,
                                                  doc_timeout=doc_timeout):
                bar.advance(task)
                if isinstance(rec, InputError) or error:
                    failed += 1
                    say(f"error: {rec if isinstance(rec, InputError) else error} (the stored document is kept)")
                    continue
                batch.append(doc)
                texts[doc["id"]] = rec["text"]
                if len(batch) >= batch_size:
                    flush()
            flush()
        learn(kb, store, done, console)
    except ModelNotFound as exc:
        fail(str(exc), EXIT_UNAVAILABLE)
    except KeyboardInterrupt:
        say("interrupted: documents after the last stored batch keep their earlier extraction")
        failed += 1
    except Exception as exc:  # noqa: BLE001 - a crash: say what was stored, exit 3
        say(f"error: reprocess crashed: {type(exc).__name__}: {exc}")
        crashed = True
    finally:
        store.close()
    say(f"{sum(totals.values())} documents extracted again into {db}: {totals['replaced']} replaced, "
        f"{totals['unchanged']} unchanged; {failed} failed")
    if crashed:
        raise typer.Exit(EXIT_CRASHED)
    raise typer.Exit(1 if failed else 0)


def register(app: typer.Typer) -> None:
    app.command()(reprocess)
