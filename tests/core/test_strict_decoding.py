"""The strict readers on their own: what two parsers could read differently is refused."""

from __future__ import annotations

import binascii

import pytest

from licensegui.core.strict_decoding import as_int, b64decode_strict, same_json, strict_json


def test_strict_json_refuses_duplicates_constants_and_depth() -> None:
    assert strict_json('{"a": 1, "b": [true, null]}') == {"a": 1, "b": [True, None]}
    with pytest.raises(ValueError, match="duplicate member 'a'"):
        strict_json('{"a": 1, "a": 2}')
    with pytest.raises(ValueError, match="NaN is not JSON"):
        strict_json('{"a": NaN}')
    with pytest.raises(ValueError, match="nested more than 32 levels deep"):
        strict_json("[" * 33 + "]" * 33)


def test_as_int_takes_numbers_and_digit_strings_only() -> None:
    assert as_int(800) == 800 and as_int("400") == 400 and as_int("-3") == -3
    assert as_int(True) is None and as_int(1.0) is None and as_int("4e2") is None
    assert as_int("1" * 19) is None  # longer than any real code or timestamp


def test_same_json_tells_types_apart() -> None:
    assert same_json({"a": [1, "x"]}, {"a": [1, "x"]})
    assert not same_json(1, 1.0) and not same_json(1, True) and not same_json(1, "1")
    assert not same_json([1], [1, 2]) and not same_json({"a": 1}, {"b": 1})


def test_b64decode_strict_refuses_what_a_lenient_decoder_skips() -> None:
    assert b64decode_strict("aGk=") == b"hi"
    for bad in ("aGk", "a Gk=", "aGk=\n", "aG!k="):
        with pytest.raises((binascii.Error, ValueError)):
            b64decode_strict(bad)
    with pytest.raises(UnicodeEncodeError):
        b64decode_strict("aGk=é")
