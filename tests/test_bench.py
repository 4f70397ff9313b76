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


def test_summary_reports_the_share_of_web_page_extraction():
    from communique.bench.run import HTML_EXTRACT, HTML_INGEST, INGEST, SPACY, Run, summary

    runs = [Run(1, SPACY, 10, 1000, 5.0, 800.0, cpu_seconds=8.0), Run(1, INGEST, 10, 1000, 4.0, 700.0, cpu_seconds=10.0),
            Run(1, HTML_EXTRACT, 10, 1000, 0.5, 100.0, cpu_seconds=0.4),
            Run(1, HTML_INGEST, 10, 1000, 5.0, 700.0, cpu_seconds=10.0)]
    assert summary(runs)["html"] == {"pages": 10, "extract_seconds": 0.5, "ingest_seconds": 5.0, "share": 0.1,
                                     "cpu_share": 0.04}


def test_html_rendering_of_a_corpus_reads_back_as_its_text(tmp_path):
    """The bench's pages carry furniture (cookie banner, menu, related links, footer) that extraction drops,
    also around a short article (trafilatura's default would take the whole page for one under 250 characters)."""
    import json

    from communique.bench.html_pages import write_pages
    from communique.ingest.records import read_path

    story = ("Envoys from Chile and Peru met in Lima on Tuesday to discuss fishing rights. They agreed to meet "
             "again in May. Fishermen on both sides welcomed the talks. The dispute dates back decades. "
             "A court ruled on the border in 2014.")
    src = tmp_path / "corpus.jsonl"
    src.write_text(json.dumps({"id": "a1", "text": story, "date": "2024-03-05"}) + "\n"
                   + json.dumps({"id": "a2", "text": story.replace("Peru", "Bolivia"), "date": "2024-03-06"}) + "\n")
    assert write_pages(str(src), str(tmp_path / "pages")) == 2
    recs = list(read_path(tmp_path / "pages"))
    assert [r.published for r in recs] == ["2024-03-05", "2024-03-06"]
    assert " ".join(recs[1].text.split()) == " ".join(story.replace("Peru", "Bolivia").split())
    assert all(r.source == "Bench Herald" and r.url.startswith("https://bench-herald.invalid/") for r in recs)
