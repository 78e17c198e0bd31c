"""Issue 21's input: the CSV dialects spreadsheets write, headers in four languages, the
column mapping, the spreadsheet's row numbers, and files too big told in a sentence."""

from __future__ import annotations

import codecs
import re
import time
from pathlib import Path
from xml.etree import ElementTree

import pytest

from licensegui.core.batch import input as batch_input
from licensegui.core.batch.input import (
    FIELDS,
    BatchInputError,
    ColumnMapping,
    MissingColumns,
    header_signature,
    parse_batch,
    read_batch_file,
)
from licensegui.core.codes import RowState

I18N = Path(__file__).resolve().parents[3] / "resources" / "i18n"


def test_excel_sep_line_names_the_delimiter_and_is_no_row() -> None:
    """Issue 21 item 3: German Excel's ``sep=;`` first line was refused."""
    data = ("\ufeffsep=;\r\nLizenzschlüssel;Inhaber;E-Mail\r\n"
            "KEY-0001;Jörg, Müller;j@example.com\r\n").encode()
    batch = parse_batch(data, "excel.csv")
    assert batch.delimiter == ";" and batch.header == ("Lizenzschlüssel", "Inhaber", "E-Mail")
    assert [(r.number, r.line, r.owner_name) for r in batch.rows] == [(2, 3, "Jörg, Müller")]
    assert any("sep=;" in str(n) for n in batch.notes)


def test_a_windows_1252_file_is_read_and_said_not_guessed_silently() -> None:
    data = "Lizenzschlüssel;Inhaber;E-Mail\r\nKEY-0001;Jörg Müller;j@example.com\r\n"
    batch = parse_batch(data.encode("cp1252"), "alt.csv")
    assert batch.header[0] == "Lizenzschlüssel" and batch.rows[0].owner_name == "Jörg Müller"
    (note,) = batch.notes
    assert "not UTF-8" in note and "Windows-1252" in note
    # A UTF-8 file says nothing about its encoding.
    assert parse_batch(data.encode("utf-8"), "neu.csv").notes == ()


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le"])
def test_utf16_unicode_text_with_or_without_a_bom(encoding: str) -> None:
    text = "License Key\tOwner\tE-mail\r\nKEY-0001\tZoë 李\tz@example.com\r\n"
    data = text.encode(encoding)
    assert data.startswith(codecs.BOM_UTF16_LE) == (encoding == "utf-16")
    batch = parse_batch(data, "unicode.txt")
    assert batch.delimiter == "\t" and batch.rows[0].owner_name == "Zoë 李"
    assert any("UTF-16" in str(n) for n in batch.notes)


@pytest.mark.parametrize("line", [1, 2])
def test_a_broken_utf16_character_is_a_sentence_on_any_line(line: int) -> None:
    """An unpaired surrogate (half an emoji) in UTF-16: a sentence naming the row, in the
    header's line (read apart, to find Excel's sep=) as in any other (issue 30)."""
    lines = ["License Key\tOwner\tE-mail\r\n", "KEY-0001\tZoe\tz@example.com\r\n"]
    data = bytearray("".join(lines).encode("utf-16"))
    at = 2 + 2 * (len(lines[0]) * (line - 1) + 3)  # a character of that line
    data[at:at + 2] = b"\x00\xd8"  # a lone high surrogate
    with pytest.raises(BatchInputError, match=f"not readable as utf-16 text near row {line}"):
        parse_batch(bytes(data), "broken.txt")


@pytest.mark.parametrize("header", [
    "Lizenzschlüssel;Inhaber;E-Mail", "Lizenzschluessel;Name;Mail", "LIZENZ;inhaber;e-mail",
    "Lizenz Schlüssel;Name des Inhabers;E-Mail-Adresse",
    "Clé de licence;Propriétaire;Courriel", "cle de licence;titulaire;adresse e-mail",
    "Clave de licencia;Titular;Correo", "clave de licencia;Nombre del titular;"
    "correo electrónico", "licensekey;owner;email",
])
def test_headers_in_four_languages(header: str) -> None:
    batch = parse_batch(f"{header}\nKEY-0001;Ann;ann@example.com\n".encode(), "h.csv")
    assert batch.columns == {"license_key": 0, "owner_name": 1, "email": 2}


