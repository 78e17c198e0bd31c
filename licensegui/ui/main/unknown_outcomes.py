"""What this computer's history knows, in the window: the ledger's words for an outcome, the
start-up list of attempts whose outcome is unknown (each with Check now), and the question
before quitting while a request is out."""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from licensegui.core.code_table import is_taken
from licensegui.core.codes import Outcome
from licensegui.core.outcome import describe_known, no_record_hint
from licensegui.ui.i18n import local_time, localize, translate
from licensegui.ui.plain import PlainLabel, ask, inform, warn
from licensegui.ui.tasks import read_in_background

if TYPE_CHECKING:
    from licensegui.core.ledger import Earlier, Unknown
    from licensegui.core.service import AttemptReport

log = logging.getLogger(__name__)


def ledger_words(report: AttemptReport) -> tuple[str, str] | None:
    """(title, hint) when what this computer knows decides or explains the outcome: an
    ``already_assigned`` or ``assigned_elsewhere`` (held back, or after a verified 801), or an
    801 for a key this computer has no record of; None otherwise."""
    earlier: Earlier | None = report.earlier
    if earlier is not None and earlier.source == "team":
        # A colleague's, from the team ledger: who, from which computer (issue 27).
        said = describe_known(report.outcome, earlier, sent=report.sent)
        if said is not None:
            return said.title, said.hint
    if report.outcome == Outcome.ALREADY_ASSIGNED and earlier is not None:
        title = translate("MainWindow", "Already assigned to this owner on {when} by this "
                          "computer").format(when=local_time(earlier.at, seconds=False))
        if not report.sent:
            return title, translate(
                "MainWindow", "Not sent again: this computer's history holds the server's "
                "signed answer, shown below as the receipt. “Send anyway” sends the same "
                "request again (the same Idempotency-Key while the server remembers it).")
        return title, translate(
            "MainWindow", "The server refused (801) because the key is already assigned — to "
            "this owner, by this computer.")
    if report.outcome == Outcome.ASSIGNED_ELSEWHERE and earlier is not None:
        title = translate("MainWindow",
                          "Already assigned to {owner} ({email}) on {when} by this "
                          "computer").format(owner=earlier.owner_name, email=earlier.email,
                                             when=local_time(earlier.at, seconds=False))
        if not report.sent:
            return title, translate(
                "MainWindow", "Not sent: this computer assigned this key to someone else. "
                "“Send anyway” asks the server regardless (it will most likely refuse: 801).")
        return title, translate(
            "MainWindow", "The server refused (801): this computer assigned the key to "
            "{owner} ({email}) on {when}.").format(
                owner=earlier.owner_name, email=earlier.email,
                when=local_time(earlier.at, seconds=False))
    result = report.result
    if (report.outcome == Outcome.REFUSED and result is not None
            and result.verdict.verified and is_taken(result.verdict.code)):
        return "", localize(no_record_hint(earlier))
    return None


def outcome_word(outcome: str) -> str:
    """A short word for a checked unknown outcome's answer."""
    words = {
        Outcome.ASSIGNED: translate("MainWindow", "Assigned"),
        Outcome.ALREADY_ASSIGNED: translate("MainWindow", "Already assigned"),
        Outcome.ASSIGNED_ELSEWHERE: translate("MainWindow", "Assigned elsewhere"),
        Outcome.REFUSED: translate("MainWindow", "Refused"),
        Outcome.API_KEY_REFUSED: translate("MainWindow", "API key refused"),
        Outcome.SERVER_ERROR: translate("MainWindow", "Server error"),
        Outcome.NOT_AUTHENTIC: translate("MainWindow", "Not authentic"),
        Outcome.CANCELLED: translate("MainWindow", "Cancelled"),
    }
    return words.get(outcome, translate("MainWindow", "Still unknown"))  # type: ignore[call-overload]


def ask_to_quit_mid_request(parent: QWidget) -> bool:
    """At quit while a request is out: True when the user agreed to quit anyway."""
    return ask(parent, translate("MainWindow", "A request is out"),
               translate("MainWindow",
                         "An assignment request is waiting for the server's answer. Quit "
                         "anyway? The server may still assign the key: the attempt is kept as "
                         "an unknown outcome, offered for checking at the next start (with the "
                         "same Idempotency-Key, so nothing is assigned twice)."),
               translate("MainWindow", "Quit anyway"), translate("MainWindow", "Keep waiting"))


