"""Quote speakers on unseen news (session 15): a verb joined to the reporting clause does not govern its quote,
'he'/'she' prefers the subject of the sentence that named the person, names the actors component did not take
(a surname written in full before, a name in apposition to the subject). Sentences written for these tests."""

from __future__ import annotations

import pytest


def quote_of(extract, text, start):
    qs = [q for q in extract(text, "2025-06-02")["quotes"] if q["direct"] and q["text"].startswith(start)]
    assert qs, start
    return qs[0]


def speaker_of(extract, text, start):
    return (quote_of(extract, text, start)["speaker"] or {}).get("name") or ""


@pytest.mark.parametrize("text,start,speaker,not_speaker", [
    # 'X did not respond, but Y said ...': the quote is in Y's clause, not in the clause it is joined to
    ("The Norland navy did not immediately respond, but government spokesman Pieter Vandal said Norland remained "
     "\"fully committed to the ceasefire\" and blamed the rebels.", "fully committed", "Pieter Vandal", "navy"),
    # 'the group has not claimed ..., but its leader, X, said ...'
    ("The Crimson Front has not claimed any attacks since the truce, but its leader, Oskar Brandt, said on "
     "Monday the group would keep its weapons while \"the siege of our towns continues\".", "the siege",
     "Oskar Brandt", "Crimson Front"),
    # 'X warned that Y would respond "..."': the warning is X's, the response Y's act
    ("Foreign Minister Lena Ortiz condemned the sanctions on Tuesday. Ortiz warned that Velmora would respond "
     "\"firmly and swiftly\" to any new threat.", "firmly and swiftly", "Lena Ortiz", "Velmora"),
])
def test_a_verb_joined_to_the_reporting_clause_does_not_govern_the_quote(extract, text, start, speaker, not_speaker):
    name = speaker_of(extract, text, start)
    assert speaker in name and not_speaker not in name


def test_she_is_the_subject_of_the_sentence_that_named_her(extract):
    text = ("Norland will give Velmora $30 million to rebuild its ports, Trade Minister Greta Holm said on Friday.\n\n"
            "The money will repair two harbours, Holm told reporters after meeting Prime Minister Tomas Ruiz.\n\n"
            "\"Norland has stood by Velmora after every storm, and we will stand by it now,\" she said.")
    assert "Greta Holm" in speaker_of(extract, text, "Norland has stood")


def quotes_without_mentions(nlp, text, dropped):
    """The quotes found when the actors component has not marked the names in `dropped` (as it sometimes does
    not when the tagger takes a surname for an organisation or a plural noun)."""
    from communique.ingest.records import make_record
    from communique.pipeline.builder import make_doc
    from communique.pipeline.quotes import find_quotes

    doc = nlp(make_doc(nlp, make_record(text, "<test>", "t", "2025-06-02").to_dict()))
    gone = {a["id"] for a in doc._.actors if a["name"] in dropped}
    doc._.actors = [a for a in doc._.actors if a["id"] not in gone]
    doc._.mentions = [m for m in doc._.mentions if m.get("text") not in dropped and m.get("actor") not in gone]
    return find_quotes(doc)


def test_he_is_a_person_who_spoke_by_a_name_the_actors_left_unmarked(nlp):
    text = ("Foreign Minister Zhou Minghui held talks with Norland's envoy Petra Sand on Tuesday.\n\n"
            "Zhou, also a member of the party's central committee, said the two countries are good partners.\n\n"
            "Velmora supports Norland in choosing its own path, Zhou said.\n\n"
            "\"Velmora is willing to work with Norland to open a new chapter,\" he said.")
    q = next(q for q in quotes_without_mentions(nlp, text, {"Zhou"}) if q["text"].startswith("Velmora is willing"))
    assert "Zhou" in q["speaker"]["name"]


