"""`communique actors list|show|set|load|forget`: the actor knowledge base in the store.

Entries come from four layers, highest first: the user's own (`set`, `load`), those learned from the
ingested articles, the compiled PETRARCH2 dictionary and the seed shipped with the package (see
knowledge/people.py).  `ingest` resolves names through them; `show` tells where each entry comes from.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from communique.commands.common import DB_OPTION, fail, open_store, stdout_console
from communique.knowledge import NON_STATE_CODES, people

app = typer.Typer(help="The actor knowledge base: list, show, correct, pin and load people's offices.",
                  no_args_is_help=True)

COLUMNS = ("name", "code", "role", "sector", "origin", "from", "to", "docs", "pinned", "source")


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class Origin(str, Enum):
    learned = "learned"
    user = "user"
    seed = "seed"


def _kb(db: str, write: bool = False):
    from communique.knowledge.actor_kb import ActorKB

    if not write and not Path(db).exists():
        fail(f"no store at {db}: run `communique ingest` first", 2)
    return ActorKB(open_store(db, read_only=not write))


def _row(e: dict) -> dict:
    """A knowledge-base entry in the shape every output format shares."""
    learned = e["origin"] == "learned"
    return {"name": e["name"], "code": e["code"], "role": e["role"], "sector": e["sector"], "origin": e["origin"],
            "from": e["first_seen"] if learned else e["valid_from"], "to": e["last_seen"] if learned else e["valid_to"],
            "docs": e["n_docs"] if learned else None, "pinned": bool(e["pinned"]), "source": "store"}


def _seed_rows(code: Optional[str], q: Optional[str], name: Optional[str] = None) -> list[dict]:
    from communique.knowledge import people
    from communique.knowledge.actor_kb import name_key

    out, seen = [], set()
    for offices in people.seed().full.values():
        for o in offices:
            if id(o) in seen:
                continue
            seen.add(id(o))
            if code and o.code != code.upper():
                continue
            if q and q.lower() not in o.name.lower() and q.lower() not in (o.role or "").lower():
                continue
            if name and name_key(o.name) != name_key(name):
                continue
            out.append({"name": o.name, "code": o.code, "role": o.role, "sector": o.sector, "origin": "seed",
                        "from": str(o.start) if o.start else None, "to": str(o.end) if o.end else None,
                        "docs": None, "pinned": False, "source": "knowledge/data/people.yaml"})
    return sorted(out, key=lambda r: (r["name"], r["from"] or ""))


def _compiled_rows(name: str) -> list[dict]:
    """The compiled dictionary's entries for NAME: a person's dated roles, or a body's code and sector."""
    from communique import knowledge
    from communique.knowledge import dictionary
    from communique.knowledge.actor_kb import name_key

    key = name_key(name)
    until = dictionary.load().trusted_until
    out = []
    for o in dictionary.offices(key):
        open_ended = o.end == until  # open in the source ("[CHNGOV >20121115]"): trusted up to `until` (shown)
        out.append({"name": o.name, "code": o.code, "role": o.role, "sector": o.sector,
                    "origin": "compiled" if o.priority == people.COMPILED else "compiled (default code)",
                    "from": str(o.start) if o.start else None, "to": f"(open) {until}" if open_ended else o.end,
                    "docs": None, "pinned": False, "source": o.source})
    if not out:
        org = knowledge.load().organisations.get("dict:" + key)
        if org is not None:
            out.append({"name": org.name, "code": org.code, "role": org.role, "sector": org.sector,
                        "origin": "compiled", "from": None, "to": None, "docs": None, "pinned": False,
                        "source": org.compiled})
    return out


def _print(rows: list[dict], fmt: Format, title: str | None = None) -> None:
    if fmt is Format.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    elif fmt is Format.csv:
        w = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else list(COLUMNS), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    else:
        table = Table(title=title)
        for c in COLUMNS:
            table.add_column(c, no_wrap=c not in ("name", "role", "source"), overflow="fold")
        for r in rows:
            table.add_row(*("*" if c == "pinned" and r[c] else "" if r[c] in (None, False) else str(r[c])
                            for c in COLUMNS))
        stdout_console().print(table)


