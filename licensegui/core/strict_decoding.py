"""Strict decoding of what a server sends (JSON, base64, integers): whatever two parsers could
read differently is refused, so what is verified and what is shown cannot differ."""

from __future__ import annotations

import binascii
import json
import re
from typing import Any

from licensegui.core.text import translate

_DIGITS = re.compile(r"-?[0-9]{1,18}")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Two "response_base64" members is the classic way to show one thing and verify another:
    # parsers disagree on which wins, so we refuse to pick.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(translate("Verifier", "duplicate member {key!r}").format(key=key))
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    raise ValueError(translate("Verifier", "{name} is not JSON").format(name=name))


#: Real envelopes nest three levels; past this a body is refused before anything recursive
#: (comparison, pretty-printing) could run out of stack on it.
MAX_JSON_DEPTH = 32


def _nested_too_deep(value: Any, limit: int = MAX_JSON_DEPTH) -> bool:
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > limit:
                return True
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return False


def strict_json(text: str) -> Any:
    """Parse JSON, refusing duplicate members, NaN/Infinity and deep nesting (ValueError)."""
    value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_reject_constant)
    if _nested_too_deep(value):
        raise ValueError(translate("Verifier",
                                   "nested more than {MAX_JSON_DEPTH} levels "
                                   "deep").format(MAX_JSON_DEPTH=MAX_JSON_DEPTH))
    return value


def as_int(value: Any) -> int | None:
    """An integer as the server sends it (a number or a string of digits), else None."""
    # The server usually sends integers but has been seen sending "code":"400".
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and _DIGITS.fullmatch(value):
        return int(value)
    return None


def same_json(a: Any, b: Any) -> bool:
    """Structural equality that, unlike ``==``, tells 1 from 1.0 from true and "1"."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same_json(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same_json(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def b64decode_strict(text: str) -> bytes:
    """Base64 as sent, or binascii.Error/ValueError/UnicodeEncodeError: nothing is skipped."""
    # strict_mode: no characters outside the alphabet, no whitespace, padding only at the end.
    return binascii.a2b_base64(text.encode("ascii"), strict_mode=True)
