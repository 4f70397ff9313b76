"""`communique watch DIR`: ingest every new or changed file dropped into a folder, as it arrives.

Each file is ingested at most once per content hash: the hashes done are kept in the store (table
`watched_files`), so a restart ingests nothing again, and a file copied under another name is not read
twice.  A file changed in place has a new hash and is ingested again (its documents are replaced, as with
`ingest`).  The store is opened only while there is work, so `serve` and queries can use it in between.

SIGINT and SIGTERM stop the watch after the batch in progress is committed (each batch is one
transaction, as with `ingest`, so nothing is ever half-written); a file interrupted part-way is not marked
done and is read again at the next start, where its stored documents come out `unchanged`.

Fetching is not this command's job (the machine may have no network): a fetcher is a separate step that
writes each page, feed or archive under a temporary name (a leading dot, or `.part`/`.tmp`) and renames it
into the folder when complete, so a half-written file is never read.
"""

from __future__ import annotations

import hashlib
import signal
import threading
import time
from pathlib import Path
from typing import Optional

import typer

from communique.commands.common import (DB_OPTION, DOC_TIMEOUT_OPTION, MAX_CHARS_OPTION, MODEL_OPTION, fail,
                                        stderr_console)

PARTIAL_SUFFIXES = {".part", ".partial", ".tmp", ".crdownload", ".download"}
STATE_SCHEMA = """
CREATE TABLE IF NOT EXISTS watched_files (
    content_hash VARCHAR PRIMARY KEY,  -- SHA-1 of the file's bytes
    path         VARCHAR,              -- where it was first seen
    size         BIGINT,
    documents    INTEGER,              -- documents stored from it
    errors       INTEGER,              -- records that failed
    ingested_at  TIMESTAMP DEFAULT current_timestamp
)
"""


def file_hash(path: Path) -> str:
    h = hashlib.sha1()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def candidates(root: Path, skip: set[Path]) -> list[Path]:
    """Complete-looking files under `root`: no hidden parts, no temporary names, not the store itself."""
    out = []
    for p in root.rglob("*"):
        rel = p.relative_to(root).parts
        if any(part.startswith(".") for part in rel) or p.suffix.lower() in PARTIAL_SUFFIXES:
            continue
        if p.is_file() and p.resolve() not in skip:
            out.append(p)
    return sorted(out)


class WatchState:
    """The content hashes already ingested, kept in the store beside the documents."""

    def __init__(self, store):
        self.store = store
        with store._lock:
            store._con.execute(STATE_SCHEMA)

    def done(self, content_hash: str) -> bool:
        return self.store._cursor().execute("SELECT 1 FROM watched_files WHERE content_hash = ?",
                                            [content_hash]).fetchone() is not None

    def mark(self, content_hash: str, path: Path, size: int, documents: int, errors: int) -> None:
        with self.store._transaction() as con:
            con.execute("INSERT OR REPLACE INTO watched_files (content_hash, path, size, documents, errors) "
                        "VALUES (?, ?, ?, ?, ?)", [content_hash, str(path), size, documents, errors])


class RemoteWatchState:
    """WatchState kept by the server that owns the store (communique.store.handoff)."""

    def __init__(self, remote):
        self.remote = remote

    def done(self, content_hash: str) -> bool:
        return self.remote.watched("done", content_hash)["done"]

    def mark(self, content_hash: str, path: Path, size: int, documents: int, errors: int) -> None:
        self.remote.watched("mark", content_hash, path=str(path), size=size, documents=documents, errors=errors)


