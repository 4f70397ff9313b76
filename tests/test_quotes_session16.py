"""Session 16 (quotes16): a body named by its own word or by "the group", and a subject's relative clause, as
speakers. Texts written for this project."""
from communique.pipeline import builder
from communique.pipeline.serialize import to_json


def _quotes(nlp, text):
    out = to_json(nlp(builder.make_doc(nlp, {"id": "t", "text": text, "published": "2025-05-01"})))
    return {q["text"].strip(".,"): q["speaker"] for q in out["quotes"]}


TEXT = ("GOMA - Fighting resumed between the army and the PRF rebels on Monday. The PRF, which took control of "
        "Walikale and Masisi early last year, said in a statement that it had acted \"in self-defence\" after drones "
        "struck. Last week the group accused the government of \"lying\" about the talks.")


def test_the_body_not_the_place_of_its_relative_clause_speaks(nlp):
    assert _quotes(nlp, TEXT)["in self-defence"]["name"] == "PRF rebels"


def test_the_group_is_the_non_state_body_named_before(nlp):
    assert _quotes(nlp, TEXT)["lying"]["name"] == "PRF rebels"


def test_a_word_dismissed_as_is_the_dismissers(nlp):
    text = ("Moscow was quick to respond. Kremlin spokesman Ivan Petrov dismissed the new listings as "
            "\"illegitimate\" and said the country would cope.")
    assert _quotes(nlp, text)["illegitimate"]["name"] == "Ivan Petrov"
