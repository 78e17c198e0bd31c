"""Dialogs start in the folder last used, else Documents — never the working folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from licensegui.ui import file_dialogs


def test_save_starts_in_documents_then_where_the_user_last_saved(qapp, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(file_dialogs, "_last_folder", None)
    seen: list[str] = []
    chosen = tmp_path / "elsewhere" / "out.csv"
    chosen.parent.mkdir()

    def fake_dialog(parent, title, start, filters):
        seen.append(start)
        return str(chosen), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    assert file_dialogs.save_file(None, "Save", "report.csv", "CSV (*.csv)") == str(chosen)
    first = Path(seen[0])
    assert first.name == "report.csv" and first.parent != tmp_path  # not the working folder
    file_dialogs.save_file(None, "Save", "next.csv", "CSV (*.csv)")
    assert Path(seen[1]) == chosen.parent / "next.csv"


def test_a_cancelled_dialog_changes_nothing(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(file_dialogs, "_last_folder", tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: ("", ""))
    assert file_dialogs.open_file(None, "Open", "All (*)") == ""
    assert file_dialogs.default_folder() == tmp_path
