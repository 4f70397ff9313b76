"""The statistical event classifier: artefact loads, outputs proper distributions, obvious cases right."""

import json
import math

import pytest

from communique.ontology import CATEGORIES, classifier


@pytest.fixture(scope="module")
def model():
    m = classifier.load()
    if m is None:
        pytest.fail("event_classifier.json missing: run scripts/train_event_classifier.py")
    return m


def test_stemmer_merges_inflections():
    assert classifier.stem("shelled") == classifier.stem("shelling") == classifier.stem("shells")
    assert classifier.stem("imposed") == classifier.stem("impose") == classifier.stem("imposing")
    assert classifier.stem("agreed") == classifier.stem("agree") == classifier.stem("agreeing")
    assert classifier.stem("planned") == classifier.stem("plan")


def test_tokens_mask_names_and_numbers_but_not_sentence_starts():
    toks = classifier.tokens("Rebels raided Mosul. Forty people didn't return in 2024.")
    assert toks == ["rebel", "raid", "<cap>", "forty", "peopl", "did", "not", "return", "in", "<num>"]


def test_artefact_loads_once_with_all_categories(model):
    assert classifier.load() is model
    assert set(model.classes) == set(CATEGORIES)
    assert len(model.coef) == len(model.idf) == len(model.index) > 100
    assert model.meta["cross_validation"] and model.meta["gold_sentences"] > 0


def test_predict_is_a_distribution_and_deterministic(model):
    text = "The foreign ministers of the two countries discussed border security on Monday."
    probs = classifier.predict(text, "discuss")
    assert set(probs) == set(CATEGORIES)
    assert all(0.0 <= p <= 1.0 for p in probs.values())
    assert math.isclose(sum(probs.values()), 1.0, abs_tol=1e-9)
    assert classifier.predict(text, "discuss") == probs


def test_unknown_words_fall_back_to_the_prior(model):
    probs = classifier.predict("zzzq xxyv")
    assert math.isclose(sum(probs.values()), 1.0, abs_tol=1e-9)


@pytest.mark.parametrize("text,verb,expected", [
    ("Troops shelled the town overnight, killing several civilians.", "shell", "ASSAULT"),
    ("The two leaders held talks in the capital on Tuesday.", "hold", "CONSULT"),
    ("Thousands of demonstrators marched through the city to protest against the new law.", "march", "PROTEST"),
    ("The government imposed sanctions on the neighbouring country's banks.", "impose", "SANCTION"),
    ("The president accused the opposition of plotting a coup.", "accuse", "ACCUSE"),
])
def test_obvious_sentences_rank_the_right_category_high(model, text, verb, expected):
    ranked = [cls for cls, _ in classifier.top(classifier.predict(text, verb), 2)]
    assert expected in ranked, (text, classifier.top(classifier.predict(text, verb), 4))


def test_missing_artefact_gives_empty_prediction(tmp_path, monkeypatch):
    monkeypatch.setattr(classifier, "ARTEFACT", tmp_path / "absent.json")
    classifier.load.cache_clear()
    try:
        assert classifier.predict("Troops shelled the town.") == {}
    finally:
        monkeypatch.undo()
        classifier.load.cache_clear()


def test_explicit_path_loads_a_hand_made_model(tmp_path):
    data = {"classes": ["ASSAULT", "CONSULT"], "features": ["shell", "talk"], "idf": [1.0, 1.0],
            "coef": [[2.0, -2.0], [-2.0, 2.0]], "intercept": [0.0, 0.0], "config": {"ngrams": 1}}
    path = tmp_path / "m.json"
    path.write_text(json.dumps(data))
    model = classifier.load(str(path))
    assert model.predict("heavy shelling")["ASSAULT"] > 0.9
    assert model.predict("talks")["CONSULT"] > 0.9
