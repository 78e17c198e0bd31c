"""The main window's menu bar, and the Help menu's own actions (user guide, diagnostics, log,
about)."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

import licensegui
from licensegui.core import paths
from licensegui.ui.i18n import localize, translate
from licensegui.ui.plain import inform

if TYPE_CHECKING:
    from licensegui.core.secrets import SecretStore
    from licensegui.core.session import AppSession


def build_menus(window: Any) -> list[QAction]:
    """File, Edit, View and Help on ``window`` (the main window), each routed to it; returns
    the actions that must wait while a request runs (they would mix another source in)."""

    def act(menu_text: str, slot: object,
            shortcut: QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(menu_text, window)
        # setShortcuts, not the overloaded setShortcut: resolving that overload builds
        # ~100 Qt enums (~40 ms at start-up); this one takes the platform bindings as is.
        if isinstance(shortcut, str):
            action.setShortcuts([QKeySequence(shortcut)])
        elif shortcut is not None:
            action.setShortcuts(shortcut)
        action.triggered.connect(slot)
        return action

    file_menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
    verify_file = act(translate("MainWindow", "&Verify saved response…"),
                      window.verify.choose_file,
                      QKeySequence.StandardKey.Open)
    verify_pasted = act(translate("MainWindow", "Verify &pasted response…"),
                        window.verify.paste, "Ctrl+Shift+V")
    file_menu.addAction(verify_file)
    file_menu.addAction(verify_pasted)
    file_menu.addAction(act(translate("MainWindow", "&Save response as…"),
                            window.details.save_body,
                            QKeySequence.StandardKey.Save))
    file_menu.addSeparator()
    file_menu.addAction(act(translate("MainWindow", "&Batch assign…"), window.choose_batch_file,
                            "Ctrl+B"))
    file_menu.addSeparator()
    file_menu.addAction(act(translate("MainWindow", "&Quit"), window.close,
                            QKeySequence.StandardKey.Quit))
    edit_menu = window.menuBar().addMenu(translate("MainWindow", "&Edit"))
    settings = act(translate("MainWindow", "&Settings…"), window.open_settings,
                   QKeySequence.StandardKey.Preferences)
    edit_menu.addAction(settings)
    view_menu = window.menuBar().addMenu(translate("MainWindow", "&View"))
    view_menu.addAction(act(translate("MainWindow", "&History"), window.open_history, "Ctrl+H"))
    view_menu.addAction(act(translate("MainWindow", "&Unknown outcomes…"),
                            lambda: window.unknown_offer.look(asked=True)))
    help_menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(act(translate("MainWindow", "&User guide"), lambda: open_guide(window),
                            QKeySequence.StandardKey.HelpContents))
    help_menu.addSeparator()
    diagnostics = act(translate("MainWindow", "&Diagnostics"), window.diagnostics)
    help_menu.addAction(diagnostics)
    help_menu.addAction(act(translate("MainWindow", "Open &log folder"), open_log_folder))
    help_menu.addAction(act(translate("MainWindow", "&About licensegui"),
                            lambda: about(window, window.ctx.secrets)))
    # Disabled while a request runs, rather than refusing after the click.
    return [verify_file, verify_pasted, settings, diagnostics]


def run_diagnostics(window: QMainWindow, busy: bool,
                    window_factory: Callable[[AppSession], Any]) -> None:
    """Help → Diagnostics: the same checks as ``licensegui --self-test``, for support to ask
    for (not while a request runs); the round trip builds its window with ``window_factory``
    (the main window's class: diagnostics does not import the window that opens it)."""
    if busy:
        inform(window, translate("MainWindow", "Busy"),
               translate("MainWindow", "Wait for the request to finish first."))
        return
    # Imported when first used: the checks and their Qt types are not needed to show the window.
    from licensegui.ui.diagnostics import show_report

    show_report(window, window_factory)


def open_guide(window: QMainWindow, anchor: str = "") -> None:
    """Help → User guide (F1): the guide, offline, beside the window."""
    # Imported when first used: the text browser is not needed to show the window.
    from licensegui.ui.user_guide import show_user_guide

    show_user_guide(window, anchor)


def open_log_folder() -> None:
    # Imported when first used: QDesktopServices is not needed to show the window.
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.log_dir())))


def about(window: QMainWindow, secrets: SecretStore) -> None:
    # Imported when first used: the message box is not needed to show the window.
    from PySide6.QtWidgets import QMessageBox

    status = secrets.status()
    QMessageBox.about(
        window, translate("MainWindow", "About licensegui"),
        # Rich text on purpose (a heading); every value in it is escaped.
        f"<h3>licensegui {licensegui.__version__}</h3><p>"
        + html.escape(translate("MainWindow", "Assign license keys on a Key Manager server "
                                "and verify, truthfully, that its answers are authentic."))
        + "</p><p>"
        + html.escape(translate("MainWindow", "Qt {qt} · API key storage: {storage}").format(
            qt=pyside_version, storage=localize(status.backend)))
        + "<br>"
        + html.escape(translate("MainWindow", "Logs: {folder}").format(
            folder=str(paths.log_dir())))
        + "</p>")
