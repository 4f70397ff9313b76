#!/usr/bin/env python3
"""Compile the CAMEO verb dictionary into communique/ontology/data/cameo_verbs.json.

Sources (read from ../shared/data/dictionaries/, never shipped themselves):
- petrarch2/CAMEO.2.0.txt: the PETRARCH2 verb dictionary (Open Event Data Alliance, MIT licence): verb
  synonym blocks, each verb with an optional CAMEO code of its own, and phrase patterns shared by the block
  (`- [subject words] * [particles] [objects] (PREP object) [CODE] # VERB`); synonym sets (`&NAME`).
- plover/CAMEO2PLOVER-2021.txt: the official CAMEO -> PLOVER category and mode table (CC BY-SA 4.0).

Decisions documented here (the PLOVER manual leaves them to the coder, "carefully document any such
decisions"): CAMEO 01 (public statements) is dropped, as PLOVER drops it; CAMEO 02 (appeal) is REQUEST,
as the PLOVER REQUEST definition covers appeals and demands alike; CAMEO 09 (investigate) is dropped, as the
PLOVER gold records drop INVESTIGATE; a pattern whose code is for the reverse direction only (`[:173]`) is
skipped. Transformations (`~`) are not compiled: reported speech is handled by the pipeline.

Where the 2021 table and the PLOVER manual (plover/PLOVER_MANUAL.tex) disagree, the manual's definitions
win (MANUAL_CODES, RESIGN_VERBS, OWN_CODES below):
- easing a curfew or a state of emergency (0813, 0814) is CONCEDE: the manual's CONCEDE lists "removing
  curfews" and the easing of administrative restrictions (the table's RETREAT line notes that "ease" is no
  longer a mode there);
- a resignation (a 083x code whose verb is RESIGN, QUIT, ABDICATE or STEP DOWN/ASIDE, or whose object is a
  "resignation") is RETREAT `resign`: "RETREAT also covers resignations of government officials";
- the bare verb AGREE codes 030 (AGREE: "agree to, offer, promise ... commitment to cooperate"), not the
  block's 050 (diplomatic cooperation, which PLOVER files under SUPPORT);
- a verb that several of its own patterns code 144 (BLOCK: * ROAD, * TRAFFIC, * ENTRANCE ...) gets an
  `obstruct` entry: done by a non-state group it is PROTEST `obstruct` ("Obstruct passage or access to a
  particular locale"), whatever is blocked; the pipeline applies it by the agent's sector;
- the bare verbs REFUSE and REJECT code 120: their CAMEO block is uncoded, the manual's REJECT is "all
  rejections and refusals";
- imposing an embargo, boycott or sanctions (163) is SANCTION `discontinue`: "International (political or
  economic) sanctions are coded as `discontinue`" (the table files 163 under COERCE `restrict`, the mode of
  administrative restrictions, 172).

Output: JSON sorted by key, lists in dictionary order, so a rebuild is byte-identical.
Usage: python scripts/build_cameo_triggers.py [--shared DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared" / "data" / "dictionaries").resolve()
OUT = ROOT / "communique" / "ontology" / "data" / "cameo_verbs.json"
# words after '*' that are particles of a phrasal verb, not objects ("SET * OUT VIEWS", "PUT * DOWN RIOT")
PARTICLES = {"out", "off", "up", "down", "forward", "back", "away", "aside", "over", "in", "on", "through",
             "together", "apart", "along", "around", "behind", "ahead", "across", "about", "into", "onto", "by"}
DROPPED_CUES = {"01", "09"}  # statements and investigations: PLOVER codes neither
APPEAL_CUE = "02"
# the PLOVER manual over the 2021 table (see the module docstring)
MANUAL_CODES = {"0813": ("CONCEDE", None), "0814": ("CONCEDE", None), "163": ("SANCTION", "discontinue")}
RESIGN_VERBS = {"RESIGN", "QUIT", "ABDICATE", "STEP"}
RESIGN_CUE = "083"
# a verb's own code where the manual's category differs from its block's, or where its block has none: the REFUSE
# block is uncoded ([---]) but the manual's REJECT is "all rejections and refusals"
OBSTRUCT_CODE = "144"  # CAMEO: obstruct passage, block (PLOVER PROTEST `obstruct`)
OWN_CODES = {"agree": "030", "refuse": "120", "reject": "120"}


def read_plover(path: Path) -> dict:
    """CAMEO code -> (category, mode) from the CAMEO2PLOVER table."""
    table = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        if not parts or not parts[0]:
            continue
        mode = parts[1] if len(parts) > 1 and parts[1] else None
        table.setdefault(m.group(1), (parts[0], mode))
    return table


def to_plover(code: str, table: dict):
    """(category, mode) of a CAMEO code, or None when PLOVER does not code it."""
    if not code or not code[:2].isdigit() or code[:2] in DROPPED_CUES:
        return None
    if code[:2] == APPEAL_CUE:
        return ("REQUEST", "appeal")
    if code in MANUAL_CODES:
        return MANUAL_CODES[code]
    for key in (code, code[:3], code[:2]):
        if key in table and len(key) >= 3:
            return table[key]
    if code[:2] in table:
        return (table[code[:2]][0], None)
    return None


def read_synsets(lines: list[str]) -> dict:
    sets, name = {}, None
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if line.startswith("&"):
            name = line.strip().rstrip("_")
            sets[name] = []
        elif line.startswith("+") and name:
            word = line[1:].strip().rstrip("_").lower().replace("_", " ")
            if word and word not in sets[name]:
                sets[name].append(word)
        elif line.strip():
            name = None
    return sets


def singular(word: str) -> str:
    """The singular of a plural pattern word ("DEMANDS", "TIES", "SPEECHES"): the parse matches lemmas, and
    a pattern written in the plural must hold for the singular too ("rejected the demand")."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous")):
        return word[:-1]
    return word


