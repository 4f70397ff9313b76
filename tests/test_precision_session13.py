"""Classes found by judging default events of Guardian tuning articles by hand (session 13, issue 21): an act
with no one doing it; a promise whose own clause carries the threat; "Washington's backing of X" (X is backed,
not a backer); a private person's relative, or a place he speaks from, is no source; "can" is ability or
permission, not an act; a present-tense time clause under a future ("what will happen when troops leave") has
not happened; an agent named but unplaced ("captured by Kurdish forces") is not guessed from the captive's
nationality. Text written for this project."""

from __future__ import annotations


def codes(side):
    return {p.get("code") for p in side}


def kinds(doc):
    return {e["event"] for e in doc["events"]}


def test_an_act_nobody_is_said_to_do_is_no_default_event(extract):
    doc = extract("The Syrian president spoke on state television on Sunday.\n\n"
                  "The Israeli army was being beaten badly on every front, he said.")
    assert not [e for e in doc["events"] if not e["source"]], doc["events"]
    assert [e for e in doc["other_events"] if e["event"] == "ASSAULT" and "no political source" in e["flags"]]


def test_a_promised_threat_in_a_clause_is_no_pledge_of_cooperation(extract):
    doc = extract("Iran's foreign minister vowed that Tehran would retaliate against Israel.")
    assert "AGREE" not in kinds(doc) and "THREATEN" in kinds(doc), doc["events"]
    doc = extract("Russia promised Belarus that it will supply cheap gas next year.")
    assert "AGREE" in kinds(doc)


def test_the_backing_of_a_party_has_that_party_as_target(extract):
    doc = extract("Relations soured over Washington's firm backing of Ethiopia's prime minister.")
    ev = next(e for e in doc["events"] if e["event"] == "SUPPORT")
    assert codes(ev["source"]) == {"USA"} and codes(ev["target"]) == {"ETH"}


def test_a_relative_speaking_from_a_place_is_no_source(extract):
    doc = extract("Her brother, speaking from Sylhet in Bangladesh, accused the Indian police of torturing him.")
    assert not [e for e in doc["events"] if "BGD" in codes(e["source"])], doc["events"]


def test_can_is_ability_not_an_act(extract):
    doc = extract("Under the new decree, the Egyptian police can detain protesters without a warrant.")
    assert "COERCE" not in kinds(doc), doc["events"]
    doc = extract("The Egyptian police detained protesters without a warrant.")
    assert "COERCE" in kinds(doc)


def test_a_time_clause_under_a_future_has_not_happened(extract):
    doc = extract("It is not clear what will happen when French troops leave Mali.")
    assert "RETREAT" not in kinds(doc), doc["events"]
    doc = extract("When French troops left Mali, the junta hired Russian mercenaries.")
    assert "RETREAT" in kinds(doc | {"events": doc["events"] + doc["other_events"]})


def test_an_unplaced_agent_is_not_guessed_from_the_captive(extract):
    doc = extract("An American woman captured by Kurdish forces says she regrets travelling to Syria.")
    assert not [e for e in doc["events"] if e["event"] == "COERCE" and "USA" in codes(e["source"])], doc["events"]
    doc = extract("Two activists were arrested in Cairo on Monday.")
    assert [e for e in doc["events"] if e["event"] == "COERCE" and "EGY" in codes(e["source"])], doc["events"]


def test_we_in_a_quotation_is_its_speaker(extract):
    doc = extract('"We have already protested to Delhi," a spokesman for the Pakistani foreign ministry said on '
                  'Tuesday.\n\nIndia denied that its troops had crossed the line.')
    ev = next(e for e in doc["events"] if e["trigger"]["text"] == "protested")
    assert codes(ev["source"]) == {"PAK"} and codes(ev["target"]) == {"IND"}
    doc = extract('"I strongly condemn the missile tests by North Korea," the NATO secretary general said.\n\n'
                  'Seoul called an emergency meeting.')
    ev = next(e for e in doc["events"] if e["event"] == "ACCUSE")
    assert codes(ev["source"]) == {"IGO"} and codes(ev["target"]) == {"PRK"}