def test_a_surname_written_in_full_before_names_the_speaker(nlp):
    text = ("Norland's Commissioner for Human Rights Dmitri Kovalenko said most of the freed men showed signs of "
            "abuse. \"Velmora starves the prisoners and denies them any care,\" Kovalenko said, adding that he had "
            "written to the Red Cross and the border service.")
    q = next(q for q in quotes_without_mentions(nlp, text, {"Kovalenko", "Dmitri Kovalenko"})
             if q["text"].startswith("Velmora starves"))
    assert q["speaker"]["name"] == "Dmitri Kovalenko"  # the name as written in full, not the bare surname


def test_a_name_in_apposition_to_the_subject_is_the_speaker(extract):
    text = ("The council renewed the mission's mandate on Friday.\n\n"
            "Speaking after the vote, the representative of Velmora, Ilse Marta Vogt, said the renewal came at a "
            "critical time and accused Norland of waging \"a war by proxy\" in the east.\n\n"
            "\"The council must now act,\" she said.")
    assert "Ilse Marta Vogt" in speaker_of(extract, text, "a war by proxy")
    assert "Ilse Marta Vogt" in speaker_of(extract, text, "The council must")


@pytest.mark.parametrize("text,start,speaker,not_speaker", [
    # a passive verb of saying: its agent speaks, not the thing spoken of
    ("Chile raised tariffs on Peru's copper on Monday. The measure was condemned by Peru's trade ministry "
     "as \"a hostile act without any legal basis.\"", "a hostile act", "Peru", "measure"),
    # '..., the statement quoted X as saying': the one quoted speaks
    ("Prime Minister Anton Weiss telephoned the king on Tuesday, his office said. The Gulf Council's secretary-general "
     "Rami Haddad said in a statement that the council backed the deal.\n\n"
     "\"Norland will not allow any dispute to harm its ties with its neighbours,\" the statement quoted Weiss as "
     "saying.", "Norland will not allow", "Anton Weiss", "Haddad"),
    # '... of “...,” while others said ...': the clause after the quote tells others' words
    ("Former president Clara Ruiz accused the government on social media of \"selling the country's future,\" "
     "while lawmakers from the Green caucus said they would file a complaint in the courts.",
     "selling the country", "Clara Ruiz", "caucus"),
    # 'the ministry summoned the envoy over what it called “...”': 'it' is the ministry
    ("Norland's Foreign Ministry on Monday summoned Velmora's charge d'affaires over what it called \"repeated "
     "violations\" of its airspace.", "repeated violations", "Foreign Ministry", "Velmora"),
    # a rank before the name in apposition is part of the title
    ("The officers read a statement on state television. \"The nation cannot be left to those who steal votes,\" "
     "said their spokesman, Brigadier General Joseph Mendy.", "The nation cannot", "Joseph Mendy", "officers"),
])
def test_who_speaks_in_passive_quoting_and_contrast_clauses(extract, text, start, speaker, not_speaker):
    name = speaker_of(extract, text, start)
    assert speaker in name and not_speaker not in name


@pytest.mark.parametrize("text,start,speaker", [
    ("Norland's defence minister, Ana Costa, called the shelling \"unacceptable\" and said she had asked Velmora "
     "for an explanation.", "unacceptable", "Ana Costa"),
    ("The federal defence ministry said its troops had been \"ambushed\" near the border.", "ambushed",
     "defence ministry"),
])
def test_a_single_word_said_by_someone_is_a_quote(extract, text, start, speaker):
    assert speaker in speaker_of(extract, text, start)


def test_a_single_word_no_one_said_is_no_quote(extract):
    text = "The so-called \"caliphate\" collapsed in 2019, and the town's \"liberation\" day is now a holiday."
    assert not [q for q in extract(text, "2025-06-02")["quotes"] if q["direct"]]


def test_a_single_word_before_its_attribution_is_a_quote(extract):
    text = "President Ana Costa visited the border post on Friday. The shelling was \"outrageous\", she said."
    assert "Ana Costa" in speaker_of(extract, text, "outrageous")


