"""Reading a batch's input: a CSV export from a shop or a vendor portal.

Spreadsheet exports differ by locale and program: UTF-8 with or without a BOM, CRLF or LF,
``,`` or ``;`` (tab too) as the delimiter, quoted fields holding delimiters and line breaks.
The header names the columns; every row is validated exactly as the form validates, before
anything is sent, so a batch never discovers halfway that row 700 was unusable.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from licensegui.core.codes import Reason, RowState
from licensegui.core.errors import LicenseGuiError, ValidationError
from licensegui.core.text import joined, message_of, translate
from licensegui.core.validation import AssignRequest

MAX_ROWS = 100_000
#: 100,000 rows of generous width; a bigger file is not an order export.
MAX_FILE_BYTES = 64 * 1024 * 1024
DELIMITERS = (",", ";", "\t")

#: Column -> the header names that mean it (after :func:`normalise_header`).
ALIASES: dict[str, frozenset[str]] = {
    "license_key": frozenset({"license_key", "key", "licence_key"}),
    "owner_name": frozenset({"owner_name", "name", "owner"}),
    "email": frozenset({"email", "e_mail", "owner_email"}),
}
_FIELD_WORDS = {"license_key": translate("BatchInput", "license key"),
                "owner_name": translate("BatchInput", "owner name"),
                "email": translate("BatchInput", "email")}
_FIELD_TITLES = {"license_key": translate("BatchInput", "License key"),
                 "owner_name": translate("BatchInput", "Owner name"),
                 "email": translate("BatchInput", "Email")}

# The reason of a row whose field does not validate, by the field.
_INVALID_FIELD = {"license_key": Reason.INVALID_LICENSE_KEY,
                  "owner_name": Reason.INVALID_OWNER_NAME, "email": Reason.INVALID_EMAIL}


class BatchInputError(LicenseGuiError):
    """The file cannot be used as a batch at all; ``str()`` says why, as a sentence."""


@dataclass(frozen=True)
class InputRow:
    #: 1-based number among the file's data rows (blank rows are skipped, not numbered).
    number: int
    #: The line of the file the row starts on (a quoted field may span lines).
    line: int
    #: Every value of the row as read, for carrying through to the results.
    fields: tuple[str, ...]
    license_key: str
    owner_name: str
    email: str
    state: RowState
    #: Stable code for an invalid/duplicate row (``invalid_email``, ``duplicate``...), else "".
    reason: str = ""
    detail: str = ""

    def request(self) -> AssignRequest:
        return AssignRequest(self.license_key, self.owner_name, self.email)


@dataclass(frozen=True)
class BatchInput:
    name: str
    sha256: str
    delimiter: str
    header: tuple[str, ...]
    #: Column -> index in ``header``.
    columns: dict[str, int]
    rows: tuple[InputRow, ...]

    def count(self, state: str) -> int:
        return sum(1 for r in self.rows if r.state == state)


def normalise_header(name: str) -> str:
    """``License Key``, ``license-key`` and ``LICENSE_KEY`` all read ``license_key``."""
    text = name.strip().strip("\ufeff").lower()
    for sep in (" ", "-"):
        text = text.replace(sep, "_")
    return "_".join(part for part in text.split("_") if part)


def delimiter_name(delimiter: str) -> str:
    """How the file separates its values, as a phrase ("semicolon-separated")."""
    names = {",": translate("BatchInput", "comma-separated"),
             ";": translate("BatchInput", "semicolon-separated"),
             "\t": translate("BatchInput", "tab-separated")}
    return names.get(delimiter) or translate("BatchInput", "separated by {delimiter}").format(
        delimiter=repr(delimiter))


def read_batch_file(path: Path) -> BatchInput:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise BatchInputError(
                translate("BatchInput",
                          "{name} is {size:.0f} MB; a batch file may be at most {limit} "
                          "MB.").format(name=path.name, size=size / 1000000.0,
                                        limit=MAX_FILE_BYTES // 1024 // 1024))
        data = path.read_bytes()
    except OSError as exc:
        raise BatchInputError(translate("BatchInput",
                                        "Cannot read {path}: {reason}.").format(
                                            path=path, reason=exc.strerror or exc)) from exc
    return parse_batch(data, path.name)


def parse_batch(data: bytes, name: str) -> BatchInput:
    digest = hashlib.sha256(data).hexdigest()
    text = _decode(data, name)
    delimiter, header, columns = _choose_header(text, name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        next(reader)  # the header, already read
        rows = _rows(reader, header, columns, name)
    except csv.Error as exc:
        raise BatchInputError(
            translate("BatchInput",
                      "{name} is not a well-formed CSV file near line {line_num}: "
                      "{exc}.").format(name=name, line_num=reader.line_num, exc=exc)) from exc
    return BatchInput(name, digest, delimiter, tuple(header), columns, tuple(rows))


def _decode(data: bytes, name: str) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise BatchInputError(
            translate("BatchInput",
                      "{name} is not UTF-8 text (byte 0x{byte:02X} on line {line}). Save it as "
                      "“CSV UTF-8” and choose it again.").format(
                          name=name, byte=data[exc.start], line=line)) from exc
    if "\x00" in text:
        raise BatchInputError(translate("BatchInput",
                                        "{name} is not a text file (it contains NUL "
                                        "bytes).").format(name=name))
    if not text.strip():
        raise BatchInputError(translate("BatchInput", "{name} is empty.").format(name=name))
    return text


def _header_with(text: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), [])
    except csv.Error:
        return []


def _map_columns(header: Sequence[str]) -> tuple[dict[str, int], list[str]]:
    """Which header cell is which column, and the problems (ambiguous names)."""
    found: dict[str, list[int]] = {}
    for i, cell in enumerate(header):
        norm = normalise_header(cell)
        for column, names in ALIASES.items():
            if norm in names:
                found.setdefault(column, []).append(i)
    problems = []
    columns: dict[str, int] = {}
    for column, indexes in found.items():
        if len(indexes) > 1:
            names = " and ".join(f"\u201c{header[i].strip()}\u201d" for i in indexes)
            problems.append(translate("BatchInput",
                                      "two columns could be the {field} "
                                      "({names})").format(field=_FIELD_WORDS[column], names=names))
        else:
            columns[column] = indexes[0]
    return columns, problems


def _choose_header(text: str, name: str) -> tuple[str, list[str], dict[str, int]]:
    best: tuple[int, str, list[str], dict[str, int], list[str]] | None = None
    for delimiter in DELIMITERS:
        header = _header_with(text, delimiter)
        columns, problems = _map_columns(header)
        if len(columns) == len(ALIASES) and not problems:
            return delimiter, header, columns
        score = len(columns)
        if best is None or score > best[0]:
            best = (score, delimiter, header, columns, problems)
    assert best is not None
    _, delimiter, header, columns, problems = best
    shown = (", ".join(f"\u201c{h.strip()}\u201d" for h in header[:12] if h.strip())
             or translate("BatchInput", "nothing"))
    if problems:
        ambiguous = translate("BatchInput",
                              "{name}: the header is ambiguous: {problems}. Rename one of them.")
        raise BatchInputError(ambiguous.format(name=name, problems=joined(problems, "; ")))
    missing = [_FIELD_WORDS[c] for c in ALIASES if c not in columns]
    raise BatchInputError(translate(
        "BatchInput", "{name} has no usable header: no column for the {fields}. The first row "
        "must name the columns (license_key, owner_name, email, or License Key, Name, E-mail); "
        "it reads {shown}.").format(name=name, fields=joined(missing), shown=shown))


def _rows(reader: object, header: list[str], columns: dict[str, int],
          name: str) -> list[InputRow]:
    rows: list[InputRow] = []
    first_of_key: dict[str, int] = {}
    line = 2
    for values in reader:  # type: ignore[attr-defined]
        start = line
        line = reader.line_num + 1  # type: ignore[attr-defined]
        if not any(v.strip() for v in values):
            continue  # blank lines and rows of empty cells: spreadsheets leave them
        if len(rows) >= MAX_ROWS:
            raise BatchInputError(
                translate("BatchInput",
                          "{name} has more than {MAX_ROWS:,} rows; split it into smaller "
                          "batches.").format(name=name, MAX_ROWS=MAX_ROWS))
        rows.append(_row(len(rows) + 1, start, values, header, columns, first_of_key))
    if not rows:
        raise BatchInputError(translate("BatchInput",
                                        "{name} has a header but no rows.").format(name=name))
    return rows


def _row(number: int, line: int, values: list[str], header: list[str],
         columns: dict[str, int], first_of_key: dict[str, int]) -> InputRow:
    padded = values + [""] * (len(header) - len(values))
    raw = {c: padded[i] for c, i in columns.items()}
    fields = tuple(values)
    if len(values) > len(header) and any(v.strip() for v in values[len(header):]):
        return InputRow(number, line, fields, raw["license_key"], raw["owner_name"],
                        raw["email"], RowState.INVALID, Reason.INVALID_ROW,
                        translate("BatchInput",
                                  "This row has {values} values; the header names {header} "
                                  "columns.").format(values=len(values), header=len(header)))
    try:
        request = AssignRequest.from_input(raw["license_key"], raw["owner_name"], raw["email"])
    except ValidationError as exc:
        return InputRow(number, line, fields, raw["license_key"], raw["owner_name"],
                        raw["email"], RowState.INVALID,
                        _INVALID_FIELD.get(exc.field, f"invalid_{exc.field}"),
                        translate("BatchInput", "{field}: {problem}").format(
                            field=_FIELD_TITLES.get(exc.field, exc.field),
                            problem=message_of(exc)))
    first = first_of_key.setdefault(request.license_key, number)
    if first != number:
        return InputRow(number, line, fields, request.license_key, request.owner_name,
                        request.email, RowState.DUPLICATE, Reason.DUPLICATE,
                        translate("BatchInput",
                                  "Same license key as row {first}; only that row is "
                                  "sent.").format(first=first))
    return InputRow(number, line, fields, request.license_key, request.owner_name,
                    request.email, RowState.PENDING)