def test_sending_the_military_into_a_country_is_a_deployment(extract):
    doc = extract("Ethiopia sent its military into Somalia to fight al-Shabaab.")
    ev = next(e for e in doc["events"] if e["trigger"]["text"] == "sent")
    assert ev["event"] == "MOBILIZE" and codes(ev["target"]) == {"SOM"}, ev


def test_an_envoy_for_a_country_serves_the_state_that_sends_him(extract):
    doc = extract("Pakistan's special envoy for Afghanistan, Mohammad Sadiq, arrived in Kabul on Sunday.")
    a = next(a for a in doc["actors"] if a["name"] == "Mohammad Sadiq")
    assert a["code"] == "PAK"
    assert not [a for a in doc["actors"] if a["code"] == "AFG" and a.get("kind") == "person"], doc["actors"]


def test_a_coalition_against_a_group_is_not_that_group(extract):
    doc = extract("Senior officers of the coalition against al-Shabaab visited the port on Friday.")
    assert not [e for e in doc["events"] if "IMG" in codes(e["source"]) or "SOM" in codes(e["source"])], doc["events"]


def test_who_backs_a_force_described_is_no_default_event(extract):
    doc = extract("Kurdish fighters backed by the United States entered the town on Monday.")
    assert "SUPPORT" not in kinds(doc), doc["events"]
    doc = extract("The United States backed the Kurdish fighters in the battle for the town.")
    assert "SUPPORT" in kinds(doc)


def test_no_one_in_particular_does_no_act(extract):
    doc = extract("The militia threatened to kill anyone who criticised its leader on social media.")
    assert "ACCUSE" not in kinds(doc), doc["events"]
    doc = extract("Al-Shabaab offered a reward to whoever kills the Kenyan commander.")
    assert "ASSAULT" not in kinds(doc), doc["events"]


def test_forcing_a_party_to_surrender_is_tried_not_done(extract):
    doc = extract("Ukrainian forces are trying to force the Russian garrison to surrender, the general said.")
    assert "RETREAT" not in kinds(doc), doc["events"]
    doc = extract("North Korea has tried to hack into the computers of South Korean officials.")
    assert "COERCE" in kinds(doc)


def test_an_assault_a_town_was_spared_did_not_happen(extract):
    doc = extract("Tal Afar was spared an assault by Iraqi forces last year after a truce brokered by Qatar.")
    assert "ASSAULT" not in kinds(doc), doc["events"]


def test_every_act_asked_for_in_a_coordination_is_asked_not_done(extract):
    doc = extract("Canada demanded that the Malian authorities expel and prosecute the two smugglers.")
    assert kinds(doc) == {"REQUEST"}, doc["events"]


def test_reciprocal_steps_announced_are_a_threat_at_whoever_acted_last(extract):
    doc = extract("Japan on Friday imposed sanctions on six Chinese companies over exports of drone parts.\n\n"
                  "A spokesman for the Chinese foreign ministry condemned the measures and said Beijing would take "
                  "reciprocal steps.")
    threat = next(e for e in doc["events"] if e["event"] == "THREATEN")
    assert codes(threat["source"]) == {"CHN"} and codes(threat["target"]) == {"JPN"}, threat
    condemn = next(e for e in doc["events"] if e["event"] == "ACCUSE")
    assert codes(condemn["target"]) == {"JPN"}, condemn
    doc = extract("Beijing pledged to take retaliatory measures.")
    assert "THREATEN" in kinds(doc) and "AGREE" not in kinds(doc), doc["events"]


def test_a_foreign_policy_chief_is_an_official_of_her_body(extract):
    doc = extract("The bloc imposed new sanctions on Belarus.\n\n\"We will not look away,\" the EU's foreign policy "
                  "chief, Helena Marsh, said in a statement.")
    a = next(a for a in doc["actors"] if a["name"] == "Helena Marsh")
    assert a["code"] == "IGO" and a["sector"] == "GOV"


def test_an_attack_claimed_by_its_doer_is_told_as_done(extract):
    doc = extract("The Baloch Liberation Army claimed an attack on a railway station in Quetta that killed 20 people.")
    ev = next(e for e in doc["events"] if e["event"] == "ASSAULT")
    assert codes(ev["source"]) == {"PAK"}, ev
    doc = extract("Islamic State claimed responsibility for the bombing of a church in Kinshasa.")
    ev = next(e for e in doc["events"] if e["event"] == "ASSAULT")
    assert codes(ev["source"]) == {"IMG"} and "COD" in codes(ev["target"]), ev
    doc = extract("The government claimed that the rebels had shelled a market in Goma.")
    assert "ASSAULT" not in kinds(doc)


