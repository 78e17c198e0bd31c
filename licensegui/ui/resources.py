"""Find bundled resources from a source checkout and from a frozen (PyInstaller) app alike."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon


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


def stylesheet() -> str:
    try:
        return resource_path("style.qss").read_text(encoding="utf-8")
    except OSError:
        return ""  # unstyled beats not starting
