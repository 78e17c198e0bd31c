"""Where open and save dialogs start: the folder the user last chose (this session), else
their Documents folder — never the program's working folder, which in a bundle is the
installation or a system folder (issue 19)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_last_folder: Path | None = None


def default_folder() -> Path:
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember_folder(path: str | Path) -> None:
    """The next dialog starts where this file is (or this folder, if it is one)."""
    global _last_folder  # one per process: the whole app shares "the folder I last used"
    chosen = Path(path)
    _last_folder = chosen if chosen.is_dir() else chosen.parent


def save_file(parent: QWidget | None, title: str, suggested_name: str, filters: str) -> str:
    """A save dialog in :func:`default_folder` with ``suggested_name``; "" when cancelled."""
    start = str(default_folder() / Path(suggested_name).name)
    path, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
    if path:
        remember_folder(path)
    return path


def open_file(parent: QWidget | None, title: str, filters: str) -> str:
    """An open dialog in :func:`default_folder`; "" when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(default_folder()), filters)
    if path:
        remember_folder(path)
    return path