def _translations(source: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for ts in sorted(I18N.glob("licensegui_*.ts")):
        for message in ElementTree.parse(ts).getroot().iter("message"):
            if message.findtext("source") == source:
                text = message.findtext("translation") or ""
                found.setdefault(ts.stem[-2:], []).append(text)
    return found


def test_every_word_the_window_uses_for_a_column_is_a_header_that_works() -> None:
    """Issue 21 item 2: the German window said to name a column "Lizenzschlüssel" and a file
    with that header was refused. Every translation of each column's name is accepted as
    that column's header, in every language the app speaks."""
    words = {"license_key": ("license key", "License key"),
             "owner_name": ("owner name", "Owner name", "Owner"),
             "email": ("email", "Email")}
    checked = 0
    for field, sources in words.items():
        names = {s for s in sources} | {t for s in sources
                                         for ts in _translations(s).values() for t in ts if t}
        for name in names:
            others = {f: f"other {f}" for f in FIELDS if f != field}
            mapping = {field: name, **others}
            header = ";".join(mapping[f] if f == field else {"license_key": "Lizenz",
                                                              "owner_name": "Inhaber",
                                                              "email": "E-Mail"}[f]
                              for f in FIELDS)
            batch = parse_batch(f"{header}\nKEY-0001;Ann;ann@example.com\n".encode(),
                                "w.csv")
            assert batch.columns[field] == FIELDS.index(field), name
            checked += 1
    assert checked >= 15  # the translations were found, not an empty loop


def test_the_refusal_names_the_header_the_window_names() -> None:
    with pytest.raises(MissingColumns) as err:
        parse_batch(b"Artikel;Menge\n1;2\n", "x.csv")
    assert err.value.header == ["Artikel", "Menge"]
    assert err.value.missing == ["license_key", "owner_name", "email"]
    assert "no column for the license key, owner name, email" in str(err.value)
    assert "“Artikel”, “Menge”" in str(err.value)


def test_a_column_mapping_says_which_column_is_which() -> None:
    data = b"Nr;Code;Kunde;Kontakt\n1;KEY-0001;Ann;ann@example.com\n"
    with pytest.raises(MissingColumns) as err:
        parse_batch(data, "m.csv")
    assert err.value.missing == ["license_key", "email"]  # "Kunde" is an owner alias
    mapping = ColumnMapping.parse("key=Code, email=Kontakt")
    batch = parse_batch(data, "m.csv", columns=mapping)
    assert batch.columns == {"license_key": 1, "owner_name": 2, "email": 3}
    assert batch.rows[0].email == "ann@example.com"
    # A mapped header that is not in the file: refused, naming what the file has.
    with pytest.raises(MissingColumns) as err:
        parse_batch(data, "m.csv", columns=ColumnMapping.parse("key=Schlüssel,email=Kontakt"))
    assert "no column “Schlüssel”" in str(err.value) and err.value.missing == ["license_key"]


@pytest.mark.parametrize("text,expected", [
    ("key=Lizenz,owner=Kunde,email=Mail", ColumnMapping("Lizenz", "Kunde", "Mail")),
    ("license_key=A, owner_name=B", ColumnMapping("A", "B", None)),
    ("EMAIL=E-Mail-Adresse", ColumnMapping(None, None, "E-Mail-Adresse")),
])
def test_mapping_text(text: str, expected: ColumnMapping) -> None:
    assert ColumnMapping.parse(text) == expected


@pytest.mark.parametrize("text,words", [
    ("key", "does not say which column"), ("key=", "does not say which column"),
    ("colour=Farbe", "not a column a batch needs"), ("key=A,key=B", "named twice"),
    ("", "No column named"), (" , ", "No column named"),
])
def test_bad_mapping_text_is_a_sentence(text: str, words: str) -> None:
    with pytest.raises(BatchInputError, match=words):
        ColumnMapping.parse(text)


def test_the_header_signature_remembers_files_with_the_same_headers() -> None:
    assert header_signature(["Nr", "Code", "Kunde"]) == header_signature(
        ["Nr", "Code", "Kunde", "", ""])  # trailing empty cells are no columns
    assert header_signature(["\ufeffNr", " Code ", "Kunde"]) == header_signature(
        ["Nr", "Code", "Kunde"])
    assert header_signature(["Nr", "Code", "Kunde"]) != header_signature(["Code", "Nr",
                                                                          "Kunde"])
    assert re.fullmatch(r"[0-9a-f]{16}", header_signature(["a"]))


def test_row_numbers_are_the_spreadsheets_in_messages_too() -> None:
    """Issue 21 item 5: "Same license key as row 5" named a row in neither file; blank lines
    shifted every number after them."""
    data = (b"key;name;email\n"
            b"KEY-0001;Ann;ann@example.com\n"
            b"\n"
            b"KEY-0002;\"Bob\nJr\";bob@example.com\n"
            b";;\n"
            b"KEY-0001;Cy;cy@example.com\n")
    rows = parse_batch(data, "r.csv").rows
    assert [(r.number, r.line, r.state) for r in rows] == [
        (2, 2, RowState.PENDING), (3, 3, RowState.BLANK), (4, 4, RowState.PENDING),
        (5, 6, RowState.BLANK), (6, 7, RowState.DUPLICATE)]
    assert rows[-1].detail == "Same license key as row 2; only that row is sent."


def test_blank_rows_at_the_end_are_not_rows() -> None:
    rows = parse_batch(b"key,name,email\nKEY-0001,A,a@example.com\n\n,,\n\n", "e.csv").rows
    assert [r.number for r in rows] == [2]


def test_a_50_mb_field_is_refused_with_a_sentence(tmp_path: Path) -> None:
    """Issue 21 item 6: Python's "field larger than field limit (131072)" reached the user."""
    path = tmp_path / "big-field.csv"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("key,name,email\nKEY-0001,")
        handle.write("x" * 50_000_000)
        handle.write(",a@example.com\n")
    with pytest.raises(BatchInputError) as err:
        read_batch_file(path)
    assert str(err.value) == ("big-field.csv: row 2 is longer than 100,000 characters; a "
                              "batch's cells are license keys, names and addresses. Is this "
                              "the right file?")


def test_a_long_quoted_field_across_many_lines_is_refused_the_same_way(tmp_path: Path) -> None:
    path = tmp_path / "lines.csv"
    path.write_text('key,name,email\nKEY-0001,"' + "word\n" * 40_000 + '",a@example.com\n',
                    encoding="utf-8")
    with pytest.raises(BatchInputError, match="row 2 is longer than 100,000 characters"):
        read_batch_file(path)


@pytest.mark.parametrize("owner", ["O", '"O"'])  # with quotes, rows are counted as read
def test_a_million_rows_are_refused_naming_the_limit(tmp_path: Path, owner: str) -> None:
    """Issue 21 item 6: refused by count only after reading them. Short rows keep the file
    under the size limit; the limit is named (bench: ``run.py bench --only preview``)."""
    path = tmp_path / "million.csv"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("key,name,email\n")
        handle.writelines(f"K-{i:07d},{owner},o@ex.io\n" for i in range(1_000_000))
    assert path.stat().st_size < batch_input.MAX_FILE_BYTES
    started = time.perf_counter()
    with pytest.raises(BatchInputError) as err:
        read_batch_file(path)
    print(f"refused in {time.perf_counter() - started:.2f} s")
    assert str(err.value) == ("million.csv has more than 100,000 rows below its header; "
                              "split it into smaller batches.")
    # A file at the limit with blank lines after its last row is not refused: those lines
    # are no rows (the quick refusal leaves room for them).
    path = tmp_path / "full.csv"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("key,name,email\n")
        handle.writelines(f"K-{i:07d},O,o@ex.io\n" for i in range(batch_input.MAX_ROWS))
        handle.write("\n,,\n\n")
    assert len(read_batch_file(path).rows) == batch_input.MAX_ROWS


def test_the_refusal_in_every_language_names_headers_that_work() -> None:
    """The sentence refusing a header gives example names; in every language, a file
    using exactly those names is read (the refusal never contradicts itself)."""
    source = ("{name} has no usable header: no column for the {fields}. The first row must "
              "name the columns (license_key, owner_name, email, or License Key, Name, "
              "E-mail) or you say which column is which; it reads {shown}.")
    translations = _translations(source)
    assert sorted(translations) == ["de", "es", "fr"]
    for lang, (text,) in translations.items():
        examples = re.search(r"\((?:[^()]*?\b)?([^():]+,[^():]+,[^():]+)\)", text)
        assert examples, (lang, text)
        names = [n.strip().removeprefix("etwa ").removeprefix("par exemple ")
                 .removeprefix("por ejemplo ") for n in examples.group(1).split(",")]
        header = ";".join(names)
        batch = parse_batch(f"{header}\nKEY-0001;Ann;ann@example.com\n".encode(), "l.csv")
        assert batch.columns == {"license_key": 0, "owner_name": 1, "email": 2}, (lang, header)


def test_a_check_keeps_the_verdicts_not_the_cells(tmp_path: Path) -> None:
    """``batch --check`` holds 100,000 rows in a third of the memory (bench: preview)."""
    path = tmp_path / "c.csv"
    path.write_bytes(b"key,name,email,note\nKEY-0001,Ann,ann@example.com,x\n"
                     b"bad key,B,b@example.com,y\n")
    full, lean = read_batch_file(path).rows, read_batch_file(path, keep_cells=False).rows
    assert [(r.number, r.state, r.reason, r.license_key) for r in lean] == [
        (r.number, r.state, r.reason, r.license_key) for r in full]
    assert [r.fields for r in lean] == [(), ()]
    assert full[0].fields == ("KEY-0001", "Ann", "ann@example.com", "x")
