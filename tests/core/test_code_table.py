"""The code table (core/code_table.py) is what every reader of a code says: the single
assignment (service), History's outcome column, a batch row's outcome, the outcome line and
the headline's tone — one parametrised check over every documented code (issue 26). The
CLI's exits and a batch's stop are checked in tests/cli/test_code_table.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from licensegui.core.code_table import ASSIGNED_CODES, OTHER, TABLE, meaning_of
from licensegui.core.codes import Outcome, RowStatus
from licensegui.core.headline import (
    POSITIVE_TONES,
    headline,
    next_step,
    outcome_of_answer,
    outcome_of_row,
)
from licensegui.core.history import HistoryStore
from licensegui.core.http.client import ApiClient, ClientConfig
from licensegui.core.outcome import describe
from licensegui.core.service import AssignTarget, run_attempt
from licensegui.core.trust import TrustStore
from licensegui.core.validation import AssignRequest
from licensegui.sandbox import SandboxServer
from tests.cli.test_code_table import EXPECTED, OTHER_CODE


@pytest.mark.parametrize("code", [*sorted(EXPECTED), OTHER_CODE])
def test_every_reader_of_a_code_agrees_with_the_table(
        tmp_path: Path, sandbox: SandboxServer, sandbox_trust: TrustStore, code: int) -> None:
    expected = EXPECTED[code].outcome if code in EXPECTED else Outcome.REFUSED
    assert meaning_of(code).outcome == expected
    history = HistoryStore(tmp_path / "h.sqlite3")
    client = ApiClient(config=ClientConfig(max_attempts=1))
    try:
        report = run_attempt(client, AssignTarget(
            sandbox.base_url, sandbox.state.api_key(),
            AssignRequest(f"CODE-{code}", "Table Test", "table@example.com")),
            sandbox_trust, replay_window_s=300, history=history)
        (recorded,) = history.query()
    finally:
        client.close()
        history.close_all()
    verdict = report.result.verdict if report.result else None
    assert verdict is not None and verdict.verified and verdict.code == code
    assert report.outcome == expected  # the single assignment
    assert report.result.assigned == (expected == Outcome.ASSIGNED)  # type: ignore[union-attr]
    # History's outcome column, from the recorded row.
    assert outcome_of_answer(recorded.verified, recorded.code, recorded.reason,
                             recorded.http_status) == expected
    # The outcome line names the same outcome; only an assignment reads as a success.
    assert describe(verdict, report.result.http.status).outcome == expected  # type: ignore[union-attr]
    assert (headline(expected).tone in POSITIVE_TONES) == (code in ASSIGNED_CODES)
    if expected != Outcome.ASSIGNED:
        assert str(next_step(expected, code).words)  # every other outcome says what to do


@pytest.mark.parametrize("code", sorted(TABLE))
def test_a_refused_batch_row_reads_as_its_code(code: int) -> None:
    """A batch row the runner left as refused keeps the cause the code names: the API key's
    or this computer's, never the license key's."""
    meaning = meaning_of(code)
    outcome = outcome_of_row(RowStatus.REFUSED, "verified", code)
    assert outcome == (meaning.outcome if meaning.ends_batch else Outcome.REFUSED)


def test_an_unknown_code_is_a_refusal_that_goes_on() -> None:
    assert meaning_of(OTHER_CODE) is OTHER and meaning_of(None) is OTHER
    assert not OTHER.ends_batch and OTHER.outcome == Outcome.REFUSED
