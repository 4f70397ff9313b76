"""communique.eval gives exactly the reference scorer's numbers on the same predictions."""

from __future__ import annotations

import json
import random
import subprocess
import sys

import pytest

from communique.eval import detect_kind, load_jsonl, score
from conftest import ROOT, shared_file

PLOVER = ["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"]
CODES = ["USA", "RUS", "KAZ", "CHN", "IGO", "JAP", "JPN", "FRA", "", None]


def reference(kind, gold_path, preds: dict, tmp_path) -> dict:
    scorer = (ROOT / ".." / "shared" / "tools" / "score.py").resolve()
    if not scorer.exists():
        pytest.skip("reference scorer not available")
    pred_path = tmp_path / f"pred-{kind}.jsonl"
    pred_path.write_text("".join(json.dumps(d) + "\n" for d in preds.values()), encoding="utf-8")
    out = subprocess.run([sys.executable, str(scorer), kind, str(gold_path), str(pred_path)], capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout)


def assert_same(kind, gold_path, preds, tmp_path):
    expected = reference(kind, gold_path, preds, tmp_path)
    mine, _ = score(kind, load_jsonl(gold_path), {str(d["id"]): d for d in preds.values()})
    assert {k: mine[k] for k in expected} == expected


def run_pipeline(nlp, records):
    from communique.ingest.records import make_record
    from communique.pipeline.builder import make_doc
    from communique.pipeline.serialize import to_json

    dicts = [make_record(r["text"], r["id"], r["id"], r.get("date")).to_dict() for r in records]
    return {d["id"]: to_json(doc) for d, doc in zip(dicts, nlp.pipe(make_doc(nlp, d) for d in dicts))}


def mangle_actor(rng, a):
    code = a.get("code") if isinstance(a, dict) else a
    code = rng.choice([code, code, rng.choice(CODES)])
    return {"code": code, "sector": rng.choice(["GOV", "MIL", None]), "text": "x"}


def noisy_gsr(gold: dict, seed: int) -> dict:
    rng = random.Random(seed)
    out = {}
    for gid, g in gold.items():
        if rng.random() < 0.05:
            continue  # missing prediction
        evs = []
        for _ in range(rng.choice([0, 1, 1, 2, 3])):
            evs.append({"event": rng.choice([g["event"], g["event"], rng.choice(PLOVER)]),
                        "confidence": rng.choice([rng.random(), None, "high"]),
                        "source": [mangle_actor(rng, a) for a in g.get("source") or [] if rng.random() < 0.8],
                        "target": [mangle_actor(rng, a) for a in g.get("target") or [] if rng.random() < 0.8]})
        out[gid] = {"id": gid, "events": evs}
    return out


def noisy_news(gold: dict, seed: int) -> dict:
    rng = random.Random(seed)
    out = {}
    for gid, g in gold.items():
        facts = g.get("gold") or {}
        evs = []
        for ev in facts.get("events") or []:
            if rng.random() < 0.3:
                continue
            evs.append({"event": rng.choice([ev["event"], ev["event"], rng.choice(PLOVER)]),
                        "confidence": rng.random(),
                        "date": rng.choice([ev.get("date"), None, "2025-01-01", (ev.get("date") or "") + "T00"]),
                        "source": [mangle_actor(rng, a) for a in ev.get("source") or []],
                        "target": [mangle_actor(rng, a) for a in ev.get("target") or []]})
        quotes = []
        for q in facts.get("quotes") or []:
            if rng.random() < 0.2:
                continue
            speaker = rng.choice([
                None, {"name": q.get("speaker"), "code": q.get("speaker_country")},
                {"name": (q.get("speaker") or "x").split()[-1], "code": None},
                {"name": "Someone Else", "code": q.get("speaker_country")},
                {"name": None, "actors": [{"name": (q.get("speaker") or "").split(" and ")[0], "code": "KAZ"}]},
                [{"name": "a spokesman", "org": "Foreign Ministry", "code": rng.choice(CODES[:4])}],
                "President " + (q.get("speaker") or "")])
            opening = q.get("starts_with", "")
            text = rng.choice(["“" + opening + " and more", opening[:24], "He said: " + opening, "x " * 50 + opening])
            quotes.append({"text": text, "speaker": speaker})
        amounts = []
        for a in facts.get("amounts") or []:
            v = a.get("value")
            if isinstance(v, (int, float)):
                v = v * rng.choice([1, 1.005, 1.02, 0.5])
            amounts.append({"value": v, "unit": rng.choice([a.get("unit"), str(a.get("unit")).lower(), "EUR", None])})
        actors = [{"name": rng.choice([a.get("name"), (a.get("name") or "").split(" ")[-1], "Nobody"]),
                   "code": rng.choice([a.get("country"), "USA", None]),
                   "sector": rng.choice([a.get("sector"), "MIL", None])} for a in facts.get("actors") or []]
        dl = facts.get("dateline")
        dateline = rng.choice([None, {"text": dl}, dl, {"text": (dl or "").title() + "."}, "ELSEWHERE"])
        out[gid] = {"id": gid, "events": evs, "quotes": quotes, "amounts": amounts, "actors": actors,
                    "dateline": dateline}
    return out


@pytest.mark.parametrize("seed", range(4))
def test_gsr_noisy_predictions_match_reference(tmp_path, seed):
    path = shared_file("plover_gsr/gsr_dev.jsonl")
    assert_same("gsr", path, noisy_gsr(load_jsonl(path), seed), tmp_path)


@pytest.mark.parametrize("seed", range(6))
def test_news_noisy_predictions_match_reference(tmp_path, seed):
    path = shared_file("corpus/news_dev.jsonl")
    assert_same("news", path, noisy_news(load_jsonl(path), seed), tmp_path)


def test_doc_kind_matches_reference(tmp_path):
    src = shared_file("synthetic_events/synthetic_dev.jsonl")
    gold_path = tmp_path / "synthetic_head.jsonl"
    lines = src.read_text(encoding="utf-8").splitlines()[:200]
    gold_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    gold = load_jsonl(gold_path)
    rng = random.Random(7)
    preds = {gid: {"id": gid, "category": rng.choice([g["event"], rng.choice(PLOVER), None])} for gid, g in gold.items()}
    assert_same("doc", gold_path, preds, tmp_path)


def test_pipeline_predictions_match_reference(tmp_path, nlp):
    gsr = shared_file("plover_gsr/gsr_dev.jsonl")
    assert_same("gsr", gsr, run_pipeline(nlp, load_jsonl(gsr).values()), tmp_path)
    news = shared_file("corpus/news_dev.jsonl")
    head = tmp_path / "news_head.jsonl"
    head.write_text("\n".join(news.read_text(encoding="utf-8").splitlines()[:6]) + "\n", encoding="utf-8")
    assert_same("news", head, run_pipeline(nlp, load_jsonl(head).values()), tmp_path)


def test_detect_kind():
    assert detect_kind({"a": {"id": "a", "text": "t", "gold": {}}}) == "news"
    assert detect_kind({"a": {"id": "a", "text": "t", "event": "AGREE", "source": []}}) == "gsr"
    assert detect_kind({"a": {"id": "a", "text": "t", "event": "AGREE"}}) == "doc"
    with pytest.raises(ValueError):
        detect_kind({"a": {"id": "a", "text": "t"}})
