"""The package's YAML tables keep words such as on/off/yes/no as words (YAML 1.2 booleans only)."""

from communique import ontology
from communique.datafile import loads_yaml


def test_only_true_and_false_are_booleans():
    assert loads_yaml("a: [on, off, yes, no, y, n, true, False]") == {
        "a": ["on", "off", "yes", "no", "y", "n", True, False]}


def test_trigger_lexicon_has_no_stray_booleans():
    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                assert not isinstance(k, bool)
                if "event" in x and k in ("prep", "obj", "obj_not", "subj", "target", "addressee"):  # an entry's fields
                    assert all(isinstance(w, str) for w in (v if isinstance(v, list) else [v]) if w is not None), (k, v)
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
    walk(ontology.triggers())
