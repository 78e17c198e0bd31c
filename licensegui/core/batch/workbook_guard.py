"""A zip workbook's size, checked before the native reader allocates for it.

calamine (Rust) aborts the process — SIGABRT, no exception Python could catch — when it cannot
allocate what a workbook asks for: a 2 KB .xlsx with one cell at XFD1048576 asks for 549 GB,
a 2 MB file of compressed whitespace becomes 2 GB. So before calamine opens a zip workbook
(.xlsx, .ods), this module reads what is cheap to read and refuses, with a sentence naming the
limit:

* a zip directory larger than a workbook's (entries counted from the end record, the
  directory's size read before ``zipfile`` builds an object for each entry);
* a part (or all of them) larger than a batch can be, read to its end through zlib (a
  declared size that lies fails the CRC there);
* a DTD (OOXML and ODF never carry one: entities are how XML bombs are made), or a run of
  text longer than any batch cell (:data:`MAX_TEXT_RUN`);
* a sheet whose area or whose text copied into its cells passes the limits of
  :mod:`core.batch.sheet_extent`, every part of the zip read as calamine may read it,
  whatever its name.

An .xls (BIFF) is checked by its size once read (:func:`sheet_extent.check_extent`).
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from licensegui.core.batch import sheet_extent
from licensegui.core.batch.dialects import TextFileError
from licensegui.core.text import translate

#: A workbook has a few dozen parts; tens of thousands is a zip made to exhaust the reader.
MAX_PARTS = 10_000
#: The zip's directory: 10,000 entries with names of up to ~350 bytes.
MAX_DIRECTORY_BYTES = 4 * 1024 * 1024
#: One part (a sheet, the shared strings) unpacked: the text a CSV batch may have (64 MB) and
#: the markup around every cell of it (``<c r="F100000" t="inlineStr"><is><t>…</t></is></c>``,
#: ~50 bytes a cell; 100,000 rows of six columns add 30 MB, of twenty 100 MB). At 64 MB the
#: issue's own 100,000-row workbook (a 93 MB sheet) was refused.
MAX_PART_BYTES = 192 * 1024 * 1024
#: All parts unpacked.
MAX_TOTAL_BYTES = 256 * 1024 * 1024
#: The longest run of text between two tags of an XML part: no batch cell is longer (a row
#: is refused past 100,000 characters), and a long cell repeated is how text is amplified.
MAX_TEXT_RUN = 64 * 1024

_CHUNK = 1 << 20
_DTD = (b"<!DOCTYPE", b"<!ENTITY")


def check_workbook(path: Path, name: str) -> None:
    """Refuse (:class:`TextFileError`) a zip workbook (.xlsx, .ods) that the reader could
    not hold in memory; return quietly for one it can."""
    with path.open("rb") as file:
        entries, directory = _directory(file)
        if entries > MAX_PARTS:
            raise _refusal(name, translate("BatchInput", "it holds {count:,} parts").format(
                count=entries))
        if directory > MAX_DIRECTORY_BYTES:
            raise _refusal(name, translate(
                "BatchInput", "its directory takes {size:,} MB").format(
                    size=directory // 1_000_000))
        try:
            book = zipfile.ZipFile(file)
        except (zipfile.BadZipFile, ValueError, OSError) as exc:
            raise unreadable(name, exc) from exc
        with book:
            _check_parts(book, name)


def _directory(file: BinaryIO) -> tuple[int, int]:
    """(entries, directory bytes) as the zip's end record declares them; an end record
    that says "see the zip64 record" (which no workbook needs) counts as too many."""
    file.seek(0, 2)
    size = file.tell()
    tail_size = min(size, 65_536 + 22)
    file.seek(size - tail_size)
    tail = file.read(tail_size)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(tail):
        return 0, 0  # zipfile will say the file is not a zip
    count, directory = struct.unpack_from("<HI", tail, at + 10)
    if count == 0xFFFF or directory == 0xFFFFFFFF:
        return MAX_PARTS + 1, directory
    return count, directory


def _check_parts(book: zipfile.ZipFile, name: str) -> None:
    infos = book.infolist()
    if len(infos) > MAX_PARTS:  # the end record may understate it
        raise _refusal(name, translate("BatchInput", "it holds {count:,} parts").format(
            count=len(infos)))
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL_BYTES:
        raise _refusal(name, translate("BatchInput", "its parts unpack to {size:,} MB").format(
            size=total // 1_000_000))
    names = {info.filename for info in infos}
    ods = "content.xml" in names and "xl/workbook.xml" not in names
    binary = {n for n in (x.lower() for x in names)
              if n == "xl/workbook.bin" or (n.startswith("xl/worksheets/") and n.endswith(".bin"))}
    if not ods and ("xl/workbook.xml" not in names or binary):
        # An .xlsb (binary parts) or any other zip: none of its sheets can be checked here.
        raise TextFileError(translate(
            "BatchInput", "{name} is not a workbook this program reads: save it as .xlsx, "
            ".ods or “CSV UTF-8”.").format(name=name))
    for info in infos:
        if info.file_size > MAX_PART_BYTES:
            raise _refusal(name, translate(
                "BatchInput", "its part {part} unpacks to {size:,} MB").format(
                    part=info.filename, size=info.file_size // 1_000_000))
    # The shared strings first: a sheet's cells are counted with the strings they repeat.
    ordered = sorted((i for i in infos if not i.is_dir()),
                     key=lambda i: "sharedstrings" not in i.filename.lower())
    long_strings: dict[int, int] = {}
    for info in ordered:
        chunks = _unpacked(book, info, name)
        if ods:
            if info.filename == "content.xml":
                sheet_extent.ods_extent(chunks, name)
            else:
                _drain(chunks)
        elif "sharedstrings" in info.filename.lower():
            long_strings = sheet_extent.shared_strings(chunks)
        else:
            # Every other part, whatever its name: calamine reads the sheet its relations
            # name, and a name need not end in .xml.
            sheet_extent.xlsx_extent(chunks, name, long_strings)


def _drain(chunks: Iterator[bytes]) -> None:
    for _ in chunks:
        pass


def _unpacked(book: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> Iterator[bytes]:
    """A part's bytes in chunks, each ending at a tag's end (so no tag is split), read to
    its end (zipfile stops at the declared size and checks the CRC there: a part that unpacks
    to more than it declares fails). An XML part is refused for a DTD or a run of text
    longer than :data:`MAX_TEXT_RUN`; a binary one (an image) is only read."""
    carry = b""
    xml: bool | None = None
    try:
        with book.open(info) as part:
            while chunk := part.read(_CHUNK):
                if xml is None:
                    xml = chunk.lstrip()[:1] == b"<"
                if xml:
                    _check_text(chunk, carry, name, info.filename)
                data = carry + chunk
                end = data.rfind(b">") + 1
                carry, data = data[end:], data[:end]
                yield data
            yield carry
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError,
            RuntimeError) as exc:
        # RuntimeError: an encrypted part.
        raise unreadable(name, exc) from exc


def _check_text(chunk: bytes, carry: bytes, name: str, part: str) -> None:
    if any(marker in chunk or marker in carry[-16:] + chunk[:16] for marker in _DTD):
        raise _refusal(name, translate("BatchInput", "its part {part} declares XML "
                                       "entities").format(part=part))
    # A run of text of 2 × MAX_TEXT_RUN fills a whole aligned window without a tag; the
    # carry (text after the last tag so far) counts towards the next one.
    if len(carry) > MAX_TEXT_RUN or any(
            b"<" not in chunk[i:i + MAX_TEXT_RUN]
            for i in range(0, len(chunk) - MAX_TEXT_RUN + 1, MAX_TEXT_RUN)):
        raise _refusal(name, translate(
            "BatchInput", "its part {part} holds a text longer than {size} KB").format(
                part=part, size=MAX_TEXT_RUN // 1024))


def unreadable(name: str, exc: object) -> TextFileError:
    """The one sentence for a workbook that cannot be read (``exc``: why)."""
    return TextFileError(translate(
        "BatchInput", "{name} is not a spreadsheet this program can read ({problem}). "
        "Save it as .xlsx or “CSV UTF-8”.").format(name=name, problem=exc))


def _refusal(name: str, what: str) -> TextFileError:
    return TextFileError(translate(
        "BatchInput", "{name} cannot be a batch: {what}, more than a batch's workbook can "
        "be (at most {parts:,} parts of {size} MB, {total} MB in all). Copy the batch into "
        "a new workbook or save it as “CSV UTF-8”.").format(
            name=name, what=what, parts=MAX_PARTS, size=MAX_PART_BYTES // 1024 // 1024,
            total=MAX_TOTAL_BYTES // 1024 // 1024))


__all__ = ["MAX_PARTS", "MAX_PART_BYTES", "MAX_TEXT_RUN", "MAX_TOTAL_BYTES",
           "check_workbook", "unreadable"]
