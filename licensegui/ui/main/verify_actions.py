"""Verifying an answer captured elsewhere: a saved file, pasted text, a drop, a history row."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from licensegui.core.envelope import Verdict, verify_body
from licensegui.core.validation import AssignRequest
from licensegui.ui.i18n import translate
from licensegui.ui.main.details import Shown
from licensegui.ui.plain import ask, inform, warn

if TYPE_CHECKING:
    # Qt types first needed after the window is up (drag and drop): each costs the first
    # paint 1–3 ms to load.
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QMainWindow

    from licensegui.core.history import Attempt as HistoryAttempt
    from licensegui.core.session import AppSession
    from licensegui.core.settings import Profile

MAX_SAVED_BODY = 16 * 1024 * 1024


class VerifyActions(QObject):
    """The verify sources of the main window, each ending in the window's ``show_result``.
    One source at a time: refused while a request runs."""

    def __init__(self, window: QMainWindow, session: AppSession, busy: Callable[[], bool],
                 profile: Callable[[], Profile | None],
                 show_result: Callable[[Shown, bool], None]) -> None:
        super().__init__(window)
        self.window, self.session = window, session
        self._busy, self._profile, self._show_result = busy, profile, show_result

    def saved(self, body: bytes, source: str, profile: Profile | None = None,
              request: AssignRequest | None = None, at: float | None = None) -> Verdict | None:
        """Verify a body captured elsewhere (no freshness) with ``profile``'s keys, by default
        the current profile's. Refused while a request runs: one source at a time."""
        window = self.window
        if self._busy():
            window.statusBar().showMessage(
                translate("MainWindow",
                          "Not checked: {source} would be mixed with the request in progress. "
                          "Wait for it, or cancel it first.").format(source=source), 10_000)
            return None
        profile = profile or self._profile()
        if profile is None:
            inform(window, translate("MainWindow", "No profile"),
                   translate("MainWindow",
                             "Add a profile with the vendor's public key in Settings first."))
            return None
        verdict = verify_body(body, profile.trust_store())
        where = translate("MainWindow", "{source} (checked with “{name}”)").format(
            source=source, name=profile.name)
        self._show_result(Shown(body, verdict, None, where, request, at), False)
        window.statusBar().showMessage(translate("MainWindow",
                                                 "Checked {source}").format(source=source),
                                       10_000)
        return verdict

    def file(self, path: str) -> Verdict | None:
        try:
            with open(path, "rb") as handle:
                body = handle.read(MAX_SAVED_BODY + 1)
        except OSError as exc:
            warn(self.window, translate("MainWindow", "Cannot open"),
                 f"{path}: {exc.strerror or exc}.")  # the OS's own words, in its language
            return None
        if len(body) > MAX_SAVED_BODY:
            warn(self.window, translate("MainWindow", "Too large"),
                 translate("MainWindow", "{path} is too large to be a response.").format(
                     path=path))
            return None
        return self.saved(body, Path(path).name)

    def choose_file(self) -> None:
        # Imported when first opened: the file dialog is not needed to show the window.
        from licensegui.ui.file_dialogs import open_file

        path = open_file(self.window, translate("MainWindow", "Verify a saved response"),
                         translate("MainWindow", "JSON (*.json);;All files (*)"))
        if path:
            self.file(path)

    def paste(self) -> None:
        """Ctrl+Shift+V: a response body on the clipboard is verified at once; the paste box
        only opens when the clipboard holds none (to paste it by hand)."""
        from PySide6.QtGui import QGuiApplication

        from licensegui.core.outcome import looks_like_response

        clipboard = QGuiApplication.clipboard().text()
        # A clipboard bigger than any response is not parsed here (the box says no more).
        if len(clipboard) <= MAX_SAVED_BODY and looks_like_response(clipboard):
            self.saved(clipboard.encode("utf-8"), translate("MainWindow", "Pasted response"))
            return
        # Imported when first opened: the dialog is not needed to show the window.
        from licensegui.ui.paste_dialog import PasteDialog

        dialog = PasteDialog(self.window)
        if dialog.exec():  # accepted
            self.saved(dialog.body(), translate("MainWindow", "Pasted response"))

    @staticmethod
    def drag_enter(event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if (mime.hasUrls() and any(u.isLocalFile() for u in mime.urls())) or mime.hasText():
            event.acceptProposedAction()

    def drop(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        if files:
            self.file(files[0])
        elif mime.hasText():
            self.saved(mime.text().encode("utf-8"), translate("MainWindow", "Dropped text"))
        event.acceptProposedAction()

    def recorded(self, attempt: HistoryAttempt) -> Verdict | None:
        """Re-check a recorded answer with the keys of the profile that received it."""
        profile = self.session.settings.profile(attempt.profile)
        if profile is None:
            current = self._profile()
            if current is None or not ask(
                    self.window, translate("MainWindow", "Profile no longer exists"),
                    translate("MainWindow",
                              "Attempt #{id} was made with the profile “{profile}”, which no "
                              "longer exists. Check it with the keys of "
                              "“{name}”?").format(id=attempt.id, profile=attempt.profile,
                                                  name=current.name),
                    translate("MainWindow", "Check with these keys")):
                return None
            profile = current
        source = translate("MainWindow", "History #{id}").format(id=attempt.id)
        # The row says whom it was for (a saved file does not): the headline repeats it.
        request = AssignRequest(attempt.license_key, attempt.owner_name, attempt.email)
        # Its headline's time is the answer's, not the moment of this check.
        return self.saved(attempt.raw_body or b"", source, profile, request,
                          attempt.received_at or attempt.at)
