#!/usr/bin/env python3
"""Build communique/ontology/data/contexts.json: PLOVER contexts and the phrases that point to them.

Sources (read from ../shared/data/dictionaries, never copied whole into the package):
- PLOVER_MANUAL.tex (openeventdata/PLOVER, CC BY-SA 4.0): the context names and their one-line meanings
  (the "General contexts" table);
- Phoenix.IssueCoding.txt (openeventdata/petrarch2, MIT): issue patterns, each with an issue code; every
  code is mapped below to the PLOVER context(s) whose definition in the manual covers it, codes with no
  PLOVER counterpart (education, tourism, public transit, ...) are left out.

The output lists every surface form of every kept pattern (see communique.ontology.contexts.expand) with
its contexts, and the blocking phrases (`~...` lines) with the contexts they block, sorted, so a rebuild
from the same sources is byte-identical.  Usage: python scripts/build_contexts.py [--shared DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from communique.ontology.contexts import expand  # noqa: E402

SHARED = ROOT.parent / "shared" / "data" / "dictionaries"
OUT = ROOT / "communique" / "ontology" / "data" / "contexts.json"

# Phoenix issue code -> PLOVER contexts (the manual's definitions decide; see docs/document-json.md)
CODE_CONTEXTS = {
    "OIL": ["natural_resource"], "COAL": ["natural_resource"], "NATURAL_GAS": ["natural_resource"],
    "AGRICULTURE": ["natural_resource"],
    "NUCLEAR_ENERGY": ["technology"],  # the manual names nuclear energy as a high-tech industry
    "RENEWABLE_ENERGY": ["environment"],  # "environmental solutions ... such as renewable energies"
    "FOREIGN_AID": ["economic"], "INT_FINANCIAL_INST": ["economic"],
    "ID_ATROCITY": ["human_rights"],  # war crimes: human_rights, not crime (manual, Crime)
    "DRUG_CARTEL": ["illegal_drugs"], "DRUG_CARTELS": ["illegal_drugs"], "DRUGS": ["illegal_drugs"],
    "DRUG_TRADE": ["illegal_drugs"],
    "ORGANIZED_CRIME": ["crime"], "COMMON_ROBBERY": ["crime"], "BLACK_MARKET": ["crime"],
    "ELECTRICITY_OUTAGE": ["human_security"], "FOOD_SECURITY": ["human_security"],
    "WATER_SECURITY": ["human_security"], "SLUMS": ["human_security"], "PROPERTY_RIGHTS": ["human_security"],
    "HUMANITARIAN_CRISIS": ["human_security"],
    "ID_PROLIFERATION": ["cbrn"], "WMD": ["cbrn"], "NUCLEAR_WEAPONS": ["cbrn"], "RADIOLOGICAL_WEAPONS": ["cbrn"],
    "BIOLOGICAL_WEAPONS": ["cbrn"], "CHEMICAL_WEAPONS": ["cbrn"],
    "ID_ARMS_DEAL": ["military"], "LANDMINE": ["military"], "DRONE": ["military"], "AIRSTRIKE": ["military"],
    "VIOLENT_UNREST": ["repression"],  # force used on crowds; the clashes themselves are dropped below
    "IED": ["terrorism"], "TERROR": ["terrorism"], "SUICIDE_ATTACK": ["terrorism"],
    "NAMED_TERROR_GROUP": ["terrorism"], "ID_JIHAD": ["terrorism"],
    "PEACEKEEPERS": ["peacekeeping"],
    "ID_DEMOCRACY": ["pro_democracy"],
    "ID_IMMIGRATION": ["migration"], "REFUGEES": ["migration"],
    "ID_SMUGGLING": ["trafficking"], "HUMAN_TRAFFICKING": ["trafficking"],
    "NATIONAL_MOVEMENT": ["territory"], "WOMENS_MOVEMENT": ["gender"], "ENVIRONMENTAL_MOVEMENT": ["environment"],
    "ECONOMIC_MOVEMENT": ["economic"], "RELIGIOUS_MOVEMENT": ["religion_ethnicity"],
    "GENDER_VIOLENCE": ["gender"], "RAPE": ["gender"],
    "LGBT": ["lgbt"],
    "HUMAN_RIGHTS": ["human_rights"], "ID_TORTURE": ["repression"], "POLITICAL_PRISONER": ["repression"],
    "DISCRIMINATION": ["inequality"], "POVERTY": ["inequality"],
    "INTERNET_CENSORSHIP": ["rights_freedoms"], "MEDIA_CENSORSHIP": ["rights_freedoms"],
    "COUP_DISCUSSION": ["pro_autocracy"],
    "ELECTION": ["election"], "ELECTION_FRAUD": ["election"],
    "MALWARE": ["cyber"], "CYBER_SECURITY": ["cyber"],
    "CORRUPTION": ["corruption"],
    "CLIMATE_CHANGE": ["environment"], "SELF_IDENTIFIED_ENVIRON_DISASTER": ["environment", "disasters"],
    "NATURAL_DISASTER": ["disasters"],
    "SUBSIDIES": ["economic"], "PRIVATIZATION": ["economic"], "CURRENCY_RESERVES": ["economic"],
    "EXCHANGE_RATE": ["economic"], "TRADE_DISPUTE": ["economic"], "MONOPOLY": ["economic"],
    "DEREGULATION": ["economic"], "NATIONALIZE": ["economic"], "INTEREST_RATES": ["economic"],
    "HOUSING_PRICES": ["economic"], "UNEMPLOYMENT": ["economic"], "AUSTERITY": ["economic"],
    "BANKRUPTCY": ["economic"], "BAILOUT": ["economic"], "LABOR_STRIKE": ["economic"],
    "LABOR_UNIONS": ["economic"],
    "VACCINATION": ["health"], "ID_PANDEMIC": ["health"], "SEXTRANS_DISEASE": ["health"], "DISEASE": ["health"],
}

# single patterns whose issue code is too wide for one context: other contexts, or none (an empty list)
PATTERN_CONTEXTS = {
    "democracy assistance": ["pro_democracy"], "democracy promotion": ["pro_democracy"],
    "drug trafficking": ["illegal_drugs", "trafficking"], "drug smuggling": ["illegal_drugs", "trafficking"],
    "narcotic trafficking": ["illegal_drugs", "trafficking"], "illicit trafficking": ["trafficking"],
    "asylum+n:seeker": ["asylum", "migration"],
    "civil n:right": ["rights_freedoms"], "religious rights": ["rights_freedoms", "religion_ethnicity"],
    "religious freedom": ["rights_freedoms", "religion_ethnicity"],
    "freedom of religion": ["rights_freedoms", "religion_ethnicity"],
    "political n:freedom": ["rights_freedoms"], "free speech": ["rights_freedoms"],
    "freedom of speech": ["rights_freedoms"], "womens rights": ["gender", "rights_freedoms"],
    "religious tolerance": ["religion_ethnicity"], "racial tolerance": ["religion_ethnicity"],
    "religious equality": ["religion_ethnicity"], "sexual equality": ["gender"], "social equality": ["inequality"],
    "racism": ["inequality", "religion_ethnicity"], "n:racist": ["inequality", "religion_ethnicity"],
    "forced labor": ["trafficking", "human_rights"],
    "drought": ["disasters", "human_security"],
    "land confiscation": ["human_security", "territory"], "confiscated land": ["human_security", "territory"],
    # VIOLENT_UNREST entries about the crowd or the clash, not about force used on it
    "angry n:mob": [], "deadly clashes": [], "violent clashes": [], "n:protest turned violent": [],
    "smashed police": [], "v:smash n:car": [], "violent n:protests": [], "violent unrest": [], "n:rioter": [],
    "riot police": [],
    # too wide to stand for a context on their own
    "democratic": [], "striking": [], "unions": [], "afl": [], "narco": [], "narcos": [], "n:gang": [],
    "robbed": [], "fever": [], "rash": [], "outbreak": [], "poisoning": [], "poisoned": [], "infection": [],
    "bacteria": [], "lice": [], "ulcer": [], "ulcers": [], "high n:water": [], "hypothermia": [],
    "extreme cold": [], "n:crop": [], "n:harvest": [], "v:harvest": [], "v:farm": [], "n:farm": [],
    "cattle": [], "contras": [], "islamic community": [], "national liberation fronts": [], "lra": [],
    "against the dollar": [], "against the euro": [], "against the yen": [], "off the job": [],
    "day strike": [], "lock out": [], "locked out": [], "bankrupt": [], "radical": [],
    "methane": ["environment"], "greenhouse n:gas": ["environment"],
    "flooded": [], "plague": [],  # "hundreds of mourners flooded a hall", "plagued by"
}

ISSUE = re.compile(r'<ISSUE\s+CATEGORY="([^"]+)"')
CODED = re.compile(r"^(.*?)\s*\[([A-Z_\-]+)\]\s*$")
ROW = re.compile(r"^(?:\\hyperref\[[^\]]*\]\{([^}]*)\}|([a-z_\\]+))\s*&\s*(.*?)\s*\\\\\s*$")


def latex_plain(s: str) -> str:
    s = re.sub(r"\\(?:textit|emph|txt|texttt)\{([^}]*)\}", r"\1", s)
    s = s.replace("\\_", "_").replace("``", '"').replace("''", '"').replace('"', "'").replace("---", " - ")
    return re.sub(r"\s+", " ", s).strip()


def manual_contexts(tex: str) -> dict[str, str]:
    """The 'General contexts' table of the PLOVER manual: name -> one-line meaning, in table order."""
    start = tex.index("label{tab:general-contexts}")
    end = tex.index("\\end{longtable}", start)
    out = {}
    for line in tex[start:end].splitlines():
        m = ROW.match(line.strip())
        if m and (m.group(1) or m.group(2)) and m.group(3) and not m.group(3).startswith("Content"):
            name = (m.group(1) or m.group(2)).replace("\\_", "_")
            if name != "Name":
                out[name] = latex_plain(m.group(3))
    return out


def issue_entries(text: str):
    """(category, pattern, code or None, blocking?) for every entry line of the issue file."""
    category = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = ISSUE.match(line)
        if m:
            category = m.group(1)
            continue
        if line.startswith("</ISSUE") or category is None:
            continue
        if line.startswith("~"):
            yield category, line.lstrip("~").strip(), None, True
            continue
        m = CODED.match(line)
        if m:
            yield category, m.group(1).strip(), m.group(2), False


def build(shared: Path) -> dict:
    contexts = manual_contexts((shared / "plover" / "PLOVER_MANUAL.tex").read_text(encoding="utf-8"))
    entries = list(issue_entries((shared / "petrarch2" / "Phoenix.IssueCoding.txt").read_text(encoding="latin-1")))
    for ctxs in list(CODE_CONTEXTS.values()) + list(PATTERN_CONTEXTS.values()):
        unknown = set(ctxs) - set(contexts)
        if unknown:
            raise SystemExit(f"not PLOVER contexts: {sorted(unknown)}")
    by_category: dict[str, set] = {}
    phrases: dict[str, set] = {}
    for category, pattern, code, blocking in entries:
        if blocking:
            continue
        ctxs = PATTERN_CONTEXTS.get(pattern, CODE_CONTEXTS.get(code, []))
        by_category.setdefault(category, set()).update(CODE_CONTEXTS.get(code, []))
        for form in expand(pattern):
            if ctxs:
                phrases.setdefault(form, set()).update(ctxs)
    blocks: dict[str, set] = {}
    for category, pattern, _, blocking in entries:
        if blocking and by_category.get(category):
            for form in expand(pattern):
                blocks.setdefault(form, set()).update(by_category[category])
    # a form listed for a context by one entry and dropped by another keeps only what is kept
    return {
        "source": "PLOVER_MANUAL.tex (openeventdata/PLOVER, CC BY-SA 4.0): context names and meanings; "
                  "Phoenix.IssueCoding.txt (openeventdata/petrarch2, MIT): phrases, mapped to PLOVER contexts "
                  "by scripts/build_contexts.py",
        "contexts": contexts,
        "phrases": [[form, sorted(c)] for form, c in sorted(phrases.items())],
        "blocks": [[form, sorted(c)] for form, c in sorted(blocks.items())],
    }


def write(table: dict, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    body = json.dumps(table, ensure_ascii=False, indent=0, sort_keys=False)
    out.write_text(body + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED, help="the dictionaries folder of the shared data")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    table = build(args.shared)
    write(table, args.out)
    print(f"{args.out}: {len(table['contexts'])} contexts, {len(table['phrases'])} phrases, "
          f"{len(table['blocks'])} blocks")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
