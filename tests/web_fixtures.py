"""Hand-coded documents for the API and browser tests.

The reference article is coded by hand here (a KAZ → RUS visit, a planned state visit, quotes,
an amount, dates, the ALMATY dateline) so the web tests check the serving and the views
independently of how well the extractors do; three short articles written for these tests add
other dyads, weeks, quad classes and a located event.
"""

from __future__ import annotations

import re
from pathlib import Path

REFERENCE = Path(__file__).resolve().parents[1] / "communique" / "samples" / "kazakhstan-russia-foreign-ministers.txt"
HAND_REFERENCE_ID = "hand-kaz-rus-visit"


def span(text: str, phrase: str, nth: int = 0) -> list[int]:
    """[start, end) of the nth whole-word occurrence of `phrase` in `text`."""
    found = [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text)]
    return list(found[nth])


def _actor(aid, name, kind, code, sector, role, text, *phrases):
    return {"id": aid, "name": name, "kind": kind, "code": code, "org": None, "sector": sector, "role": role,
            "mentions": [span(text, p, n) for p, n in phrases]}


def _arg(actor, text, phrase, nth=0):
    return {"actor": actor["id"], "code": actor["code"], "sector": actor["sector"], "text": phrase,
            "span": span(text, phrase, nth)}


def _event(eid, cat, mode, cameo, quad, g, src, tgt, date, trigger, text, nth=0, **extra):
    ev = {"id": eid, "event": cat, "mode": mode, "cameo": cameo, "quad": quad, "goldstein": g, "source": src,
          "target": tgt, "date": date, "date_text": None, "planned": False, "negated": False, "location": None,
          "sentence": 0, "trigger": {"text": trigger, "span": span(text, trigger, nth)}, "confidence": 0.9,
          "contexts": []}
    ev.update(extra)
    return ev


def _doc(did, text, published, title, **parts):
    doc = {"id": did, "url": None, "title": title, "source": "test", "published": published, "language": "en",
           "dateline": None, "actors": [], "events": [], "quotes": [], "amounts": [], "dates": [], "places": []}
    doc.update(parts)
    return doc


def hand_reference() -> tuple[dict, str]:
    t = REFERENCE.read_text(encoding="utf-8")
    kos = _actor("a1", "Yermek Kosherbayev", "person", "KAZ", "GOV", "foreign minister", t,
                 ("Yermek Kosherbayev", 0), ("Kosherbayev", 1), ("Kosherbayev", 2))
    lav = _actor("a2", "Sergey Lavrov", "person", "RUS", "GOV", "foreign minister", t, ("Sergey Lavrov", 0))
    rus = _actor("a3", "Russia", "state", "RUS", None, None, t, ("Russia", 0), ("Russia", 1))
    tok = _actor("a4", "Kassym-Jomart Tokayev", "person", "KAZ", "GOV", "president", t, ("Kassym-Jomart Tokayev", 0))
    visit = _event("e1", "CONSULT", "visit", "042", "verbal cooperation", 1.9, [_arg(kos, t, "Yermek Kosherbayev")],
                   [_arg(rus, t, "Russia")], "2025-10-22", "paid an official visit", t, date_text="Oct. 22",
                   contexts=["diplomatic"])
    state_visit = _event("e2", "CONSULT", "visit", "042", "verbal cooperation", 1.9,
                         [_arg(tok, t, "Kassym-Jomart Tokayev")], [_arg(rus, t, "Russia", 1)], "2025-11-12",
                         "state visit", t, planned=True, confidence=0.7, date_text="November 12",
                         contexts=["diplomatic"])
    q1 = "Trust-based contacts between our presidents"
    qs = span(t, q1)
    qe = t.index("”", qs[0])
    amount = {"value": 28e9, "unit": "USD", "text": "$28 billion", "span": span(t, "$28 billion"),
              "about": "bilateral trade", "year": 2024, "qualifier": "exceeded"}
    dates = [{"text": "Oct. 22", "span": span(t, "Oct. 22"), "value": "2025-10-22", "end": None},
             {"text": "November 12", "span": span(t, "November 12"), "value": "2025-11-12", "end": None}]
    dateline = {"text": "ALMATY", "span": span(t, "ALMATY"),
                "place": {"name": "Almaty", "country": "KAZ", "lat": 43.25, "lon": 76.92}}
    doc = _doc(HAND_REFERENCE_ID, t, "2025-10-23", "Kazakh foreign minister visits Russia (hand-coded)",
               dateline=dateline, actors=[kos, lav, rus, tok], events=[visit, state_visit],
               quotes=[{"text": t[qs[0]:qe], "span": [qs[0], qe], "direct": True,
                        "speaker": {"actor": "a1", "actors": ["a1"], "name": "Yermek Kosherbayev", "code": "KAZ"}}],
               amounts=[amount], dates=dates)
    return doc, t


