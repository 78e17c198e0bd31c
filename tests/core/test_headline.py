"""The headline vocabulary: every outcome has words, a tone and an icon; no refusal (or any
other non-success) carries a check mark or the success tone."""

from __future__ import annotations

import pytest

from licensegui.core.codes import Outcome, Reason, RowStatus
from licensegui.core.headline import (
    POSITIVE_TONES,
    Tone,
    headline,
    outcome_of_answer,
    outcome_of_row,
)


@pytest.mark.parametrize("outcome", list(Outcome))
def test_every_outcome_has_a_headline(outcome):
    line = headline(outcome)
    assert line.outcome is outcome and line.words and line.icon
    if line.tone in POSITIVE_TONES:
        assert outcome in (Outcome.ASSIGNED, Outcome.ALREADY_ASSIGNED)
    else:
        assert "✔" not in line.icon and "✓" not in line.icon


def test_only_a_new_assignment_is_a_success():
    assert [o for o in Outcome if headline(o).tone is Tone.SUCCESS] == [Outcome.ASSIGNED]
    assert headline(Outcome.REFUSED).tone is Tone.REFUSED
    assert headline("no such outcome").outcome is Outcome.UNKNOWN


@pytest.mark.parametrize(("args", "expected"), [
    ((True, 800, Reason.VERIFIED, 200), Outcome.ASSIGNED),
    ((True, 801, Reason.VERIFIED, 200), Outcome.REFUSED),
    ((True, 100, Reason.VERIFIED, 200), Outcome.API_KEY_REFUSED),
    ((True, 103, Reason.VERIFIED, 200), Outcome.API_KEY_REFUSED),
    ((False, 800, Reason.SIGNATURE_MISMATCH, 200), Outcome.NOT_AUTHENTIC),
    ((False, None, Reason.NOT_JSON, 502), Outcome.SERVER_ERROR),
    ((False, None, Reason.NETWORK_ERROR, None), Outcome.UNKNOWN),
    ((False, None, Reason.UNKNOWN, None), Outcome.UNKNOWN),
    ((False, None, Reason.CANCELLED, None), Outcome.CANCELLED),
    ((False, None, Reason.INSECURE_URL, None), Outcome.NOT_SENT),
])
def test_a_recorded_answer_reads_as_its_outcome(args, expected):
    assert outcome_of_answer(*args) is expected


@pytest.mark.parametrize(("args", "expected"), [
    ((RowStatus.ASSIGNED, Reason.VERIFIED, 800), Outcome.ASSIGNED),
    ((RowStatus.REFUSED, Reason.VERIFIED, 801), Outcome.REFUSED),
    ((RowStatus.REFUSED, Reason.MAYBE_ASSIGNED_EARLIER, 801), Outcome.REFUSED),
    ((RowStatus.REFUSED, Reason.VERIFIED, 100), Outcome.API_KEY_REFUSED),
    ((RowStatus.NOT_VERIFIED, Reason.SIGNATURE_MISMATCH, 800), Outcome.NOT_AUTHENTIC),
    ((RowStatus.ALREADY_ASSIGNED, None, None), Outcome.ALREADY_ASSIGNED),
    ((RowStatus.ASSIGNED_ELSEWHERE, None, None), Outcome.ASSIGNED_ELSEWHERE),
    ((RowStatus.NOT_SENT, Reason.SERVER_ERROR, None), Outcome.SERVER_ERROR),
    ((RowStatus.NOT_SENT, Reason.API_KEY_REFUSED, None), Outcome.API_KEY_REFUSED),
    ((RowStatus.NOT_SENT, Reason.NETWORK_ERROR, None), Outcome.UNKNOWN),
    ((RowStatus.NOT_SENT, None, None), None),
    ((RowStatus.INVALID, Reason.INVALID_EMAIL, None), None),
    ((RowStatus.DUPLICATE, Reason.DUPLICATE, None), None),
])
def test_a_batch_row_reads_as_its_outcome(args, expected):
    assert outcome_of_row(*args) is expected
