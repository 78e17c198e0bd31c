"""At start-up: offering to resume a batch that was stopped before it finished."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from licensegui.core.codes import RowStatus
from licensegui.ui.i18n import local_time, number, translate
from licensegui.ui.plain import ask


def ask_to_resume(parent: QWidget, found: list[Any]) -> Path | None:
    """Ask about the latest of ``found`` (unfinished journals, newest first); the journal to
    open when the user says yes."""
    latest = found[0]
    meta, left = latest.meta, latest.counts.get(RowStatus.NOT_SENT, 0)
    when = local_time(meta.created_at, seconds=False)
    more = translate("MainWindow", " (%n more unfinished)", None,
                     len(found) - 1) if len(found) > 1 else ""
    if ask(parent, translate("MainWindow", "Unfinished batch"),
           translate("MainWindow",
                     "The batch “{input_name}” started {when} against {base_url} was stopped "
                     "before it finished: {left} rows are not done{more}. Open it to "
                     "resume? Rows already sent are re-sent with the same keys, so nothing is "
                     "assigned twice.").format(input_name=meta.input_name, when=when,
                                               base_url=meta.base_url,
                                               left=number(left), more=more),
           translate("MainWindow", "Open the batch"), translate("MainWindow", "Not now")):
        return Path(latest.path)
    return None
