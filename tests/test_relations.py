"""The relations index (issue 20 part 3): a small store of documents written for this test, its series computed
by hand below, and the CLI and API over it."""

from __future__ import annotations

import csv
import io
import json

import pytest

from web_fixtures import span

from communique import ontology
from communique.store import relations as R


def _party(aid, code, text, phrase):
    return {"actor": aid, "code": code, "sector": "GOV", "text": phrase, "span": span(text, phrase)}


def _ev(eid, cat, cameo, quad, date, date_text, trigger, text, src, tgt, confidence=0.9, **extra):
    ev = {"id": eid, "event": cat, "mode": extra.pop("mode", None), "cameo": cameo, "quad": quad,
          "goldstein": ontology.goldstein(cameo), "source": src, "target": tgt, "date": date, "date_text": date_text,
          "planned": False, "negated": False, "location": None, "sentence": 0, "confidence": confidence,
          "trigger": {"text": trigger, "span": span(text, trigger)}, "contexts": []}
    ev.update(extra)
    return ev


def _doc(did, published, url, text, actors, events, other_events=()):
    return {"id": did, "url": url, "title": did, "source": "test", "published": published, "language": "en",
            "dateline": None, "actors": actors, "events": events, "other_events": list(other_events), "quotes": [],
            "amounts": [], "dates": [], "places": []}