def test_a_visit_from_one_day_to_another_starts_on_the_first(extract):
    doc = extract("Brazilian President Luiz Inacio Lula da Silva will pay a state visit to India from October 14 "
                  "to 16, the foreign ministry in Brasilia announced on Thursday.", "2025-10-03")
    ev = next(e for e in doc["events"] if e["event"] == "CONSULT")
    assert ev["date"] == "2025-10-14" and ev["planned"], ev


def test_a_titled_official_of_a_story_about_one_country_that_names_another(extract):
    doc = extract("Nigerian troops killed twelve militants in a raid near Maiduguri on Sunday, the Nigerian army said.\n\n"
                  "Information Minister Bala Dogara said the operation would continue. Nigerian officials said the "
                  "fighters had crossed from Cameroon.")
    a = next(a for a in doc["actors"] if a["name"] == "Bala Dogara")
    assert a["code"] == "NGA", a


def test_an_act_at_the_time_of_one_counted_from_another_day_shares_its_day(extract):
    doc = extract("Belarusian police detained two opposition activists in Minsk on Monday.\n\nIt comes a day after "
                  "the 65-year-old Belarusian leader toted an assault rifle as he arrived at his residence by "
                  "helicopter as protesters rallied nearby.", "2020-08-24")
    ev = next(e for e in doc["events"] if e["trigger"]["text"] == "rallied")
    assert ev["date"] == "2020-08-23", ev


def test_a_case_filed_against_a_state_is_legal_action_by_the_body_backed_by_the_army(extract):
    doc = extract("Myanmar's army-backed government has filed a case against Bangladesh at the International "
                  "Court of Justice.")
    ev = next(e for e in doc["events"] if e["event"] == "ACCUSE")
    assert ev["cameo"] == "115" and codes(ev["source"]) == {"MMR"} and codes(ev["target"]) == {"BGD"}, ev
    a = next(a for a in doc["actors"] if a["code"] == "MMR")
    assert a["sector"] == "GOV", a


def test_a_visit_is_to_where_it_takes_place(extract):  # (a guard: the article inference also finds it here)
    doc = extract("The treaty was signed in Jakarta by the Indonesian foreign minister and his Malaysian "
                  "counterpart, Ahmad Zamri, during a two-day visit by Zamri.")
    ev = next(e for e in doc["events"] if e["event"] == "CONSULT")
    assert codes(ev["source"]) == {"MYS"} and codes(ev["target"]) == {"IDN"}, ev


def test_workers_in_a_story_about_one_state_are_its_people(extract):
    doc = extract("Peru's Congress voted on Thursday to censure the transport minister over a wave of attacks "
                  "on buses in Lima.\n\nThousands of bus drivers went on strike in the capital last week to "
                  "demand more protection.", "2025-02-14")
    ev = next(e for e in doc["events"] if e["event"] == "PROTEST")
    assert codes(ev["source"]) == {"PER"}, ev


def test_summoning_an_envoy_is_a_diplomatic_protest(extract):
    doc = extract("Estonia summoned the Russian charge d'affaires over a cyberattack on its power grid.")
    ev = next(e for e in doc["events"] if e["trigger"]["text"] == "summoned")
    assert ev["event"] == "ACCUSE" and codes(ev["source"]) == {"EST"} and codes(ev["target"]) == {"RUS"}, ev


def test_a_response_promised_is_a_threat(extract):
    doc = extract("Latvia expelled a Belarusian diplomat on Monday. Minsk promised a response.")
    assert "THREATEN" in kinds(doc) and "AGREE" not in kinds(doc), doc["events"]


def test_welcoming_the_financing_welcomes_its_lender(extract):
    doc = extract("The African Development Bank approved a $300 million loan to Zambia on Tuesday.\n\n"
                  "Zambia's finance minister welcomed the financing.")
    ev = next(e for e in doc["events"] if e["event"] == "SUPPORT")
    assert codes(ev["source"]) == {"ZMB"} and codes(ev["target"]) == {"IGO"}, ev


