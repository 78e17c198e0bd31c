"""Compile ``resources/i18n/*.ts`` into the ``.qm`` catalogs the app loads (stdlib only:
``run.py`` imports it before the project is installed; the bundle build calls it too).

A catalog is rebuilt whenever its ``.ts`` changed (by content, not modification time, which a
checkout does not keep) or its ``.qm`` is missing; a ``.qm`` without a ``.ts`` is removed, so
no stale catalog is ever loaded or bundled.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
STAMP = I18N / ".compiled.json"


def lrelease(python: Path | str = sys.executable) -> Path:
    """PySide6's lrelease, installed beside the interpreter of the project's environment."""
    folder = Path(python).parent
    name = "pyside6-lrelease.exe" if os.name == "nt" else "pyside6-lrelease"
    return folder / name


LANGUAGES = ("de", "es", "fr")


def sources() -> list[Path]:
    """Every Python file whose strings may be shown: the whole package."""
    return sorted((ROOT / "licensegui").rglob("*.py"))


def lupdate_command(python: Path | str, ts: Path, language: str) -> list[str]:
    """Qt's lupdate over the package into ``ts``: new strings arrive unfinished, removed ones
    are dropped, no line numbers (so moving code does not churn the catalogs)."""
    folder = Path(python).parent
    tool = folder / ("pyside6-lupdate.exe" if os.name == "nt" else "pyside6-lupdate")
    return [str(tool), *map(str, sources()), "-locations", "none", "-no-obsolete",
            "-source-language", "en", "-target-language", language, "-ts", str(ts)]


def update_sources(python: Path | str = sys.executable) -> None:
    """Refresh every ``.ts`` from the code (for translators; ``run.py translations``)."""
    for language in LANGUAGES:
        subprocess.run(lupdate_command(python, I18N / f"licensegui_{language}.ts", language),
                       check=True)


def compile_catalogs(python: Path | str = sys.executable, quiet: bool = True) -> list[Path]:
    """Bring every ``.qm`` up to date with its ``.ts``; returns the catalogs rebuilt."""
    sources = sorted(I18N.glob("*.ts"))
    try:
        done = json.loads(STAMP.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        done = {}
    built, state = [], {}
    for ts in sources:
        qm = ts.with_suffix(".qm")
        digest = hashlib.sha256(ts.read_bytes()).hexdigest()
        state[ts.name] = digest
        if qm.is_file() and done.get(ts.name) == digest:
            continue
        subprocess.run([str(lrelease(python)), "-silent" if quiet else "-verbose",
                        "-removeidentical", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    wanted = {ts.with_suffix(".qm").name for ts in sources}
    for qm in I18N.glob("*.qm"):
        if qm.name not in wanted:
            qm.unlink()  # its .ts is gone: never ship or load a stale catalog
    STAMP.write_text(json.dumps(state, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return built


if __name__ == "__main__":
    if sys.argv[1:] == ["update"]:
        update_sources()
    rebuilt = compile_catalogs(quiet=False)
    print(f"{len(rebuilt)} catalog(s) rebuilt in {I18N}")
