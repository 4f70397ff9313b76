"""The compiled PETRARCH2 actor dictionary: build rules, byte-identical rebuild, layering and dated roles.

Sentences are written for this project; the people in them are real office holders of the dictionary (their
offices are facts), chosen from none of the development sets.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from communique.knowledge import dictionary, people

ROOT = Path(__file__).resolve().parents[1]


def _script():
    spec = importlib.util.spec_from_file_location("build_actor_dictionary", ROOT / "scripts" / "build_actor_dictionary.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_actor_dictionary", mod)
    spec.loader.exec_module(mod)
    return mod


def actor(doc, needle):
    hits = [a for a in doc["actors"] if needle in (a["name"] or "")]
    assert hits, f"no actor named like {needle!r}: {[a['name'] for a in doc['actors']]}"
    return hits[0]


# -- building --------------------------------------------------------------------------------------------
def test_rebuild_is_byte_identical(tmp_path):
    from conftest import shared_file

    source = shared_file("dictionaries/petrarch2/Phoenix.Countries.actors.txt").parent
    out = tmp_path / "actor_dictionary.json.gz"
    _script().main(["--source", str(source), "--out", str(out)])
    assert out.read_bytes() == dictionary.DATA.read_bytes(), (
        "the compiled actor dictionary is out of date: run scripts/build_actor_dictionary.py (it also reads "
        "countries.json, organisations.yaml, companies.yaml, roles.yaml and people.yaml)")


def test_parser_reads_dates_defaults_and_aliases(tmp_path):
    build = _script()
    src = tmp_path / "Phoenix.Countries.actors.txt"
    src.write_text("# comment\nJANE_QUILLBY_  # CountryInfo.txt\n+JANE_A_QUILLBY_\n+QUILLBY_\n"
                   "\t[NORELI 700101-050614]\n\t[NORGOV >20050615]\n\t[NORELI]\n"
                   "NORTHERN_HARBOUR_COMMAND\n+NHC\n\t[NORMIL]\n", encoding="utf-8")
    recs = build.parse_actors(src)
    assert recs[0]["names"] == ["JANE_QUILLBY_", "JANE_A_QUILLBY_", "QUILLBY_"]
    assert recs[0]["roles"] == [("NORELI", "1970-01-01", "2005-06-14"), ("NORGOV", "2005-06-15", None)]
    assert recs[0]["code"] == "NORELI" and recs[1]["code"] == "NORMIL"
    assert build.cameo("NORGOVMIL", {"NOR"}) == ("NOR", "GOV")
    assert build.cameo("IGOUNOIAE", {"NOR"}) == ("IGO", "GOV")
    assert build.cameo("MNCNORMED", {"NOR"}) == ("NOR", "MED")  # a national company: its country
    assert build.cameo("DDRGOV", {"NOR"}) is None  # no present-day state


def test_build_filters_ambiguous_names(tmp_path):
    build = _script()
    for name in build.ACTOR_FILES[1:]:
        (tmp_path / name).write_text("", encoding="utf-8")
    (tmp_path / build.AGENT_FILE).write_text("HARBOUR_PILOT [~BUS]\n", encoding="utf-8")
    (tmp_path / build.ACTOR_FILES[0]).write_text(
        "JANE_QUILLBY_  # CountryInfo.txt\n+QUILLBY_\n\t[NORGOV >20050615]\n"   # a lone surname alias: dropped
        "PUBLIC_WORKS_\n\t[NORGOV]\n"                                          # ordinary English words: dropped
        "WILL_SMITH_  # CountryInfo.txt\n\t[NORGOV 20010101-20020101]\n"        # every word English: dropped
        "ODD_VESTRHEIM_  # CountryInfo.txt\n\t[NORGOV 20010101-20020101]\n"
        "ODD_VESTRHEIM_  # CountryInfo.txt\n\t[SWEGOV 20030101-20040101]\n"     # two countries: dropped
        "NORTHERN_HARBOUR_COMMAND\n+THE_NORTHERN_HARBOUR_COMMAND\n\t[NORMIL]\n", encoding="utf-8")
    data = build.build(tmp_path)
    assert list(data["people"]) == ["jane quillby"]
    assert data["people"]["jane quillby"] == "Jane Quillby|0|NORGOV NOR GOV 2005-06-15 -|"
    assert data["bodies"]["northern harbour command"][0] == ["Northern Harbour Command"]
    assert data["agents"]["harbour pilots"] == "~BUS BUS"


# -- layering --------------------------------------------------------------------------------------------
def _index(compiled_offices):
    def compiled(key):
        return tuple(o for o in compiled_offices if " ".join(people.normalise(o.name)) == key)

    return people.PeopleIndex(compiled)


def test_layers_user_learned_compiled_seed():
    from communique.knowledge.actor_kb import layered

    comp = people.Office("Tova Rask", "NOR", None, "GOV", "2005-06-15", "2010-03-31", priority=people.COMPILED)
    idx = _index([comp])
    idx.add(people.Office("Tova Rask", "NOR", "fisheries minister", "GOV", 2004, 2012))  # seed
    hit = idx.lookup("Tova Rask", "2007-01-10")
    assert (hit.code, hit.sector, hit.role, hit.priority) == ("NOR", "GOV", "fisheries minister", people.COMPILED)
    learned = people.Office("Tova Rask", "NOR", "trade minister", "GOV", 2007, 2007, priority=people.LEARNED)
    user = people.Office("Tova Rask", "SWE", "ambassador", "GOV", 2007, 2007, priority=people.USER)
    assert layered(idx, [learned]).lookup("Tova Rask", "2007-01-10").role == "trade minister"
    assert layered(idx, [learned, user]).lookup("Tova Rask", "2007-01-10").code == "SWE"
    # the compiled name is found by its full name only: its surname does not make "Rask" a known name
    assert "rask" not in _index([comp]).surname and _index([comp]).lookup("Rask", 2007) is None


def test_roles_are_day_precise_and_stale_roles_claim_no_office():
    comp = [people.Office("Tova Rask", "NOR", None, "ELI", "1990-01-01", "2005-06-14", priority=people.COMPILED),
            people.Office("Tova Rask", "NOR", None, "GOV", "2005-06-15", "2010-03-31", priority=people.COMPILED)]
    idx = _index(comp)
    assert idx.lookup("Tova Rask", "2005-06-14").sector == "ELI"
    assert idx.lookup("Tova Rask", "2005-06-15").sector == "GOV"
    after = idx.lookup("Tova Rask", "2021-05-01")  # long after: the country, no office, no sector
    assert (after.code, after.role, after.sector) == ("NOR", None, None)


def test_open_ended_roles_are_trusted_for_a_while():
    c = dictionary.load()
    assert c.source["latest_date"] < c.trusted_until
    karzai = people.seed().lookup("Hamid Karzai", "2010-03-01")
    assert (karzai.code, karzai.sector) == ("AFG", "GOV")


# -- in the pipeline -------------------------------------------------------------------------------------
TEXT = "Mohamed ElBaradei told reporters on Tuesday that the talks would go on. ElBaradei gave no details."


@pytest.mark.parametrize("published,code,sector", [
    ("2005-06-01", "IGO", "GOV"),   # head of the IAEA (1997-12-01 to 2009-11-30)
    ("2013-07-20", "EGY", "GOV"),   # Egypt's interim vice president (2013-07-14 to 2013-08-14)
    ("2013-09-02", "EGY", "ELI"),   # out of that office, same year: the dictionary's default code (elite)
])
def test_role_in_force_at_the_publication_date(extract, published, code, sector):
    a = actor(extract(TEXT, published=published), "ElBaradei")
    assert (a["code"], a["sector"]) == (code, sector)


def test_compiled_bodies_resolve(extract):
    doc = extract("The Kurdistan Regional Government said on Sunday it would reopen the border crossing.",
                  published="2014-03-02")
    a = actor(doc, "Kurdistan Regional Government")
    assert (a["kind"], a["code"], a["sector"]) == ("org", "IRQ", "GOV")


def test_actors_show_names_the_source(tmp_path):
    from typer.testing import CliRunner

    from communique.cli import app

    res = CliRunner().invoke(app, ["actors", "show", "Mohamed ElBaradei", "--db", str(tmp_path / "none.duckdb"),
                                   "--date", "2005-06-01", "--format", "json"])
    assert res.exit_code == 0, res.output
    import json

    shown = json.loads(res.stdout)
    assert shown["resolves_to"]["code"] == "IGO" and shown["resolves_to"]["origin"] == "compiled"
    sources = {(e["origin"], e["source"], e["from"]) for e in shown["entries"]}
    assert ("compiled", "Phoenix.International.actors.txt IGOUNOIAE", "1997-12-01") in sources or \
        any(o == "compiled" and s.endswith("IGOUNOIAE") for o, s, _ in sources)
    assert any(o == "compiled" and s.endswith("EGYGOV") and f == "2013-07-14" for o, s, f in sources)


def test_out_of_office_the_projects_own_layers_answer_first():
    comp = people.Office("Tova Rask", "NOR", None, "GOV", "2009-01-20", "2018-01-26", priority=people.COMPILED)
    idx = _index([comp])
    idx.add(people.Office("Tova Rask", "NOR", "prime minister", "GOV", 2009, 2017))  # seed
    hit = idx.lookup("Tova Rask", "2019-04-10")
    assert (hit.code, hit.sector, hit.role, hit.priority) == ("NOR", "GOV", None, people.SEED)


def test_a_one_word_body_alias_that_names_a_person_is_dropped(tmp_path):
    build = _script()
    for name in build.ACTOR_FILES[1:]:
        (tmp_path / name).write_text("", encoding="utf-8")
    (tmp_path / build.AGENT_FILE).write_text("", encoding="utf-8")
    (tmp_path / build.ACTOR_FILES[0]).write_text(
        "TOVA_VESTRHEIM_  # CountryInfo.txt\n\t[NORGOV >20050615]\n"
        "VESTRHEIM_GOVERNMENT\n+VESTRHEIM\n\t[NORGOV]\n", encoding="utf-8")
    data = build.build(tmp_path)
    assert "vestrheim" not in data["bodies"] and "vestrheim government" in data["bodies"]


def test_undated_codes_do_not_expire_but_defaults_beside_dated_roles_do():
    group = people.seed().lookup("Boko Haram", "2024-05-01")  # a MilNonState name with only "[NGAREB]"
    assert (group.code, group.sector) == ("NGA", "REB")
    c = dictionary.load()
    dated = [o for o in dictionary.offices("mohamed elbaradei") if o.priority == people.COMPILED_DEFAULT]
    assert dated and dated[0].end == c.trusted_until
