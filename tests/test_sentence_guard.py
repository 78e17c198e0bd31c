"""The test suite's own guard (tests/helpers/sentences.py): a sentence the code makes under a
context or source no catalog holds is caught; the catalogs' own sentences, plain strings and
sentences revived from a file are not."""

from __future__ import annotations

from licensegui.core import words
from licensegui.core.text import Text, translate
from tests.helpers.sentences import SentenceGuard


def test_an_unknown_context_or_source_is_caught_and_a_known_one_is_not() -> None:
    with SentenceGuard() as guard:
        translate("Outcome", "Already assigned")
        translate("Outcome", "{n} s ago").format(n=3)
        Text("plain, no context").format()
        assert guard.unknown == []
        translate("XXOutcomeXX", "Already assigned")
        translate("Outcome", "ALREADY ASSIGNED")
        translate(None, "Already assigned")  # type: ignore[arg-type]
    assert guard.unknown == [("XXOutcomeXX", "Already assigned"),
                             ("Outcome", "ALREADY ASSIGNED"), (None, "Already assigned")]


def test_a_sentence_read_back_from_a_file_is_not_the_codes_mistake() -> None:
    with SentenceGuard() as outside:
        outside.allow("Batch", "Made up for {who}")
        kept = words.kept_form(translate("Batch", "Made up for {who}").format(who="Ann"))
    with SentenceGuard() as guard:
        again = words.revived("Made up for Ann", kept)
    assert isinstance(again, Text) and again.context == "Batch"
    assert guard.unknown == []


def test_the_guard_leaves_text_as_it_found_it() -> None:
    before = Text.__new__
    with SentenceGuard():
        pass
    assert Text.__new__ is before
    assert translate("Outcome", "Already assigned") == "Already assigned"
