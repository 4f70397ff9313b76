"""The actor knowledge base: learning from articles, user tables, time-stamped roles, pinning, and the CLI.

Names are invented so that the seed cannot answer for them.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.knowledge import people
from communique.knowledge.actor_kb import ActorKB, evidence, read_table

FM_DOC = ("Estonian Foreign Minister Marta Doroshenko met French President Emmanuel Macron in Paris on Monday "
          "to discuss energy security.")
PM_DOC = "Estonian Prime Minister Marta Doroshenko arrived in Warsaw on Tuesday for talks on military aid."
BARE_DOC = "The talks will resume soon, Doroshenko told reporters in Berlin on Friday."


@pytest.fixture
def kb(tmp_path):
    with ActorKB(tmp_path / "kb.duckdb") as k:
        yield k


@pytest.fixture
def with_index():
    """Make an index active for the actor component; always restore the seed afterwards."""

    def use(index):
        people.set_active(index)

    yield use
    people.set_active(None)


def person(doc, surname):
    return next(a for a in doc["actors"] if a["kind"] == "person" and a["name"].endswith(surname))


def test_evidence_is_what_the_article_states(extract):
    doc = extract(FM_DOC, published="2024-03-04")
    found = {(e.name, e.code, e.role) for e in evidence(doc, FM_DOC)}
    assert ("Marta Doroshenko", "EST", "foreign minister") in found
    ev = next(e for e in evidence(doc, FM_DOC) if e.name == "Marta Doroshenko")
    assert FM_DOC[ev.start:ev.end] == "Estonian Foreign Minister Marta Doroshenko"


def test_seed_resolved_names_are_not_learned_back(extract):
    text = "Sergey Lavrov told reporters in Geneva on Friday that the talks had been useful."
    doc = extract(text, published="2024-03-08")
    assert person(doc, "Lavrov")["code"] == "RUS"  # from the seed, not from the article
    assert evidence(doc, text) == []


def test_a_description_is_not_learned_as_a_name():
    text = "Estonia's foreign minister said the talks would continue."
    doc = {"id": "d", "published": "2024-01-01", "actors": [
        {"id": "a1", "name": "Estonia's foreign minister", "kind": "person", "code": "EST", "sector": "GOV",
         "role": "foreign minister", "mentions": [[0, 26]]}]}
    assert evidence(doc, text) == []


def test_learned_in_one_document_resolves_a_bare_name_later(extract, kb, with_index):
    assert person(extract(BARE_DOC, published="2024-03-08"), "Doroshenko")["code"] is None
    assert kb.learn(extract(FM_DOC, published="2024-03-04", id="fm"), FM_DOC) >= 1
    with_index(kb.index())
    later = person(extract(BARE_DOC, published="2024-03-08"), "Doroshenko")
    assert (later["code"], later["role"], later["sector"]) == ("EST", "foreign minister", "GOV")
    entry = kb.entries(name="Marta Doroshenko")[0]
    assert (entry["origin"], entry["n_docs"], entry["first_seen"]) == ("learned", 1, "2024-03-04")
    ev = kb.evidence_of("Marta Doroshenko")
    assert [(e["doc_id"], e["span_start"], e["span_end"]) for e in ev] == [("fm", 0, 42)]


def test_relearning_a_document_does_not_count_twice(extract, kb):
    doc = extract(FM_DOC, published="2024-03-04", id="fm")
    kb.learn(doc, FM_DOC)
    kb.learn(doc, FM_DOC)
    kb.learn(extract(FM_DOC, published="2024-05-02", id="fm2"), FM_DOC)
    entry = kb.entries(name="Marta Doroshenko")[0]
    assert (entry["n_docs"], entry["n_mentions"], entry["last_seen"]) == (2, 2, "2024-05-02")


def test_roles_are_time_stamped(extract, kb, with_index):
    kb.learn(extract(FM_DOC, published="2019-06-10", id="a"), FM_DOC)
    kb.learn(extract(FM_DOC, published="2020-02-11", id="b"), FM_DOC)
    kb.learn(extract(PM_DOC, published="2023-01-17", id="c"), PM_DOC)
    index = kb.index()
    assert index.lookup("Doroshenko", 2020).role == "foreign minister"
    assert index.lookup("Doroshenko", 2022).role == "foreign minister"  # kept until another role is seen
    assert index.lookup("Doroshenko", 2025).role == "prime minister"  # the latest role stays open
    with_index(index)
    assert person(extract(BARE_DOC, published="2020-09-01"), "Doroshenko")["role"] == "foreign minister"
    assert person(extract(BARE_DOC, published="2024-09-01"), "Doroshenko")["role"] == "prime minister"


def test_the_best_attested_country_wins(kb):
    for i, code in enumerate(["EST", "EST", "LVA"]):
        demonym = {"EST": "Estonian", "LVA": "Latvian"}[code]
        text = f"{demonym} Foreign Minister Marta Doroshenko spoke."
        doc = {"id": f"d{i}", "published": "2024-01-0%d" % (i + 1), "actors": [
            {"id": "a1", "name": "Marta Doroshenko", "kind": "person", "code": code, "sector": "GOV",
             "role": "foreign minister", "mentions": [[0, text.index(" spoke")]]}]}
        kb.learn(doc, text)
    assert {o.code for o in kb.offices()} == {"EST"}


def test_user_table_overrides_learned(extract, kb, tmp_path, with_index):
    kb.learn(extract(FM_DOC, published="2024-03-04", id="fm"), FM_DOC)
    table = tmp_path / "mine.yaml"
    table.write_text("Marta Doroshenko:\n  code: LVA\n  role: defence minister\n  sector: GOV\n", encoding="utf-8")
    assert kb.load(table) == 1
    with_index(kb.index())
    later = person(extract(BARE_DOC, published="2024-03-08"), "Doroshenko")
    assert (later["code"], later["role"]) == ("LVA", "defence minister")


def test_user_table_formats(tmp_path):
    csv_file = tmp_path / "actors.csv"
    csv_file.write_text("name,code,role,sector,from,to,pinned\n"
                        "Tomas Quillfeather,CHL,interior minister,GOV,2021-03,,yes\n", encoding="utf-8")
    assert read_table(csv_file) == [{"name": "Tomas Quillfeather", "code": "CHL", "role": "interior minister",
                                     "sector": "GOV", "valid_from": "2021-03", "valid_to": None, "pinned": True}]
    yml = tmp_path / "actors.yaml"
    yml.write_text("- {name: Tomas Quillfeather, code: CHL, role: senator, from: 2015, to: 2020}\n"
                   "- {name: Tomas Quillfeather, code: CHL, role: interior minister, from: 2021}\n", encoding="utf-8")
    assert [r["role"] for r in read_table(yml)] == ["senator", "interior minister"]
    bad = tmp_path / "bad.csv"
    bad.write_text("name,country,job\nX,CHL,y\n", encoding="utf-8")
    with pytest.raises(ValueError, match="job"):
        read_table(bad)


def test_user_dates_and_pinning(kb):
    kb.set("Tomas Quillfeather", "CHL", "interior minister", "GOV", valid_from="2014", valid_to="2018")
    index = kb.index()
    assert index.lookup("Quillfeather", 2016).role == "interior minister"
    out_of_office = index.lookup("Quillfeather", 2024)
    assert (out_of_office.code, out_of_office.role) == ("CHL", None)
    kb.set("Tomas Quillfeather", "CHL", "interior minister", "GOV", valid_from="2014", valid_to="2018", pinned=True)
    assert kb.index().lookup("Quillfeather", 2024).role == "interior minister"


def test_pinned_entry_beats_newer_learned_role(extract, kb):
    kb.learn(extract(FM_DOC, published="2019-06-10", id="a"), FM_DOC)
    kb.set("Marta Doroshenko", "EST", "foreign minister", "GOV", pinned=True)
    kb.learn(extract(PM_DOC, published="2023-01-17", id="c"), PM_DOC)
    assert kb.index().lookup("Doroshenko", 2024).role == "foreign minister"


# -- the command line --------------------------------------------------------------------------------------
def cli(*args):
    res = CliRunner().invoke(app, [str(a) for a in args])
    assert "Traceback" not in res.output
    return res


def test_cli_set_list_show(tmp_path):
    db = tmp_path / "store.duckdb"
    res = cli("actors", "set", "Tomas Quillfeather", "--db", db, "--code", "chl", "--role", "interior minister",
              "--from", "2021-03")
    assert res.exit_code == 0, res.output
    cli("actors", "set", "Ilse Vandermolen", "--db", db, "--code", "PRY", "--role", "prime minister")
    listed = json.loads(cli("actors", "list", "--db", db, "--format", "json").stdout)
    assert {(r["name"], r["code"], r["sector"], r["origin"]) for r in listed} == {
        ("Tomas Quillfeather", "CHL", "GOV", "user"), ("Ilse Vandermolen", "PRY", "GOV", "user")}
    only = json.loads(cli("actors", "list", "--db", db, "--code", "PRY", "--format", "json").stdout)
    assert [r["name"] for r in only] == ["Ilse Vandermolen"]
    csv_out = cli("actors", "list", "--db", db, "--q", "interior", "--format", "csv").stdout.splitlines()
    assert csv_out[0].startswith("name,code,role") and len(csv_out) == 2
    shown = json.loads(cli("actors", "show", "Quillfeather", "--db", db, "--year", "2022", "--format", "json").stdout)
    assert shown["resolves_to"]["code"] == "CHL" and shown["resolves_to"]["origin"] == "user"
    assert cli("actors", "list", "--db", db).exit_code == 0  # the table form


def test_cli_refuses_bad_input(tmp_path):
    db = tmp_path / "store.duckdb"
    assert cli("actors", "set", "Nobody Known", "--db", db).exit_code == 1  # no code and nothing to go on
    assert cli("actors", "set", "Tomas Quillfeather", "--db", db, "--code", "XYZ").exit_code == 1
    res = cli("actors", "set", "Tomas Quillfeather", "--db", db, "--code", "CHL", "--from", "March")
    assert res.exit_code == 1 and "YYYY" in res.output
    res = cli("actors", "set", "Tomas Quillfeather", "--db", db, "--code", "CHL", "--from", "2020", "--to", "2019-05")
    assert res.exit_code == 1 and "before" in res.output
    assert cli("actors", "list", "--db", tmp_path / "absent.duckdb").exit_code == 2


def test_cli_pin_a_known_name_and_load_and_forget(tmp_path):
    db = tmp_path / "store.duckdb"
    res = cli("actors", "set", "Lavrov", "--db", db, "--pin")  # known from the seed: pinned as it stands
    assert res.exit_code == 0, res.output
    listed = json.loads(cli("actors", "list", "--db", db, "--format", "json").stdout)
    assert [(r["name"], r["code"], r["role"], r["pinned"]) for r in listed] == [
        ("Sergey Lavrov", "RUS", "foreign minister", True)]
    table = tmp_path / "mine.csv"
    table.write_text("name,code,role\nIlse Vandermolen,PRY,prime minister\n", encoding="utf-8")
    assert cli("actors", "load", table, "--db", db).exit_code == 0
    assert cli("actors", "forget", "Sergey Lavrov", "--db", db).exit_code == 0
    listed = json.loads(cli("actors", "list", "--db", db, "--format", "json").stdout)
    assert [r["name"] for r in listed] == ["Ilse Vandermolen"]


def test_ingest_learns_and_later_runs_resolve(tmp_path, nlp):
    db = tmp_path / "store.duckdb"
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(" date 2024-03-04\n" + FM_DOC + "\n", encoding="utf-8")
    second.write_text(" date 2024-03-08\n" + BARE_DOC + "\n", encoding="utf-8")
    assert cli("ingest", "--db", db, first).exit_code == 0
    assert cli("ingest", "--db", db, second).exit_code == 0
    from communique.store import Store

    with Store(db, read_only=True) as store:
        doc = next(d for d in (store.get_document(x["id"]) for x in store.list_documents())
                   if "Berlin" in d["text"])
    assert person(doc, "Doroshenko")["code"] == "EST"
    shown = json.loads(cli("actors", "show", "Doroshenko", "--db", db, "--format", "json").stdout)
    assert shown["evidence"][0]["published"] == "2024-03-04"
    assert people.active() is people.seed()  # ingest restored the seed


def one_person(name, code, role, spans, published="2024-01-01", id="d"):
    return {"id": id, "published": published, "actors": [
        {"id": "a1", "name": name, "kind": "person", "code": code, "sector": "GOV", "role": role,
         "mentions": [list(s) for s in spans]}]}


def test_past_offices_and_cut_names_are_not_learned():
    text = "The former Chilean president Tomas Quillfeather spoke."
    s = text.index("Chilean")
    assert evidence(one_person("Tomas Quillfeather", "CHL", "president", [(s, s + 37)]), text) == []
    text = "Chilean President Tomas Quill-Feather spoke."  # the actor's name stops before the hyphen
    assert evidence(one_person("Tomas Quill", "CHL", "president", [(0, 29)]), text) == []
    text = "Chilean President Quillfeather spoke."  # a single word may be a first name cut short
    assert evidence(one_person("Quillfeather", "CHL", "president", [(0, 30)]), text) == []


def test_apposition_counts_as_evidence():
    text = "Tomas Quillfeather, Chile's interior minister, spoke."
    ev = evidence(one_person("Tomas Quillfeather", "CHL", "interior minister", [(0, 18), (20, 45)]), text)
    assert [(e.start, e.end) for e in ev] == [(20, 45)]


def test_curated_terms_win_where_learned_roles_are_only_carried_forward(kb):
    base = people.PeopleIndex()
    base.add(people.Office("Tomas Quillfeather", "CHL", "president", "GOV", 2010, 2014))
    base.add(people.Office("Tomas Quillfeather", "CHL", "president", "GOV", 2021, 2024))
    text = "Chilean Foreign Minister Tomas Quillfeather spoke."
    kb.learn(one_person("Tomas Quillfeather", "CHL", "foreign minister", [(0, 43)], "2019-05-02"), text)
    index = kb.index(base=base)
    assert index.lookup("Quillfeather", 2012).role == "president"  # before the evidence: the curated term
    assert index.lookup("Quillfeather", 2019).role == "foreign minister"  # seen that year
    assert index.lookup("Quillfeather", 2020).role == "foreign minister"  # carried forward
    assert index.lookup("Quillfeather", 2022).role == "president"  # a curated term beats a carried-forward role
    gap = index.lookup("Quillfeather", 2016)
    assert (gap.code, gap.role) == ("CHL", None)  # held nothing we know of: country only


def test_user_table_that_is_not_yaml_is_a_clear_error(tmp_path):
    from communique.knowledge import actor_kb
    bad = tmp_path / "bad.yaml"
    bad.write_text("Jane Roe: [[KEN, minister\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not valid YAML"):
        actor_kb.read_table(bad)
