"""Aims, consequences and misread senses (issue 21): an infinitive of purpose, what "would" follow, force as the
means of help, a warning of a danger are no default events. Sentences written for this project."""

from __future__ import annotations

from communique.pipeline import worthiness


def default(doc, category):
    return [e for e in doc["events"] if e["event"] == category]


def other(doc, category, flag):
    return [e for e in doc["other_events"] if e["event"] == category and flag in e["flags"]]


def test_purpose_infinitive_is_no_act(extract):
    doc = extract("The brigade, a unit raised by Canberra to fight the insurgents, held a parade on Tuesday.")
    assert not default(doc, "ASSAULT")
    assert other(doc, "ASSAULT", "hypothetical")


def test_infinitival_relative_on_a_noun_is_no_act(extract):
    doc = extract("Kenyan officials said they had opened negotiations to hand over four detained Somali militants.")
    assert not [e for e in doc["events"] if e["trigger"]["text"].startswith("hand")]
    assert [e for e in doc["other_events"] if e["trigger"]["text"].startswith("hand") and "hypothetical" in e["flags"]]


def test_noun_object_of_a_purpose_is_no_act(extract):
    doc = extract("Ankara sent envoys to Tehran in an effort to win Iran's agreement on the border.")
    assert not default(doc, "AGREE")


def test_decision_infinitive_is_still_coded(extract):
    doc = extract("The Dutch government's decision to withdraw its troops from Mali angered allies on Monday.")
    assert default(doc, "CONCEDE")  # a declared withdrawal (PLOVER manual), still coded


def test_expressive_purpose_of_own_act_is_kept(extract):
    doc = extract("Thousands of Chilean students stayed away from classes on Monday to protest against the "
                  "education reform.")
    assert default(doc, "PROTEST")


def test_would_frame_is_no_act(extract):
    doc = extract("The Peruvian minister said it would be wise to expel the Bolivian ambassador.")
    assert not default(doc, "SANCTION")
    doc = extract("Pulling out now would mean abandoning Kurdish allies to a Turkish offensive, the senator said.")
    assert not default(doc, "CONCEDE")


def test_announced_would_stays(extract):
    doc = extract("Canada said on Friday it would expel two Venezuelan diplomats.")
    assert doc["events"] or doc["other_events"]
    assert not other(doc, "SANCTION", "hypothetical")


def test_force_as_the_means_of_help_is_no_assault(extract):
    doc = extract("France supported the Malian army with airstrikes during the spring campaign.")
    assert not default(doc, "ASSAULT")
    assert other(doc, "ASSAULT", worthiness.WRONG_SENSE)
    assert default(doc, "SUPPORT")


def test_airstrikes_on_a_target_stay(extract):
    doc = extract("France launched airstrikes on rebel positions in northern Mali on Sunday.")
    assert default(doc, "ASSAULT")


def test_warning_of_a_danger_is_no_threat(extract):
    doc = extract("The Norwegian foreign minister warned of a humanitarian catastrophe in the refugee camps.")
    assert not default(doc, "THREATEN")
    assert other(doc, "THREATEN", worthiness.WRONG_SENSE)


def test_warning_of_own_response_is_a_threat(extract):
    doc = extract("Japan warned on Tuesday that it would retaliate if North Korean ships entered its waters.")
    assert default(doc, "THREATEN")
    doc = extract("Moscow warned Kiev against any offensive in the east.")
    assert default(doc, "THREATEN")


def test_what_is_feared_is_no_act(extract):
    doc = extract("The Armenian villagers fear an attack by Azerbaijan if the peacekeepers leave.")
    assert not default(doc, "ASSAULT")
    assert other(doc, "ASSAULT", "hypothetical")


def test_the_writers_would_is_speculation(extract):
    doc = extract("Any resolution against Caracas at the Security Council would surely be vetoed by China.")
    assert not [e for e in doc["events"] if e["event"] in ("REJECT", "THREATEN")]
    doc = extract("A Serbian offensive would devastate the villages of the valley.")
    assert not default(doc, "ASSAULT")


def test_a_speakers_would_is_an_announcement(extract):
    doc = extract("Beijing would veto the resolution, the Chinese ambassador said on Monday.")
    assert not [e for e in doc["other_events"] if "hypothetical" in e["flags"] and e["event"] in ("REJECT",)]


def test_what_must_be_done_is_no_act(extract):
    doc = extract("The Dutch prime minister told Brussels it must put the smugglers on trial.")
    assert default(doc, "REQUEST")
    assert not default(doc, "COERCE")


def test_a_description_is_no_threat(extract):
    doc = extract("Baku regards the Armenian militia as a threat to its territorial integrity.")
    assert not default(doc, "THREATEN")
    assert other(doc, "THREATEN", worthiness.WRONG_SENSE)


def test_as_opposed_to_is_no_rejection(extract):
    doc = extract("Norway will fund schools, as opposed to military projects, in the region.")
    assert not default(doc, "REJECT")


def test_a_call_without_anyone_called_is_an_appeal(extract):
    doc = extract("The Austrian chancellor made a similar call on Thursday.")
    assert not default(doc, "CONSULT")
    doc = extract("The Austrian chancellor made a call to the Hungarian prime minister on Thursday.")
    assert default(doc, "CONSULT")


def test_a_commitment_sought_is_neither_seized_nor_given(extract):
    doc = extract("Athens tried to extract a pledge from Ankara to halt drilling near Crete.")
    assert not default(doc, "COERCE")
    assert not default(doc, "SANCTION")


def test_an_act_called_for_is_not_the_callees(extract):
    doc = extract("Sweden has led calls for the Burmese junta to allow aid convoys into Rakhine.")
    assert not [e for e in doc["events"] if e["event"] in ("RETREAT", "CONCEDE")]


def test_a_generic_statement_is_no_event(extract):
    doc = extract("Western governments often impose sanctions on oil exporters.")
    assert not default(doc, "SANCTION")
    doc = extract("Canada imposed sanctions on Venezuelan officials on Friday.")
    assert default(doc, "SANCTION")


def test_warning_of_a_danger_with_an_accusation_is_no_threat(extract):
    doc = extract("The Greek prime minister warned of a looming conflict with Turkey, accusing Ankara of "
                  "provocations in the Aegean.")
    assert not default(doc, "THREATEN")
    assert default(doc, "ACCUSE")


def test_no_plans_to_act_is_negated(extract):
    doc = extract("Canada has no plans to send more troops to Latvia, the minister said.")
    assert not default(doc, "MOBILIZE")
    assert other(doc, "MOBILIZE", "negated")


def test_declining_to_comment_is_no_rejection(extract):
    doc = extract("The Kenyan foreign ministry declined to comment on the report.")
    assert not default(doc, "REJECT")
    doc = extract("Pakistan refused to extradite the suspect to India.")
    assert default(doc, "REJECT")


def test_a_passive_participle_permission_names_no_giver(extract):
    doc = extract("The last rebel fighters, allowed to leave the city under a deal, boarded buses on Sunday.")
    assert not default(doc, "CONCEDE")


def test_an_assault_as_time_clause_stays(extract):
    doc = extract("The president spoke on Wednesday as a Serbian military assault on the town of Kosovska "
                  "continued for a fifth day.")
    assert not other(doc, "ASSAULT", worthiness.WRONG_SENSE)


def test_must_of_a_governing_clause_is_no_obligation_of_the_act(extract):
    doc = extract("The ministry said: \"We must confirm that a Danish soldier was killed by a roadside bomb in Mali "
                  "yesterday.\"")
    assert not other(doc, "ASSAULT", "hypothetical")
