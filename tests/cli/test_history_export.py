"""``licensegui-cli history export`` (issue 19): --separator, .xlsx by suffix, ISO times with
their offset, and a damaged history file exported as far as it can be read — through the real
command, on real SQLite files damaged for real."""

from __future__ import annotations

import csv
import io
import random
import re
import sqlite3
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from licensegui.core.history import HistoryStore
from licensegui.sandbox import SandboxServer
from tests.helpers.app import make_attempt
from tests.helpers.cli import assign, cli

ROWS = 300


def _fill(home: Path) -> Path:
    path = home / "data" / "history.sqlite3"
    history = HistoryStore(path)
    for i in range(ROWS):
        history.add(make_attempt(license_key=f"key-{i:04d}", raw_body=b"x" * 600,
                                 owner_name=f"Owner {i}", at=1_796_069_045.0 + i))
    history.close_all()
    return path


def _page_size(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA page_size").fetchone()[0])
    finally:
        conn.close()


def _zero_page_2(path: Path) -> None:
    size = _page_size(path)
    with open(path, "r+b") as handle:
        handle.seek(size)  # page 2: the attempts table's root
        handle.write(b"\0" * size)


def _random_bytes_in_a_leaf(path: Path) -> None:
    conn = sqlite3.connect(path)
    leaf = conn.execute("SELECT pageno FROM dbstat WHERE name = 'attempts' AND pagetype = 'leaf'"
                        " ORDER BY pageno LIMIT 1 OFFSET 10").fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((leaf - 1) * _page_size(path))  # over the page's b-tree header
        handle.write(random.Random(19).randbytes(30))


def _random_bytes_over_the_header(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.write(random.Random(19).randbytes(30))


def _truncate(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.truncate(path.stat().st_size // 2)


@pytest.mark.parametrize("damage", [_zero_page_2, _random_bytes_in_a_leaf, _truncate])
def test_a_damaged_history_exports_what_it_can_and_counts_the_rest(
        isolated_home: Path, tmp_path: Path, damage: object) -> None:
    path = _fill(isolated_home)
    damage(path)  # type: ignore[operator]
    before = path.read_bytes()
    out = tmp_path / "export.csv"
    done = cli("history", "export", "--out", str(out))
    assert "Traceback" not in done.stderr
    assert done.returncode == 1, done.stderr  # not 0: part of the history is missing
    exported = int(re.search(r"Exported (\d+) attempt", done.stdout).group(1))  # type: ignore[union-attr]
    lost = int(re.search(r"(\d+) attempt\(s\) could not be read", done.stderr).group(1))  # type: ignore[union-attr]
    assert "damaged" in done.stderr and str(path) in done.stderr
    assert lost > 0 and exported + lost == ROWS
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert len(rows) == exported + 1
    assert path.read_bytes() == before  # left as it is, for whoever examines it
    assert not list(path.parent.glob("*.damaged-*"))


def test_a_history_that_is_no_database_is_said_not_raised(isolated_home: Path,
                                                         tmp_path: Path) -> None:
    path = _fill(isolated_home)
    _random_bytes_over_the_header(path)
    out = tmp_path / "export.csv"
    done = cli("history", "export", "--out", str(out))
    assert "Traceback" not in done.stderr
    assert done.returncode == 1 and "Exported 0 attempt(s)" in done.stdout
    assert "damaged" in done.stderr and "could not be read" in done.stderr
    assert out.read_text(encoding="utf-8-sig").splitlines()[0].startswith("id,at,")


def test_separator_xlsx_and_iso_times(sandbox: SandboxServer, env_key: dict[str, str],
                                      tmp_path: Path) -> None:
    key = sandbox.state.available_keys()[0]
    assert assign(sandbox, sandbox.base_url, key, env_key).returncode == 0
    out = tmp_path / "export.csv"
    done = cli("history", "export", "--out", str(out), "--separator", "semicolon")
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][:3] == ["id", "at", "profile"] and rows[0][-2:] == ["outcome", "signature"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", rows[1][1]), rows[1][1]
    assert rows[1][-2:] == ["assigned", "verified"]

    book = tmp_path / "export.xlsx"
    done = cli("history", "export", "--out", str(book))
    assert done.returncode == 0 and "Exported 1 attempt(s)" in done.stdout, done.stderr
    sheet = CalamineWorkbook.from_path(str(book)).get_sheet_by_name("History").to_python()
    assert sheet[0][:3] == ["id", "at", "profile"] and sheet[1][4] == key

    bad = cli("history", "export", "--out", str(out), "--separator", "dot")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
