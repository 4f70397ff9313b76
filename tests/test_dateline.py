"""Datelines: the styles news agencies use, things that only look like datelines, and exact spans."""

from __future__ import annotations

import json

import pytest

from communique.pipeline.dateline import find_dateline
from conftest import shared_file

BODY = "Officials from both governments met on Tuesday to discuss trade, energy and transport links."

DATELINES = [
    ("ALMATY — " + BODY, "ALMATY"),
    ("ISLAMABAD: " + BODY, "ISLAMABAD"),
    ("NEW DELHI : " + BODY, "NEW DELHI"),
    ("WASHINGTON (Reuters) - " + BODY, "WASHINGTON"),
    ("UNITED NATIONS (AP) — " + BODY, "UNITED NATIONS"),
    ("Moscow, July 3 (IANS) " + BODY, "Moscow"),
    ("YEKATERINBURG, October 5. /TASS/. " + BODY, "YEKATERINBURG"),
    ("ASTANA, Kazakhstan, July 4. " + BODY, "ASTANA"),
    ("MOSCOW. KAZINFORM " + BODY, "MOSCOW"),
    ("DUBAI, June 9, 2023 (Reuters/NAN) " + BODY, "DUBAI"),
    ("Seoul, 4 October 2022 (dpa/MIA) - " + BODY, "Seoul"),
    ("Islamabad, Sept. 15, (dpa/GNA) – " + BODY, "Islamabad"),
    ("BEIJING, (Example Wire / Example News - 20th Aug, 2020 ) ::" + BODY, "BEIJING"),
    ("TASHKENT (Example News / Wire - 14th November, 2020) " + BODY, "TASHKENT"),
    ("Nairobi — " + BODY, "Nairobi"),
    ("KYIV, Ukraine (AP) — " + BODY, "KYIV"),
    ("BEIRUT/ANKARA (Reuters) - " + BODY, "BEIRUT"),
    ("Kabul [Afghanistan], March 5 (ANI): " + BODY, "Kabul"),
    ("Tehran, IRNA -- " + BODY, "Tehran"),
    ("ANKARA, Türkiye - " + BODY, "ANKARA"),
    ("WASHINGTON, D.C. — " + BODY, "WASHINGTON"),
    ("ST. PETERSBURG, Russia, June 16 (Reuters) - " + BODY, "ST. PETERSBURG"),
    ("Dhaka, 10 June, 2020 (BSS) - " + BODY, "Dhaka"),
    ("Abu Dhabi, 3rd June, 2023 (WAM) -- " + BODY, "Abu Dhabi"),
    ("Almaty. March 2. KazTAG - " + BODY, "Almaty"),
    ("KHAN YOUNIS, Gaza Strip (AP) — " + BODY, "KHAN YOUNIS"),
    ("Ministers agree to expand the trade corridor\n\nBAKU, March 2 (Reuters) - " + BODY, "BAKU"),
    ("Home | World\nTalks resume on the border dispute\n\nWire | Minsk | Updated: 24-08-2020 15:53 IST\n\n" + BODY,
     "Minsk"),
    ("MOSCOW, July 15 (TASS) " + BODY, "MOSCOW"),
    ("Ministers review the year's talks\n\n    ALMATY. KAZINFORM - " + BODY, "ALMATY"),
    ("Ministers review the year's talks\n\nNUR-SULTAN. KAZINFORM – " + BODY, "NUR-SULTAN"),
    ("(Example- Wire Agency) OSH, Kyrgyzstan, May 3. The heads of\nboth border services met on Tuesday in\n"
     "the city, the agency reports.", "OSH"),
    ("[Example Wire] KYIV, Ukraine (AP) — " + BODY, "KYIV"),
    ("By Jane Roe, CNN\n\nNorthern Firing Range area, Belarus (CNN) — " + BODY, "Northern Firing Range area"),
    ("TASHKENT, 17.04.2024 (UzA) -- " + BODY, "TASHKENT"),
    ("SEOUL, Nov. 3 (Yonhap) -- " + BODY, "SEOUL"),
    ("YEREVAN, MARCH 4, EXAMPLEPRESS. " + BODY, "YEREVAN"),
    ("Kyiv, 4 March 2024, 14:05 — " + BODY, "Kyiv"),
    ("Addis Ababa, March 4/2024 (Wire) " + BODY, "Addis Ababa"),
    ("BAKU, Azerbaijan, Mar.4. " + BODY, "BAKU"),
    ("Washington D.C. [USA], March 4 (Wire): " + BODY, "Washington D.C."),
    ("BRUSSELS, Belgium, March 4, 2024 /ExampleWire.com/ -- " + BODY, "BRUSSELS"),
    ("Home | News | World\n\nBy Jane Roe\n\nPublished 4 March 2024\n\nKUALA LUMPUR, March 4 (Wire) -- " + BODY,
     "KUALA LUMPUR"),
]

