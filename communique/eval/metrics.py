"""Figures against the shared gold sets, with the reference scorer's definitions.

The definitions follow ../shared/tools/score.py exactly (a test runs both on the same
predictions and compares the numbers); this module is self-contained so the package works
without the shared folder.  Besides the figures, each scorer collects `details` (misses and
a confusion table) for `communique eval --verbose`; details never change the figures.

Definitions in short:
- actor codes compare as ISO alpha-3 (first three letters, JAP read as JPN) or "IGO";
- gsr: the most confident event's category must equal the gold one (event_accuracy), or any
  event's (event_any_recall); source/target F1 over code sets, taken from the first event of
  the gold category, else the most confident one;
- news: each gold event greedily matches one unused predicted event (same category; codes
  overlap, either direction for CONSULT/AGREE/COOPERATE); dates compare as YYYY-MM-DD;
  quotes match on their first 30 normalised characters, speakers by surname or country;
  amounts within 1 % and the same unit; actors by surname, then country and sector.
"""

from __future__ import annotations

import re
from collections import Counter

CODE_FIXES = {"JAP": "JPN"}  # a known quirk of the PLOVER gold records
SYMMETRIC_EVENTS = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# words that name an office or a kind of statement rather than a person
NON_NAME_WORDS = frozenset(
    "official officials statement joint declaration spokesperson spokesman senior the of and office ministry "
    "foreign department bureau state television presidency military read by affairs minister us".split()
    + ["u s"])


def actor_code(item) -> str:
    """One actor (dict or string) -> comparable code: 'IGO' or up to three upper-case letters."""
    raw = item if isinstance(item, str) else (item.get("code") or item.get("country") or "")
    code = str(raw).upper().strip()
    if code.startswith("IGO"):
        return "IGO"
    return CODE_FIXES[code] if code in CODE_FIXES else code[:3]


def code_set(items) -> set:
    return {c for c in (actor_code(a) for a in (items or [])) if c}


def f1_score(tp: int, fp: int, fn: int) -> float:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def ranked_events(doc) -> list:
    """A document's events, most confident first (non-numeric confidence counts as 0)."""
    def conf(e):
        c = e.get("confidence")
        return c if isinstance(c, (int, float)) else 0
    return sorted((doc or {}).get("events") or [], key=lambda e: -conf(e))


def normalise(s) -> str:
    """Lower case, punctuation to spaces, single spaces."""
    return " ".join(re.sub(r"[^\w]", " ", str(s).lower()).split())


def ratio(a: int, b: int):
    return round(a / b, 3) if b else None


def count_pattern(patterns: dict, event: dict, matched: bool) -> None:
    """patterns[pattern] = [events that matched gold, events that did not]: which lexicon entries earn their
    keep (the pattern is the one the event's trigger names; 'unknown' for documents without it)."""
    key = (event.get("trigger") or {}).get("pattern") or "unknown"
    row = patterns.setdefault(key, [0, 0])
    row[0 if matched else 1] += 1


# -- sentence-level gold (PLOVER GSR) ---------------------------------------------------------
def score_gsr(gold: dict, pred: dict) -> tuple[dict, dict]:
    n = top_ok = any_ok = 0
    src = [0, 0, 0]  # tp, fp, fn
    tgt = [0, 0, 0]
    confusion: Counter = Counter()
    patterns: dict = {}
    misses = []
    for gid, g in gold.items():
        n += 1
        evs = ranked_events(pred.get(gid))
        primary = evs[0] if evs else None
        want = g["event"]
        top_ok += bool(primary and primary.get("event") == want)
        any_ok += any(e.get("event") == want for e in evs)
        chosen = next((e for e in evs if e.get("event") == want), primary)
        got_s = code_set(chosen.get("source")) if chosen else set()
        got_t = code_set(chosen.get("target")) if chosen else set()
        for acc, got, exp in ((src, got_s, code_set(g.get("source"))), (tgt, got_t, code_set(g.get("target")))):
            acc[0] += len(got & exp)
            acc[1] += len(got - exp)
            acc[2] += len(exp - got)
        for e in evs:
            count_pattern(patterns, e, e.get("event") == want)
        guess = primary.get("event") if primary else None
        confusion[(want, guess or "-")] += 1
        if guess != want:
            misses.append({"id": gid, "gold": want, "predicted": guess, "text": g.get("text", "")})
    figures = {"n": n, "event_accuracy": round(top_ok / n, 3), "event_any_recall": round(any_ok / n, 3),
               "source_f1": round(f1_score(*src), 3), "target_f1": round(f1_score(*tgt), 3)}
    return figures, {"confusion": confusion, "misses": misses, "patterns": patterns}


