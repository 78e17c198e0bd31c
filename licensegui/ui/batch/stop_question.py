"""Closing the batch window while a batch runs: "Stop the batch?" (issue 28, item 5).

While the question is open nothing more is sent (the batch is paused: an answer to a question
must not arrive to a different situation), and if the batch ends meanwhile (the last rows in
flight answered), the question closes itself: there is nothing left to stop.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from licensegui.ui.i18n import translate
from licensegui.ui.plain import message_box


def ask_to_stop(window: Any, controller: Any, waiting: int) -> bool:
    """``window``: the batch window (its ``running``); ``controller``: its controller (the
    runner, ``stage_changed``). Typed loosely: the window imports this module."""
    # True when no batch runs (any more) or the user agreed to stop it (resumable).
    runner = controller.runner
    was_paused = runner is not None and runner.paused
    if runner is not None and not was_paused:
        runner.pause()
    box = message_box(window, QMessageBox.Icon.Question,
                      translate("BatchWindow", "A batch is running"),
                      translate("BatchWindow", "%n row(s) not done yet. Stop the batch? Nothing "
                                "is lost: it is offered for resuming at the next start, and "
                                "rows already sent are re-sent with the same keys, so nothing "
                                "is assigned twice.", None, waiting))
    box.setStandardButtons(QMessageBox.StandardButton.NoButton)
    stop = box.addButton(translate("BatchWindow", "Stop the batch"),
                         QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(translate("BatchWindow", "Keep running"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)

    def ended(stage: str) -> None:
        if stage == "ended":
            box.done(0)  # nothing left to stop: the question no longer applies

    controller.stage_changed.connect(ended)
    try:
        box.exec()
    finally:
        controller.stage_changed.disconnect(ended)
    if not window.running:
        return True
    if box.clickedButton() is stop:
        return True
    if controller.runner is not None and not was_paused:
        controller.runner.resume()  # kept running: from where it stood
    return False


__all__ = ["ask_to_stop"]
