"""Driving real widgets from tests: filling the form, answering modal dialogs and message
boxes, waiting for the window, loading a batch."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from licensegui.core.session import AppSession
from licensegui.ui.batch.window import BatchWindow, status_of
from licensegui.ui.main.window import MainWindow


def when_modal_shown(kind: type[QDialog], handle: Callable[[QDialog], None],
                     give_up_ms: int = 60_000) -> QTimer:
    """Call ``handle(dialog)`` for the first modal ``kind`` shown; the caller must keep (and
    stop) the returned timer. ``handle`` should accept or reject the dialog."""
    poll = QTimer(interval=20)

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            poll.stop()
            handle(dialog)

    poll.timeout.connect(check)
    poll.start()
    QTimer.singleShot(give_up_ms, poll.stop)  # never spin forever if it never comes
    return poll


def fill(win: MainWindow, key: str, email: str = "owner@example.com") -> None:
    for name, value in (("license_key", key), ("owner_name", "Test User"), ("email", email)):
        win.form.edit(name).setText(value)


def answer_boxes(choose: Callable[[QMessageBox], Any]) -> tuple[QTimer, list[str]]:
    """Answer every message box that shows up with ``choose(box)``; returns the texts seen."""
    seen: list[str] = []
    poll = QTimer(interval=20)

    def check() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            seen.append(box.text())
            choose(box)

    poll.timeout.connect(check)
    poll.start()
    return poll, seen


def click_button(label: str) -> Callable[[QMessageBox], None]:
    def choose(box: QMessageBox) -> None:
        for button in box.buttons():
            if button.text() == label:
                button.click()
                return
        box.reject()  # never leave a modal box up: the test would hang instead of failing
        raise AssertionError(f"no button {label!r} in {[b.text() for b in box.buttons()]}")
    return choose


def wait_idle(qtbot: QtBot, win: MainWindow, timeout: int = 20_000) -> None:
    qtbot.waitUntil(lambda: not win.busy, timeout=timeout)


def orders_file(tmp_path: Path, keys: list[str], extra: str = "") -> Path:
    path = tmp_path / "orders.csv"
    lines = ["Order;License Key;Name;E-mail"]
    lines += [f"{i};{k};\"Zoë; {i}\";z{i}@example.com" for i, k in enumerate(keys)]
    path.write_text("\r\n".join(lines) + "\r\n" + extra, encoding="utf-8-sig")
    return path


def loaded(qtbot: QtBot, window: MainWindow, path: Path) -> BatchWindow:
    batch = window.open_batch()
    qtbot.waitExposed(batch)
    before = batch.batch  # the window may still show an earlier file's preview
    batch.load_file(path)
    qtbot.waitUntil(lambda: batch.stage == "preview" and batch.batch is not before,
                    timeout=10_000)
    return batch


def running_slowly(qtbot: QtBot, window: MainWindow, sandbox: Any, tmp_path: Path,
                   rows: int = 40, delay_s: float = 0.03, assigned: int = 4) -> BatchWindow:
    """``rows`` rows against a sandbox that takes ``delay_s`` an answer, started, and
    ``assigned`` of them assigned: a batch caught in the middle."""
    sandbox.state.ensure_available(rows)
    keys = sandbox.state.available_keys()[:rows]
    sandbox.faults.delay_s = delay_s
    batch = loaded(qtbot, window, orders_file(tmp_path, keys))
    batch.start_button.click()
    qtbot.waitUntil(lambda: statuses(batch).count("assigned") >= assigned, timeout=20_000)
    return batch


def statuses(batch: BatchWindow) -> list[str]:
    return [status_of(r) for r in batch.model.rows]


def shown_window(qtbot: QtBot, session: AppSession) -> MainWindow:
    """The main window over ``session``, shown and exposed (closed with the test)."""
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
