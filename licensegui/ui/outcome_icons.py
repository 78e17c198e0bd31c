"""Each outcome's symbol drawn by the app's own icons (resources/icons/outcome-*.svg), in any
colour: white on the headline's fill, the tone's text colour in a table. An emoji glyph was an
empty box where the fonts lack it (⛔ with common Linux fonts: issue 28)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QColor, QIcon

# Qt's painting classes are imported when the first icon is drawn: the headline module needs
# ICON_OF before the window's first paint, and PySide6 builds each class on first import.

#: A headline's symbol (core/headline.py keeps the glyph for text outputs) → its icon.
ICON_OF = {"✔": "outcome-check", "✋": "outcome-taken", "✖": "outcome-cross",
           "⚙": "outcome-settings", "…": "outcome-queued", "⚠": "outcome-warning",
           "?": "outcome-unknown", "–": "outcome-dash", "⛔": "outcome-forged"}
_SIDE = 32


@cache
def _tinted(name: str, rgba: int) -> QIcon:
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

    from licensegui.ui.resources import icon

    source = icon(name).pixmap(QSize(_SIDE, _SIDE), 2.0)
    if source.isNull():
        return QIcon()
    tinted = QPixmap(source.size())
    tinted.setDevicePixelRatio(source.devicePixelRatio())
    tinted.fill(Qt.GlobalColor.transparent)
    painter = QPainter(tinted)
    painter.drawPixmap(0, 0, source)
    # Keep the drawing's shape, paint it in the colour (the SVGs are white strokes).
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(tinted.rect(), QColor.fromRgba(rgba))
    painter.end()
    return QIcon(tinted)


def outcome_icon(symbol: str, colour: QColor) -> QIcon:
    """The icon of a headline ``symbol`` in ``colour`` (a null icon for an unknown one)."""
    name = ICON_OF.get(symbol)
    if name is None:
        from PySide6.QtGui import QIcon

        return QIcon()
    return _tinted(name, colour.rgba())


__all__ = ["ICON_OF", "outcome_icon"]