def test_the_mission_is_the_un_mission_named_before(extract):
    doc = extract("A convoy of the United Nations peacekeeping mission in Mali was attacked near Gao on Sunday.\n\n"
                  "The mission called on the Malian authorities to find those responsible.")
    ev = next(e for e in doc["events"] if e["event"] == "REQUEST")
    assert codes(ev["source"]) == {"IGO"} and codes(ev["target"]) == {"MLI"}, ev


def test_the_two_sides_of_a_civil_war_are_the_parties_named_together(extract):  # (a guard; mine-039 showed it)
    doc = extract("Colombia's government and the country's second-largest rebel group, the EMC, agreed on "
                  "Wednesday to extend a ceasefire by six months, negotiators said.\n\nThe two sides also agreed to "
                  "set up a commission to verify the removal of landmines. \"Peace is built step by step,\" said "
                  "Rosa Mena, head of the government delegation.", "2025-05-29")
    evs = [e for e in doc["events"] + doc["other_events"] if e["event"] == "AGREE"]
    assert evs and all("COL" in codes(e["source"]) for e in evs), evs


def test_protesters_demanding_protest(extract):
    doc = extract("Police in Madagascar fired tear gas at thousands of protesters in Antananarivo on Monday.\n\n"
                  "The protesters, led largely by students, are demanding the resignation of the president.")
    ev = next(e for e in doc["events"] if e["trigger"]["text"] == "demanding")
    assert ev["event"] == "PROTEST" and codes(ev["source"]) == {"MDG"}, ev


def test_a_dictionary_pattern_alone_makes_no_default_event_in_an_article(extract):
    # "stabilising" codes AID only by a CAMEO dictionary pattern: seldom right in articles
    doc = extract("Washington said on Monday its aims were clear.\n\nNone of this helps advance the envoy's stated "
                  "aims: stabilising the region and finishing off the militants.")
    assert not [e for e in doc["events"] if "[" in (e["trigger"].get("pattern") or "")], doc["events"]
    assert [e for e in doc["other_events"] if "pattern only" in e["flags"]], doc["other_events"]


def test_common_news_verbs_the_dictionary_alone_coded_have_hand_entries(extract):
    cases = [("Ethiopia broke off diplomatic ties with Eritrea on Monday.", "SANCTION", {"ETH"}, {"ERI"}),
             ("Russian jets violated Estonian airspace on Tuesday.", "MOBILIZE", {"RUS"}, {"EST"}),
             ("The United States reimposed sanctions on Venezuela on Friday.", "SANCTION", {"USA"}, {"VEN"}),
             ("Kazakh President Kassym-Jomart Tokayev received Turkish President Recep Tayyip Erdogan in Astana "
              "on Wednesday.", "CONSULT", {"KAZ"}, {"TUR"}),
             ("The Malian foreign minister attended the summit of the African Union in Addis Ababa.", "CONSULT",
              {"MLI"}, set())]
    for text, event, src, tgt in cases:
        doc = extract(text + "\n\nOfficials gave no further details.")
        ev = next((e for e in doc["events"] if e["event"] == event), None)
        assert ev and codes(ev["source"]) == src and tgt <= codes(ev["target"]), (text, doc["events"])


def test_an_official_who_resigns_retreats(extract):  # (a guard: the dictionary coded it before)
    doc = extract("Lt. Gen. Omar Diallo resigned yesterday to allow Guinea's first free elections to take place.")
    assert "RETREAT" in kinds(doc), doc["events"]


def test_what_events_demonstrate_is_shown_not_a_protest(extract):
    doc = extract("Iran is exerting military pressure on Israel, as last weekend's aerial clashes demonstrated.")
    assert "PROTEST" not in kinds(doc), doc["events"]
    doc = extract("Thousands of Iranians demonstrated in Tehran on Friday.")
    assert "PROTEST" in kinds(doc)


def test_condemning_the_strikes_aims_at_the_striker_not_at_whom_the_sentence_names_next(extract):
    doc = extract("Israeli warplanes struck Hezbollah weapons depots in southern Lebanon on Wednesday.\n\nLebanon's "
                  "prime minister condemned the strikes as a violation of the truce and called on France and the "
                  "United States to pressure Israel to stop.")
    ev = next(e for e in doc["events"] if e["event"] == "ACCUSE")
    assert codes(ev["target"]) == {"ISR"}, ev


