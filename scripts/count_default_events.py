"""Default events per article: the precision check of issue 21 (median <= 8, max <= 40 on the Guardian sample).

usage: python -m communique extract FILE.jsonl | python scripts/count_default_events.py [--sample N --seed S]
Reads document JSON lines on stdin; prints the median and max of `events` (the default view) and of
`other_events` per article, and with --sample N draws N default events at random for judging by hand.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=0, help="print N random default events with their sentence")
    ap.add_argument("--seed", type=int, default=21)
    args = ap.parse_args()
    docs = [json.loads(line) for line in sys.stdin if line.strip()]
    if not docs:
        sys.exit("no documents on stdin")
    default = [len(d.get("events") or []) for d in docs]
    other = [len(d.get("other_events") or []) for d in docs]
    print(f"articles={len(docs)} default_events={sum(default)} median={statistics.median(default)} "
          f"max={max(default)} other_events={sum(other)} other_median={statistics.median(other)}")
    if args.sample:
        pool = [(d, e) for d in docs for e in d.get("events") or []]
        for d, e in random.Random(args.seed).sample(pool, min(args.sample, len(pool))):
            print(json.dumps({"doc": d.get("id"), "event": e["event"], "mode": e.get("mode"),
                              "source": [p.get("code") for p in e["source"]],
                              "target": [p.get("code") for p in e["target"]],
                              "trigger": e["trigger"]["text"], "confidence": e["confidence"]}, ensure_ascii=False))


if __name__ == "__main__":
    main()
