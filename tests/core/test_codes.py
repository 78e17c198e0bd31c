"""The vocabulary of codes: the exact strings scripts read, and one table of their words."""

from __future__ import annotations

import json

from licensegui.core.codes import (
    NO_ANSWER_REASONS,
    NOT_SIGNED_REASONS,
    REASON_WORDS,
    STATUSES,
    Ending,
    Outcome,
    Reason,
    RowState,
    RowStatus,
    reason_words,
)
from licensegui.core.text import Text


def test_codes_are_the_strings_files_and_scripts_already_use() -> None:
    assert STATUSES == ("assigned", "refused", "not_verified", "invalid", "duplicate",
                        "not_sent")
    # Issue 21 added "blank" (a blank input row kept in its place); the others are unchanged.
    assert [s.value for s in RowState] == ["pending", "invalid", "duplicate", "sent", "done",
                                           "blank"]
    # Issue 26 added "access_denied" (150 ends a batch); the others are unchanged.
    assert [e.value for e in Ending] == ["finished", "stopped", "network", "api_key_refused",
                                         "insecure_url", "journal_error", "server_setup",
                                         "access_denied"]
    # Issue 26: one outcome vocabulary (OutcomeKind retired; the CLI keeps its names as
    # "kind"), with access_denied (150) and queued (807).
    assert [o.value for o in Outcome] == [
        "assigned", "already_assigned", "assigned_elsewhere", "refused", "api_key_refused",
        "access_denied", "queued", "server_error", "not_authentic", "unknown", "cancelled",
        "not_sent"]
    assert Reason.STALE == "stale_or_replayed" and Reason.EMPTY == "empty_body"
    assert {"empty_body", "not_json", "malformed_envelope"} == NOT_SIGNED_REASONS
    assert {"cancelled", "network_error", "insecure_url", "server_setup"} == NO_ANSWER_REASONS


def test_a_code_is_written_as_its_plain_string() -> None:
    record = {RowStatus.NOT_SENT: 1, "reason": Reason.NETWORK_ERROR}
    assert json.dumps(record) == '{"not_sent": 1, "reason": "network_error"}'
    assert f"{RowStatus.NOT_VERIFIED}" == "not_verified"


def test_every_reason_with_words_is_a_reason_and_its_words_are_translatable() -> None:
    assert all(isinstance(reason, Reason) for reason in REASON_WORDS)
    assert all(isinstance(words, Text) and words.context for words in REASON_WORDS.values())
    assert reason_words("key_missing", "rsa") == "no rsa key configured"
    assert reason_words("key_missing", None) == "no signing key configured"
    assert reason_words("cancelled") == "Cancelled before an answer."
    assert reason_words("some_new_reason") == "some new reason"