# -- article-level gold (news corpus) ---------------------------------------------------------
def event_matches(gold_ev: dict, ev: dict) -> bool:
    if ev.get("event") != gold_ev["event"]:
        return False
    gs, gt = code_set(gold_ev.get("source")), code_set(gold_ev.get("target"))
    ps, pt = code_set(ev.get("source")), code_set(ev.get("target"))
    if gold_ev["event"] in SYMMETRIC_EVENTS:
        want, got = gs | gt, ps | pt
        common = want & got
        return bool(common) and (len(want) < 2 or len(common) >= 2)
    return (not gs or bool(gs & ps)) and (not gt or bool(gt & pt))


def _speaker_strings(speaker) -> tuple[str, set]:
    """Normalised text of every name a predicted speaker carries, and its codes."""
    if speaker is None:
        return "", set()
    names, codes = [], set()
    for item in speaker if isinstance(speaker, list) else [speaker]:
        if not isinstance(item, dict):
            names.append(str(item))
            continue
        for key in ("name", "names", "text", "org"):
            v = item.get(key)
            names.extend(v if isinstance(v, list) else [v or ""])
        if item.get("code"):
            codes.add(actor_code(item))
        for sub in item.get("actors") or []:
            if isinstance(sub, dict):
                names.append(sub.get("name") or "")
                codes.add(actor_code(sub))
    return normalise(" ".join(str(x) for x in names)), codes


def _looks_like_person(part: str) -> bool:
    tokens = part.split()
    return 2 <= len(tokens) <= 4 and all(t[:1].isupper() for t in tokens)


def speaker_matches(gold_quote: dict, speaker) -> bool:
    names, codes = _speaker_strings(speaker)
    name_words = names.split()
    described = re.sub(r"\(.*?\)", " ", gold_quote.get("speaker") or "")
    for part in re.split(r"\band\b|-|,", described):
        words = [w for w in normalise(part).split() if len(w) >= 3]
        keys = [w for w in words if w not in NON_NAME_WORDS]
        person = 2 <= len(words) <= 4 and keys == words and all(t[:1].isupper() for t in part.split() if t)
        if person:
            if keys[-1] in name_words:
                return True
        elif any(k in name_words for k in keys):
            return True
    country = gold_quote.get("speaker_country")
    if not country or actor_code(country) not in codes:
        return False
    # a named person must be matched by name, not merely by country
    return not any(_looks_like_person(p) and not set(normalise(p).split()) & NON_NAME_WORDS
                   for p in re.split(r"\band\b", described))


def _amount_found(gold_amount: dict, predicted: list) -> bool:
    try:
        value = float(gold_amount["value"])
    except (TypeError, ValueError, KeyError):
        return False
    unit = str(gold_amount.get("unit", "")).upper()
    return any(isinstance(p.get("value"), (int, float)) and abs(p["value"] - value) <= 0.01 * abs(value) + 1e-9
               and str(p.get("unit", "")).upper() == unit for p in predicted)


