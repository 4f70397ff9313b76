"""Acts asked for, dangers foreseen, facts admitted and habits are no default events; names the tables know
are found with their accents (issues 21 and 14). Sentences written for this project."""

from __future__ import annotations


def default(doc, category):
    return [e for e in doc["events"] if e["event"] == category]


def other(doc, category, flag):
    return [e for e in doc["other_events"] if e["event"] == category and flag in e["flags"]]


def test_the_act_a_government_urges_is_no_act(extract):
    for text in ("The Kenyan government urged Somalia to withdraw its troops from the border area.",
                 "Ghana appealed to Togo to reopen the border.",
                 "The Kenyan government demanded that Somalia withdraw its troops from the border area."):
        doc = extract(text)
        assert default(doc, "REQUEST"), text
        assert not default(doc, "RETREAT"), text
        assert other(doc, "RETREAT", "hypothetical"), text


def test_the_act_a_request_is_about_after_it_happened_is_coded(extract):
    doc = extract("Somalia withdrew its troops from the border area after Kenya had urged it to do so.")
    assert default(doc, "RETREAT")


def test_a_danger_foreseen_is_no_threat(extract):
    doc = extract("The Red Cross warned that more civilians are likely to die as winter sets in.")
    assert not default(doc, "THREATEN")
    assert other(doc, "THREATEN", "wrong sense")
    doc = extract("The UN envoy warned that the truce could collapse within days.")
    assert not default(doc, "THREATEN")


def test_a_warning_of_what_the_speaker_will_do_is_a_threat(extract):
    for text in ("Iran warned that it would retaliate against any attack on its oil facilities.",
                 "North Korea warned that any new sanctions would be considered a declaration of war.",
                 "Russia warned the United States that it would respond to any strike."):
        assert default(extract(text), "THREATEN"), text


def test_a_fact_admitted_is_no_concession(extract):
    doc = extract("The Pentagon conceded that the strikes had failed to halt the militants' advance.")
    assert not default(doc, "CONCEDE")
    assert other(doc, "CONCEDE", "wrong sense")
    doc = extract("Several Gulf states have accepted that the Syrian president has survived the war.")
    assert not default(doc, "AGREE")


def test_an_agreement_on_a_course_is_still_coded(extract):
    doc = extract("The Sudanese and Egyptian foreign ministers agreed that the border crossing should be reopened.")
    assert default(doc, "AGREE")
    assert default(extract("Israel agreed to release 50 Palestinian prisoners."), "AGREE")


def test_a_habit_is_no_event(extract):
    doc = extract("Egypt has a history of arresting journalists whenever foreign leaders visit Cairo.")
    assert not default(doc, "COERCE") and not default(doc, "CONSULT")
    assert other(doc, "COERCE", "hypothetical")


def test_a_known_name_with_accents_is_found_without_the_model(extract):
    doc = extract("Recep Tayyip Erdoğan refused to meet John Bolton in Ankara on Tuesday.", published="2019-01-08")
    rejects = default(doc, "REJECT")
    assert rejects and {p["code"] for p in rejects[0]["source"]} == {"TUR"}
    doc = extract("Erdoğan, signalling a rift, refused to meet the American envoy on Tuesday.", published="2019-01-08")
    rejects = default(doc, "REJECT")
    assert rejects and {p["code"] for p in rejects[0]["source"]} == {"TUR"}


def test_phrasal_verbs_of_another_sense_are_no_events(extract):
    for text, category in (("The foreign fighters, hailing from Indonesia and Somalia, were held in separate camps.",
                            "SUPPORT"),
                           ("The Canadian government backed out of the agreement without giving reasons.", "SUPPORT"),
                           ("Russia and Iran would come around to the American point of view, the senator argued.",
                            "CONSULT"),
                           ("Many of the fighters had dispersed before the final battle.", "COERCE")):
        assert not default(extract(text), category), text


def test_the_verbs_keep_their_own_sense(extract):
    for text, category in (("The Kenyan president hailed the agreement as a breakthrough.", "SUPPORT"),
                           ("France backed the Malian government's offensive.", "SUPPORT"),
                           ("The protesters were dispersed by police in Nairobi on Monday.", "COERCE"),
                           ("Police dispersed the protesters with tear gas in Nairobi.", "COERCE"),
                           ("The Iranian foreign minister came to Ankara for talks with his Turkish counterpart.",
                            "CONSULT")):
        assert default(extract(text), category), text


def test_a_forecast_is_no_act(extract):
    doc = extract("Turkey is likely to attack the Kurdish enclave in the spring, analysts said.")
    assert not default(doc, "ASSAULT")
    assert other(doc, "ASSAULT", "hypothetical")
    assert not default(extract("Iran is unlikely to agree to new talks before the election."), "AGREE")


