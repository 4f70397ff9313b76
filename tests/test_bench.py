"""The bench's bookkeeping (no timing is asserted: the bench is a command, not a test)."""

from __future__ import annotations

import json


def test_summary_ratios_and_growth():
    from communique.bench.run import INGEST, SPACY, Run, summary

    runs = [Run(1, SPACY, 10, 1000, 5.0, 800.0, cpu_seconds=8.0), Run(1, INGEST, 10, 1000, 4.0, 700.0, cpu_seconds=10.0),
            Run(4, SPACY, 40, 4000, 20.0, 820.0, cpu_seconds=32.0), Run(4, INGEST, 40, 4000, 14.0, 735.0, cpu_seconds=30.0)]
    out = summary(runs)
    assert out["ratio"] == 1.25 and out["ratios"] == {"1x": 1.25, "4x": 1.429}
    assert out["cpu_ratios"] == {"1x": 0.8, "4x": 1.067}
    assert out["time_growth"] == 3.5 and out["memory_growth"] == 1.05 and out["growth_of"] == "4x / 1x"


def test_scaled_corpus_repeats_with_new_ids(tmp_path):
    from communique.bench.corpus import write_scaled

    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"id": f"d{i}", "text": f"The envoy met the minister on day {i}."})
                             for i in range(3)) + "\n", encoding="utf-8")
    dest = tmp_path / "out.jsonl"
    articles, words = write_scaled([str(src)], 2, str(dest), limit=2)
    ids = [json.loads(line)["id"] for line in dest.read_text(encoding="utf-8").splitlines()]
    assert articles == 4 and words == 4 * 8
    assert ids == ["d0", "d1", "d0~2", "d1~2"]


def test_summary_reports_the_ratio_against_spacy_with_the_same_matmul():
    from communique.bench.run import INGEST, SPACY, SPACY_SAME_OPS, Run, summary

    runs = [Run(1, SPACY, 10, 1000, 5.0, 800.0, cpu_seconds=8.0), Run(1, INGEST, 10, 1000, 4.0, 700.0, cpu_seconds=10.0),
            Run(1, SPACY_SAME_OPS, 10, 1000, 2.0, 600.0, cpu_seconds=5.0)]
    out = summary(runs)
    assert out["ratio"] == 1.25 and out["ratio_same_ops"] == 0.5 and out["cpu_ratio_same_ops"] == 0.5