def written_documents() -> list[tuple[dict, str]]:
    out = []
    t = (" date 2025-11-04\nASTANA — Russia's foreign ministry on Monday accused Kazakhstan of holding up grain "
         "wagons at the border, a charge officials in Astana denied.")
    rus = _actor("a1", "Russia", "state", "RUS", "GOV", None, t, ("Russia", 0))
    kaz = _actor("a2", "Kazakhstan", "state", "KAZ", None, None, t, ("Kazakhstan", 0))
    out.append((_doc("hand-grain-dispute", t, "2025-11-04", "Moscow accuses Astana over grain wagons",
                     actors=[rus, kaz],
                     events=[_event("e1", "ACCUSE", "allege", "112", "verbal conflict", -2.0,
                                    [_arg(rus, t, "Russia")], [_arg(kaz, t, "Kazakhstan")], "2025-11-03",
                                    "accused", t, date_text="Monday",
                                    contexts=["economic", "diplomatic"])],
                     dates=[{"text": "Monday", "span": span(t, "Monday"), "value": "2025-11-03", "end": None}]), t))
    t = (" date 2025-11-11\nKYIV — Russian artillery shelled Kharkiv overnight, killing three civilians, the "
         "regional governor said on Tuesday.")
    rmil = _actor("a1", "Russian artillery", "group", "RUS", "MIL", None, t, ("Russian artillery", 0))
    ukr = _actor("a2", "Kharkiv", "state", "UKR", None, None, t, ("Kharkiv", 0))
    out.append((_doc("hand-kharkiv-shelling", t, "2025-11-11", "Overnight shelling in Kharkiv",
                     actors=[rmil, ukr],
                     events=[_event("e1", "ASSAULT", "artillery", "195", "material conflict", -10.0,
                                    [_arg(rmil, t, "Russian artillery")], [_arg(ukr, t, "Kharkiv")], "2025-11-10",
                                    "shelled", t, dead=3, contexts=["military"],
                                    location={"name": "Kharkiv", "country": "UKR", "lat": 49.99, "lon": 36.23})],
                     places=[{"text": "Kharkiv", "span": span(t, "Kharkiv"), "name": "Kharkiv", "country": "UKR",
                              "lat": 49.99, "lon": 36.23, "geonameid": None}]), t))
    t = (" date 2025-09-16\nBEIJING — China and Kazakhstan signed a deal on Monday to add freight trains on their "
         "shared rail corridor, the two transport ministries said.")
    chn = _actor("a1", "China", "state", "CHN", None, None, t, ("China", 0))
    kaz = _actor("a2", "Kazakhstan", "state", "KAZ", None, None, t, ("Kazakhstan", 0))
    out.append((_doc("hand-rail-deal", t, "2025-09-16", "China and Kazakhstan add rail freight",
                     actors=[chn, kaz],
                     events=[_event("e1", "AGREE", "sign", "057", "verbal cooperation", 8.0,
                                    [_arg(chn, t, "China")], [_arg(kaz, t, "Kazakhstan")], "2025-09-15",
                                    "signed a deal", t, contexts=["economic"])]), t))
    return out


def all_hand_documents() -> list[tuple[dict, str]]:
    return [hand_reference()] + written_documents()


def build_store(path, extra: list[tuple[dict, str]] = ()) -> None:
    """A store at `path` holding the hand-coded documents plus `extra` (document, text) pairs."""
    from communique.store import Store

    pairs = all_hand_documents() + list(extra)
    with Store(path) as store:
        store.add_documents([d for d, _ in pairs], {d["id"]: t for d, t in pairs})
