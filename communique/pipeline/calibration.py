"""Confidence that means something: the extractor's raw score mapped to how often such events are right.

`calibrate` interpolates a monotone table fitted on the two news development halves by
scripts/calibrate_confidence.py (see docs/document-json.md for what "right" can and cannot mean there).
"""

from __future__ import annotations

# (raw score, calibrated) knots, raw ascending; identity until fitted
TABLE: tuple[tuple[float, float], ...] = ((0.0, 0.0), (1.0, 1.0))


def calibrate(raw: float, table=TABLE) -> float:
    """The calibrated confidence of a raw score (linear between knots, clamped at the ends)."""
    x = float(raw)
    if x <= table[0][0]:
        return round(table[0][1], 3)
    for (x0, y0), (x1, y1) in zip(table, table[1:]):
        if x <= x1:
            return round(y0 + (y1 - y0) * (x - x0) / (x1 - x0) if x1 > x0 else y1, 3)
    return round(table[-1][1], 3)