def test_a_verb_joined_to_another_takes_its_subject_and_the_name_in_apposition(extract):
    text = ("President Bola Adeyemi phoned the winner on Monday. \"The region has shown how power should change hands,\" "
            "Adeyemi was quoted as saying.\n\n"
            "The African Union Commission chairperson, Amina Diallo Sow, also congratulated the president-elect and "
            "praised voters for their \"political maturity.\"")
    assert "Amina Diallo Sow" in speaker_of(extract, text, "political maturity")


def test_a_body_relaying_what_a_person_told_someone_gives_the_person(extract):
    text = ("Peru's foreign ministry summoned Chile's ambassador on Tuesday. The note was delivered by Deputy Foreign "
            "Minister Jorge Salas Ibarra, who told the ambassador that the treaty was \"binding and registered with "
            "the United Nations,\" the ministry said.")
    assert "Salas" in speaker_of(extract, text, "binding and registered")


def test_an_acronym_defined_in_brackets_names_its_body(extract):
    text = ("The European Union's election observation mission (EU EOM) in Malawi on Thursday criticised delays in "
            "the count.\n\nThe EU EOM, which deployed 120 observers, said in a statement that the delays "
            "\"undermine confidence in the results\" and urged the commission to publish them.")
    assert "mission" in speaker_of(extract, text, "undermine confidence")


def test_a_speaker_who_is_no_actor_keeps_the_country_of_its_phrase(extract):
    text = "Diplomats in Lima said on Friday they wanted \"forward-looking\" relations with the new government."
    assert (quote_of(extract, text, "forward-looking")["speaker"] or {}).get("code") == "PER"


def test_the_plural_noun_repeated_is_the_parties_it_named(extract):
    text = ("A truce has been agreed between the rival forces in Zamora, US and Chilean mediators said on Sunday. "
            "The Zamoran army and the paramilitary Red Hand Brigade signed it at a meeting in Lima.\n\n"
            "\"Both sides have promised not to move their forces during the truce,\" the mediators said.")
    name = speaker_of(extract, text, "Both sides have promised")
    assert "United States" in name and "Chilean" in name and "Brigade" not in name


def test_a_quote_opening_a_sentence_is_the_words_of_whoever_spoke_just_before(extract):
    text = ("\"If they go, they will wear no uniforms,\" the source said. Dara Khalil said the loss of the town had "
            "changed everything for the Kurds. \"The situation in the town cannot go on like this.\"")
    assert "Khalil" in speaker_of(extract, text, "The situation in the town")


def test_the_previous_quotes_own_attribution_keeps_its_speaker(extract):
    text = ("\"The message that they are not wanted is growing,\" said Unicef's regional director, Marta Lindqvist. "
            "\"They are not wanted in the camp. They are not wanted anywhere.\"")
    assert "Marta Lindqvist" in speaker_of(extract, text, "They are not wanted in the camp")


def test_a_pronoun_before_the_quote_points_back_from_where_it_is_written(extract):
    text = ("President Karl Mendes spoke to reporters on Friday. He added, in reference to Defence Secretary Paul "
            "Oduya's criticism of the plan: \"Allies are very important, but not when they take advantage of us.\"")
    name = speaker_of(extract, text, "Allies are very important")
    assert "Mendes" in name and "Oduya" not in name


def test_a_passive_verb_of_saying_without_its_agent_names_no_speaker(extract):
    text = ("Minister Lena Berg opened the forum on Monday. Norland's brand of prejudice might be called \"polite "
            "racism\", which is how sociologists describe it.")
    name = speaker_of(extract, text, "polite racism")
    assert "Norland" not in name


def test_a_parenthetical_they_said_is_not_the_subject_of_the_sentence(extract):
    text = ("Members of Congress accused Turkey's president of undermining the alliance. Turkey, they said, \"has made "
            "a practice of targeting its allies\".")
    assert "Turkey" not in speaker_of(extract, text, "has made a practice")


def test_texted_is_a_verb_of_saying(extract):
    text = ("Amina Yusuf has searched for her daughter Leyla for two years. \"If I disappear, please find my "
            "children,\" Leyla texted from the city in 2016.")
    assert "Leyla" in speaker_of(extract, text, "If I disappear")


