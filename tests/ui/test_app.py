"""Start-up plumbing: the uncaught-exception dialog and the log."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from licensegui.ui import app as app_module
from tests.helpers.logfail import LogFailHandler
from tests.helpers.qt import when_modal_shown


@pytest.fixture
def restore_hooks() -> Iterator[None]:
    """Put back the hooks and log handlers the app installs process-wide."""
    import logging

    from PySide6.QtCore import qInstallMessageHandler

    saved = sys.excepthook, threading.excepthook
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    sys.excepthook, threading.excepthook = saved
    qInstallMessageHandler(None)
    for handler in set(root.handlers) - set(handlers):
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def test_uncaught_exception_shows_a_dialog_and_is_logged(
    qtbot: QtBot, isolated_home: Path, restore_hooks: None,
    expected_logs: LogFailHandler,
) -> None:
    expected_logs.allow("licensegui", r"uncaught exception", level=logging.CRITICAL)
    app_module.setup_logging()
    app_module.install_error_dialog()
    seen: dict[str, str] = {}

    def read_and_close(box: QMessageBox) -> None:
        seen["title"], seen["text"] = box.windowTitle(), box.text()
        seen["details"] = box.detailedText()
        box.accept()

    poll = when_modal_shown(QMessageBox, read_and_close)  # type: ignore[arg-type]
    try:
        raise ValueError("boom in a slot")
    except ValueError:
        sys.excepthook(*sys.exc_info())  # what Python does with an uncaught exception
    poll.stop()
    assert seen["title"] == "licensegui — unexpected error"
    assert "ValueError: boom in a slot" in seen["text"] and "keep running" in seen["text"]
    assert "Traceback" in seen["details"]
    log = (isolated_home / "logs" / "licensegui.log").read_text()
    assert "uncaught exception" in log and "boom in a slot" in log


def test_version_flag_reads_pyproject(capsys: pytest.CaptureFixture[str]) -> None:
    import tomllib

    version = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml")
                           .read_text())["project"]["version"]
    with pytest.raises(SystemExit) as exit_info:
        app_module.parse_args(["licensegui", "--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().err.strip() == f"licensegui {version}"


def test_collection_happens_on_the_gui_thread_only(qtbot: QtBot) -> None:
    import gc

    from PySide6.QtCore import QObject

    from licensegui.ui.gc_guard import collect_now, collect_on_gui_thread

    owner = QObject()
    was_enabled = gc.isenabled()
    gc.enable()  # the test session keeps it off; the app starts with it on
    timer = collect_on_gui_thread(owner)
    try:
        assert not gc.isenabled() and timer.isActive()
        before = gc.get_count()[0]
        junk = [[] for _ in range(gc.get_threshold()[0] + 10)]
        for item in junk:
            item.append(item)  # cycles only a collection frees
        del junk, item
        assert gc.get_count()[0] > before
        collect_now()
        assert gc.get_count()[0] < gc.get_threshold()[0]
    finally:
        timer.stop()
        (gc.enable if was_enabled else gc.disable)()
