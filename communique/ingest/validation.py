"""Limits and field checks on input records: a bad record gets one clear error and harms no other.

Why a module of its own: every reader (JSON Lines, plain text, other formats) must refuse the same
things with the same words, and the limits are documented in one place (README, "Limits").

- `MAX_CHARS` (2,000,000 characters, `--max-chars`): a bigger record is refused, never cut, so no
  text is silently lost.
- `MAX_JSON_DEPTH` (64): a record is a flat object; a line nested deeper is refused (Python's own
  parser would raise RecursionError near 1,000 levels and stop the whole run).
- Text and the string fields must be valid Unicode: a lone surrogate (JSON ``"\\ud800"``) cannot be
  written as UTF-8 to the store or to stdout.
- `id` is a string or an integer; `date`, `url`, `title`, `source` are strings (or null).
"""

from __future__ import annotations

import json

MAX_CHARS = 2_000_000
MAX_JSON_DEPTH = 64
STRING_FIELDS = ("date", "url", "title", "source")


class RecordInvalid(ValueError):
    """A record that breaks a limit or has a field of the wrong type; the message is one line."""


def _type_name(v) -> str:
    return {dict: "an object", list: "an array", bool: "a boolean", float: "a number", int: "an integer",
            str: "a string"}.get(type(v), type(v).__name__)


def check_unicode(value: str, what: str) -> None:
    """Raise RecordInvalid when `value` holds a lone surrogate (it cannot be encoded as UTF-8)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise RecordInvalid(f"{what} holds an unpaired surrogate {value[exc.start]!r} at character {exc.start}: "
                            "not valid Unicode") from None


def check_text(text, max_chars: int | None = MAX_CHARS) -> None:
    if not isinstance(text, str):
        raise RecordInvalid(f"field 'text' must be a string, got {_type_name(text)}")
    if max_chars and len(text) > max_chars:
        raise RecordInvalid(f"record of {len(text):,} characters exceeds the limit of {max_chars:,} (--max-chars); "
                            "nothing of it was processed")
    check_unicode(text, "text")


def check_id(rid) -> str | None:
    """The record id as a string (None when absent); integers are accepted, anything else refused."""
    if rid is None or rid == "":
        return None
    if isinstance(rid, bool) or not isinstance(rid, (str, int)):
        raise RecordInvalid(f"field 'id' must be a string or an integer, got {_type_name(rid)}")
    rid = str(rid)
    check_unicode(rid, "field 'id'")
    return rid


def check_fields(obj: dict) -> None:
    for name in STRING_FIELDS:
        v = obj.get(name)
        if v is None:
            continue
        if not isinstance(v, str):
            raise RecordInvalid(f"field {name!r} must be a string, got {_type_name(v)}")
        check_unicode(v, f"field {name!r}")


def depth(obj) -> int:
    """Nesting depth of parsed JSON (a scalar is 0, a flat object 1), without recursion."""
    deepest, stack = 0, [(obj, 1)]
    while stack:
        node, d = stack.pop()
        if isinstance(node, dict):
            node = node.values()
        elif not isinstance(node, list):
            continue
        deepest = max(deepest, d)
        stack.extend((child, d + 1) for child in node if isinstance(child, (dict, list)))
    return deepest


def load_json_record(line: str, max_depth: int = MAX_JSON_DEPTH):
    """json.loads for one input line, with nesting refused past `max_depth` (RecordInvalid) and malformed
    JSON reported as json.JSONDecodeError."""
    try:
        obj = json.loads(line)
    except RecursionError:
        raise RecordInvalid(f"JSON nested deeper than the limit of {max_depth} levels") from None
    if depth(obj) > max_depth:
        raise RecordInvalid(f"JSON nested deeper than the limit of {max_depth} levels")
    return obj
