#!/usr/bin/env python3
"""Regenerate tests/fixtures/sheets/ with LibreOffice: spreadsheets as real programs save them.

    python3 scripts/make_sheet_fixtures.py     # needs soffice (libreoffice-calc-nogui)

The orders are written once, as a flat OpenDocument spreadsheet (.fods, every owner a *text*
cell, so "=1+1" stays a name), and LibreOffice converts that into each format a reseller
sends: .xlsx, .ods, .xls, a German "CSV" (semicolons), "Unicode text" (UTF-16, tabs) and a
legacy Windows-1252 CSV. German Excel's own additions to its CSV (a UTF-8 BOM, the
``sep=;`` first line, CRLF line ends), which LibreOffice does not write, are added to the
LibreOffice CSV byte for byte as Excel writes them. The test suite only reads the results;
it never needs LibreOffice.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "sheets"

# Owners that look like formulas: a results file must show them, never run them.
FORMULA_OWNERS = ("=1+1", "+SUM(A1)", "@x", "-2")


def german_rows(prefix: str) -> list[list[object]]:
    """Order number (a number cell), key, owner, email, note; ``None`` is a blank row."""
    owners = ["Jörg Müller", *FORMULA_OWNERS, "Zoë Ångström", "Åsa Öberg-Straße"]
    rows: list[list[object]] = []
    for i, owner in enumerate(owners, start=1):
        if i == 4:
            rows.append([])  # a blank row between orders, as resellers leave them
        rows.append([1000 + i, f"{prefix}-{i:04d}", owner, f"kunde{i}@example.com",
                     "=HYPERLINK(\"http://x\")" if i == 2 else f"Bestellung {i}"])
    return rows


SHEETS: dict[str, tuple[list[str], list[list[object]]]] = {
    "de": (["Bestellnummer", "Lizenzschlüssel", "Inhaber", "E-Mail", "Bemerkung"],
           german_rows("DE")),
    "fr": (["N° de commande", "Clé de licence", "Propriétaire", "Courriel", "Remarque"],
           german_rows("FR")),
    "es": (["Pedido", "Clave de licencia", "Titular", "Correo electrónico", "Nota"],
           german_rows("ES")),
    "en": (["Order", "License Key", "Owner", "E-mail", "Note"], german_rows("EN")),
    "cp": (["Bestellnummer", "Lizenzschlüssel", "Inhaber", "E-Mail", "Bemerkung"],
           german_rows("CP")),
}
# A second worksheet in the workbooks: chosen with --sheet.
REORDER = (["Lizenzschlüssel", "Inhaber", "E-Mail"],
           [["RE-0001", "Nachbestellung Eins", "re1@example.com"],
            ["RE-0002", "Nachbestellung Zwei", "re2@example.com"]])


def _cell(value: object) -> str:
    if isinstance(value, int):
        return (f'<table:table-cell office:value-type="float" office:value="{value}">'
                f"<text:p>{value}</text:p></table:table-cell>")
    return (f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}'
            "</text:p></table:table-cell>")


def _table(name: str, header: list[str], rows: list[list[object]]) -> str:
    lines = [f'<table:table table:name="{escape(name)}">']
    for row in [header, *rows]:
        cells = "".join(_cell(v) for v in row) or "<table:table-cell/>"
        lines.append(f"<table:table-row>{cells}</table:table-row>")
    lines.append("</table:table>")
    return "\n".join(lines)


def fods(tables: list[str]) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.'
            'spreadsheet"><office:body><office:spreadsheet>\n'
            + "\n".join(tables) + "\n</office:spreadsheet></office:body></office:document>\n")


def convert(soffice: str, source: Path, target: str, out_dir: Path, profile: Path) -> Path:
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", target, "--outdir", str(out_dir), str(source)],
                   check=True, capture_output=True, timeout=180)
    suffix = target.split(":", 1)[0]
    return out_dir / f"{source.stem}.{suffix}"


def main() -> int:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("soffice not found: apt-get install libreoffice-calc-nogui", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work, profile = Path(tmp) / "work", Path(tmp) / "profile"
        work.mkdir()
        sources = {}
        for key, (header, rows) in SHEETS.items():
            tables = [_table("Bestellungen", header, rows)]
            if key in ("de", "fr", "es"):
                tables.append(_table("Nachbestellung", *REORDER))
            sources[key] = work / f"orders_{key}.fods"
            sources[key].write_text(fods(tables), encoding="utf-8")
        # The workbooks: German .xlsx, French .ods, Spanish .xls.
        made = {
            "orders_de.xlsx": convert(soffice, sources["de"], "xlsx:Calc MS Excel 2007 XML",
                                      work, profile),
            "orders_fr.ods": convert(soffice, sources["fr"], "ods", work, profile),
            "orders_es.xls": convert(soffice, sources["es"], "xls:MS Excel 97", work, profile),
        }
        # CSV filter options: separator, quote, charset (76 UTF-8, 1 Windows-1252, 65535
        # UTF-16), first line, ...; "false" at 7: text quoted only where needed, as Excel does.
        german = convert(soffice, sources["de"],
                         "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,true,false,"
                         "false", work, profile)
        body = german.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        # What German Excel adds: its BOM, its "sep=;" line, CRLF.
        (OUT / "german_excel.csv").write_bytes(b"\xef\xbb\xbfsep=;\r\n" + body)
        unicode_text = convert(soffice, sources["en"],
                               'txt:Text - txt - csv (StarCalc):9,34,65535,1', work, profile)
        made["unicode_text.txt"] = unicode_text
        legacy = convert(soffice, sources["cp"], 'csv:Text - txt - csv (StarCalc):59,34,1,1',
                         work, profile)
        made["legacy_1252.csv"] = legacy
        for name, path in made.items():
            shutil.copyfile(path, OUT / name)
    for path in sorted(OUT.iterdir()):
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
