"""The version, read from the one place it is written: pyproject.toml (via package metadata)."""

from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path


def _from_pyproject() -> str | None:
    # Running from a source tree that was never installed (or frozen without metadata):
    # read pyproject.toml beside the package rather than keeping a second copy of the number.
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    try:
        text = (base / "pyproject.toml").read_text(encoding="utf-8")
    except OSError:
        return None
    match = re.search(r'^version\s*=\s*"([^"]+)"', text, re.MULTILINE)
    return match.group(1) if match else None


def _resolve() -> str:
    try:
        return metadata.version("licensegui")
    except metadata.PackageNotFoundError:
        return _from_pyproject() or "0+unknown"


version: str = _resolve()
