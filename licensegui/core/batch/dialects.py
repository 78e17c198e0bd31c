"""The CSV dialects spreadsheets write, read as a stream: encodings, ``sep=``, row numbers.

What Excel and LibreOffice save as "CSV" or "Unicode text":

* UTF-8 with or without a BOM ("CSV UTF-8"), CRLF or LF line ends;
* Excel's ``sep=;`` first line, which says the delimiter and is not a row (Excel hides it);
* UTF-16 with a BOM, tab-separated ("Unicode text");
* a legacy Windows-1252 file (older Excel's plain "CSV"): read as such, and *said* in the
  notes, because a wrong guess would change names silently.

A file is read twice, both times streamed: a first pass over its bytes (its SHA-256, the
encoding, how many lines, whether it has quotes at all), then the rows through
:mod:`csv`. Neither pass keeps the file in memory, so a 63 MB file costs its rows, not
three copies of its text.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from licensegui.core.errors import LicenseGuiError
from licensegui.core.text import Text, translate

DELIMITERS = (",", ";", "\t")
#: A row (one record, however many lines its quoted cells span) may be this long. A batch's
#: cells are keys, names and addresses; a longer row is a wrong file, and refusing it here
#: comes before Python's own "field larger than field limit" (131,072) could.
MAX_ROW_CHARS = 100_000
_CHUNK = 1 << 20

# Magic numbers of the spreadsheet formats a person may choose instead of a CSV.
_ZIP = b"PK\x03\x04"  # .xlsx, .ods
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls
_SEP_LINE = re.compile(r'^"?sep=(.)"?[^\S\r\n]*(\r\n|\n|\r)?$', re.IGNORECASE)


class TextFileError(LicenseGuiError):
    """A file that cannot be read as a batch's text; ``str()`` says why."""


@dataclass
class Scan:
    """What the first pass over a file's bytes found."""

    sha256: str
    size: int
    #: "csv", or the spreadsheet format its bytes say ("zip" for .xlsx/.ods, "ole" for .xls).
    kind: str
    #: The codec its text is read with (``utf-8-sig``, ``utf-16``, ``cp1252``).
    encoding: str = "utf-8-sig"
    #: Line ends in the file: an upper bound on its rows.
    lines: int = 0
    #: Whether any ``"`` occurs: without one, every line is exactly one row.
    quoted: bool = True
    #: The delimiter Excel's ``sep=`` first line names, if it has one.
    sep: str | None = None
    notes: list[Text | str] = field(default_factory=list)


def scan(path: Path, name: str) -> Scan:
    """One streamed pass over ``path``'s bytes. Raises :class:`TextFileError` for a file
    that is no text at all (NUL bytes, an unknown encoding) or is empty."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        head = handle.read(_CHUNK)
        digest.update(head)
        if head.startswith(_ZIP) or head.startswith(_OLE):
            for chunk in iter(lambda: handle.read(_CHUNK), b""):
                digest.update(chunk)
            return Scan(digest.hexdigest(), path.stat().st_size,
                        "zip" if head.startswith(_ZIP) else "ole")
        encoding = _utf16(head)
        utf8 = None if encoding else codecs.getincrementaldecoder("utf-8")()
        lines = quotes = 0
        nul = False
        chunk = head
        bad_at: int | None = None
        offset = 0
        while chunk:
            lines += chunk.count(b"\n")
            quotes += chunk.count(b'"')
            nul = nul or (encoding is None and b"\x00" in chunk)
            if utf8 is not None and bad_at is None:
                try:
                    utf8.decode(chunk)
                except UnicodeDecodeError as exc:
                    bad_at = offset + exc.start
            offset += len(chunk)
            chunk = handle.read(_CHUNK)
            digest.update(chunk)
        if utf8 is not None and bad_at is None:
            try:
                utf8.decode(b"", final=True)
            except UnicodeDecodeError:
                bad_at = offset
    # In UTF-16 a 0x0A byte need not be a line end, so its lines are not counted on.
    result = Scan(digest.hexdigest(), offset, "csv", encoding or "utf-8-sig", lines,
                  quotes > 0 or encoding is not None)
    if nul:
        raise TextFileError(translate("BatchInput", "{name} is not a text file (it contains "
                                      "NUL bytes).").format(name=name))
    if encoding:
        result.notes.append(translate("BatchInput", "Read as UTF-16 text (Excel's “Unicode "
                                      "text”)."))
    elif bad_at is not None:
        _check_cp1252(path, name, bad_at)
        result.encoding = "cp1252"
        result.notes.append(translate(
            "BatchInput", "{name} is not UTF-8 text; it was read as Windows-1252 (Western "
            "European), as older Excel saves “CSV”. Check the accents in the preview; if they "
            "are wrong, save the file as “CSV UTF-8”.").format(name=name))
    try:
        first = _first_line(path, result.encoding)
    except UnicodeDecodeError as exc:
        # UTF-16 with an unpaired surrogate (half an emoji) within the first buffer read: the
        # pass above only counted its bytes. The line is found from the bad byte's offset.
        with open(path, "rb") as handle:
            before = handle.read(exc.start)
        line = before.decode(result.encoding, errors="replace").count("\n") + 1
        raise TextFileError(translate(
            "BatchInput", "{name} is not readable as {encoding} text near row {row}.").format(
                name=name, encoding=result.encoding, row=line)) from exc
    if not first.strip() and result.lines == 0:
        raise TextFileError(translate("BatchInput", "{name} is empty.").format(name=name))
    sep = _SEP_LINE.match(first)
    if sep:
        result.sep = sep.group(1)
        result.notes.append(translate("BatchInput", "The first line “sep={sep}” (Excel's) "
                                      "names the delimiter; it is not a row.").format(
                                          sep=result.sep))
    return result


def _utf16(head: bytes) -> str | None:
    """``utf-16`` for a UTF-16 file with a BOM, ``utf-16-le`` for one without (mostly Latin
    text, so most odd bytes NUL), else None."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = head[:400]
    odd, even = sample[1::2], sample[0::2]
    # Headers are mostly Latin letters: their high bytes are NUL, their low bytes are not.
    if len(sample) >= 8 and odd.count(0) >= 0.7 * len(odd) and even.count(0) <= 0.1 * len(even):
        return "utf-16-le"
    return None


