"""Hostile workbooks end in a sentence, never in an abort (issue 30, items 1 and 2).

Each file is made here, in a few bytes (tests/helpers/workbooks.py). The refusals run
``licensegui-cli batch --check`` as a real process under a 1.5 GB address-space limit: without
the checks, calamine asks for 549 GB (or 32 GB, or 3 GB) and the process aborts (SIGABRT, a Rust
backtrace) — an exit the test tells from the sentence and exit 2 it wants. Time and peak
memory per file are measured by ``python3 run.py bench --only hostile``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from licensegui.core.batch import sheet_extent
from licensegui.core.batch.dialects import TextFileError
from licensegui.core.batch.input import BatchInputError, read_batch_file
from licensegui.core.batch.workbook_guard import check_workbook
from tests.helpers import workbooks as wb
from tests.helpers.workbooks import FAR, HOSTILE, far

resource = pytest.importorskip("resource")  # POSIX: the address-space limit

def _limited() -> None:
    limit = 1536 * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_workbook_is_refused_with_a_sentence_under_a_memory_limit(
        tmp_path: Path, name: str) -> None:
    make, words = HOSTILE[name]
    path = make(tmp_path / name)
    assert path.stat().st_size < 2_000_000  # each bomb is small: the danger is inside
    result = subprocess.run(
        [sys.executable, "-m", "licensegui.cli", "batch", "--check", str(path)],
        capture_output=True, text=True, timeout=120, check=False, preexec_fn=_limited,
        env={**os.environ, "LICENSEGUI_HOME": str(tmp_path / "home")}, cwd=tmp_path)
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])
    assert result.stderr.startswith(f"licensegui-cli: {name}"), result.stderr[-2000:]
    for word in words:
        assert word in result.stderr, (word, result.stderr)
    assert "Traceback" not in result.stderr and "panicked" not in result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr


@pytest.mark.parametrize("name", ["far-column.xls", "eight-far-sheets.xls"])
def test_a_hostile_xls_is_read_in_a_child_and_ends_in_a_sentence(
        tmp_path: Path, name: str) -> None:
    """BIFF cannot be checked before calamine reads it: an .xls whose cell claims column
    65,535 (137 GB) is read in a child process under a memory limit
    (core/batch/isolated.py); its end is a sentence here, never this process's."""
    path = Path(__file__).resolve().parents[2] / "fixtures" / "sheets" / "hostile" / name
    result = subprocess.run(
        [sys.executable, "-m", "licensegui.cli", "batch", "--check", str(path)],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "LICENSEGUI_HOME": str(tmp_path / "home")}, cwd=tmp_path)
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])
    assert result.stderr.startswith(f"licensegui-cli: {name}"), result.stderr
    assert ("a batch sheet may span at most" in result.stderr
            or "it asked for more memory than a batch may use" in result.stderr), result.stderr
    assert "Traceback" not in result.stderr and "panicked" not in result.stderr


def test_a_legacy_xls_is_still_read(tmp_path: Path) -> None:
    """The child process reads a sound .xls as the parent would (the Spanish sample)."""
    path = Path(__file__).resolve().parents[2] / "fixtures" / "sheets" / "orders_es.xls"
    batch = read_batch_file(path)
    assert batch.kind == "xls" and len(batch.rows) >= 2 and batch.rows[0].license_key


def test_what_the_window_reads_is_refused_the_same_way(tmp_path: Path) -> None:
    """The window reads a workbook through read_batch_file and sheet_names (the sheet
    chooser): both refuse before the reader opens the file."""
    from licensegui.core.batch.input import sheet_names

    path = wb.xlsx(tmp_path / "far.xlsx", far(1048576, "XFD1048576"))
    for read in (lambda: read_batch_file(path), lambda: sheet_names(path)):
        with pytest.raises(BatchInputError, match="XFD1048576"):
            read()


@pytest.mark.parametrize("rows, dimension", [
    # A dimension claim alone allocates nothing: the two rows are read.
    (wb.HEADER + wb.GOOD_ROW, "A1:XFD1048576"),
    # 60 columns (header to BH) and rows to 100,001: 6 M cells, within the limit.
    (wb.HEADER + '<row r="1"><c r="BH1"><v>1</v></c></row>' + wb.GOOD_ROW
     + FAR.format(row=100001, ref="A100001"), None),
    # Cells without references, within the limit (the slow path's honest answer).
    (wb.HEADER.replace(' r="A1"', "").replace(' r="B1"', "").replace(' r="C1"', "")
     + wb.GOOD_ROW, None),
])
def test_a_workbook_within_the_limits_is_read(tmp_path: Path, rows: str,
                                              dimension: str | None) -> None:
    batch = read_batch_file(wb.xlsx(tmp_path / "ok.xlsx", rows, dimension=dimension))
    first = batch.rows[0]
    assert (first.license_key, first.owner_name, first.email) == (
        "KEY-1", "Ann", "ann@example.com")


def test_libreoffices_empty_repeats_are_not_counted(tmp_path: Path) -> None:
    """LibreOffice writes the empty rest of a sheet as repeats to its last row and column;
    they hold nothing, so they neither allocate nor count."""
    rows = (wb.ods_header()[:-len("</table:table-row>")]
            + '<table:table-cell table:number-columns-repeated="16381"/></table:table-row>'
            + "<table:table-row>" + wb.ods_cell("KEY-1") + wb.ods_cell("Ann")
            + wb.ods_cell("ann@example.com") + "</table:table-row>"
            + '<table:table-row table:number-rows-repeated="1048574">'
              '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>')
    batch = read_batch_file(wb.ods(tmp_path / "libreoffice.ods", rows))
    assert [(r.license_key, r.email) for r in batch.rows] == [("KEY-1", "ann@example.com")]


def test_an_xls_sheet_is_checked_by_its_size_once_read() -> None:
    """BIFF holds at most 65,536 × 256 cells (512 MB in calamine, within reach): an .xls
    is checked after the sheet is read, before its cells become Python objects."""
    sheet_extent.check_extent(65_536, 122, "ok.xls")  # 8.0 M cells: allowed
    with pytest.raises(TextFileError, match="65,536 rows × 256 columns.*IV65536"):
        sheet_extent.check_extent(65_536, 256, "far.xls")


def test_a_sheet_of_a_full_size_batch_passes_the_guard(tmp_path: Path) -> None:
    # The markup around each cell makes a batch's sheet larger than its text: 100,000 rows of
    # about 630 characters (a 64 MB CSV) made a 93 MB sheet, which a 64 MB limit refused.
    # 100,000 rows of six inline cells, a 90 MB sheet: within the limits, nothing refused.
    note = "Bemerkung " * 45
    rows = "".join(
        f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>KEY-{r:07d}</t></is></c>'
        f'<c r="B{r}" t="inlineStr"><is><t>Kunde Nummer {r}</t></is></c>'
        f'<c r="C{r}" t="inlineStr"><is><t>k{r}@example.com</t></is></c>'
        f'<c r="D{r}" t="inlineStr"><is><t>Weg {r}, 12345 Stadt</t></is></c>'
        f'<c r="E{r}" t="inlineStr"><is><t>{r}</t></is></c>'
        f'<c r="F{r}" t="inlineStr"><is><t>{note}</t></is></c></row>'
        for r in range(2, 100_002))
    path = wb.xlsx(tmp_path / "full.xlsx", wb.HEADER + rows)
    check_workbook(path, "full.xlsx")  # raises TextFileError when refused
    with zipfile.ZipFile(path) as book:
        assert book.getinfo("xl/worksheets/sheet1.xml").file_size > 80_000_000
