"""Writing a file whole or not at all."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

import pytest

from licensegui.core.files import write_atomically


def test_a_file_is_replaced_whole(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    path.write_text("old", encoding="utf-8")
    write_atomically(path, "a,b\r\n1,2\r\n", encoding="utf-8-sig")
    assert path.read_bytes() == b"\xef\xbb\xbfa,b\r\n1,2\r\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    path.write_text("old", encoding="utf-8")

    def half(handle: TextIO) -> None:
        handle.write("half of it")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_atomically(path, half)
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_a_missing_folder_raises_oserror(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_atomically(tmp_path / "missing" / "out.txt", "x")
    assert list(tmp_path.iterdir()) == []
