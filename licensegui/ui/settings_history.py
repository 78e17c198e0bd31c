"""Settings → History: how long attempts are kept, and erasing one owner's personal data."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QGroupBox, QInputDialog, QPushButton, QSpinBox

from licensegui.core.settings import IDEMPOTENCY_WINDOW_RANGE, KEEP_DAYS_MAX
from licensegui.core.text import Text
from licensegui.ui.i18n import localize, translate
from licensegui.ui.plain import PlainLabel, ask, inform, warn
from licensegui.ui.tasks import Task, Tasks


class HistoryOptions(QGroupBox):
    """The History group of Settings. Erasing runs on a tracked task: the dialog's close
    waits for it (see :attr:`tasks`)."""

    def __init__(self, keep_days: int,
                 erase: Callable[[str], tuple[int, list[Text]]] | None,
                 idempotency_window_s: int = 24 * 3600) -> None:
        super().__init__(translate("SettingsDialog", "History"))
        # The facade's erase (AppSession.erase_owner: the history and every batch journal,
        # as the CLI's "history erase"); None: there is no history to erase from.
        self._erase = erase
        # Owner names and emails are personal data: keep them no longer than needed.
        self.keep_days = QSpinBox()
        self.keep_days.setRange(0, KEEP_DAYS_MAX)
        self.keep_days.setSpecialValueText(translate("SettingsDialog", "forever"))
        self.keep_days.setSuffix(translate("SettingsDialog", " days"))
        self.keep_days.setValue(keep_days)
        self.erase_button = QPushButton(translate("SettingsDialog", "&Erase an owner…"))
        self.erase_button.clicked.connect(self.erase_owner)
        self.erase_button.setEnabled(erase is not None)
        keep_label = PlainLabel(translate("SettingsDialog", "&Keep attempts for:"))
        keep_label.setBuddy(self.keep_days)
        # How long the server is expected to remember an Idempotency-Key: within it, the same
        # request is sent again with its first key (the ledger, core/ledger.py).
        self.idempotency_hours = QSpinBox()
        low, high = IDEMPOTENCY_WINDOW_RANGE
        self.idempotency_hours.setRange(max(1, round(low / 3600)), int(high // 3600))
        self.idempotency_hours.setSuffix(translate("SettingsDialog", " hours"))
        self.idempotency_hours.setValue(max(1, round(idempotency_window_s / 3600)))
        self.idempotency_hours.setToolTip(translate(
            "SettingsDialog", "How long the server is expected to remember a request's "
            "Idempotency-Key. Within it the same request is sent again with its first key; "
            "after it, a re-send may be answered 801."))
        self._shown_hours = self.idempotency_hours.value()
        self._window_s = idempotency_window_s
        window_label = PlainLabel(translate("SettingsDialog", "Same &request, same key for:"))
        window_label.setBuddy(self.idempotency_hours)
        hist = QFormLayout(self)
        hist.addRow(keep_label, self.keep_days)
        hist.addRow(window_label, self.idempotency_hours)
        hist.addRow("", self.erase_button)
        self.tasks = Tasks()

    def idempotency_window_s(self) -> int:
        """The window in seconds; unchanged (even when not a whole number of hours, as the
        CLI may set it) unless the user changed the field."""
        hours = self.idempotency_hours.value()
        return self._window_s if hours == self._shown_hours else hours * 3600

    def erase_owner(self) -> None:
        """Remove one owner's name and email from every recorded attempt (on a worker)."""
        eraser = self._erase
        if eraser is None:
            return
        dialog = self.window()  # the questions belong to the Settings dialog
        email, ok = QInputDialog.getText(dialog, translate("SettingsDialog", "Erase an owner"),
                                         translate("SettingsDialog",
                                                   "Email of the owner to erase from the history:"))
        email = email.strip()
        if not ok or not email:
            return
        if not ask(dialog, translate("SettingsDialog", "Erase an owner"),
                   translate("SettingsDialog",
                             "Remove the name and email of {email} from every attempt in the "
                             "history? This cannot be undone. (The signed answers stay: they hold "
                             "no personal data.)").format(email=email),
                   translate("SettingsDialog", "Erase")):
            return

        def said(result: tuple[int, list[Text]]) -> None:
            n, sentences = result
            done = translate("SettingsDialog", "Erased {email} from %n attempt(s).", None,
                             n).format(email=email)
            # What could not be erased (a running batch's journal, rows still to send) is
            # said where the user acted, not only logged.
            inform(dialog, translate("SettingsDialog", "Erase an owner"),
                   "\n\n".join([done, *(localize(s) for s in sentences)]))

        task = Task(lambda _token: eraser(email))
        task.succeeded.connect(said)
        task.failed.connect(lambda message: warn(
            dialog, translate("SettingsDialog", "Erase an owner"), localize(message)))
        self.erase_button.setEnabled(False)
        task.finished.connect(lambda: self.erase_button.setEnabled(True))
        self.tasks.start(task)