def words_of(item: str, synsets: dict) -> list[str]:
    """A pattern word or synset -> the words it stands for (lower case, phrases keep their last word; a plural
    brings its singular)."""
    item = item.strip().rstrip("_")
    if item.startswith("&"):
        words = {w.split()[-1] for w in synsets.get(item, [])}
    else:
        words = {item.lower().replace("_", " ").split()[-1]} if item else set()
    return sorted(words | {singular(w) for w in words})


def tokenize(body: str) -> list:
    """Pattern body -> items: ('word', w) | ('phrase', [words]) | ('prep', prep, [words] or None) | '*'."""
    items, i = [], 0
    tokens = re.findall(r"\([^)]*\)|\{[^}]*\}|\S+", body)
    for tok in tokens:
        if tok == "*":
            items.append("*")
        elif tok.startswith("("):
            inner = re.findall(r"\{[^}]*\}|\S+", tok[1:-1])
            inner = [x for x in inner if x not in ("$", "+", "^", "%")]
            if not inner:
                continue
            prep = inner[0].lower()
            obj = inner[1] if len(inner) > 1 else None
            items.append(("prep", prep, obj))
        elif tok.startswith("{"):
            items.append(("phrase", tok[1:-1].split()))
        elif tok in ("$", "+", "^", "%") or not re.match(r"^[&A-Za-z]", tok):
            continue
        else:
            items.append(("word", tok))
        i += 1
    return items


