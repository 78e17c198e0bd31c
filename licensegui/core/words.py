"""Sentences kept in a file (a journal's row, a history's attempt) together with how they
were made, so a window shows them in the user's language when it reads them back — also in
another run, another language, after a restart. The English sentence stays the column that
scripts and exports read; this is the companion column beside it.

A kept form is trusted only while it still says exactly the English sentence beside it: a
file edited by hand, or a sentence changed by an erasure that did not reach its form, shows
the English sentence as it is, never a translation of something else.
"""

from __future__ import annotations

import json
import re
import string
from typing import Any

from licensegui.core.text import Listed, Text, When, english_plural, translate

#: What an erased owner's name, email or mention reads as (core/erasure.py writes it).
ERASED = "[erased]"

#: A kept form longer than this is not read (a journal is a file anyone could have edited).
MAX_KEPT = 16_384
_MAX_DEPTH = 6

# What "[erased]" (a name or email an erasure took out) reads as in a sentence.
ERASED_WORD = translate("Erasure", "[erased]")


def kept_form(value: object) -> str | None:
    """The JSON to keep beside ``value`` (None when it is a plain string: nothing to say
    again)."""
    if not isinstance(value, Text | When | Listed) or (isinstance(value, Text)
                                                        and not value.context):
        return None
    try:
        text = json.dumps(_encode(value, 0), ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError, RecursionError):
        return None
    return text if len(text) <= MAX_KEPT else None


def revived(english: str, kept: str | None) -> str:
    """``english`` as the :class:`Text` it was made as, when ``kept`` says so exactly (every
    sentence in it made again from its own source and arguments gives the English sentence
    kept beside it); else ``english`` itself."""
    if not kept or not english or len(kept) > MAX_KEPT:
        return english
    try:
        value = _decode(json.loads(kept), 0)
    except (ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError):
        return english
    return value if isinstance(value, Text | When | Listed) and str(value) == english \
        else english


# The format specifications our sentences use ("{limit:,}", "{rate:.1f}", "{low:g}"): a kept
# form with any other ("{a:>600000000}", "{a.__class__}") is not a sentence of ours.
_SPEC = re.compile(r"(,|\.\d[fg%]?|g|d)?")


def _source_fits(source: str, args: dict[str, Any]) -> bool:
    """Whether ``source`` only names ``args`` by plain name, with a spec of ours."""
    try:
        fields = list(string.Formatter().parse(source))
    except ValueError:
        return False
    for _literal, name, spec, conversion in fields:
        if name is None:
            continue
        if not name.isidentifier() or name not in args or conversion is not None \
                or not _SPEC.fullmatch(spec or ""):
            return False
    return True


def scrubbed_form(kept: str | None, scrub: Any) -> str | None:
    """``kept`` with ``scrub`` (str → str: an erasure's) applied to every string in it, the
    English sentence and every argument alike, so it still says what the scrubbed English
    sentence says."""
    if not kept:
        return kept
    try:
        return json.dumps(_map_strings(json.loads(kept), scrub), ensure_ascii=False,
                          separators=(",", ":"))
    except (ValueError, TypeError, RecursionError):
        return None


def _encode(value: object, depth: int) -> Any:
    if depth > _MAX_DEPTH:
        return str(value)
    if isinstance(value, When):
        return {"when": str(value), "ts": value.timestamp}
    if isinstance(value, Listed):
        return {"list": [_encode(item, depth + 1) for item in value.items],
                "sep": value.separator}
    if isinstance(value, Text) and value.context:
        return {"text": str(value), "c": value.context, "s": value.source, "n": value.n,
                "a": {str(k): _encode(v, depth + 1) for k, v in value.args.items()}}
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return value
    return str(value)


def _decode(data: Any, depth: int) -> Any:
    if depth > _MAX_DEPTH:
        raise ValueError("nested too deep")
    if isinstance(data, str):
        return ERASED_WORD if data == ERASED else data
    if isinstance(data, int | float) and not isinstance(data, bool):
        return data
    if not isinstance(data, dict):
        raise TypeError("not a kept form")
    if "when" in data:
        return When(str(data["when"]), float(data["ts"]))
    if "list" in data:
        return Listed([_decode(item, depth + 1) for item in data["list"]], str(data["sep"]))
    args = {str(k): _decode(v, depth + 1) for k, v in dict(data["a"]).items()}
    text, source, n = str(data["text"]), str(data["s"]), int(data["n"])
    # Its own source, with its own arguments, must make its English sentence: the window
    # says the translation of that source, so no other may stand in for it.
    if not _source_fits(source, args) or english_plural(source, n).format(**args) != text:
        raise ValueError("a kept form that does not make its own sentence")
    return Text(text, str(data["c"]), source, n, args)


def _map_strings(data: Any, change: Any) -> Any:
    if isinstance(data, str):
        return change(data)
    if isinstance(data, list):
        return [_map_strings(item, change) for item in data]
    if isinstance(data, dict):
        # The keys (field names, argument names) are ours, never an owner's words.
        return {k: (v if k in ("c", "s", "sep") else _map_strings(v, change))
                for k, v in data.items()}
    return data


__all__ = ["ERASED", "ERASED_WORD", "kept_form", "revived", "scrubbed_form"]
