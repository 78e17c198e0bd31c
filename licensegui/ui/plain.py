"""Text on screen is plain text: nothing a server or a file supplies is ever read as markup.

QLabel, QMessageBox and tooltips guess "rich text" from the text itself
(``Qt.mightBeRichText``), so a forged message such as ``<font color=green size=7>Assigned``
would render as a large green word under a red badge. Every label and message box of the app
is therefore set to ``Qt.TextFormat.PlainText`` explicitly.

The ``Qt`` enum namespace costs ~30 ms to build on first use, which the window's first paint
must not pay for. Until it is loaded, a :class:`PlainLabel` holding text that cannot be taken
for markup (no tag and no entity, the only triggers of Qt's guess) is left as it is;
:func:`make_plain` then fixes every label of a window once the enum is loaded after the paint.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from licensegui.ui.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

_plain_format: Any = None


def plain_format() -> Any:
    """``Qt.TextFormat.PlainText`` (loads the Qt enum namespace on first call)."""
    global _plain_format
    if _plain_format is None:
        from PySide6.QtCore import Qt

        _plain_format = Qt.TextFormat.PlainText
    return _plain_format


# A tag, or an entity such as "&lt;" — not a mnemonic ampersand like "&Profile:".
_MARKUP_HINT = re.compile(r"<|&#?\w+;")


def _could_be_markup(text: str) -> bool:
    return _MARKUP_HINT.search(text) is not None


class PlainLabel(QLabel):
    """A QLabel that never interprets its text as rich text."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plain = False
        self.setText(text)

    def setText(self, text: str) -> None:  # Qt API
        if not self._plain and (_plain_format is not None or _could_be_markup(text)):
            self.setTextFormat(plain_format())
            self._plain = True
        super().setText(text)
        self._claim_wrapped_height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt API
        super().resizeEvent(event)
        self._claim_wrapped_height()

    def _claim_wrapped_height(self) -> None:
        """A wrapped label asks for the height its lines need at its width. Layouts (and a
        dialog's minimum size) otherwise plan for one line, and a longer translation is cut
        off at the bottom."""
        if not self.wordWrap() or self.width() <= 0:
            return
        needed = self.heightForWidth(self.width()) if self.text() else 0
        if needed >= 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


def make_plain(root: QWidget) -> None:
    """Set every label under ``root`` (itself included) to plain text."""
    fmt = plain_format()
    labels = root.findChildren(QLabel)
    if isinstance(root, QLabel):
        labels.append(root)
    for label in labels:
        if label.textFormat() != fmt:
            label.setTextFormat(fmt)
        if isinstance(label, PlainLabel):
            label._plain = True


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                details: str = "") -> QMessageBox:
    """A message box whose text is plain (it often quotes a server, a file or an error)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(plain_format())
    if details:
        box.setDetailedText(details)  # a QTextEdit set with setPlainText: plain already
    return box


def warn(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, QMessageBox.Icon.Warning, title, text).exec()


def inform(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, QMessageBox.Icon.Information, title, text).exec()


def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str | None = None) -> bool:
    """A yes/no question with plain text and explicit button words; True for ``yes``."""
    box = message_box(parent, QMessageBox.Icon.Question, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.NoButton)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no or translate("MainWindow", "Cancel"),
                              QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def tooltip(text: str) -> str:
    """Tooltips have no plain-text switch: escape the text and mark it as rich text, so Qt
    shows it literally instead of guessing."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"
