"""Benchmarks of a batch's input and results at scale (numbers, not tests; issue 21).

    python3 run.py bench --only preview

Each figure is one child process: its wall time (spawn to exit, so interpreter start-up and
imports count) and its peak resident memory, as the parent reads it with
``resource.getrusage(RUSAGE_CHILDREN)`` — through a fresh wrapper process per measurement,
so one child's peak never hides behind another's. The files are made here: 100,000 order
rows of about 630 bytes (the issue's 63 MB file), an .xlsx of the same rows, and a million
short rows.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

WRAPPER = """
import resource, subprocess, sys, time
started = time.perf_counter()
code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)
wall = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
print(f"{wall} {peak} {code}")
"""

PREVIEW = """
import sys
from pathlib import Path
from licensegui.core.batch.input import BatchInputError, read_batch_file
try:
    batch = read_batch_file(Path(sys.argv[1]))
    print(len(batch.rows), file=sys.stderr)
except BatchInputError as exc:
    print(exc, file=sys.stderr)
"""

OPENPYXL = """
import sys
from openpyxl import load_workbook
book = load_workbook(sys.argv[1], read_only=True, data_only=True)
rows = 0
for row in book.worksheets[0].iter_rows(values_only=True):
    cells = ["" if v is None else str(v) for v in row]
    rows += 1
print(rows, file=sys.stderr)
"""

RESULTS = """
import sys
from pathlib import Path
from licensegui.core.batch.export import write_results
from licensegui.core.batch.input import read_batch_file
from licensegui.core.batch.records import BatchMeta, JournalRow
batch = read_batch_file(Path(sys.argv[1]))
meta = BatchMeta("b", "http://x", "p", batch.name, batch.sha256, batch.delimiter,
                 batch.header, 0.0, None)
rows = [JournalRow(r.number, r.line, r.fields, r.license_key, r.owner_name, r.email, "done",
                   "assigned", "verified", "Assigned.", "0b7e4c1c-2f7a-4b8e-9d51-3f0c2a1b9e77",
                   1.0, 1, 200, 800, "License key assigned", True, 1_800_000_000, None, 2.0)
        for r in batch.rows]