def documents() -> list[tuple[dict, str]]:
    """Six short articles (written for this test) about Kazakhstan and Russia, and one China-Kazakhstan act."""
    out = []
    t = "Kazakhstan's foreign minister met Russian Foreign Minister Sergey Lavrov in Moscow on Monday."
    actors = [{"id": "a1", "name": "Kazakhstan", "kind": "state", "code": "KAZ", "mentions": [span(t, "Kazakhstan")]},
              {"id": "a2", "name": "Sergey Lavrov", "kind": "person", "code": "RUS",
               "mentions": [span(t, "Sergey Lavrov")]}]
    out.append((_doc("rel-meeting-a", "2025-03-04", "https://a.example/1", t, actors, [
        _ev("e1", "CONSULT", "040", "verbal cooperation", "2025-03-03", "Monday", "met", t,
            [_party("a1", "KAZ", t, "Kazakhstan")], [_party("a2", "RUS", t, "Sergey Lavrov")], mode="meeting")]), t))
    # the same meeting told from the other side by another outlet: one cluster, counted once (mutual)
    t = "Sergey Lavrov held talks in Moscow on Monday with his counterpart from Kazakhstan, the ministry said."
    actors = [{"id": "a1", "name": "Sergey Lavrov", "kind": "person", "code": "RUS",
               "mentions": [span(t, "Sergey Lavrov")]},
              {"id": "a2", "name": "Kazakhstan", "kind": "state", "code": "KAZ", "mentions": [span(t, "Kazakhstan")]}]
    out.append((_doc("rel-meeting-b", "2025-03-04", "https://b.example/1", t, actors, [
        _ev("e1", "CONSULT", "042", "verbal cooperation", "2025-03-03", "Monday", "held talks", t,
            [_party("a1", "RUS", t, "Sergey Lavrov")], [_party("a2", "KAZ", t, "Kazakhstan")], confidence=0.6,
            mode="meeting")]), t))
    # an accusation (counted), a planned visit (the calendar's, not counted), a claimed strike (other_events)
    t = ("Russia on Wednesday accused Kazakhstan of blocking grain wagons. Kazakhstan's president will visit Russia "
         "in April. Kazakhstan reportedly struck a Russian depot, a blogger claimed.")
    actors = [{"id": "a1", "name": "Russia", "kind": "state", "code": "RUS", "mentions": [span(t, "Russia")]},
              {"id": "a2", "name": "Kazakhstan", "kind": "state", "code": "KAZ", "mentions": [span(t, "Kazakhstan")]}]
    accuse = _ev("e1", "ACCUSE", "112", "verbal conflict", "2025-03-05", "Wednesday", "accused", t,
                 [_party("a1", "RUS", t, "Russia")], [_party("a2", "KAZ", t, "Kazakhstan")],
                 sentence_span=[0, t.index(".") + 1])
    visit = _ev("e2", "CONSULT", "042", "verbal cooperation", "2025-04", "in April", "will visit", t,
                [_party("a2", "KAZ", t, "Kazakhstan")], [_party("a1", "RUS", t, "Russia")], planned=True)
    strike = dict(_ev("e3", "ASSAULT", "190", "material conflict", "2025-03-05", None, "struck", t,
                      [_party("a2", "KAZ", t, "Kazakhstan")], [_party("a1", "RUS", t, "Russia")]), flags=["claimed"])
    out.append((_doc("rel-accusation", "2025-03-06", "https://c.example/1", t, actors, [accuse, visit], [strike]), t))
    # a joint agreement (mutual in one event) and a denied sanction (negated: not counted)
    t = "Kazakhstan and Russia signed a grain agreement on Tuesday. Russia did not impose sanctions on Kazakhstan."
    actors = [{"id": "a1", "name": "Kazakhstan", "kind": "state", "code": "KAZ", "mentions": [span(t, "Kazakhstan")]},
              {"id": "a2", "name": "Russia", "kind": "state", "code": "RUS", "mentions": [span(t, "Russia")]}]
    both = [_party("a1", "KAZ", t, "Kazakhstan"), _party("a2", "RUS", t, "Russia")]
    out.append((_doc("rel-agreement", "2025-03-12", "https://a.example/2", t, actors, [
        _ev("e1", "AGREE", "057", "verbal cooperation", "2025-03-11", "Tuesday", "signed", t, both, both),
        _ev("e2", "SANCTION", "163", "material conflict", "2025-03-12", None, "impose sanctions", t,
            [_party("a2", "RUS", t, "Russia")], [_party("a1", "KAZ", t, "Kazakhstan")], negated=True)]), t))
    # a rejection at low confidence, and China's aid to Kazakhstan (another dyad)
    t = "On Thursday Kazakhstan rejected a request from Russia. China pledged aid to Kazakhstan on Thursday."
    actors = [{"id": "a1", "name": "Kazakhstan", "kind": "state", "code": "KAZ", "mentions": [span(t, "Kazakhstan")]},
              {"id": "a2", "name": "Russia", "kind": "state", "code": "RUS", "mentions": [span(t, "Russia")]},
              {"id": "a3", "name": "China", "kind": "state", "code": "CHN", "mentions": [span(t, "China")]}]
    out.append((_doc("rel-rejection", "2025-03-13", "https://b.example/2", t, actors, [
        _ev("e1", "REJECT", "120", "verbal conflict", "2025-03-13", "Thursday", "rejected", t,
            [_party("a1", "KAZ", t, "Kazakhstan")], [_party("a2", "RUS", t, "Russia")], confidence=0.3),
        _ev("e2", "AID", "070", "material cooperation", "2025-03-13", "Thursday", "pledged aid", t,
            [_party("a3", "CHN", t, "China")], [_party("a1", "KAZ", t, "Kazakhstan")])]), t))
    # a consultation known only to the month: on a monthly series, not on a weekly one
    t = "Kazakh and Russian diplomats consulted in February, Kazakhstan said of its talks with Russia."
    actors = [{"id": "a1", "name": "Kazakhstan", "kind": "state", "code": "KAZ", "mentions": [span(t, "Kazakhstan")]},
              {"id": "a2", "name": "Russia", "kind": "state", "code": "RUS", "mentions": [span(t, "Russia")]}]
    out.append((_doc("rel-february", "2025-02-27", "https://c.example/2", t, actors, [
        _ev("e1", "CONSULT", "040", "verbal cooperation", "2025-02", "in February", "consulted", t,
            [_party("a1", "KAZ", t, "Kazakhstan")], [_party("a2", "RUS", t, "Russia")])]), t))
    return out


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    from communique.store import Store

    path = tmp_path_factory.mktemp("relations") / "rel.duckdb"
    pairs = documents()
    with Store(path) as store:
        store.add_documents([d for d, _ in pairs], {d["id"]: t for d, t in pairs})
    return path


@pytest.fixture()
def store(store_path):
    from communique.store import Store

    with Store(store_path, read_only=True) as s:
        yield s


def test_goldstein_values_used_by_the_hand_computation():
    # the hand computation below reads these values of ontology/data/goldstein.yaml
    assert [ontology.goldstein(c) for c in ("040", "042", "112", "057", "120", "070")] == [1.0, 1.9, -2.0, 8.0, -4.0,
                                                                                         7.0]


def test_the_two_meeting_reports_share_a_cluster(store):
    cur = store._cursor()
    rows = cur.execute("SELECT doc_id, cluster_id FROM cluster_events WHERE doc_id LIKE 'rel-meeting-%'").fetchall()
    assert len(rows) == 2 and rows[0][1] == rows[1][1]


