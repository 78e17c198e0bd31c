"""Every domain error is a LicenseGuiError, so a front shows it as its own sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from licensegui.core.batch.input import BatchInputError
from licensegui.core.errors import JournalError, LicenseGuiError
from licensegui.core.history import HistoryError, HistoryStore
from licensegui.core.text import message_of


@pytest.mark.parametrize("error", [HistoryError, JournalError, BatchInputError])
def test_domain_errors_are_licensegui_errors(error: type[Exception]) -> None:
    assert issubclass(error, LicenseGuiError)


def test_a_history_error_reaches_the_user_as_its_own_sentence(tmp_path: Path) -> None:
    """The worker shows a LicenseGuiError's message as it is (anything else as "Unexpected
    error: …"): a history that cannot be opened says why, not the class name."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(LicenseGuiError) as caught:
        HistoryStore(blocker / "sub" / "history.sqlite3")
    assert isinstance(caught.value, HistoryError)
    sentence = message_of(caught.value)
    assert sentence.startswith("The history folder ") and "cannot be created" in sentence
    assert "HistoryError" not in sentence
