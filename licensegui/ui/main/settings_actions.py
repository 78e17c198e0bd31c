"""Settings from the main window: the dialog, applying what it returns, API key changes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from licensegui.core.secrets import KeyChange, apply_changes
from licensegui.ui.i18n import localize, translate
from licensegui.ui.plain import inform, warn
from licensegui.ui.tasks import Task, Tasks

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from licensegui.core.session import AppSession
    from licensegui.ui.settings_dialog import SettingsDialog


class SettingsActions(QObject):
    """Opens Settings (not while a request runs), applies its result to the session, and
    makes API key changes on a tracked task (quitting waits for a keyring write)."""

    def __init__(self, window: QMainWindow, session: AppSession, tasks: Tasks,
                 busy: Callable[[], bool], profiles_changed: Callable[[], None],
                 key_changed: Callable[[], None]) -> None:
        super().__init__(window)
        self.window, self.session, self.tasks = window, session, tasks
        self._busy, self._profiles_changed, self._key_changed = busy, profiles_changed, (
            key_changed)

    def open(self, first_run: bool = False) -> bool:
        if self._busy():
            inform(self.window, translate("MainWindow", "Busy"),
                   translate("MainWindow", "Wait for the request to finish first."))
            return False
        # Imported when first opened: the dialog is not needed to show the window.
        from licensegui.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.session.settings, self.session.secrets, self.window,
                                first_run=first_run, erase=self.session.erase_owner)
        if not dialog.exec():  # rejected
            self._key_changed()
            return False
        self.apply(dialog)
        return True

    def apply(self, dialog: SettingsDialog) -> None:
        session = self.session
        old_timeout = session.settings.timeout_s
        session.settings = dialog.result_settings
        if session.settings.timeout_s != old_timeout:
            session.reset_client()
        self.save()
        self._profiles_changed()
        if session.settings.history_keep_days:
            # A write: on a tracked worker, not a background reader.
            self.tasks.start(Task(lambda _token: session.prune_history()))
        if dialog.changes:
            self.apply_key_changes(dialog.changes)

    def apply_key_changes(self, changes: list[KeyChange]) -> None:
        """On a tracked worker (quitting waits for it): a keyring write may prompt."""
        secrets, window = self.session.secrets, self.window
        task = Task(lambda _token: apply_changes(secrets, changes))

        def done(problems: list[str]) -> None:
            self._key_changed()
            if problems:
                warn(window, translate("MainWindow", "API key"),
                     translate("MainWindow", "Not every API key change was made:") + "\n"
                     + "\n".join(localize(problem) for problem in problems))

        task.succeeded.connect(done)
        task.failed.connect(lambda message: warn(window, translate("MainWindow", "API key"),
                                                 localize(message)))
        self.tasks.start(task)

    def save(self, *, quitting: bool = False) -> None:
        """Save the settings; a failure is said in a dialog — except while quitting, when a
        modal dialog would keep the app from ending (a logout, SIGTERM): then it is logged."""
        try:
            self.session.save_settings()
        except Exception as exc:
            if quitting:
                log.warning("settings could not be saved at quit: %s", exc)
                return
            warn(self.window, translate("MainWindow", "Settings"), localize(exc))