@app.command("list")
def list_actors(db: str = DB_OPTION,
                code: Optional[str] = typer.Option(None, "--code", help="Only this country/organisation code."),
                q: Optional[str] = typer.Option(None, "--q", help="Words in the name or role."),
                origin: Optional[Origin] = typer.Option(None, "--origin", help="Only learned, user or seed entries."),
                seed: bool = typer.Option(False, "--seed", help="Include the seed shipped with the package."),
                limit: Optional[int] = typer.Option(None, "--limit", min=0, help="At most N entries."),
                fmt: Format = typer.Option(Format.table, "--format", help="table, csv or json.")):
    """List the knowledge-base entries (user and learned; with --seed also the seed)."""
    rows = []
    if origin is not Origin.seed:
        kb = _kb(db)
        rows = [_row(e) for e in kb.entries(code=code, q=q, origin=origin.value if origin else None)]
        kb.close()
    if seed or origin is Origin.seed:
        rows += _seed_rows(code, q)
    if limit is not None:
        rows = rows[:limit]
    _print(rows, fmt, title=f"{len(rows)} actor entries")


@app.command()
def show(name: str = typer.Argument(..., help='A name, e.g. "Sergey Lavrov" or "Lavrov".'),
         db: str = DB_OPTION,
         year: Optional[int] = typer.Option(None, "--year", help="Resolve as of this year (default: this year)."),
         date: Optional[str] = typer.Option(None, "--date", help="Resolve as of this day (YYYY-MM-DD)."),
         evidence: int = typer.Option(20, "--evidence", min=0, help="Show at most N evidence mentions."),
         fmt: Format = typer.Option(Format.table, "--format", help="table or json.")):
    """What the layers know about NAME: entries (user, learned, compiled dictionary, seed) with their dated
    roles and sources, evidence, and how the name resolves at a date.  Without a store, the shipped layers."""
    kb = _kb(db) if Path(db).exists() else None
    when = date or year or dt.date.today().year
    index = kb.index() if kb is not None else people.seed()
    entries = [_row(e) for e in kb.entries(name=name)] if kb is not None else []
    office = index.lookup(name, when)
    if not entries and office is not None and kb is not None:  # a surname: the entries of the person it names
        entries = [_row(e) for e in kb.entries(name=office.name)]
    full = office.name if office is not None else name
    ev = kb.evidence_of(full, limit=evidence) if kb is not None else []
    if kb is not None:
        kb.close()
    year = when
    seed_rows = _seed_rows(None, None, name=full) + _compiled_rows(full)
    resolved = None if office is None else {"name": office.name, "code": office.code, "role": office.role,
                                            "sector": office.sector, "year": year,
                                            "origin": people.ORIGINS[office.priority],
                                            "source": office.source, "pinned": office.pinned}
    if fmt is Format.json:
        sys.stdout.write(json.dumps({"name": name, "resolves_to": resolved, "entries": entries + seed_rows,
                                     "evidence": ev}, ensure_ascii=False, indent=1) + "\n")
        return
    console = stdout_console()
    if resolved is None:
        console.print(f"{name}: unknown in {year} (no entry, or a surname shared across countries)", markup=False)
    else:
        console.print(f"{name} in {year} -> {resolved['code']} {resolved['sector'] or '-'} "
                      f"{resolved['role'] or '(no role)'}  [{resolved['origin']}{', pinned' if office.pinned else ''}"
                      f": {office.name}{', ' + office.source if office.source else ''}]", markup=False,
                      highlight=False)
    if entries or seed_rows:
        _print(entries + seed_rows, Format.table, title="entries")
    if ev:
        table = Table(title="evidence")
        for c in ("published", "doc_id", "span", "text"):
            table.add_column(c, overflow="fold")
        for e in ev:
            table.add_row(e["published"] or "", e["doc_id"], f"{e['span_start']}-{e['span_end']}", e["text"])
        console.print(table)