def score_news(gold: dict, pred: dict) -> tuple[dict, dict]:
    c = Counter()
    calibration: list = []
    patterns: dict = {}
    misses = []
    for gid, g in gold.items():
        facts = g.get("gold") or {}
        doc = pred.get(gid) or {}
        evs = ranked_events(doc)
        c["predicted"] += len(evs)
        used: set = set()
        for gev in facts.get("events") or []:
            c["gold_events"] += 1
            hit = next((i for i, e in enumerate(evs) if i not in used and event_matches(gev, e)), None)
            if hit is None:
                misses.append({"id": gid, "kind": "event", "gold": gev})
                continue
            used.add(hit)
            c["matched"] += 1
            if gev.get("date"):
                c["dated"] += 1
                if str(evs[hit].get("date") or "")[:10] == gev["date"]:
                    c["date_ok"] += 1
                else:
                    misses.append({"id": gid, "kind": "event date", "gold": gev, "predicted": evs[hit].get("date")})
        c["matched_pred"] += len(used)
        for i, e in enumerate(evs):
            count_pattern(patterns, e, i in used)
        # the calibration table: every candidate of the default view, above the threshold or not, and whether
        # it matches any gold event of its article (gold lists main events only: a lower bound of "right")
        below = [e for e in doc.get("other_events") or [] if e.get("flags") == ["low confidence"]]
        for e in evs + below:
            conf = e.get("confidence")
            if isinstance(conf, (int, float)):
                calibration.append((float(conf), any(event_matches(g, e) for g in facts.get("events") or [])))
        quotes = doc.get("quotes") or []
        for gq in facts.get("quotes") or []:
            c["gold_quotes"] += 1
            opening = normalise(gq.get("starts_with", ""))[:30]
            found = next((q for q in quotes if opening and opening in normalise(q.get("text", ""))[:120]), None)
            if found is None:
                misses.append({"id": gid, "kind": "quote", "gold": gq})
                continue
            c["quote_found"] += 1
            if speaker_matches(gq, found.get("speaker")):
                c["quote_speaker"] += 1
            else:
                misses.append({"id": gid, "kind": "quote speaker", "gold": gq, "predicted": found.get("speaker")})
        amounts = doc.get("amounts") or []
        for ga in facts.get("amounts") or []:
            c["gold_amounts"] += 1
            if _amount_found(ga, amounts):
                c["amount_ok"] += 1
            else:
                misses.append({"id": gid, "kind": "amount", "gold": ga})
        actors = doc.get("actors") or []
        for ga in facts.get("actors") or []:
            if not ga.get("country"):
                continue
            c["gold_actors"] += 1
            surname = normalise(ga.get("name", "")).split(" ")[-1]
            found = next((a for a in actors if surname and surname in normalise(a.get("name", "")).split(" ")), None)
            if found is None:
                misses.append({"id": gid, "kind": "actor", "gold": ga})
                continue
            if actor_code(found) == actor_code(ga.get("country")):
                c["actor_country"] += 1
            else:
                misses.append({"id": gid, "kind": "actor country", "gold": ga, "predicted": found.get("code")})
            if ga.get("sector"):
                c["sectored"] += 1
                if str(found.get("sector") or "").upper() == str(ga["sector"]).upper():
                    c["actor_sector"] += 1
        if facts.get("dateline"):
            c["gold_datelines"] += 1
            dl = doc.get("dateline")
            dl = dl.get("text") if isinstance(dl, dict) else dl
            if dl and normalise(dl) == normalise(facts["dateline"]):
                c["dateline_ok"] += 1
            else:
                misses.append({"id": gid, "kind": "dateline", "gold": facts["dateline"], "predicted": dl})
    figures = {"docs": len(gold), "event_recall": ratio(c["matched"], c["gold_events"]),
               "event_date_accuracy": ratio(c["date_ok"], c["dated"]),
               "events_predicted": c["predicted"], "events_matched": c["matched_pred"],
               "gold_events": c["gold_events"],
               "quote_found": ratio(c["quote_found"], c["gold_quotes"]),
               "quote_speaker": ratio(c["quote_speaker"], c["gold_quotes"]),
               "amount_recall": ratio(c["amount_ok"], c["gold_amounts"]),
               "dateline": ratio(c["dateline_ok"], c["gold_datelines"]),
               "actor_country": ratio(c["actor_country"], c["gold_actors"]),
               "actor_sector": ratio(c["actor_sector"], c["sectored"])}
    return figures, {"misses": misses, "patterns": patterns, "calibration": calibration}


CALIBRATION_BINS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)


def calibration_rows(pairs: list) -> list[tuple]:
    """(low, high, candidates, mean confidence, share matching gold) per confidence bin, from (confidence,
    right) pairs."""
    rows = []
    for lo, hi in zip(CALIBRATION_BINS, CALIBRATION_BINS[1:]):
        inside = [(c, ok) for c, ok in pairs if lo <= c < hi]
        if inside:
            rows.append((lo, min(hi, 1.0), len(inside), round(sum(c for c, _ in inside) / len(inside), 3),
                         round(sum(ok for _, ok in inside) / len(inside), 3)))
    return rows


# -- document-level category (synthetic stories) ----------------------------------------------
def score_doc(gold: dict, pred: dict) -> tuple[dict, dict]:
    labels = sorted({g["event"] for g in gold.values()})
    tp, fp, fn = Counter(), Counter(), Counter()
    confusion: Counter = Counter()
    for gid, g in gold.items():
        doc = pred.get(gid) or {}
        evs = ranked_events(doc)
        guess = doc.get("category") or (evs[0].get("event") if evs else None)
        confusion[(g["event"], guess or "-")] += 1
        if guess == g["event"]:
            tp[guess] += 1
        else:
            fn[g["event"]] += 1
            if guess in labels:
                fp[guess] += 1
    macro = sum(f1_score(tp[x], fp[x], fn[x]) for x in labels) / len(labels)
    figures = {"n": len(gold), "accuracy": round(sum(tp.values()) / len(gold), 3), "macro_f1": round(macro, 3)}
    return figures, {"confusion": confusion, "misses": []}


SCORERS = {"gsr": score_gsr, "news": score_news, "doc": score_doc}


def score(kind: str, gold: dict, pred: dict) -> tuple[dict, dict]:
    """(figures, details) for gold and predictions given as {id: record}; adds missing_ids."""
    figures, details = SCORERS[kind](gold, pred)
    figures["missing_ids"] = sum(1 for k in gold if k not in pred)
    if kind == "news" and figures["docs"]:
        figures["events_per_article"] = round(figures["events_predicted"] / figures["docs"], 2)
    return figures, details