def test_what_a_party_said_were_its_targets_is_the_object_of_the_strike(extract):
    doc = extract("Israeli warplanes struck what the military said were Hezbollah weapons depots in southern "
                  "Lebanon on Wednesday, in the heaviest strikes since the ceasefire.", "2025-09-18")
    ev = next(e for e in doc["events"] if e["event"] == "ASSAULT")
    assert ev["date"] == "2025-09-17" and codes(ev["target"]) == {"LBN"}, ev


def test_troops_ordered_to_a_border_are_deployed(extract):  # (a guard: the classifier found it, less sure)
    doc = extract("Venezuelan President Nicolas Maduro on Saturday ordered troops to the border with Guyana.\n\n"
                  "Guyana called the move a provocation.")
    ev = next(e for e in doc["events"] if e["trigger"]["text"] == "ordered")
    assert ev["event"] == "MOBILIZE" and codes(ev["source"]) == {"VEN"} and codes(ev["target"]) == {"GUY"}, ev


def test_officials_of_a_non_governmental_body_take_its_code(extract):
    doc = extract("Niger has ordered the expulsion of three senior officials of the International Committee of the "
                  "Red Cross.\n\nThe organisation said it regretted the decision.")
    a = next(a for a in doc["actors"] if a["name"].startswith("officials of"))
    assert a["code"] == "NGO", a


def test_saying_an_act_was_a_threat_criticises_its_doer(extract):
    doc = extract("Venezuelan troops attacked a Guyanese border post on Saturday.\n\nGuyana's president said the "
                  "incursion was a clear threat.\n\nOfficials said the meeting was useful.")
    evs = [e for e in doc["events"] if e["event"] == "ACCUSE"]
    assert len(evs) == 1 and codes(evs[0]["source"]) == {"GUY"} and codes(evs[0]["target"]) == {"VEN"}, evs


def test_providing_a_party_with_vessels_is_aid(extract):
    doc = extract("Japan provided the Philippines with five coast guard patrol vessels last year.")
    ev = next(e for e in doc["events"] if e["event"] == "AID")
    assert codes(ev["source"]) == {"JPN"} and "PHL" in codes(ev["target"]), ev


def test_missiles_fired_into_the_sea_are_a_test_not_an_attack(extract):
    doc = extract("North Korea fired two short-range ballistic missiles into the sea on Monday.")
    assert kinds(doc) == {"MOBILIZE"}, doc["events"]


def test_lifting_a_states_sanctions_on_another_targets_the_other(extract):
    doc = extract("French President Emmanuel Dufort met Syria's interim leader in Paris on Tuesday.\n\nDufort said he "
                  "would lift French sanctions on Syria.")
    evs = [e for e in doc["events"] if e["trigger"]["text"] == "lift"]
    assert evs and all(codes(e["target"]) == {"SYR"} for e in evs), evs


def test_the_purpose_of_a_past_act_is_dated_in_the_past(extract):
    doc = extract("Serbian police used tear gas to disperse protesters in Novi Sad late on Wednesday.", "2025-10-09")
    ev = next(e for e in doc["events"] if e["trigger"]["text"] == "disperse")
    assert ev["date"] == "2025-10-08" and not ev["planned"], ev


def test_a_quoted_label_of_condemnation_criticises(extract):
    doc = extract("Venezuela's National Assembly voted on Monday to break diplomatic relations with Paraguay.\n\n"
                  "Paraguay's foreign ministry called the decision \"regrettable\" and said its staff would leave.")
    ev = next((e for e in doc["events"] if e["event"] == "ACCUSE"), None)
    assert ev and codes(ev["source"]) == {"PRY"} and codes(ev["target"]) == {"VEN"}, doc["events"]


def test_ships_that_harass_another_states_mission_coerce_it(extract):
    doc = extract("Chinese coast guard ships harassed a Vietnamese supply mission near the Paracel Islands on Monday.")
    ev = next((e for e in doc["events"] if e["event"] == "COERCE"), None)
    assert ev and codes(ev["source"]) == {"CHN"} and codes(ev["target"]) == {"VNM"}, doc["events"]
