"""Exporting a batch's results and receipts (issue 28, item 1).

From the open journal — or, when the window was closed (which closes the journal) and shown
again with its results, from the journal file those results came from: exporting after a
reopen wrote nothing and said "Exported 0 results". A count of 0 while rows are shown is
never reported as a success.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget

from licensegui.core.batch.journal import Journal
from licensegui.core.errors import JournalError
from licensegui.ui.i18n import localize, number, translate
from licensegui.ui.plain import warn


def write_from(journal: Journal | None, last_path: Path | None, write: str,
               path: Path) -> int:
    """``journal.<write>(path)`` ("write_results", "write_receipts"), reopening the last
    journal for it when the window's was closed. Results say each outcome in the user's
    language too (beside the English columns scripts read). Raises JournalError/OSError."""
    def run(on: Journal) -> int:
        if write == "write_results":
            return on.write_results(path, localize)
        return int(getattr(on, write)(path))

    if journal is not None:
        return run(journal)
    if last_path is None:
        raise JournalError(translate("BatchWindow", "There is nothing to export yet: start a "
                                     "batch, or open one, first."))
    reopened = Journal.open(last_path)
    try:
        return run(reopened)
    finally:
        reopened.close()


def export_and_say(parent: QWidget, write: Callable[[], int], done: str, path: Path,
                   label: QLabel, rows_shown: int) -> bool:
    """Run ``write``; say what it wrote in ``label``, or why not in a message box."""
    try:
        count = write()
    except Exception as exc:  # a journal or disk problem: the user reads why
        warn(parent, translate("BatchWindow", "Not exported"), localize(exc))
        return False
    if count == 0 and rows_shown:
        warn(parent, translate("BatchWindow", "Not exported"),
             translate("BatchWindow", "No row could be written to {path}, though the window "
                       "shows {rows}.").format(path=path, rows=number(rows_shown)))
        return False
    label.setText(done.format(count=number(count), path=path))
    return True


__all__ = ["export_and_say", "write_from"]