NOT_DATELINES = [
    "Breaking News\n\n" + BODY,
    "EXCLUSIVE: " + BODY,
    "ANALYSIS: " + BODY,
    "SHAFAQNA- " + BODY,
    "NEWSWIRE - " + BODY,
    "Russia declares diplomat persona non grata\n" + BODY,
    "Kazakhstan and Russia sign a trade deal\n\nThe two countries signed the deal on Monday in the capital.",
    "Trump: " + BODY,
    "President Tokayev said on Monday that relations with Moscow remained strong and friendly.",
    "Images | Akorda\n\n" + BODY,
    "(CNN) " + BODY,
    "UN: " + BODY,
    "Moscow, Russian officials said on Monday that the talks would continue next week in Geneva.",
    "Russia, China and Iran held naval drills in the Gulf of Oman on Tuesday, officials said.",
    # headlines that open with a place and a separator: no sentence follows on their line
    "Gaza: Strikes on the camp kill 24 overnight\n\n" + BODY,
    "Kyiv — President says talks will resume\n\n" + BODY,
    "MOSCOW SAYS IT WILL RESPOND TO SANCTIONS\n\n" + BODY,
    "(Example Wire) " + BODY,
    # an unknown place needs its country and an agency
    "Northern Firing Range area — " + BODY,
    "Paris, London and Berlin (jointly) — agreed to send envoys to the talks next week.",
]


@pytest.mark.parametrize("text,city", DATELINES)
def test_dateline_styles(text, city):
    found = find_dateline(text)
    assert found is not None, text
    s, e, end = found
    assert text[s:e] == city
    assert end > e and text[end:].lstrip()[:1].isupper()


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_not_datelines(text):
    assert find_dateline(text) is None


def test_spans_with_header_point_into_original_text(extract):
    text = " date 2024-07-03 Moscow, July 3 (IANS) The foreign ministry summoned the ambassador on Wednesday."
    doc = extract(text)
    dl = doc["dateline"]
    assert dl["text"] == "Moscow" and text[dl["span"][0]:dl["span"][1]] == "Moscow"
    assert dl["place"]["country"] == "RUS" and dl["place"]["name"] == "Moscow"


def test_dateline_place_uses_country_after_city(extract):
    doc = extract("VICTORIA, Seychelles, May 4. The island's president met visiting ministers from India on "
                  "Monday.")
    assert doc["dateline"]["place"]["country"] == "SYC"


def test_body_start_is_respected():
    text = "NEW YORK — a header we skip\nLONDON — " + BODY
    found = find_dateline(text, body_start=text.index("LONDON"))
    assert text[found[0]:found[1]] == "LONDON"


def test_news_dev_datelines():
    from communique.ingest.records import split_header

    ok = n = 0
    for line in shared_file("corpus/news_dev.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        gold = rec["gold"].get("dateline")
        text = rec["text"]
        found = find_dateline(text, split_header(text)[1])
        got = text[found[0]:found[1]] if found else None
        if gold:
            n += 1
            ok += (got or "").casefold() == gold.casefold()
    print(f"\nnews_dev datelines: {ok}/{n} = {ok / n:.3f}")
    assert ok / n >= 0.95


def test_dateline_place_uses_bracketed_country(extract):
    doc = extract("Hyderabad [Pakistan], June 10 (ANI): Officials from both provinces met on Tuesday to discuss "
                  "water sharing.")
    assert doc["dateline"]["text"] == "Hyderabad" and doc["dateline"]["place"]["country"] == "PAK"
    doc = extract("HYDERABAD, India (Reuters) - Officials from both states met on Tuesday to discuss water sharing.")
    assert doc["dateline"]["place"]["country"] == "IND"


def test_news_dev2_datelines():
    """The second half of the news data, whose datelines follow headlines, tags and boilerplate."""
    from communique.ingest.records import split_header

    ok = n = false = 0
    for line in shared_file("corpus/news_dev2.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        gold = rec["gold"].get("dateline")
        text = rec["text"]
        found = find_dateline(text, split_header(text)[1])
        got = text[found[0]:found[1]] if found else None
        if gold:
            n += 1
            ok += (got or "").casefold() == gold.casefold()
        else:
            false += got is not None
    print(f"\nnews_dev2 datelines: {ok}/{n}, {false} false")
    assert ok / n >= 0.95 and false == 0


def test_guardian_articles_have_no_datelines():
    """Guardian articles open with prose: nothing in their first lines is a dateline."""
    lines = shared_file("guardian_sample/guardian_2019.jsonl").read_text(encoding="utf-8").splitlines()
    found = [json.loads(x)["id"] for x in lines if find_dateline(json.loads(x)["text"])]
    assert found == []


def test_wrapped_breaks_only_in_hard_wrapped_text():
    from communique.pipeline.gate import wrapped_breaks

    wrapped = ("The foreign ministers of both countries met in the capital on\n"
               "Tuesday and discussed the border, trade and the transit of gas\n"
               "through the region, the ministry said in a statement issued\n"
               "after the talks. The next round is due in spring next year.\n")
    assert len(wrapped_breaks(wrapped)) == 3
    one_per_line = ("Ministers agree to expand the trade corridor\n" + BODY + "\n" + BODY + "\n" + BODY + "\n")
    assert wrapped_breaks(one_per_line) == set()
