"""Linux bundles only: a smaller ICU data library for Qt (31 MB → about 3 MB).

PySide6's Linux Qt links ICU, whose data library (``libicudata.so.NN``) holds one blob,
``icudtNN_dat``: ICU "common data", a sorted table of contents over named items. Qt uses ICU
for a few things (case mapping in some locales, collation, legacy text codecs); licensegui
uses none of the locale-specific ones, so this keeps the core Unicode data (properties,
case, bidi, normalization, break rules, time zones, the root locale and the locale data of
the window's languages: English, German, Spanish, French) and drops collation tables,
codepage converters, word-break dictionaries for CJK/Thai/Khmer,
transliteration and the localized names of ~700 locales. The blob is rebuilt with the same
header and alignment, and linked into a library with the same soname and symbol.

Windows and macOS Qt do not ship ICU at all, so this does not apply there. Without gcc/nm the
build keeps the full ICU and says so.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

ALIGN = 16
PAD = b"\xaa"  # what ICU's own packager pads with: a full rebuild is byte-identical
# Locale resources are named by locale id; these are kept, the others dropped.
KEEP_LOCALES = re.compile(r"(root|(en|de|es|fr)(_[A-Za-z0-9]+)*)")
LOCALE_ID = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]+)*")
KEEP_ALWAYS = {"res_index", "pool"}
DROP_DIRS = {"coll", "curr", "lang", "region", "unit", "zone", "translit", "rbnf"}


def keep_item(name: str) -> bool:
    """``name`` is like ``icudt73l/brkitr/line.brk`` or ``icudt73l/uprops.icu``."""
    parts = name.split("/")[1:]
    if len(parts) > 1:
        folder, file = parts[0], parts[-1]
        if folder in DROP_DIRS:
            return False
        if folder == "brkitr":
            return not file.endswith(".dict")  # rules stay; dictionaries go
        return True
    file = parts[0]
    if file.endswith(".cnv"):
        return False  # codepage converters (UTF-8/16/32 are built in, no data needed)
    if not file.endswith(".res"):
        return True  # uprops.icu, ucase.icu, *.nrm, cnvalias.icu, … : the core
    stem = file[: -len(".res")]
    if stem in KEEP_ALWAYS or not LOCALE_ID.fullmatch(stem):
        return True  # supplementalData, zoneinfo64, likelySubtags, …
    return bool(KEEP_LOCALES.fullmatch(stem))


def parse(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise ValueError("not ICU common data")
    count = struct.unpack_from("<I", blob, header_size)[0]
    toc = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_off, data_off) in enumerate(toc):
        start = header_size + name_off
        name = blob[start : blob.index(b"\0", start)].decode("ascii")
        end = toc[i + 1][1] if i + 1 < count else len(blob) - header_size
        items.append((name, blob[header_size + data_off : header_size + end]))
    return blob[:header_size], items


def build(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The inverse of :func:`parse`: same header, TOC sorted by name, data 16-byte aligned."""
    items = sorted(items, key=lambda item: item[0].encode("ascii"))  # ICU binary-searches
    names = b""
    name_offsets = []
    toc_size = 4 + 8 * len(items)
    for name, _ in items:
        name_offsets.append(toc_size + len(names))
        names += name.encode("ascii") + b"\0"
    body = bytearray(names)
    data_offsets = []
    for _, data in items:
        while (len(header) + toc_size + len(body)) % ALIGN:
            body += PAD
        data_offsets.append(toc_size + len(body))
        body += data
    toc = struct.pack("<I", len(items)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True))
    return header + toc + bytes(body)


def extract(library: Path) -> tuple[str, bytes]:
    """The data symbol's name and bytes (shared libraries map it at file offset == address)."""
    out = subprocess.check_output(["nm", "-D", "-S", "--defined-only", str(library)], text=True)
    for line in out.splitlines():
        fields = line.split()
        if len(fields) == 4 and re.fullmatch(r"icudt\d+_dat", fields[3]):
            address, size = int(fields[0], 16), int(fields[1], 16)
            blob = library.read_bytes()[address : address + size]
            return fields[3], blob
    raise ValueError(f"no icudtNN_dat symbol in {library}")


def trim(library: Path, out_dir: Path) -> Path | None:
    """Write a trimmed copy of ``library`` into ``out_dir``; None when tools are missing."""
    if not (shutil.which("gcc") and shutil.which("nm")):
        return None
    symbol, blob = extract(library)
    header, items = parse(blob)
    kept = [item for item in items if keep_item(item[0])]
    out_dir.mkdir(parents=True, exist_ok=True)
    data = out_dir / "icudata.bin"
    data.write_bytes(build(header, kept))
    source = out_dir / "icudata.c"
    # .incbin puts the blob in .rodata as the same exported, 16-byte aligned symbol.
    source.write_text(
        f'__asm__(".section .rodata\\n.global {symbol}\\n.type {symbol}, @object\\n'
        f'.balign 16\\n{symbol}:\\n.incbin \\"{data}\\"\\n.size {symbol}, .-{symbol}\\n'
        '.previous\\n");\n', encoding="ascii")
    target = out_dir / library.name
    subprocess.check_call(["gcc", "-shared", "-fPIC", f"-Wl,-soname,{library.name}", "-o",
                           str(target), str(source)])
    print(f"[bundle] ICU data trimmed: {len(items)} → {len(kept)} items, "
          f"{len(blob) / 2**20:.1f} → {target.stat().st_size / 2**20:.1f} MB")
    return target
