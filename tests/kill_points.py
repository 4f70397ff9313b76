"""`communique ingest` that stops at a chosen point and waits to be killed (tests/test_reproducible_ingest.py).

    COMMUNIQUE_TEST_PAUSE=stored|writing|extracted COMMUNIQUE_TEST_PAUSE_AT=N python tests/kill_points.py ingest ...

stored: after the N-th batch is committed (a batch boundary); writing: inside the N-th batch's
transaction, its rows written and not committed; extracted: after the N-th document is extracted (inside
a batch not yet stored).  At that point the process prints "paused" on stdout and sleeps, so the test
can kill it with SIGKILL exactly there.  Nothing else of communique changes.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

POINT = os.environ["COMMUNIQUE_TEST_PAUSE"]
AT = int(os.environ["COMMUNIQUE_TEST_PAUSE_AT"])
seen = 0


def tick() -> None:
    global seen
    seen += 1
    if seen == AT:
        print("paused", flush=True)
        time.sleep(600)


def after(cls_or_module, name: str) -> None:
    """Call tick() after every call of cls_or_module.name."""
    original = getattr(cls_or_module, name)

    def wrapped(*args, **kwargs):
        out = original(*args, **kwargs)
        tick()
        return out

    setattr(cls_or_module, name, wrapped)


if POINT == "stored":
    from communique.store.store import Store

    after(Store, "add_documents")
elif POINT == "writing":
    from communique.store.store import Store

    after(Store, "_write")
elif POINT == "extracted":
    from communique.pipeline import runner

    after(runner, "_result")
else:
    raise SystemExit(f"unknown pause point {POINT!r}")

from communique.cli import main  # noqa: E402

main()