class UnknownOutcomesDialog(QDialog):
    """At start-up: every attempt that went out without an answer, each with Check now (sent
    again with its own Idempotency-Key: the answer resolves it). Not modal: the window stays
    usable. Emits ``check(unknown)``; the window answers with :meth:`checking` and
    :meth:`resolved`."""

    check = Signal(object)
    COLUMNS = 6

    def __init__(self, unknowns: list[Unknown], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unknownOutcomes")
        self.setWindowTitle(translate("MainWindow", "Unknown outcomes"))
        self.unknowns = list(unknowns)
        intro = PlainLabel(translate(
            "MainWindow", "%n request(s) went out without an answer (a quit, a lost "
            "connection): the server may have assigned the key. Check now asks the server "
            "again with the same Idempotency-Key, so nothing is assigned twice.", None,
            len(self.unknowns)))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.unknowns), self.COLUMNS)
        self.table.setHorizontalHeaderLabels([
            translate("MainWindow", "Sent"), translate("MainWindow", "License key"),
            translate("MainWindow", "Owner"), translate("MainWindow", "Email"),
            translate("MainWindow", "Outcome"), ""])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.buttons: list[QPushButton] = []
        for row, u in enumerate(self.unknowns):
            for column, text in enumerate((local_time(u.at, seconds=False), u.license_key,
                                           u.owner_name, u.email,
                                           translate("MainWindow", "Unknown"))):
                self.table.setItem(row, column, QTableWidgetItem(text))
            button = QPushButton(translate("MainWindow", "Check now"))
            button.setAccessibleName(translate("MainWindow", "Check now: {license_key}").format(
                license_key=u.license_key))
            button.clicked.connect(lambda _=False, u=u: self.check.emit(u))
            self.table.setCellWidget(row, self.COLUMNS - 1, button)
            self.buttons.append(button)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        if self.buttons:
            # A row as tall as its button and the button's column as wide (a stretched last
            # column shrank below it, and the default row height cut it).
            hint = self.buttons[0].sizeHint()
            self.table.verticalHeader().setDefaultSectionSize(hint.height() + 4)
            header.setMinimumSectionSize(min(header.minimumSectionSize(), 40))
            self.table.setColumnWidth(self.COLUMNS - 1, hint.width() + 8)
            header.setSectionResizeMode(self.COLUMNS - 1, QHeaderView.ResizeMode.Fixed)
            header.setSectionResizeMode(self.COLUMNS - 2, QHeaderView.ResizeMode.Stretch)
            header.setStretchLastSection(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("MainWindow", "Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self._resolved: set[int] = set()
        # Wide enough for every column's contents (an email cut to "kunde575@exa…" cannot
        # be told from another), within the screen.
        self.table.resizeColumnsToContents()
        needed = sum(header.sectionSize(c) for c in range(self.COLUMNS)) + 60
        screen = self.screen().availableGeometry().width() if self.screen() else 1280
        self.resize(max(760, min(needed, int(screen * 0.9))), 300)

    def _row(self, history_id: int) -> int | None:
        return next((i for i, u in enumerate(self.unknowns) if u.history_id == history_id), None)

    def outcome_text(self, history_id: int) -> str:
        row = self._row(history_id)
        item = self.table.item(row, self.COLUMNS - 2) if row is not None else None
        return item.text() if item is not None else ""

    def checking(self, history_id: int) -> None:
        row = self._row(history_id)
        if row is not None:
            self.table.item(row, self.COLUMNS - 2).setText(translate("MainWindow", "Checking…"))

    def resolved(self, history_id: int, outcome: str) -> None:
        """The answer to a check: its word; resolved rows cannot be checked again."""
        row = self._row(history_id)
        if row is None:
            return
        self.table.item(row, self.COLUMNS - 2).setText(outcome_word(outcome))
        if outcome != Outcome.UNKNOWN:
            self._resolved.add(row)
            self.buttons[row].setEnabled(False)

    def settle(self, still_pending: set[int]) -> None:
        """Rows resolved elsewhere (a batch, another window, the CLI, or a check whose
        answer named another row of the chain) are said so, not left "Unknown" or
        "Checking…" (issue 28)."""
        for row, u in enumerate(self.unknowns):
            if row not in self._resolved and u.history_id not in still_pending:
                self.table.item(row, self.COLUMNS - 2).setText(
                    translate("MainWindow", "Answered (see History)"))
                self._resolved.add(row)
                self.buttons[row].setEnabled(False)

    def set_busy(self, busy: bool) -> None:
        """One request at a time: Check now waits while the window sends."""
        for row, button in enumerate(self.buttons):
            button.setEnabled(not busy and row not in self._resolved)


class UnknownOffer:
    """Once the main window is up: the unknown outcomes, read from the shared history on a
    worker, listed in :class:`UnknownOutcomesDialog`; Check now fills the window's form with
    the request and sends it there (its answer shows as any answer does). ``window`` is the
    main window (typed loosely: that module imports this one)."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.dialog: UnknownOutcomesDialog | None = None
        # Attempts are written as "unknown" before they go out: one this window sent since
        # it opened is in flight, not left over from an earlier run.
        self.opened_at = time.time()
        window.assign.checked.connect(self._checked)
        window.assign.busy_changed.connect(self._busy)

    def look(self, asked: bool = False) -> None:
        """List the attempts left without an answer by earlier runs (at start-up); ``asked``
        (View → Unknown outcomes…): every one, this run's too, and say so when there is
        none."""
        session = self.window.ctx
        opened_at = float("inf") if asked else self.opened_at

        def pending() -> list[Unknown]:
            ledger = session.ledger()
            found = ledger.pending() if ledger is not None else []
            return [u for u in found if u.at < opened_at and not self._in_flight(u)]

        read_in_background(pending, lambda found: self._found(found, asked), self.window)

    def _in_flight(self, unknown: Unknown) -> bool:
        """The request this window is sending now (written "unknown" before it went out)."""
        return bool(self.window.busy and self.window.assign.in_flight == unknown.request())

    def _found(self, found: object, asked: bool = False) -> None:
        if isinstance(found, Exception):
            log.warning("could not look for unknown outcomes: %s", found)
            if asked:
                warn(self.window, translate("MainWindow", "Unknown outcomes"), localize(found))
            return
        if isinstance(found, list) and found and self.window.isVisible():
            self.show(found)
        elif asked:
            inform(self.window, translate("MainWindow", "Unknown outcomes"),
                   translate("MainWindow", "Every request this computer sent has a known "
                             "outcome: none is waiting to be checked."))

    def show(self, unknowns: list[Unknown]) -> UnknownOutcomesDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = UnknownOutcomesDialog(unknowns, self.window)
        self.dialog.check.connect(self._check)
        self.dialog.set_busy(self.window.busy)
        self.dialog.show()
        return self.dialog

    def _check(self, unknown: Unknown) -> None:
        window = self.window
        index = window.profile_box.findText(unknown.profile)
        if index >= 0:
            window.profile_box.setCurrentIndex(index)
        for name, value in (("license_key", unknown.license_key),
                            ("owner_name", unknown.owner_name), ("email", unknown.email)):
            window.form.edit(name).setText(value)
        if window.assign.check(unknown) and self.dialog is not None:
            self.dialog.checking(unknown.history_id)

    def _checked(self, history_id: int, outcome: str) -> None:
        if self.dialog is not None:
            self.dialog.resolved(history_id, outcome)

    def _busy(self, busy: bool) -> None:
        if self.dialog is not None:
            self.dialog.set_busy(busy)
            if not busy:
                self.refresh()

    def refresh(self) -> None:
        """Read again which rows are still pending (off the GUI thread) and settle the
        others: after each answer in the window, and when a batch ends."""
        dialog, session = self.dialog, self.window.ctx
        if dialog is None:
            return

        def pending() -> set[int]:
            ledger = session.ledger()
            return {u.history_id for u in ledger.pending()} if ledger is not None else set()

        def settle(found: object) -> None:
            if isinstance(found, set) and self.dialog is dialog:
                dialog.settle(found)

        read_in_background(pending, settle, dialog)
