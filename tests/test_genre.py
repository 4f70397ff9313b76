"""Genre detection (pipeline/genre.py): texts written for these tests."""

from communique.pipeline import genre, worthiness

REPORT = ("The foreign ministers of Chile and Peru met in Lima on Tuesday and agreed to reopen two border crossings, "
          "officials said. “We have taken a first step,” the Chilean minister told reporters. ") * 12


def test_a_report_is_no_genre():
    assert genre.detect(REPORT) == (None, [])


def test_live_blog_by_its_markers_or_its_update_times():
    kind, signals = genre.detect("We're closing this live blog now. Here is what happened today. " + REPORT)
    assert kind == genre.LIVE_BLOG and "live blog" in signals[0]
    times = "09.15 GMT The ministers arrive. 10.40 GMT Talks begin. " + REPORT
    assert genre.detect(times)[0] == genre.LIVE_BLOG
    # one time stamp is a report saying when it was updated
    assert genre.detect("Updated 10.40 GMT. " + REPORT)[0] is None


def test_contributor_note_closes_an_opinion_piece():
    text = REPORT + " • Maria Gonzalez is a senior fellow at an institute for Andean studies"
    kind, signals = genre.detect(text)
    assert kind == genre.OPINION and "contributor" in signals[0]
    # a last sentence naming someone's job is no note when it ends a report mid-story without a role word
    assert genre.detect(REPORT + " Maria Gonzalez is from Valparaiso.")[0] is None


def test_letter_to_the_editor_cites_the_article_it_answers():
    text = ("Your correspondent is wrong to say the border talks have failed (Andean neighbours fall out again, "
            "12 March). The crossings reopened last year and trade has grown since. ") * 3
    assert genre.detect(text)[0] == genre.OPINION
    # a speaker quoted in a report may address a journalist
    assert genre.detect(REPORT + " “Your article got the figures wrong,” the minister told the newspaper.")[0] is None


def test_first_person_author_is_an_opinion_but_one_menu_word_is_not():
    essay = "I have reported from the border for a decade, and my view is that I was wrong about it. " * 4 + REPORT
    assert genre.detect(essay)[0] == genre.OPINION
    assert genre.detect("Go to my account. " + REPORT)[0] is None


def test_commentary_voice_needs_a_long_argued_text():
    argument = ("The government should stop pretending the border is safe. Why must the people of the valley wait "
                "for another broken promise? Ministers must act before the season turns. ")
    assert genre.detect(argument * 25)[0] == genre.OPINION  # long, no attribution, no quotation, "should"
    assert genre.detect(argument)[0] is None  # a snippet is too short to tell
    # an essay of analysis that attributes and quotes nothing at all, though it neither asks nor urges
    essay = ("The valley has changed hands four times in a decade. Each army brought its own flag and its own "
             "tax collectors, and each left the irrigation canals in worse repair than it found them. ") * 25
    assert genre.detect(essay)[0] == genre.OPINION
    # a report attributes what it tells, however long
    assert genre.detect(essay.replace("repair than it found them.", "repair, officials said.") * 2)[0] is None


def test_opinion_codes_only_the_acts_it_dates(extract):
    text = ("The border between the two countries has long been a wound. Chile sanctioned Peru for decades, and "
            "the two armies fought over the desert. On Tuesday, Peru expelled the Chilean ambassador. Ministers "
            "should talk before the season turns. Why must the valley wait? ") * 6 \
        + " • Maria Gonzalez is a senior fellow at an institute for Andean studies"
    doc = extract(text, "2024-03-07")
    assert doc["events"] and all(e.get("date_text") for e in doc["events"])
    assert any(worthiness.NOT_NEWS in e["flags"] for e in doc["other_events"])


def test_live_blog_merges_retellings_with_overlapping_parties():
    def ev(conf, trigger, source, target):
        return {"event": "ACCUSE", "mode": "accusation", "confidence": conf, "date": "2024-03-04", "flags": [],
                "source": [{"code": c} for c in source], "target": [{"code": c} for c in target],
                "trigger": {"text": trigger, "span": [0, len(trigger)]}}
    events = [ev(0.9, "accused", ["GBR", "USA"], ["SYR"]), ev(0.6, "accused", ["GBR"], ["SYR"]),
              ev(0.5, "blamed", ["USA"], []), ev(0.4, "accused", ["FRA"], ["SYR"])]
    kept = worthiness.merge_duplicates([dict(e) for e in events], across_days=True)
    assert [[p["code"] for p in e["source"]] for e in kept] == [["GBR", "USA"], ["FRA"]]
    assert len(kept[0]["evidence"]) == 2
    # in a report, each of them stands (different parties)
    assert len(worthiness.merge_duplicates([dict(e) for e in events])) == 4


def test_live_blog_merges_a_symmetric_act_told_with_fewer_parties():
    def ev(conf, parties):
        return {"event": "AGREE", "mode": "agreement", "confidence": conf, "date": "2024-03-04", "flags": [],
                "source": [{"code": c} for c in parties], "target": [],
                "trigger": {"text": "agreed", "span": [0, 6]}}
    kept = worthiness.merge_duplicates([ev(0.9, ["GBR", "USA"]), ev(0.6, ["GBR"]), ev(0.5, ["FRA", "GBR"])],
                                       across_days=True)
    assert [[p["code"] for p in e["source"]] for e in kept] == [["GBR", "USA"], ["FRA", "GBR"]]
