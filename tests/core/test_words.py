"""Sentences kept with how they were made (core/words.py): said again in the user's
language from a file, and never a translation of something the file does not say."""

from __future__ import annotations

import json

import pytest

from licensegui.core.erasure import mentioned_names, without_mentions
from licensegui.core.text import Listed, Text, When, joined, translate
from licensegui.core.words import ERASED_WORD, kept_form, revived, scrubbed_form
from tests.helpers.sentences import SentenceGuard


@pytest.fixture(autouse=True)
def _sentences_of_our_own(known_sentences: SentenceGuard) -> None:
    """These tests keep and revive sentences shaped for the purpose, not the app's."""
    for context, source in (("Outcome", "Already assigned to {owner} ({email})"),
                            ("Outcome", "Already assigned to {owner} ({email}) on {when}"),
                            ("Batch", "Row %n: {what}, on {when}; {also}"),
                            ("BatchInput", "{name} has more than {limit:,} rows")):
        known_sentences.allow(context, source)


def _sentence() -> Text:
    when = When("2026-12-07 10:00:00", 1_796_637_600.0)
    inner = translate("Outcome", "Already assigned to {owner} ({email})").format(
        owner="Zoë Martin", email="zoe@example.com")
    return translate("Batch", "Row %n: {what}, on {when}; {also}", None, 3).format(
        what=inner, when=when, also=joined(["a", translate("Outcome", "empty answer")]))


def test_a_sentence_is_revived_with_everything_it_was_made_of() -> None:
    made = _sentence()
    back = revived(str(made), kept_form(made))
    assert isinstance(back, Text) and back == made
    assert (back.context, back.source, back.n) == (made.context, made.source, made.n)
    what = back.args["what"]
    assert isinstance(what, Text) and what.context == "Outcome"
    assert what.args == {"owner": "Zoë Martin", "email": "zoe@example.com"}
    assert isinstance(back.args["when"], When) and back.args["when"].timestamp == 1_796_637_600
    also = back.args["also"]
    assert isinstance(also, Listed) and also.separator == ", "
    assert isinstance(also.items[1], Text)


def test_plain_strings_keep_nothing() -> None:
    assert kept_form("just English") is None
    assert kept_form(Text("no context")) is None
    assert revived("just English", None) == "just English"


@pytest.mark.parametrize("kept", [
    "not json {", "[]", "42", '{"text": "x"}', '{"list": 3, "sep": ","}',
    json.dumps({"text": "other words", "c": "Batch", "s": "other words", "n": -1, "a": {}}),
    "x" * 20_000,
])
def test_a_form_that_does_not_say_the_english_sentence_is_not_used(kept: str) -> None:
    back = revived("Refused: code 801.", kept)
    assert back == "Refused: code 801." and not isinstance(back, Text)


def test_a_form_nested_too_deep_is_not_used() -> None:
    deep: dict[str, object] = {"text": "x", "c": "C", "s": "x", "n": -1, "a": {}}
    for _ in range(50):
        deep = {"text": "x", "c": "C", "s": "x", "n": -1, "a": {"v": deep}}
    assert not isinstance(revived("x", json.dumps(deep)), Text)


def test_an_erasure_scrubs_the_form_as_it_scrubs_the_sentence() -> None:
    made = _sentence()
    email, names = "zoe@example.com", {"Zoë Martin"}

    def scrub(text: str) -> str:
        return without_mentions(text, email, names)

    kept = scrubbed_form(kept_form(made), scrub)
    assert kept is not None and "Zoë" not in kept and email not in kept
    back = revived(scrub(str(made)), kept)
    assert isinstance(back, Text), "the scrubbed form still says the scrubbed sentence"
    assert back.args["what"].args == {"owner": ERASED_WORD, "email": ERASED_WORD}


def _form(text: str, source: str, args: dict[str, object], context: str = "BatchWindow") -> str:
    return json.dumps({"text": text, "c": context, "s": source, "n": -1, "a": args})


@pytest.mark.parametrize("kept", [
    # The attacker's pass: only the kept form edited, to make the window say another,
    # reassuring sentence (its "text" still the English detail beside it)…
    _form("Not verified: signature does not match.", "Assigned.", {}),
    _form("Not verified: signature does not match.", "Signature verified with the {label} key.",
          {"label": "global"}, "Verifier"),
    # …or to crash or freeze the window when it formats the translation.
    _form("x", "{a.nope}", {"a": "x"}), _form("x", "{a[x]}", {"a": "x"}),
    _form("x" * 10, "{a:>600000000}", {"a": "x"}), _form("x", "{a!r}", {"a": "x"}),
    _form("x", "{0}", {"0": "x"}), _form("x", "{b}", {"a": "x"}),
])
def test_a_form_must_make_its_own_sentence_from_its_own_source(kept: str) -> None:
    english = json.loads(kept)["text"]
    back = revived(english, kept)
    assert back == english and not isinstance(back, Text)


def test_our_own_format_specs_are_kept() -> None:
    made = translate("BatchInput", "{name} has more than {limit:,} rows").format(
        name="big.csv", limit=100_000)
    back = revived(str(made), kept_form(made))
    assert isinstance(back, Text) and back.source == made.source


@pytest.mark.parametrize("name", ["Ludwig van Beethoven", "Dr. med. Anna Maria Weber Schmidt",
                                  "José de la Cruz", "Zoë"])
def test_an_erased_name_goes_whole_even_when_no_row_of_theirs_is_left(name: str) -> None:
    """The attacker's pass: only the capitalised end of a name was erased ("Ludwig van
    [erased]"), in the sentence and in the words kept beside it."""
    email = "zq@example.com"
    made = translate("Outcome", "Already assigned to {owner} ({email}) on {when}").format(
        owner=name, email=email, when="2026-12-07")
    found = mentioned_names(str(made), email)

    def scrub(text: str) -> str:
        return without_mentions(text, email, found)

    assert scrub(str(made)) == "Already assigned to [erased] ([erased]) on 2026-12-07"
    kept = scrubbed_form(kept_form(made), scrub)
    assert kept is not None and name not in kept
    assert not any(word in kept for word in name.split() if len(word) > 3)