def test_a_clause_that_describes_an_actor_is_background(extract):
    for text in ("Ankara objects to the Kurdish militias, who have fought alongside American troops for years.",
                 "The Lebanese militia, which is fighting alongside the Syrian army, lost dozens of men.",
                 "A Swedish volunteer who joined a Kurdish militia fighting the jihadists returned home."):
        doc = extract(text)
        assert not default(doc, "ASSAULT"), text
        # (fighting alongside someone, against no one named, is no attack at all: no candidate either)
        assert other(doc, "ASSAULT", "background") or "alongside" in text, text


def test_a_past_act_in_a_relative_clause_and_a_protest_are_kept(extract):
    doc = extract("Police in Monrovia fired tear gas at demonstrators protesting the election results.")
    assert default(doc, "PROTEST") or default(doc, "COERCE")
    assert not other(doc, "PROTEST", "background")
    doc = extract("The rebel party issued a declaration demanding that the Turkish government release its leader.")
    assert default(doc, "REQUEST")


def test_should_and_must_demand_only_of_a_party(extract):
    for text in ("Ronalds said Australia should be concerned about the security risk.",
                 "\"A safe zone east of the river should be cleared of the militia,\" the Turkish president stressed.",
                 "\"If they have committed crimes they should be tried in Kenyan courts,\" the minister said."):
        assert not default(extract(text), "REQUEST"), text
    for text in ("The Kenyan foreign minister said the rebels must lay down their arms.",
                 "The Egyptian president said on Wednesday that Washington must be ready to mediate.",
                 "The French president told Iraq that it must cooperate fully with the inspectors."):
        assert default(extract(text), "REQUEST"), text


def test_a_warning_to_no_one_about_a_decision_is_no_threat(extract):
    doc = extract("Critics have warned the decision could put the country's reputation in jeopardy.")
    assert not default(doc, "THREATEN")
    assert default(extract("Russia warned the rebels that they would be crushed."), "THREATEN")


def test_a_quarrel_with_a_person_is_no_fight(extract):
    doc = extract("The Tennessee senator has clashed repeatedly with Trump over foreign policy.")
    assert not default(doc, "ASSAULT")
    assert other(doc, "ASSAULT", "wrong sense")
    for text in ("Indian and Chinese troops clashed with each other in the Galwan valley.",
                 "Rebels clashed with government troops near Goma on Sunday."):
        assert default(extract(text), "ASSAULT"), text


def test_hailed_as_describes(extract):
    doc = extract("The plains, hailed as an ancient cradle of civilisation, were emptied of minorities.")
    assert not default(doc, "SUPPORT")
    assert default(extract("The Kenyan president hailed the agreement as a breakthrough."), "SUPPORT")


def test_the_agent_of_an_attack_carried_out_is_its_source(extract):
    doc = extract("The attack by Houthi rebels was carried out on Saturday near the Saudi border.")
    ev = default(doc, "ASSAULT")
    assert ev and {p["code"] for p in ev[0]["source"]} == {"YEM"}
    assert "YEM" not in {p["code"] for p in ev[0]["target"]}


def test_a_conjoined_act_shares_the_plan(extract):
    doc = extract("Kenya's president will visit Uganda on Wednesday.\n\n"
                  "It is planned to adopt a joint statement and sign a border agreement between Kenya and Uganda, "
                  "the presidency said.",
                  published="2025-03-11")
    signs = [e for e in doc["events"] + doc["other_events"] if e["trigger"]["text"].startswith("sign")]
    assert signs and signs[0]["planned"] and signs[0]["date"] == "2025-03-12"


def test_a_charge_said_of_a_person_by_no_one_is_background(extract):
    for text in ("Another former soldier, accused of attending training camps run by the militia, was freed.",
                 "Three British men are in Kurdish custody, accused of being members of the group."):
        doc = extract(text)
        assert not default(doc, "ACCUSE"), text
    assert default(extract("Egypt accused Ethiopia of violating the agreement."), "ACCUSE")
    assert default(extract("Ethiopia was accused by Egypt of violating the agreement."), "ACCUSE")


def test_deaths_by_a_hazard_are_no_attack(extract):
    for text in ("One such fire in a camp near Mosul killed two small children in June.",
                 "Four Nigerian soldiers were killed in a car crash near Maiduguri."):
        doc = extract(text)
        assert not default(doc, "ASSAULT"), text
        # a hazard as the subject is no candidate at all (events.hazard_word); a cause "in a crash" is flagged
        assert other(doc, "ASSAULT", "not political") or "fire" in text, text
    # "died" alone is no candidate at all since its compiled pattern was pruned (cameo_pruned.txt)
    assert not default(extract("Two Syrian children died of cold in the Rukban camp last week."), "ASSAULT")
    for text in ("Israeli airstrikes killed 12 people in Gaza on Monday.",
                 "A fire set by militants killed three Nigerian policemen."):
        assert not other(extract(text), "ASSAULT", "not political"), text


def test_a_demand_hung_on_the_addressee_is_no_description(extract):
    doc = extract("The Kenyan opposition sent a petition to the electoral commission demanding a recount.")
    assert not other(doc, "REQUEST", "background")
