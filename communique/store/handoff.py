"""One writer per store: while `communique serve` owns a store, other commands hand it their documents.

DuckDB lets one process write a file, or several only read it, never both. So the server that serves a store
also writes it: it holds one read-write connection, serves every request from its own cursor (a consistent
snapshot: a reader never sees half a batch, and never waits for a writer), and accepts batches of extracted
documents from `communique ingest` over loopback. It advertises itself in a file beside the store,
`<store>.server.json` (the server's URL, its process id and a random token only this machine's user can read),
written when it starts and removed when it stops. A command that finds a live server there sends its batches to
it instead of opening the file (see docs/store.md).
"""

from __future__ import annotations

import json
import os
import secrets
import urllib.error
import urllib.request
from pathlib import Path


class HandoffError(RuntimeError):
    """The server that owns the store refused or failed a batch."""


def server_file(db) -> Path:
    return Path(str(db) + ".server.json")


def advertise(db, url: str) -> dict:
    """Write the server file for `db` (mode 0600) and return its content."""
    info = {"url": url.rstrip("/"), "pid": os.getpid(), "token": secrets.token_urlsafe(24),
            "store": str(Path(db).resolve())}
    path = server_file(db)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(info, f)
    os.replace(tmp, path)
    return info


def withdraw(db, info: dict) -> None:
    """Remove the server file if it is still ours."""
    path = server_file(db)
    try:
        if json.loads(path.read_text(encoding="utf-8")).get("token") == info.get("token"):
            path.unlink()
    except (OSError, ValueError):
        pass


def _alive(pid) -> bool:
    try:
        os.kill(int(pid), 0)
    except (OSError, ValueError, TypeError):
        return False
    return True


def find_server(db, wait: float = 15.0) -> dict | None:
    """The live server that owns `db`, or None (no file, or its process is gone). A server still starting is
    waited for up to `wait` seconds."""
    import time

    path = server_file(db)
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    deadline = time.monotonic() + wait
    while _alive(info.get("pid")):
        try:
            with urllib.request.urlopen(info["url"] + "/api/health", timeout=5) as resp:
                if resp.status == 200:
                    return info
        except (OSError, urllib.error.URLError, KeyError):
            pass
        if time.monotonic() > deadline:
            return None
        time.sleep(0.2)
    return None


class RemoteStore:
    """The part of `Store` that `communique ingest` writes through, sent to the server that owns the store."""

    def __init__(self, info: dict, learn: bool = False, timeout: float = 600):
        self.info = info
        self.path = info.get("store")
        self.learn = learn
        self.timeout = timeout

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _post(self, route: str, payload: dict) -> dict:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        req = urllib.request.Request(self.info["url"] + route, data=body, method="POST",
                                     headers={"Content-Type": "application/json",
                                              "Authorization": f"Bearer {self.info['token']}"})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return json.loads(resp.read())
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace")[:500]
            raise HandoffError(f"the server at {self.info['url']} refused ({exc.code}): {detail}") from None
        except (OSError, urllib.error.URLError) as exc:
            raise HandoffError(f"the server at {self.info['url']} did not answer: {exc}") from None

    def watched(self, op: str, content_hash: str, **fields) -> dict:
        """`communique watch`'s record of ingested files, kept by the server: op 'done' asks, 'mark' records."""
        return self._post("/api/internal/watched", {"op": op, "hash": content_hash, **fields})

    def add_documents(self, docs, text_by_id=None) -> dict:
        docs = list(docs)
        texts = {d["id"]: (text_by_id or {}).get(d["id"]) for d in docs if isinstance(d, dict) and "id" in d}
        return self._post("/api/internal/batch", {"docs": docs, "texts": texts, "learn": self.learn})

    def close(self) -> None:
        pass
