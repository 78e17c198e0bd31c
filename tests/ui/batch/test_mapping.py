"""Issue 21.2 in the batch window: columns the names do not give away are chosen in the
preview (and remembered for files with the same headers), "Columns…" changes them any time,
a workbook of several sheets asks which one, and rows carry the spreadsheet's numbers."""

from __future__ import annotations

from pathlib import Path

import xlsxwriter
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from licensegui.core.batch.headers import header_signature
from licensegui.core.session import AppSession
from licensegui.sandbox import SandboxServer
from licensegui.ui.batch.mapping import MappingDialog
from licensegui.ui.main.window import MainWindow
from tests.helpers.qt import answer_boxes, loaded, statuses, when_modal_shown

HEADER = ["Bestellung", "Schlüssel-Nr", "Kunde", "Postfach"]


def _odd_file(path: Path, keys: list[str]) -> Path:
    lines = [";".join(HEADER)] + [f"{i};{k};Kunde {i};k{i}@example.com"
                                  for i, k in enumerate(keys)]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def test_unknown_columns_are_chosen_in_the_preview_and_remembered(
        qtbot: QtBot, window: MainWindow, ctx: AppSession, sandbox: SandboxServer,
        tmp_path: Path) -> None:
    keys = sandbox.state.available_keys()[:3]
    shown: list[str] = []

    def choose(dialog: MappingDialog) -> None:
        shown.append(dialog.findChild(type(dialog.error)).text())
        dialog.choose("license_key", "Schlüssel-Nr")
        dialog.choose("owner_name", "Kunde")
        dialog.choose("email", "Postfach")
        dialog.accept()

    poll = when_modal_shown(MappingDialog, choose)  # type: ignore[arg-type]
    boxes, warnings = answer_boxes(lambda box: box.accept())
    try:
        batch = loaded(qtbot, window, _odd_file(tmp_path / "a.csv", keys))
    finally:
        poll.stop()
        boxes.stop()
    assert shown and warnings == []  # asked, not refused
    assert "license key ← “Schlüssel-Nr”" in batch.columns_label.text()
    assert statuses(batch) == ["not_sent"] * 3
    assert [r.n for r in batch.model.rows] == [2, 3, 4]  # the spreadsheet's row numbers
    assert batch.model.data(batch.model.index(0, 0)) == "2"
    assert ctx.settings.column_mappings[header_signature(HEADER)] == {
        "license_key": "Schlüssel-Nr", "owner_name": "Kunde", "email": "Postfach"}
    assert AppSession.load().settings.column_mappings == ctx.settings.column_mappings

    # Another file with the same headers: read the same way, without asking.
    asked = when_modal_shown(MappingDialog, lambda d: (shown.append("again"), d.reject()))
    try:
        # Its preview came: the question, had it been asked, comes before it (a file whose
        # columns are not known is refused, then asked about, and never previewed unasked).
        other = loaded(qtbot, window, _odd_file(tmp_path / "b.csv", keys[:2]))
    finally:
        asked.stop()
    assert "again" not in shown and statuses(other) == ["not_sent"] * 2
    other.start_button.click()
    qtbot.waitUntil(lambda: other.stage == "ended", timeout=20_000)
    assert statuses(other) == ["assigned"] * 2
    assert sandbox.state.assignment(keys[0]) == ("Kunde 0", "k0@example.com")


def test_columns_button_changes_which_column_is_which(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path) -> None:
    keys = sandbox.state.available_keys()[:2]
    path = tmp_path / "two.csv"
    path.write_text("License Key;Owner;Email;Billing email\r\n"
                    + "".join(f"{k};O {i};o{i}@example.com;b{i}@example.com\r\n"
                              for i, k in enumerate(keys)), encoding="utf-8")
    batch = loaded(qtbot, window, path)
    assert batch.columns_button.isVisible()
    assert batch.model.rows[0].email == "o0@example.com"

    def choose(dialog: MappingDialog) -> None:
        assert dialog.boxes["email"].currentText() == "Email"  # starts from what is used
        dialog.choose("email", "Billing email")
        dialog.accept()

    poll = when_modal_shown(MappingDialog, choose)  # type: ignore[arg-type]
    try:
        batch.columns_button.click()
        qtbot.waitUntil(lambda: batch.stage == "preview" and bool(batch.model.rows)
                        and batch.model.rows[0].email == "b0@example.com", timeout=10_000)
    finally:
        poll.stop()
    assert "email ← “Billing email”" in batch.columns_label.text()


def test_a_workbook_of_several_sheets_asks_which_one(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path) -> None:
    keys = sandbox.state.available_keys()[:2]
    path = tmp_path / "orders.xlsx"
    book = xlsxwriter.Workbook(str(path))
    notes = book.add_worksheet("Notes")
    notes.write_string(0, 0, "not the orders")
    orders = book.add_worksheet("Orders")
    for c, title in enumerate(["License Key", "Owner", "Email"]):
        orders.write_string(0, c, title)
    for r, key in enumerate(keys, start=1):
        for c, value in enumerate([key, f"Owner {r}", f"o{r}@example.com"]):
            orders.write_string(r, c, value)
    book.close()
    offered: list[list[str]] = []

    def pick(dialog: QInputDialog) -> None:
        offered.append([dialog.comboBoxItems()[i] for i in range(len(dialog.comboBoxItems()))])
        dialog.setTextValue("Orders")
        dialog.accept()

    poll = when_modal_shown(QInputDialog, pick)  # type: ignore[arg-type]
    try:
        batch = loaded(qtbot, window, path)
    finally:
        poll.stop()
    assert offered == [["Notes", "Orders"]]
    assert statuses(batch) == ["not_sent"] * 2
    assert batch.model.rows[0].license_key == keys[0] and batch.model.rows[0].n == 2