def test_weekly_series_equals_hand_computation(store):
    result = store.relations("KAZ-RUS", by="week")
    one = result["dyads"][0]
    rows = {r["period"]: r for r in one["series"]}
    assert [p["period"] for p in result["periods"]] == ["2025-W10", "2025-W11"]
    # week of 3 March: the meeting (one cluster of two reports, told KAZ->RUS and RUS->KAZ: mutual; its
    # representative is the more confident report, CAMEO 040 = +1.0) and Russia's accusation (112 = -2.0).
    # Not counted: the planned April visit, the claimed strike (other_events).
    w10 = rows["2025-W10"]
    assert (w10["n"], w10["score"], w10["cooperation"], w10["conflict"], w10["mean"]) == (2, -1.0, 1.0, -2.0, -0.5)
    assert (w10["a_to_b"]["n"], w10["b_to_a"]["n"], w10["mutual"]["n"]) == (0, 1, 1)
    assert (w10["a_to_b"]["score"], w10["b_to_a"]["score"], w10["mutual"]["score"]) == (0.0, -2.0, 1.0)
    # week of 10 March: the joint agreement (057 = +8.0, mutual) and the rejection (120 = -4.0, KAZ->RUS).
    # Not counted: the negated sanction; China's aid is another dyad.
    w11 = rows["2025-W11"]
    assert (w11["n"], w11["score"], w11["cooperation"], w11["conflict"], w11["mean"]) == (2, 4.0, 8.0, -4.0, 2.0)
    assert (w11["a_to_b"]["score"], w11["b_to_a"]["score"], w11["mutual"]["score"]) == (-4.0, 0.0, 8.0)
    # both directions and mutual add up to the total
    for r in (w10, w11, one["total"]):
        assert r["a_to_b"]["n"] + r["b_to_a"]["n"] + r["mutual"]["n"] == r["n"]
        assert r["a_to_b"]["score"] + r["b_to_a"]["score"] + r["mutual"]["score"] == pytest.approx(r["score"])
    assert (one["total"]["n"], one["total"]["score"], one["reports"], one["undated"]) == (4, 3.0, 5, 1)


def test_movers_rank_by_weight_and_carry_their_evidence(store):
    one = store.relations("KAZ-RUS", by="week")["dyads"][0]
    w10, w11 = one["series"]
    assert [(m["doc_id"], m["event_id"], m["goldstein"]) for m in w11["movers"]] == [
        ("rel-agreement", "e1", 8.0), ("rel-rejection", "e1", -4.0)]
    meeting = next(m for m in w10["movers"] if m["event"] == "CONSULT")
    assert (meeting["doc_id"], meeting["reports"], meeting["direction"]) == ("rel-meeting-a", 2, "mutual")
    assert meeting["documents"] == ["rel-meeting-a", "rel-meeting-b"]
    for m in w10["movers"] + w11["movers"]:
        ev = m["evidence"]
        text = dict((d["id"], t) for d, t in documents())[m["doc_id"]]
        assert text[ev["span"][0]:ev["span"][1]].strip() == ev["text"]
        s, e = m["trigger"]["span"]
        assert ev["span"][0] <= s < e <= ev["span"][1]
    accusation = next(m for m in w10["movers"] if m["event"] == "ACCUSE")
    assert accusation["evidence"]["text"] == "Russia on Wednesday accused Kazakhstan of blocking grain wagons."
    assert store.relations("KAZ-RUS", by="week", top=1)["dyads"][0]["series"][1]["movers"][0]["event"] == "AGREE"


def test_monthly_series_places_the_month_only_event(store):
    one = store.relations("RUS-KAZ", by="month")["dyads"][0]
    assert [(r["period"], r["n"], r["score"]) for r in one["series"]] == [("2025-02", 1, 1.0), ("2025-03", 4, 3.0)]
    # the dyad given as RUS-KAZ: directions follow the order given
    assert one["series"][0]["b_to_a"]["n"] == 1 and one["undated"] == 0


def test_daily_series_and_date_range(store):
    one = store.relations("KAZ-RUS", by="day", since="2025-03-05", until="2025-03-11")["dyads"][0]
    nonzero = [(r["period"], r["score"]) for r in one["series"] if r["n"]]
    assert nonzero == [("2025-03-05", -2.0), ("2025-03-11", 8.0)]
    assert len(one["series"]) == 7  # dense: every day from the first to the last


def test_min_confidence_threshold_is_respected(store, monkeypatch):
    monkeypatch.setattr(R, "DEFAULT_MIN_CONFIDENCE", 0.5)
    w11 = store.relations("KAZ-RUS", by="week")["dyads"][0]["series"][1]
    assert (w11["n"], w11["score"]) == (1, 8.0)