def _check_cp1252(path: Path, name: str, bad_at: int) -> None:
    """A file that is neither UTF-8 nor Windows-1252 (bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D
    have no character there) is refused, naming the first such byte."""
    decoder = codecs.getincrementaldecoder("cp1252")()
    offset = 0
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                with open(path, "rb") as again:
                    line = again.read(offset + exc.start).count(b"\n") + 1
                raise TextFileError(translate(
                    "BatchInput", "{name} is not UTF-8 text (byte 0x{byte:02X} on line "
                    "{line}), nor Windows-1252. Save it as “CSV UTF-8” and choose it "
                    "again.").format(name=name, byte=chunk[exc.start], line=line)) from exc
            offset += len(chunk)


def _first_line(path: Path, encoding: str) -> str:
    with open(path, encoding=encoding, newline="") as handle:
        return handle.readline(MAX_ROW_CHARS)


class RowTooLong(TextFileError):
    """A row longer than :data:`MAX_ROW_CHARS`."""


class CsvRows:
    """A CSV's records as a spreadsheet numbers them: (row, first line, values).

    The header is row 1 (Excel's ``sep=`` line is not a row; Excel hides it); every record
    after it is the next row, a blank line included, however many lines its quoted cells
    span. Use as an iterator; :meth:`close` releases the file."""

    def __init__(self, path: Path, scan: Scan, delimiter: str, name: str) -> None:
        self.name = name
        self.delimiter = delimiter
        self._handle: TextIO = open(path, encoding=scan.encoding, newline="")  # noqa: SIM115  # closed by close()
        self._pending = 0  # characters read for the record being read
        self._line = 0  # physical lines read
        if scan.sep is not None:
            self._handle.readline(MAX_ROW_CHARS)
            self._line = 1
        self._reader = csv.reader(self._lines(), delimiter=delimiter)
        self._row = 0

    def _lines(self) -> Iterator[str]:
        while True:
            line = self._handle.readline(MAX_ROW_CHARS + 1)
            if not line:
                return
            self._pending += len(line)
            if self._pending > MAX_ROW_CHARS:
                raise RowTooLong(translate(
                    "BatchInput", "{name}: row {row} is longer than {limit:,} characters; a "
                    "batch's cells are license keys, names and addresses. Is this the right "
                    "file?").format(name=self.name, row=self._row + 1, limit=MAX_ROW_CHARS))
            self._line += 1
            yield line

    def __iter__(self) -> CsvRows:
        return self

    def __next__(self) -> tuple[int, int, list[str]]:
        start = self._line + 1
        self._pending = 0
        try:
            values = next(self._reader)
        except csv.Error as exc:
            raise TextFileError(translate(
                "BatchInput", "{name} is not a well-formed CSV file at row {row} (line "
                "{line}): {exc}.").format(name=self.name, row=self._row + 1, line=start,
                                         exc=exc)) from exc
        except UnicodeDecodeError as exc:
            raise TextFileError(translate(
                "BatchInput", "{name} is not readable as {encoding} text near row {row}.").format(
                    name=self.name, encoding=self._handle.encoding, row=self._row + 1)) from exc
        self._row += 1
        return self._row, start, values

    def close(self) -> None:
        self._handle.close()