def compile_pattern(body: str, synsets: dict):
    """Pattern body -> constraints dict, or None when it cannot be matched on a parse."""
    items = tokenize(body)
    if "*" not in items:
        return None
    star = items.index("*")
    out: dict = {}
    subj = []
    for it in items[:star]:
        if it[0] == "word":
            subj += words_of(it[1], synsets)
        elif it[0] == "phrase":
            subj += words_of(it[1][-1], synsets)
        else:
            return None  # a preposition before the verb: not a shape the parse matches reliably
    if subj:
        out["subj"] = sorted(set(subj))
    for it in items[star + 1:]:
        if it == "*":
            return None
        if it[0] == "word":
            w = it[1].lower()
            if not it[1].startswith("&") and w in PARTICLES and "obj" not in out and "prt" not in out:
                out["prt"] = [w]
                continue
            if "obj" in out:
                return None  # two objects: a shape the parse does not give
            out["obj"] = words_of(it[1], synsets)
        elif it[0] == "phrase":
            if "obj" in out:
                return None
            out["obj"] = words_of(it[1][-1], synsets)
            each = [words_of(x, synsets) for x in it[1][:-1]]
            each = [m for m in each if m]
            if any(x.upper() in ("AND", "OR") for x in it[1]):  # "{AIR AND NAVAL SUPPORT}": either will do
                each = [sorted({w for m in each for w in m} - {"and", "or"})]
            if len(each) == 1:
                out["obj_mods"] = sorted(set(each[0]))
            elif each:  # "{JOINT &MILITARY OPERATION}": a joint operation that is military, every modifier holds
                out["obj_mods_each"] = [sorted(set(m)) for m in each]
        else:
            _, prep, obj = it
            objs = None
            if obj:
                objs = words_of(obj[1:-1].split()[-1] if obj.startswith("{") else obj, synsets)
                if not objs:
                    return None
            out.setdefault("preps", []).append([prep.replace("_", " "), objs])
    if not any(k in out for k in ("obj", "prt", "preps")):
        return None
    if "obj" in out and not out["obj"]:
        return None
    return out


def parse_verb(line: str):
    """A verb line -> (lemma, particles after, words before, own code or None)."""
    code = None
    m = re.search(r"\[([^\]]*)\]", line)
    if m:
        code = m.group(1).strip()
    head = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", line).split()
    if not head:
        return None
    word = head[0].lower()
    parts = word.split("_")
    if "+" in word:
        idx = next(i for i, p in enumerate(parts) if p.startswith("+"))
    elif len(parts) == 1:
        idx = 0
    else:
        return None  # a multi-word form without its verb marked
    lemma = parts[idx].lstrip("+")
    if not lemma.isalpha():
        return None
    before = [p for p in parts[:idx] if p]
    after = [p for p in parts[idx + 1:] if p]
    return lemma, after, before, code


