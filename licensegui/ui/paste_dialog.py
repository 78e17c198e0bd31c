"""Paste a response body captured elsewhere (a browser, Postman, a log) to verify it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from licensegui.ui.i18n import translate
from licensegui.ui.plain import PlainLabel


class _BodyEdit(QPlainTextEdit):
    """Return submits (a response body is pasted, not typed); Shift+Return is a new line."""

    def __init__(self, submit: Callable[[], object]) -> None:
        super().__init__()
        self._submit = submit

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt API
        from PySide6.QtCore import Qt

        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self._submit()
            return
        super().keyPressEvent(event)


class PasteDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PasteDialog", "Verify a pasted response"))
        self.resize(640, 420)
        self.text = _BodyEdit(self.accept)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlaceholderText('{"response": …, "response_base64": "…", "signature": "…"}')
        self.text.setAccessibleName(translate("PasteDialog", "Response body"))
        label = PlainLabel(translate("PasteDialog",
                                     "Paste the whole response body, exactly as received "
                                     "(Return verifies it; Shift+Return starts a new line):"))
        label.setBuddy(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("PasteDialog",
                                                                             "&Verify"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def body(self) -> bytes:
        return self.text.toPlainText().encode("utf-8")