def test_a_name_right_before_the_verb_speaks_when_the_parse_hangs_it_elsewhere(extract):
    text = ("Velmora had previously set conditions on a withdrawal of its troops, but at a briefing on Wednesday "
            "Karsten said Norland could \"do what it wants there, frankly,\" remarks that left lawmakers aghast.")
    q = quote_of(extract, text, "do what it wants")
    assert "Karsten" in ((q["speaker"] or {}).get("name") or "")


def test_a_quote_the_unwrapping_left_broken_across_lines_closes_on_the_next(extract):
    text = ("The ministers discussed trade and water management on Tuesday, the press service of the ministry "
            "reported after the talks in the capital city.\n"
            "The Norland side announced that it would add $25 million to the joint fund, bringing it to $100 million.\n"
            "\"Norland is a reliable partner of Velmora in Europe. Over the past year our trade grew and exceeded\n"
            "$120 million,\" Minister Arvid Kask noted.\n"
            "On the same day, the minister met the president.")
    assert "Kask" in speaker_of(extract, text, "Norland is a reliable partner")


def test_a_headline_role_noun_is_the_holder_the_story_names_after(extract):
    text = ("US lifts sanctions on Belarusian airline\n"
            "Envoy says Washington ready to take \"more steps\" if more prisoners freed\n"
            "WASHINGTON - The Treasury removed the airline from its sanctions list on Friday.\n"
            "US special envoy Martin Hale, who met officials in Minsk on Thursday, said the release was "
            "\"a significant gesture\".")
    quotes = [q for q in extract(text, "2025-06-02")["quotes"] if "more steps" in q["text"]]
    assert quotes and all("Hale" in ((q["speaker"] or {}).get("name") or "") for q in quotes)


def test_the_diplomat_is_the_person_just_named(extract):
    text = ("\"We consider the deal an important step toward peace,\" Russian Foreign Ministry spokeswoman Irina "
            "Volkova told a briefing.\n\nAt the same time, the diplomat warned against attempts by \"outside "
            "powers\" to use the deal to expand their military presence.")
    assert "Volkova" in speaker_of(extract, text, "outside powers")


def test_a_body_chaired_by_a_person_speaks_as_the_body(extract):
    text = ("In a communique issued late Sunday, the Council of Ministers of the Sahel Alliance, chaired by Malian "
            "President Adama Keita, described the downing of the drone as \"a hostile act against all member "
            "states\".")
    name = speaker_of(extract, text, "a hostile act")
    assert "Keita" not in name


def test_an_acronym_defined_after_a_name_no_actor_holds_gives_that_name(extract):
    text = ("According to the Joint Forces Media Directorate (JFMD), the shelling began in the afternoon. "
            "\"Our troops responded effectively,\" the JFMD said.")
    assert speaker_of(extract, text, "Our troops responded") == "Joint Forces Media Directorate"


def test_he_in_a_sentence_whose_subject_is_he_keeps_the_chain(extract):
    text = ("President Karl Mendes announced the withdrawal on Friday. By Sunday, however, he appeared to agree with "
            "Chancellor Oda Lind that it would be slow. \"We are pulling back our troops,\" he told reporters.")
    assert "Mendes" in speaker_of(extract, text, "We are pulling back")


def test_a_statement_from_a_body_is_that_bodys_even_with_an_indefinite_article(extract):
    text = ("\"The humanitarian situation is catastrophic,\" the two leaders said in a joint statement after talks in "
            "Cairo.\n\nAccording to a statement from the Egyptian presidency, the two leaders also discussed "
            "\"regional developments and bilateral cooperation.\"")
    assert "presidency" in speaker_of(extract, text, "regional developments")


def test_she_is_the_subject_even_when_the_tagger_took_her_name_for_a_noun(extract):
    text = ("Prime Minister Luis Ortega hosted Chilean President Ana Ruiz in Lima on Monday. Ruiz thanked Ortega for "
            "the welcome and told reporters after the meeting that the two countries would sign a trade deal. "
            "\"We have never been closer,\" she said.")
    assert "Ruiz" in speaker_of(extract, text, "We have never been closer")
