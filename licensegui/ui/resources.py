"""Find bundled resources from a source checkout and from a frozen (PyInstaller) app alike."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon, QPalette

#: Reds with enough contrast on a light and on a dark window background.
ERROR_RED = {False: "#b3261e", True: "#ff8a80"}


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(name: str) -> Path:
    return resources_dir() / name


@cache
def icon(name: str) -> QIcon:
    """An SVG icon from resources/icons (crisp at any DPI)."""
    return QIcon(str(resource_path(f"icons/{name}.svg")))


def is_dark(palette: QPalette) -> bool:
    """True when the window background is dark (the OS's dark mode, or a dark theme)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def error_red(palette: QPalette) -> str:
    return ERROR_RED[is_dark(palette)]


def stylesheet(palette: QPalette) -> str:
    try:
        text = resource_path("style.qss").read_text(encoding="utf-8")
    except OSError:
        return ""  # unstyled beats not starting
    return text.replace("@error", error_red(palette))
