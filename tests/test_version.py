"""The version is read where it is written: our pyproject.toml beside the package (a source
tree, the bundle), else the installed package's metadata, never another project's file."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from licensegui import _version


def test_our_pyproject_beside_the_package_gives_the_number(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "licensegui"\nversion = "9.8.7"\n', encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert _version._resolve() == "9.8.7"


def test_another_projects_pyproject_is_not_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A wheel installed into site-packages may sit beside some other project's file.
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "someone-else"\nversion = "6.6.6"\n', encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert _version._from_pyproject() is None
    assert _version._resolve() != "6.6.6"
