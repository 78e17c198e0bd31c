"""Hostile workbooks, made byte by byte (issue 30): each one a reader would choke on.

An .xlsx or .ods is a zip of XML parts; these write the few parts a reader needs, with the
sheet's XML as given, so a test (and ``scripts/bench.py --only hostile``) can make a far cell,
a repeat bomb or a lying zip directory in a few bytes without any office program.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
    'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/'
    'worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'spreadsheetml.worksheet+xml"/></Types>')
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/'
    'workbook.xml"/></Relationships>')
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>'
    '</workbook>')
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/'
    'sheet1.xml"/>{extra}</Relationships>')
_SST_REL = ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/sharedStrings" Target="sharedStrings.xml"/>')
_MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'

#: The header row every workbook here starts with, and one good row.
HEADER = ('<row r="1"><c r="A1" t="inlineStr"><is><t>license_key</t></is></c>'
          '<c r="B1" t="inlineStr"><is><t>owner_name</t></is></c>'
          '<c r="C1" t="inlineStr"><is><t>owner_email</t></is></c></row>')
GOOD_ROW = ('<row r="2"><c r="A2" t="inlineStr"><is><t>KEY-1</t></is></c>'
            '<c r="B2" t="inlineStr"><is><t>Ann</t></is></c>'
            '<c r="C2" t="inlineStr"><is><t>ann@example.com</t></is></c></row>')


def xlsx(path: Path, rows: str, *, dimension: str | None = None, prolog: str = "",
         shared: str | None = None, prefix: str = "",
         sheet_part: str = "xl/worksheets/sheet1.xml") -> Path:
    """An .xlsx whose one sheet holds ``rows`` (``<row>`` elements) in its sheetData;
    ``prefix`` ("x:") writes the sheet with a namespace prefix, ``shared`` adds a
    sharedStrings part holding that text (one string), ``prolog`` goes before the root."""
    p = prefix
    declare = f'xmlns:{p[:-1]}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' \
        if p else _MAIN
    dim = f'<{p}dimension ref="{dimension}"/>' if dimension else ""
    sheet = (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<{p}worksheet {declare}>{dim}'
             f'<{p}sheetData>{rows}</{p}sheetData></{p}worksheet>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("[Content_Types].xml", _CONTENT_TYPES)
        book.writestr("_rels/.rels", _RELS)
        book.writestr("xl/workbook.xml", _WORKBOOK)
        book.writestr("xl/_rels/workbook.xml.rels",
                      _WORKBOOK_RELS.format(extra=_SST_REL if shared is not None else "")
                      .replace("worksheets/sheet1.xml", sheet_part.removeprefix("xl/")))
        book.writestr(sheet_part, sheet)
        if shared is not None:
            book.writestr("xl/sharedStrings.xml",
                          f'<?xml version="1.0" encoding="UTF-8"?><sst {_MAIN} count="1" '
                          f'uniqueCount="1"><si><t>{shared}</t></si></sst>')
    return path


def ods(path: Path, rows: str) -> Path:
    """An .ods whose one table holds ``rows`` (``<table:table-row>`` elements)."""
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:'
        'names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry'
        ' manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.'
        'spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:'
        'media-type="text/xml"/></manifest:manifest>')
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:'
        'oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:'
        'opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:'
        'text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table '
        f'table:name="Sheet1">{rows}</table:table></office:spreadsheet></office:body>'
        '</office:document-content>')
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                      zipfile.ZIP_STORED)
        book.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        book.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path


def ods_cell(text: str, repeat: int = 1) -> str:
    times = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return (f'<table:table-cell office:value-type="string"{times}><text:p>{text}</text:p>'
            '</table:table-cell>')


def ods_header() -> str:
    return ("<table:table-row>" + ods_cell("license_key") + ods_cell("owner_name")
            + ods_cell("owner_email") + "</table:table-row>")


def many_parts(path: Path, parts: int) -> Path:
    """A valid .xlsx plus ``parts`` empty extra parts."""
    xlsx(path, HEADER + GOOD_ROW)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_STORED) as book:
        for number in range(parts):
            book.writestr(f"xl/media/p{number}.bin", b"")
    return path


def lying_sizes(path: Path, rows: str, declared: int = 1000) -> Path:
    """An .xlsx whose sheet part says (in both of the zip's headers) that it unpacks to
    ``declared`` bytes while it unpacks to far more."""
    xlsx(path, rows)
    data = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    local = data.find(b"PK\x03\x04")
    while local >= 0:
        (length,) = struct.unpack_from("<H", data, local + 26)
        if data[local + 30:local + 30 + length] == name:
            struct.pack_into("<I", data, local + 22, declared)
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        (length,) = struct.unpack_from("<H", data, central + 28)
        if data[central + 46:central + 46 + length] == name:
            struct.pack_into("<I", data, central + 24, declared)
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))
    return path


def binary_sheets(path: Path) -> Path:
    """A zip with an .xlsx's workbook.xml beside an .xlsb's binary workbook and sheet."""
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("xl/workbook.xml", "<workbook/>")
        book.writestr("xl/workbook.bin", b"\x83\x01\x00")
        book.writestr("xl/worksheets/sheet1.bin", b"\x81\x01\x00")
    return path


def understated_directory(path: Path, parts: int) -> Path:
    """A valid .xlsx plus ``parts`` empty parts, its end record claiming 3 entries."""
    many_parts(path, parts)
    data = bytearray(path.read_bytes())
    at = data.rfind(b"PK\x05\x06")
    struct.pack_into("<HH", data, at + 8, 3, 3)
    path.write_bytes(bytes(data))
    return path


def zip_without_workbook_xml(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("[Content_Types].xml", "<Types/>")
        book.writestr("xl/workbook.bin", b"\x83\x01\x00")
    return path


# Each hostile workbook of issue 30: how to make it, and the words its refusal must say.
FAR = '<row r="{row}"><c r="{ref}" t="inlineStr"><is><t>x</t></is></c></row>'
BILLION_LAUGHS = ('<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaaaaaaaaaaaa">'
                  '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                  '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>')


def far(row: int, ref: str) -> str:
    return HEADER + FAR.format(row=row, ref=ref)


HOSTILE: dict[str, tuple[Callable[[Path], Path], tuple[str, ...]]] = {
    # One cell at the sheet's last cell: 1,048,576 × 16,384 cells (549 GB in calamine).
    "far-cell.xlsx": (lambda p: xlsx(p, far(1048576, "XFD1048576")),
                      ("XFD1048576", "1,048,576 rows × 16,384 columns", "8,000,000")),
    # 50,000 × 703 (1.1 GB): within each of the format's limits, too large together.
    "far-column.xlsx": (lambda p: xlsx(p, far(50000, "AAA50000")),
                        ("AAA50000", "50,000 rows × 703 columns")),
    # Cells without references follow each other: 20,000 in row 1, then a cell in row
    # 50,000 → 1 G cells. Only by following them as the reader does is this seen.
    "unplaced-cells.xlsx": (lambda p: xlsx(
        p, "<row>" + "<c><v>1</v></c>" * 20_000 + "</row>" + FAR.format(row=50000,
                                                                          ref="A50000")),
        ("50,000 rows × 20,000 columns",)),
    # The same far cell with a namespace prefix on every element.
    "prefixed.xlsx": (lambda p: xlsx(
        p, '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>license_key</x:t></x:is>'
           '</x:c></x:row><x:row r="1048576"><x:c r="XFD1048576"><x:v>1</x:v></x:c>'
           '</x:row>', prefix="x:"), ("XFD1048576",)),
    # 210 MB of spaces in one cell, 200 KB zipped: past a part's limit (192 MiB), refused for
    # its size before anything reads its text.
    "whitespace.xlsx": (lambda p: xlsx(
        p, HEADER + '<row r="2"><c r="A2" t="inlineStr"><is><t>'
           + " " * 210_000_000 + "</t></is></c></row>"),
        ("xl/worksheets/sheet1.xml", "unpacks to 210 MB", "192 MB")),
    # The sheet says it unpacks to 1,000 bytes; it unpacks to 20 MB.
    "lying-zip.xlsx": (lambda p: lying_sizes(
        p, HEADER + '<row r="2"><c r="A2" t="inlineStr"><is><t>'
           + " " * 20_000_000 + "</t></is></c></row>"),
        ("is not a spreadsheet this program can read", "CRC")),
    # One cell of 1 MB, inline or shared: the CSV path's row limit.
    "huge-cell.xlsx": (lambda p: xlsx(
        p, HEADER + '<row r="2"><c r="A2" t="inlineStr"><is><t>' + "k" * 1_000_000
           + "</t></is></c></row>"), ("holds a text longer than 64 KB",)),
    "huge-shared-string.xlsx": (lambda p: xlsx(
        p, HEADER + '<row r="2"><c r="A2" t="s"><v>0</v></c></row>',
        shared="s" * 1_000_000), ("xl/sharedStrings.xml holds a text longer than 64 KB",)),
    "entities.xlsx": (lambda p: xlsx(
        p, HEADER + '<row r="2"><c r="A2" t="inlineStr"><is><t>&c;</t></is></c></row>',
        prolog=BILLION_LAUGHS), ("declares XML entities",)),
    "many-parts.xlsx": (lambda p: many_parts(p, 10_001), ("holds 10,00",)),
    # .ods: a cell with a value repeated over every column of every row (17 G cells),
    # and one over 100 million rows.
    "repeats.ods": (lambda p: ods(
        p, ods_header() + '<table:table-row table:number-rows-repeated="1048575">'
           + ods_cell("x", 16384) + "</table:table-row>"),
        ("1,048,576 rows × 16,384 columns",)),
    "row-repeats.ods": (lambda p: ods(
        p, ods_header() + '<table:table-row table:number-rows-repeated="100000000">'
           + ods_cell("x") + "</table:table-row>"), ("100,000,001 rows",)),
    # Found by an attacker's pass (issue 30): cells the first guard did not see.
    "tab-in-cell-tag.xlsx": (lambda p: xlsx(
        p, HEADER + '<row r="1048576"><c\tr="XFD1048576"><v>1</v></c></row>'),
        ("XFD1048576",)),
    "lower-case-reference.xlsx": (lambda p: xlsx(
        p, HEADER + '<row r="3"><c r="xfd1048576"><v>1</v></c></row>'), ("XFD1048576",)),
    "zero-padded-reference.xlsx": (lambda p: xlsx(
        p, HEADER + '<row r="3"><c r="XFD00001048576"><v>1</v></c></row>'), ("XFD1048576",)),
    "sheet-named-without-xml.xlsx": (lambda p: xlsx(
        p, far(1048576, "XFD1048576"), sheet_part="xl/worksheets/sheet1"), ("XFD1048576",)),
    "binary-sheets-named.xlsx": (binary_sheets, ("is not a workbook this program reads",)),
    "understated-directory.xlsx": (lambda p: understated_directory(p, 12_000),
                                   ("holds 12,00",)),
    # Text copied into cells: a shared string 5,000 times, an .ods text 5,000 times.
    "repeated-shared-string.xlsx": (lambda p: xlsx(
        p, HEADER + "".join(f'<row r="{n}"><c r="A{n}" t="s"><v>0</v></c></row>'
                            for n in range(2, 5002)), shared="s" * 60_000),
        ("repeat the same long text", "256 MB")),
    "repeated-text.ods": (lambda p: ods(
        p, ods_header() + '<table:table-row><table:table-cell office:value-type="string" '
           'table:number-columns-repeated="5000"><text:p>' + "t" * 60_000
           + "</text:p></table:table-cell></table:table-row>"),
        ("repeat the same long text",)),
    "signed-repeats.ods": (lambda p: ods(
        p, ods_header() + '<table:table-row table:number-rows-repeated="+1048575">'
           + ods_cell("x").replace("<table:table-cell ", '<table:table-cell '
                                   'table:number-columns-repeated="+16384" ')
           + "</table:table-row>"), ("1,048,576 rows × 16,384 columns",)),
    "a-binary-workbook.xlsb": (
        zip_without_workbook_xml, ("is not a workbook this program reads",)),
}
