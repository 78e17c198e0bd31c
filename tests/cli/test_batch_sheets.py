"""``licensegui-cli batch`` on the reseller's spreadsheets, as a script runs it (a real
process against the sandbox): German Excel's CSV, a LibreOffice .xlsx, ``--check``,
``--columns``, ``--sheet``, and results that cannot be written."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from licensegui.core.batch.input import read_batch_file
from licensegui.sandbox import SandboxServer
from tests.helpers.cli import cli
from tests.helpers.files import read_only_folder

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sheets"
FORMULA_START = ("=", "+", "-", "@")


def fixture_keys(sandbox: SandboxServer, name: str, sheet: str | None = None) -> list[str]:
    """The fixture's keys, made known to the sandbox (the file was made once, with its own)."""
    keys = [r.license_key for r in read_batch_file(FIXTURES / name, sheet=sheet).rows
            if r.license_key]
    sandbox.state.add_named_keys(keys)
    return keys


def run_batch(sandbox: SandboxServer, env: dict[str, str], path: Path, *extra: str
              ) -> subprocess.CompletedProcess[str]:
    return cli("batch", str(path), "--base-url", sandbox.base_url, "--global-key",
               str(sandbox.public_key_path), *extra, env=env)


def test_german_excel_csv_runs_every_row_assigned_and_results_run_no_formula(
        tmp_path: Path, sandbox: SandboxServer, env_key: dict[str, str]) -> None:
    """The hidden check: ``sep=;``, BOM, CRLF, German headers, a blank line, owners that
    look like formulas -> exit 0, every row assigned; no results cell a spreadsheet would
    run."""
    keys = fixture_keys(sandbox, "german_excel.csv")
    out = tmp_path / "ergebnis.csv"
    result = run_batch(sandbox, env_key, FIXTURES / "german_excel.csv", "--out", str(out),
                       "--json", "--journal", str(tmp_path / "j.sqlite3"))
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["assigned"], summary["blank"], summary["rows"]) == (7, 1, 8)
    assert "note: The first line “sep=;” (Excel's) names the delimiter" in result.stderr
    assert all(sandbox.state.assignment(k) is not None for k in keys)
    assert sandbox.state.assignment("DE-0002") == ("=1+1", "kunde2@example.com")
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:5] == ["Bestellnummer", "Lizenzschlüssel", "Inhaber", "E-Mail",
                           "Bemerkung"]
    # One results row per input row, in order: they sit beside the input.
    assert [r[5] for r in rows[1:]] == ["assigned"] * 3 + ["blank"] + ["assigned"] * 4
    assert [r[2] for r in rows[1:]] == ["Jörg Müller", "'=1+1", "'+SUM(A1)", "", "'@x", "'-2",
                                        "Zoë Ångström", "Åsa Öberg-Straße"]
    for row in rows:
        for cell in row:
            assert not cell.startswith(FORMULA_START), cell
    if shutil.which("soffice"):  # what LibreOffice makes of it, when it is here to ask
        _no_formula_when_opened(out, tmp_path)


def _no_formula_when_opened(results: Path, tmp_path: Path) -> None:
    """LibreOffice opens the results CSV (formulas evaluated) and saves it as .xlsx: the
    workbook holds not one formula cell."""
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--infilter=CSV:59,34,76,1,,0,false,true,false,false,false,"
                    "-1", "--convert-to", "xlsx", "--outdir", str(tmp_path / "lo-out"),
                    str(results)], check=True, capture_output=True, timeout=180)
    opened = tmp_path / "lo-out" / f"{results.stem}.xlsx"
    with zipfile.ZipFile(opened) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml


def test_an_xlsx_made_by_libreoffice_runs_and_writes_results_xlsx(
        tmp_path: Path, sandbox: SandboxServer, env_key: dict[str, str]) -> None:
    keys = fixture_keys(sandbox, "orders_de.xlsx")
    out = tmp_path / "results.xlsx"
    result = run_batch(sandbox, env_key, FIXTURES / "orders_de.xlsx", "--out", str(out),
                       "--journal", str(tmp_path / "j.sqlite3"))
    assert result.returncode == 0, result.stderr
    assert "orders_de.xlsx: 8 rows (sheet “Bestellungen”), 7 to send" in result.stderr
    assert all(sandbox.state.assignment(k) is not None for k in keys)
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    status = rows[0].index("status")
    assert [r[status] for r in rows[1:]] == ["assigned"] * 3 + ["blank"] + ["assigned"] * 4
    assert rows[2][2] == "=1+1" and rows[1][0] == "1001"
    with zipfile.ZipFile(out) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    assert set(re.findall(r' t="(\w+)"', xml)) == {"inlineStr"}
    if shutil.which("soffice"):  # LibreOffice opens it, and shows the owners as typed
        subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                        "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76",
                        "--outdir", str(tmp_path / "lo-out"), str(out)], check=True,
                       capture_output=True, timeout=180)
        shown = (tmp_path / "lo-out" / "results.csv").read_text(encoding="utf-8")
        assert "DE-0002,=1+1,kunde2@example.com" in shown


