"""Two copies the Linux onedir need not carry (issue 31: the onedir ≤ 110 MB).

1. ``licensegui-cli`` is a link to ``licensegui``: one program that runs the command line when
   started by that name (packaging/entry.py). A second executable carried a second copy of
   every Python module (4.8 MB). Windows keeps its own console executable (the app is a
   windowed one there); macOS keeps its own inside the signed .app.
2. One OpenSSL: psycopg's wheel brings its own libcrypto and libssl (OpenSSL 3.5, 6.9 MB)
   beside the ones Python's ``ssl`` and ``hashlib`` were built with (3.0). OpenSSL keeps its
   ABI within a major version, so Python's names become links to psycopg's copy when it is
   the same major version and not older; ``build.py`` then proves every symbol resolves by
   starting the frozen CLI with ``LD_BIND_NOW=1``.

Links are relative, inside the folder: the archive keeps them (packaging/release.py).
"""

from __future__ import annotations

import re
from pathlib import Path

CLI_NAME = "licensegui-cli"
_VERSION = re.compile(rb"OpenSSL (\d+)\.(\d+)\.(\d+)")


def link_cli(folder: Path, app_name: str) -> Path:
    """``folder/licensegui-cli`` → ``app_name`` (replacing nothing but an older link)."""
    link = folder / CLI_NAME
    if link.is_symlink():
        link.unlink()
    elif link.exists():
        raise SystemExit(f"[bundle] {link} is a file: the spec built a CLI executable too")
    link.symlink_to(app_name)
    return link


def openssl_version(library: Path) -> tuple[int, int, int] | None:
    """The OpenSSL version a libcrypto/libssl names itself with, else None."""
    found = _VERSION.search(library.read_bytes())
    return tuple(int(part) for part in found.groups()) if found else None  # type: ignore[return-value]


def share_openssl(internal: Path) -> list[tuple[Path, Path]]:
    """Python's ``libcrypto.so.3`` and ``libssl.so.3`` in ``internal`` (PyInstaller's
    ``_internal``) made links to psycopg's pair, both or neither (a libssl only ever runs with
    the libcrypto of its own release), when psycopg's is the same major version and not
    older, as each libcrypto names itself; returns (link, target) for each link made.
    Nothing changes when a side is missing or psycopg's is older."""
    vendored = internal / "psycopg_binary.libs"
    pairs: list[tuple[Path, Path]] = []
    for stem in ("libcrypto", "libssl"):
        ours = internal / f"{stem}.so.3"
        theirs = sorted(vendored.glob(f"{stem}-*.so.3")) if vendored.is_dir() else []
        if ours.is_symlink() or not ours.is_file() or len(theirs) != 1:
            return []
        pairs.append((ours, theirs[0]))
    mine, other = openssl_version(pairs[0][0]), openssl_version(pairs[0][1])
    if mine is None or other is None or other[0] != mine[0] or other < mine:
        return []
    for ours, theirs in pairs:
        ours.unlink()
        ours.symlink_to(theirs.relative_to(internal))
    return pairs