def build(cameo_path: Path, plover_path: Path) -> dict:
    table = read_plover(plover_path)
    lines = cameo_path.read_text(encoding="latin-1").splitlines()
    start = next(i for i, x in enumerate(lines) if x.startswith("####### VERB PATTERNS"))
    synsets = read_synsets(lines[:start])
    verbs: dict = {}
    blocks: dict = {}
    obstruct: dict = {}  # verb -> how many of its own patterns code obstruction (144)
    block_name, block_code, in_patterns = None, None, False

    def entry_for(code, verb=None, objs=()):
        pl = to_plover(code, table)
        if pl is None:
            return None
        if code.startswith(RESIGN_CUE) and (verb in RESIGN_VERBS or "resignation" in objs):
            pl = ("RETREAT", "resign")  # the manual: resignations of officials are RETREAT
        return {"cameo": code, "event": pl[0], "mode": pl[1]}

    for raw in lines[start + 1:]:
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.startswith("~"):
            continue
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---", line)
        if m:
            block_name, block_code, in_patterns = m.group(1), m.group(2).strip(), False
            continue
        if line.startswith("-"):
            in_patterns = True
            cm = re.search(r"\[([^\]]*)\]", line)
            if not cm or block_name is None:
                continue
            code = cm.group(1).split(":")[0].strip()
            body = line[1:cm.start()].strip()
            cons = compile_pattern(body, synsets)
            if cons is None:
                continue
            verb = raw.split("#", 1)[1].split()[:1] if "#" in raw else []  # "... [0831]  # RESIGN"
            if verb and code.startswith(OBSTRUCT_CODE):
                obstruct[verb[0].lower()] = obstruct.get(verb[0].lower(), 0) + 1
            base = entry_for(code, verb[0].upper() if verb else None, cons.get("obj") or ())
            if base is None:
                continue
            shown = re.sub(r"\(\s+", "(", re.sub(r"\s+\)", ")", " ".join(body.split())))
            pat = dict(base, id=f"{block_name} - {shown} [{code}]", **cons)
            pats = blocks.setdefault(block_name, [])
            if pat not in pats:
                pats.append(pat)
            continue
        if in_patterns or block_name is None:
            continue
        parsed = parse_verb(line)
        if not parsed:
            continue
        lemma, after, before, code = parsed
        if lemma in OWN_CODES and not (after or before):
            code = OWN_CODES[lemma]
        own = code if code is not None else block_code
        base = entry_for(own.split(":")[0], lemma.upper()) if own and own != "---" else None
        slot = verbs.setdefault(lemma, {"code": None, "blocks": [], "phrasal": []})
        if after or before:
            # "+ASK_FOR [020]", "WIRE_+TAP": the phrasal verb codes with its particle (or the word before it)
            if base is not None:
                pat = dict(base, id=f"{block_name} - {line.split()[0]} [{base['cameo']}]")
                if after:
                    pat["prt"] = after
                if before:
                    pat["before"] = before
                slot["phrasal"].append(pat)
            continue
        if block_name not in slot["blocks"]:
            slot["blocks"].append(block_name)
        if base is not None and slot["code"] is None:
            slot["code"] = dict(base, id=f"{block_name} - {lemma.upper()} [{base['cameo']}]")
            if code is None and lemma != block_name.lower():
                # the block's code on a synonym ("TAKE" in the APPREHEND block): weaker evidence than a code
                # given to the verb itself or to the verb that names the block
                slot["code"]["inherited"] = True
    for lemma, n in obstruct.items():
        slot = verbs.get(lemma)
        if n >= 2 and slot and slot["blocks"]:
            # "workers blocked the bridge": a verb the dictionary codes as obstruction in several of its own
            # patterns (BLOCK * ROAD / TRAFFIC / ENTRANCE [144]) obstructs whatever a non-state group blocks
            pl = to_plover(OBSTRUCT_CODE, table)
            slot["obstruct"] = {"cameo": OBSTRUCT_CODE, "event": pl[0], "mode": pl[1],
                                "id": f"{slot['blocks'][0]} - {lemma.upper()} by non-state [{OBSTRUCT_CODE}]"}
    blocks = {k: v for k, v in blocks.items() if v}
    for slot in verbs.values():
        slot["blocks"] = [b for b in slot["blocks"] if b in blocks]
    verbs = {k: v for k, v in verbs.items() if v["code"] or v["blocks"] or v["phrasal"]}
    return {"source": "PETRARCH2 CAMEO.2.0.txt (Open Event Data Alliance, MIT licence); CAMEO2PLOVER-2021.txt "
                      "(openeventdata/PLOVER, CC BY-SA 4.0); compiled by scripts/build_cameo_triggers.py",
            "blocks": blocks, "verbs": verbs}


def write(data: dict, out: Path) -> None:
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), indent=0) + "\n"
    tmp = out.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(out)  # a half-written table is never visible


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED, help="the dictionaries folder")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    data = build(args.shared / "petrarch2" / "CAMEO.2.0.txt", args.shared / "plover" / "CAMEO2PLOVER-2021.txt")
    write(data, args.out)
    n = sum(len(data["blocks"][b]) for v in data["verbs"].values() for b in v["blocks"])
    print(f"{args.out}: {len(data['verbs'])} verbs, {len(data['blocks'])} blocks, {n} verb patterns")


if __name__ == "__main__":
    main()