def test_the_sheet_and_the_columns_are_chosen_on_the_command_line(
        tmp_path: Path, sandbox: SandboxServer, env_key: dict[str, str]) -> None:
    keys = fixture_keys(sandbox, "orders_fr.ods", sheet="Nachbestellung")
    result = run_batch(sandbox, env_key, FIXTURES / "orders_fr.ods", "--sheet",
                       "Nachbestellung", "--json", "--journal", str(tmp_path / "j.sqlite3"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["assigned"] == 2
    assert all(sandbox.state.assignment(k) is not None for k in keys)
    odd = tmp_path / "odd.csv"
    odd.write_text(f"Nr;Code;Kunde;Kontakt\n1;{sandbox.state.add_keys(1)[0]};Ann;"
                   "ann@example.com\n", encoding="utf-8")
    refused = run_batch(sandbox, env_key, odd, "--journal", str(tmp_path / "k.sqlite3"))
    assert refused.returncode == 2
    assert "no column for the license key, email" in refused.stderr
    assert "--columns key=HEADER,owner=HEADER,email=HEADER" in refused.stderr
    mapped = run_batch(sandbox, env_key, odd, "--columns", "key=Code,email=Kontakt",
                       "--journal", str(tmp_path / "k.sqlite3"))
    assert mapped.returncode == 0, mapped.stderr
    bad = run_batch(sandbox, env_key, odd, "--columns", "colour=Farbe")
    assert bad.returncode == 2 and "not a column a batch needs" in bad.stderr


def _tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_check_prints_counts_and_every_problem_sends_nothing_writes_nothing(
        tmp_path: Path) -> None:
    home, work = tmp_path / "home", tmp_path / "work"
    home.mkdir()
    work.mkdir()
    orders = work / "orders.csv"
    orders.write_text("sep=;\r\nLizenzschlüssel;Inhaber;E-Mail\r\n"
                      "KEY-0001;Ann;ann@example.com\r\n"
                      "\r\n"
                      "KEY-0002;Bob;not-an-email\r\n"
                      "KEY-0001;Cy;cy@example.com\r\n", encoding="utf-8-sig")
    before = _tree(work)
    env = {"LICENSEGUI_HOME": str(home)}
    text = subprocess.run([*_cli(), "batch", "--check", str(orders)], capture_output=True,
                          text=True, env={**os.environ, **env}, cwd=work, check=False,
                          stdin=subprocess.DEVNULL)
    assert text.returncode == 1, text.stderr
    assert "orders.csv: 4 rows below the header (semicolon-separated)." in text.stdout
    assert "1 to send, 1 invalid, 1 duplicate, 1 blank." in text.stdout
    assert "row 4: invalid [invalid_email] Email: " in text.stdout
    assert ("row 5: duplicate [duplicate] Same license key as row 2; only that row is sent."
            in text.stdout)
    as_json = cli("batch", "--check", str(orders), "--json", env=env)
    assert as_json.returncode == 1
    report = json.loads(as_json.stdout)
    assert (report["usable"], report["rows"], report["to_send"], report["blank"]) == (
        False, 4, 1, 1)
    assert [(p["row"], p["reason"]) for p in report["problems"]] == [
        (4, "invalid_email"), (5, "duplicate")]
    assert report["columns"]["license_key"] == {"index": 0, "header": "Lizenzschlüssel"}
    # Nothing sent (no server was named), no journal, no history: not one file made.
    assert _tree(home) == [] and _tree(work) == before


def _cli() -> list[str]:
    import sys

    return [sys.executable, "-m", "licensegui.cli"]


def test_check_exit_codes(tmp_path: Path) -> None:
    good = cli("batch", "--check", str(FIXTURES / "orders_es.xls"), "--json")
    assert good.returncode == 0, good.stderr
    assert json.loads(good.stdout)["usable"] is True
    unusable = tmp_path / "u.csv"
    unusable.write_text("Artikel;Menge\n1;2\n", encoding="utf-8")
    refused = cli("batch", "--check", str(unusable), "--json")
    assert refused.returncode == 2
    assert json.loads(refused.stdout)["missing"] == ["license_key", "owner_name", "email"]
    assert "Traceback" not in refused.stderr and "--columns" in refused.stderr
    missing = cli("batch", str(unusable))  # a batch to send still needs its server
    assert missing.returncode == 2
    assert "the following arguments are required: --base-url, --global-key" in missing.stderr


@pytest.mark.parametrize("option", ["--out", "--receipts"])
def test_results_into_a_read_only_folder_exit_2_with_a_sentence_before_sending(
        tmp_path: Path, sandbox: SandboxServer, env_key: dict[str, str], option: str) -> None:
    """Issue 20 item 4: a traceback, then exit 1 "some rows not assigned"."""
    keys = sandbox.state.add_keys(3)
    orders = tmp_path / "orders.csv"
    orders.write_text("license_key,owner_name,email\n" + "".join(
        f"{k},Owner {i},o{i}@example.com\n" for i, k in enumerate(keys)), encoding="utf-8")
    with read_only_folder(tmp_path) as folder:
        result = run_batch(sandbox, env_key, orders, option, str(folder / "results.csv"),
                           "--journal", str(tmp_path / "j.sqlite3"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert re.search(r"Cannot write .*results\.csv: .*\. Nothing was sent\.", result.stderr)
    assert sandbox.seen.requests == 0 and sandbox.state.assignment(keys[0]) is None


def test_the_second_sheet_is_another_batch_with_its_own_journal(
        tmp_path: Path, sandbox: SandboxServer, env_key: dict[str, str]) -> None:
    env = {**env_key, "LICENSEGUI_HOME": str(tmp_path / "home")}
    book = FIXTURES / "orders_es.xls"
    fixture_keys(sandbox, "orders_es.xls")
    second = fixture_keys(sandbox, "orders_es.xls", sheet="Nachbestellung")
    first = run_batch(sandbox, env, book, "--json")
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["assigned"] == 7
    again = run_batch(sandbox, env, book, "--sheet", "Nachbestellung", "--json")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["assigned"] == 2  # sent, not "finished earlier"
    assert all(sandbox.state.assignment(k) is not None for k in second)