def _check_code(code: str) -> str:
    from communique import knowledge

    code = code.strip().upper()
    if code not in NON_STATE_CODES and knowledge.load().country(code) is None:
        fail(f"unknown code {code!r}: use an ISO 3166-1 alpha-3 code (RUS, KAZ, ...) or IGO, NGO, MNC")
    return code


@app.command("set")
def set_actor(name: str = typer.Argument(..., help="The person's name, as articles write it."),
              db: str = DB_OPTION,
              code: Optional[str] = typer.Option(None, "--code", help="ISO 3166-1 alpha-3 (or IGO/NGO/MNC); "
                                                                       "default: what the name resolves to now."),
              role: Optional[str] = typer.Option(None, "--role", help='e.g. "foreign minister".'),
              sector: Optional[str] = typer.Option(None, "--sector", help="GOV, MIL, OPP, REB, ..."),
              date_from: Optional[str] = typer.Option(None, "--from", help="Holds the office from (YYYY[-MM[-DD]])."),
              date_to: Optional[str] = typer.Option(None, "--to", help="Holds the office until (inclusive)."),
              pin: bool = typer.Option(False, "--pin", help="Always resolve the name to this entry, at any date.")):
    """Add or correct the user's entry for NAME (it takes precedence over learned and seed entries)."""
    kb = _kb(db, write=True)
    current = kb.index().lookup(name, None)
    if current is not None and len(name.split()) == 1 and len(current.name.split()) > 1:
        name = current.name  # "Lavrov" -> the full name articles use, so full-name lookups see the entry too
    if code is None:
        if current is None:
            kb.close()
            fail(f"{name} is not known yet: give --code")
        code = current.code
        role = role if role is not None else current.role
        sector = sector if sector is not None else current.sector
    code = _check_code(code)
    if sector is None and role:
        from communique import knowledge

        r = knowledge.load().roles.get(role.lower())
        sector = r.sector if r else None
    try:
        entry = kb.set(name, code, role, sector, date_from, date_to, pinned=pin)
    except ValueError as exc:
        kb.close()
        fail(str(exc))
    kb.close()
    _print([_row(entry)], Format.table, title="saved")


@app.command()
def load(path: Path = typer.Argument(..., exists=True, dir_okay=False, help="A CSV (with a header) or YAML table."),
         db: str = DB_OPTION):
    """Load your own actor table; its entries take precedence over learned and seed ones.

    Columns (CSV) or keys (YAML): name, code, role, sector, from, to, pinned.  YAML may be a list of
    mappings or a mapping from name to a mapping (or to a list of them, one per office).
    """
    from communique.knowledge.actor_kb import read_table

    try:
        rows = read_table(path)
    except (ValueError, OSError) as exc:
        fail(str(exc))
    for r in rows:
        r["code"] = _check_code(r["code"])
    kb = _kb(db, write=True)
    for r in rows:
        try:
            kb.set(**r)
        except ValueError as exc:
            kb.close()
            fail(str(exc))
    kb.close()
    typer.echo(f"{len(rows)} entries loaded from {path} into {db}", err=True)


@app.command()
def forget(name: str = typer.Argument(..., help="The name whose entries to delete."),
           db: str = DB_OPTION,
           code: Optional[str] = typer.Option(None, "--code", help="Only entries with this code."),
           role: Optional[str] = typer.Option(None, "--role", help="Only entries with this role."),
           origin: Optional[Origin] = typer.Option(None, "--origin", help="Only learned or user entries.")):
    """Delete entries of NAME (learned ones with their evidence; re-ingesting may learn them again)."""
    if origin is Origin.seed:
        fail("seed entries ship with the package; override them with `actors set` instead")
    kb = _kb(db, write=True)
    n = kb.forget(name, code=code, role=role, origin=origin.value if origin else None)
    kb.close()
    typer.echo(f"{n} entries deleted", err=True)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="actors")