def test_comparison_shares_one_time_axis(store):
    result = store.relations(["KAZ-RUS", "CHN-KAZ"], by="week")
    kaz_rus, chn_kaz = result["dyads"]
    assert [r["period"] for r in chn_kaz["series"]] == [r["period"] for r in kaz_rus["series"]] == \
        ["2025-W10", "2025-W11"]
    assert [(r["n"], r["score"]) for r in chn_kaz["series"]] == [(0, 0.0), (1, 7.0)]
    assert chn_kaz["series"][1]["a_to_b"]["score"] == 7.0


def test_busiest_dyads_count_clusters_once(store):
    busiest = store.busiest_dyads()
    assert busiest[0] == {"dyad": "KAZ-RUS", "a": "KAZ", "b": "RUS", "items": 5, "reports": 6}
    assert {"dyad": "CHN-KAZ", "a": "CHN", "b": "KAZ", "items": 1, "reports": 1} in busiest


@pytest.mark.parametrize("bad", ["KAZ", "KAZ-KAZ", "KAZ-RUS-CHN", "", "k!z-rus"])
def test_bad_dyads_are_refused(bad):
    with pytest.raises(ValueError):
        R.parse_dyads(bad)


def test_periods():
    assert R.period_of("2025-12-29", "week") == "2026-W01"
    assert R.period_of("2025-12", "week") is None and R.period_of("2025-12", "month") == "2025-12"
    assert [p["period"] for p in R.periods_between("2025-11", "2026-02", "month")] == [
        "2025-11", "2025-12", "2026-01", "2026-02"]
    assert R.periods_between("2025-W52", "2026-W01", "week")[-1] == {"period": "2026-W01", "start": "2025-12-29",
                                                                     "end": "2026-01-04"}


def test_cli(store_path):
    from typer.testing import CliRunner

    from communique.cli import app

    runner = CliRunner()
    res = runner.invoke(app, ["relations", "KAZ-RUS", "CHN-KAZ", "--by", "week", "--format", "json",
                              "--db", str(store_path)])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert [d["dyad"] for d in data["dyads"]] == ["KAZ-RUS", "CHN-KAZ"]
    assert data["dyads"][0]["total"]["score"] == 3.0
    res = runner.invoke(app, ["relations", "KAZ-RUS", "--by", "month", "--format", "csv", "--db", str(store_path)])
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert [(r["period"], r["score"], r["mutual_score"]) for r in rows] == [("2025-02", "1.0", "0.0"),
                                                                            ("2025-03", "3.0", "9.0")]
    res = runner.invoke(app, ["relations", "KAZ-RUS", "--db", str(store_path)])
    assert res.exit_code == 0 and "2025-W11" in res.stdout and "AGREE +8.0" in res.stdout
    res = runner.invoke(app, ["relations", "--db", str(store_path)])
    assert res.exit_code == 0 and "KAZ-RUS" in res.stdout
    for args in (["KAZ-KAZ"], ["KAZ-RUS", "--by", "year"], ["KAZ-RUS", "--since", "2025-13-01"],
                 ["KAZ-RUS", "--format", "xml"]):
        res = runner.invoke(app, ["relations", *args, "--db", str(store_path)])
        assert res.exit_code == 2, (args, res.output)


def test_api(store_path):
    from fastapi.testclient import TestClient

    from communique.api.app import create_app

    with TestClient(create_app(store_path)) as client:
        r = client.get("/api/relations", params={"dyad": ["KAZ-RUS", "CHN-KAZ"], "by": "week"})
        assert r.status_code == 200
        body = r.json()
        assert [d["total"]["n"] for d in body["dyads"]] == [4, 1]
        assert client.get("/api/relations?dyad=KAZ-RUS,CHN-KAZ&by=week").json()["dyads"] == body["dyads"]
        csv_text = client.get("/api/relations?dyad=KAZ-RUS&by=month&format=csv").text
        assert csv_text.splitlines()[0].startswith("dyad,period,start,n,score")
        assert client.get("/api/relations/dyads?limit=1").json()["items"][0]["dyad"] == "KAZ-RUS"
        for q in ("dyad=KAZ", "dyad=KAZ-RUS&by=year", "dyad=KAZ-RUS&since=March", "dyad=KAZ-RUS&format=xml", ""):
            assert client.get("/api/relations?" + q).status_code == 422, q