del batch
write_results(Path(sys.argv[2]), meta, rows)
"""


def measure(argv: list[str]) -> tuple[float, float, int]:
    """(wall seconds, peak MB, exit code) of one child process."""
    out = subprocess.run([sys.executable, "-c", WRAPPER, *argv], capture_output=True,
                         text=True, check=True, cwd=ROOT).stdout.split()
    return float(out[0]), int(out[1]) / 1024, int(out[2])


def make_csv(path: Path, rows: int, wide: bool = True) -> None:
    rng = random.Random(21)
    words = ["Straße", "Weg", "Allee", "Platz", "Ring", "Gasse", "Ufer", "Hof"]
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write("Bestellnummer;Lizenzschlüssel;Inhaber;E-Mail;Adresse;Bemerkung\r\n")
        for i in range(rows):
            if wide:
                address = (f"{rng.choice(words)} {rng.randint(1, 200)}, "
                           f"{rng.randint(10000, 99999)} Stadt")
                note = " ".join(rng.choice(words) for _ in range(110))
                handle.write(f"{100000 + i};KEY-{i:07d};Kunde Nummer {i};k{i}@example.com;"
                             f"\"{address}\";{note[:540]}\r\n")
            else:
                handle.write(f"{i};K-{i:07d};O;o@ex.io;;\r\n")


def make_xlsx(source: Path, target: Path) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(target), {"constant_memory": True})
    sheet = book.add_worksheet("Orders")
    with open(source, encoding="utf-8") as handle:
        for r, line in enumerate(handle):
            for c, value in enumerate(line.rstrip("\r\n").split(";")):
                sheet.write_string(r, c, value.strip('"'))
    book.close()


def report(label: str, argv: list[str]) -> tuple[float, float]:
    wall, peak, code = measure(argv)
    print(f"preview  {label}: {wall:.2f} s, peak {peak:.0f} MB (exit {code})", flush=True)
    return wall, peak


def bench_preview(rows: int = 100_000) -> None:
    """``rows`` as in the issue (100,000); the suite's smoke test runs it tiny."""
    with tempfile.TemporaryDirectory(prefix="licensegui-bench-") as tmp:
        folder = Path(tmp)
        big = folder / "orders-100k.csv"
        make_csv(big, rows)
        size = big.stat().st_size / 1e6
        python = sys.executable
        bare = report("bare interpreter + licensegui.core.batch.input import (baseline)",
                      [python, "-c", "import licensegui.core.batch.input"])
        report(f"{rows:,}-row CSV ({size:.0f} MB): read + validate + duplicates (target ≤ 2 s, "
               "≤ 150 MB)", [python, "-c", PREVIEW, str(big)])
        report("batch --check on it, a whole CLI process (target ≤ 10 s, ≤ 200 MB)",
               [python, "-m", "licensegui.cli", "batch", "--check", str(big)])
        xlsx = folder / "orders-100k.xlsx"
        make_xlsx(big, xlsx)
        report(f"the same rows as .xlsx ({xlsx.stat().st_size / 1e6:.0f} MB), calamine",
               [python, "-c", PREVIEW, str(xlsx)])
        report("batch --check on the .xlsx (target ≤ 10 s, ≤ 200 MB)",
               [python, "-m", "licensegui.cli", "batch", "--check", str(xlsx)])
        try:
            import openpyxl  # noqa: F401  # only for the comparison, when it is installed
        except ImportError:
            print("preview  openpyxl read-only: not installed here (see docs/spreadsheets.md)")
        else:
            report("the same .xlsx, openpyxl read-only (rows only, no validation)",
                   [python, "-c", OPENPYXL, str(xlsx)])
        report(f"results of {rows:,} rows written as .xlsx (XlsxWriter, constant memory)",
               [python, "-c", RESULTS, str(big), str(folder / "results.xlsx")])
        report(f"results of {rows:,} rows written as CSV",
               [python, "-c", RESULTS, str(big), str(folder / "results.csv")])
        if rows < 100_000:  # the refusals below need a million rows: not at smoke size
            print("preview  (the million-row refusals are measured at full size only)")
            return
        million = folder / "million-short.csv"
        make_csv(million, 1_000_000, wide=False)
        report(f"1,000,000 short rows ({million.stat().st_size / 1e6:.0f} MB): refused",
               [python, "-c", PREVIEW, str(million)])
        quoted = folder / "million-quoted.csv"
        text = million.read_text(encoding="utf-8").replace(";O;", ';"O";')
        quoted.write_text(text, encoding="utf-8")
        del text
        report("1,000,000 short rows with quotes (rows counted first, unvalidated): refused",
               [python, "-c", PREVIEW, str(quoted)])
        wide = folder / "million-wide.csv"
        with open(wide, "wb") as handle:
            handle.write(big.read_bytes() * 10)
        report(f"1,000,000 rows of 630 bytes ({wide.stat().st_size / 1e6:.0f} MB): refused",
               [python, "-c", PREVIEW, str(wide)])
        print(f"preview  (subtract the baseline's {bare[0]:.2f} s and {bare[1]:.0f} MB for the "
              "reading alone)")


def bench_hostile() -> None:
    """Issue 30: each hostile workbook of tests/helpers/workbooks.py through a whole
    ``batch --check`` process, against a good three-row workbook (the baseline): refused
    within 10 s and 1 GB each (before the checks, the far cell aborted at once asking for
    549 GB, the whitespace bomb peaked at 2.1 GB)."""
    from tests.helpers import workbooks

    with tempfile.TemporaryDirectory(prefix="licensegui-bench-hostile-") as tmp:
        folder = Path(tmp)
        check = [sys.executable, "-m", "licensegui.cli", "batch", "--check"]
        good = workbooks.xlsx(folder / "good.xlsx", workbooks.HEADER + workbooks.GOOD_ROW)
        base_wall, base_peak, _ = measure([*check, str(good)])
        print(f"hostile  baseline: a good 3-row .xlsx checked in {base_wall:.2f} s, peak "
              f"{base_peak:.0f} MB", flush=True)
        worst_wall = worst_peak = 0.0
        for name, (make, _words) in sorted(workbooks.HOSTILE.items()):
            path = make(folder / name)
            wall, peak, code = measure([*check, str(path)])
            worst_wall, worst_peak = max(worst_wall, wall), max(worst_peak, peak)
            print(f"hostile  {name} ({path.stat().st_size / 1e3:.0f} KB): exit {code}, "
                  f"{wall:.2f} s ({wall / base_wall:.2f}×), peak {peak:.0f} MB "
                  f"({peak / base_peak:.2f}×)", flush=True)
        print(f"hostile  worst: {worst_wall:.2f} s, {worst_peak:.0f} MB (limits 10 s, 1 GB)")


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    bench_preview()