class Watcher:
    def __init__(self, root: Path, db: str, model, batch_size: int, use_kb: bool, console, stop: threading.Event,
                 max_chars: int | None = None, doc_timeout: float | None = None):
        self.root, self.db, self.model, self.batch_size, self.use_kb = root, db, model, batch_size, use_kb
        self.max_chars, self.doc_timeout = max_chars, doc_timeout
        self.console, self.stop = console, stop
        self.seen: dict[Path, tuple] = {}  # path -> (size, mtime_ns) of a file known to be done
        db_path = Path(db).resolve()
        self.skip = {db_path, db_path.with_name(db_path.name + ".wal"),
                     db_path.with_name(db_path.name + ".server.json")}

    def say(self, message: str) -> None:
        self.console.print(message, markup=False, highlight=False)

    def scan(self) -> None:
        """One pass over the folder: ingest what is new; the store is opened only if something is."""
        fresh = []
        for p in candidates(self.root, self.skip):
            try:
                st = p.stat()
            except OSError:
                continue  # gone since the listing
            if self.seen.get(p) != (st.st_size, st.st_mtime_ns):
                fresh.append((p, (st.st_size, st.st_mtime_ns)))
        if not fresh or self.stop.is_set():
            return
        from contextlib import nullcontext

        from communique.knowledge.actor_kb import ActorKB, activated
        from communique.store import Store, handoff

        server = handoff.find_server(self.db, wait=0)  # a running `communique serve` owns the store: hand over
        with (handoff.RemoteStore(server, learn=self.use_kb) if server else Store(self.db)) as store:
            state = RemoteWatchState(store) if server else WatchState(store)
            kb = ActorKB(store) if self.use_kb and not server else None
            with activated(kb) if kb is not None else nullcontext():
                for p, stamp in fresh:
                    if self.stop.is_set():
                        return
                    try:
                        digest = file_hash(p)
                    except OSError as exc:
                        self.say(f"error: {p}: cannot read: {exc.strerror}")
                        continue
                    if not state.done(digest) and not self.ingest_file(p, digest, stamp[0], store, state, kb):
                        return  # stopped part-way: the file stays undone
                    self.seen[p] = stamp

    def ingest_file(self, path: Path, digest: str, size: int, store, state: WatchState, kb) -> bool:
        """Ingest one file in batches; True when it is complete (and marked done), False if stopped."""
        from communique.ingest import InputError
        from communique.ingest.records import read_path
        from communique.pipeline.runner import process_stream

        self.say(f"watch: reading {path}")
        totals = {"added": 0, "replaced": 0, "unchanged": 0}
        failed = 0
        docs, texts = [], {}

        def flush():
            nonlocal failed
            if not docs:
                return
            try:
                for k, v in store.add_documents(docs, texts).items():
                    totals[k] += v
            except Exception as exc:  # noqa: BLE001 - the batch was rolled back; report and go on
                failed += len(docs)
                self.say(f"error: {path}: storing {len(docs)} documents failed, nothing of them was written: "
                         f"{type(exc).__name__}: {exc}")
            else:
                if kb is not None:
                    try:
                        kb.learn_many((d, texts[d["id"]]) for d in docs)
                    except Exception as exc:  # noqa: BLE001 - documents stored; only the learning is lost
                        self.say(f"warning: learning actors from {path} failed: {type(exc).__name__}: {exc}")
            docs.clear()
            texts.clear()

        stream = process_stream(read_path(path, self.max_chars), model=self.model, workers=1,
                                batch_size=self.batch_size, doc_timeout=self.doc_timeout)
        try:
            for rec, doc, error in stream:
                if isinstance(rec, InputError) or error:
                    failed += 1
                    self.say(f"error: {rec if isinstance(rec, InputError) else error}")
                    continue
                for w in rec.get("warnings", []):
                    self.say(f"warning: {w}")
                docs.append(doc)
                texts[doc["id"]] = rec["text"]
                if len(docs) >= self.batch_size:
                    flush()
                    if self.stop.is_set():
                        self.say(f"watch: stopped inside {path}; it will be read again at the next start")
                        return False
            flush()
        finally:
            stream.close()
        stored = totals["added"] + totals["replaced"] + totals["unchanged"]
        state.mark(digest, path, size, stored, failed)
        self.say(f"watch: {path}: {stored} documents ({totals['added']} added, {totals['replaced']} replaced, "
                 f"{totals['unchanged']} unchanged); {failed} failed")
        return True


def watch(directory: str = typer.Argument(..., help="Folder to watch (recursively)."),
          db: str = DB_OPTION,
          interval: float = typer.Option(5.0, "--interval", min=0.1, help="Seconds between scans of the folder."),
          model: Optional[str] = MODEL_OPTION,
          batch_size: int = typer.Option(16, "--batch-size", min=1, help="Documents per batch and transaction."),
          once: bool = typer.Option(False, "--once", help="Scan once, ingest what is new, and exit."),
          max_chars: int = MAX_CHARS_OPTION,
          doc_timeout: float = DOC_TIMEOUT_OPTION,
          use_kb: bool = typer.Option(True, "--kb/--no-kb",
                                      help="Resolve names through the store's actor knowledge base and learn.")):
    """Ingest new and changed files (pages, feeds, archives, JSON Lines, text) as they appear in DIR.

    Each file content is ingested once (hashes kept in the store: a restart re-reads nothing). Stops
    cleanly on SIGINT/SIGTERM after the batch in progress, exit status 0. Files under a hidden name or
    ending in .part/.tmp are ignored until renamed: a fetcher writes there first, then renames.
    """
    from communique.pipeline.builder import ModelNotFound
    from communique.pipeline.runner import _get_nlp

    root = Path(directory)
    if not root.is_dir():
        fail(f"{directory}: not a directory")
    console = stderr_console()
    stop = threading.Event()

    def on_signal(signum, frame):
        if not stop.is_set():
            console.print(f"watch: {signal.Signals(signum).name} received, stopping after the current batch",
                          markup=False, highlight=False)
        stop.set()

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, on_signal)
    try:
        _get_nlp(model)  # load the pipeline before the first scan, so pick-up is not delayed by it
    except ModelNotFound as exc:
        fail(str(exc), 2)
    watcher = Watcher(root, db, model, batch_size, use_kb, console, stop, max_chars or None, doc_timeout or None)
    console.print(f"watch: watching {root} every {interval:g} s into {db}", markup=False, highlight=False)
    while not stop.is_set():
        started = time.monotonic()
        try:
            watcher.scan()
        except Exception as exc:  # noqa: BLE001 - a store that cannot be opened now may be free at the next scan
            console.print(f"error: {type(exc).__name__}: {exc}", markup=False, highlight=False)
        if once:
            break
        stop.wait(max(0.0, interval - (time.monotonic() - started)))
    console.print("watch: stopped", markup=False, highlight=False)
    raise typer.Exit(0)


def register(app: typer.Typer) -> None:
    app.command()(watch)
