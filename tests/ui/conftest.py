"""What the window tests share: a context whose profile points at the test's sandbox, with
its API key in the (in-memory) keyring, and a shown main window over it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from licensegui.core.session import AppSession
from licensegui.sandbox import SandboxServer
from licensegui.ui.main.window import MainWindow
from tests.helpers.app import sandbox_context


@pytest.fixture(autouse=True)
def _no_repeat_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests press Assign again at once on purpose (to see "Already assigned"); a person's
    double Return within a second of the answer is no new request, and
    tests/ui/main/test_window.py::test_a_double_return_right_after_the_answer_sends_nothing
    puts the guard back to prove it."""
    from licensegui.ui.main import assign_controller

    monkeypatch.setattr(assign_controller, "REPEAT_GUARD_S", 0.0)


@pytest.fixture
def ctx(sandbox: SandboxServer) -> Iterator[AppSession]:
    context = sandbox_context(sandbox)
    yield context
    context.close()


@pytest.fixture
def window(qtbot: QtBot, ctx: AppSession) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)  # closed (closeEvent → shutdown) at teardown
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Before pytest-qt closes the test's widgets: a window a failed test left mid-request
    would ask "a request is out" at its close, and the suite would hang on that question."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.busy:
            widget.shutdown()  # cancels the request and waits for it
            QApplication.processEvents()
    return (yield)
