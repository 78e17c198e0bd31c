"""The version, read from the one place it is written: pyproject.toml (beside the package, or
in the installed package's metadata)."""

from __future__ import annotations

import re
import sys
from pathlib import Path


def _from_pyproject() -> str | None:
    # A source tree (installed for development or not) and the bundle (which carries it)
    # have pyproject.toml beside the package: read the number where it is written. Only ours:
    # a wheel installed into site-packages has some other project's file there, if any.
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    try:
        text = (base / "pyproject.toml").read_text(encoding="utf-8")
    except OSError:
        return None
    if not re.search(r'^name\s*=\s*"licensegui"', text, re.MULTILINE):
        return None
    match = re.search(r'^version\s*=\s*"([^"]+)"', text, re.MULTILINE)
    return match.group(1) if match else None


def _resolve() -> str:
    # pyproject.toml first: importlib.metadata (and the email parser under it) cost the
    # window's start-up about 12 ms; an installed wheel still finds its number there.
    found = _from_pyproject()
    if found is not None:
        return found
    from importlib import metadata

    try:
        return metadata.version("licensegui")
    except metadata.PackageNotFoundError:
        return "0+unknown"


version: str = _resolve()
