"""Reading the package's YAML tables with YAML 1.2 booleans.

PyYAML follows YAML 1.1, where `on`, `off`, `yes`, `no`, `y` and `n` are booleans: a lexicon entry
`prep: [off]` would silently become `[False]`. Our tables are word lists, so only `true`/`false` are booleans.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml


# libyaml's parser when PyYAML has it (every PyPI wheel does): the tables load several times faster
_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DuplicateKey(ValueError):
    """A table names the same key twice: YAML would keep the last silently and lose the first."""


class WordsLoader(_Base):
    """SafeLoader whose booleans are only true/false (any case), and that refuses a key given twice in one
    mapping (a lexicon entry written again further down would otherwise replace the first without a word)."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, str) and key in seen:
                raise DuplicateKey(f"key {key!r} given twice (line {key_node.start_mark.line + 1})")
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


WordsLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
WordsLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                  list("tTfF"))


def load_yaml(path: Path | str):
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=WordsLoader)  # noqa: S506 - safe loader subclass


def loads_yaml(text: str):
    return yaml.load(text, Loader=WordsLoader)  # noqa: S506 - safe loader subclass
