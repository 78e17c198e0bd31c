#!/usr/bin/env python3
"""One entry point that sets itself up from a bare Python 3.11+.

    python3 run.py app --demo     # the desktop app against a local signing sandbox
    python3 run.py test           # the whole test suite (what CI runs)
    python3 run.py lint | bench | screenshots | bundle | mutation | translations | cli ...

It creates ``.venv/`` beside this file on first use and (re)installs the project with the
pinned versions in ``requirements/constraints.txt`` whenever those or pyproject.toml change.
Works the same on Windows (``py run.py test``).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
CONSTRAINTS = ROOT / "requirements" / "constraints.txt"
EXTRAS = {"app": "", "cli": "", "test": "test", "lint": "test,lint", "bench": "test",
          "screenshots": "test", "bundle": "test,bundle", "mutation": "test,mutation",
          "translations": ""}


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def ensure_env(extras: str) -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036  # run.py may be started by any python3
        sys.exit(f"licensegui needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    python = venv_python()
    if not python.exists():
        print("Creating .venv/ ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    wanted = ",".join(sorted(e for e in extras.split(",") if e))
    digest = hashlib.sha256()
    for path in (ROOT / "pyproject.toml", CONSTRAINTS):
        digest.update(path.read_bytes())
    digest.update(wanted.encode())
    stamp = VENV / f".installed-{wanted or 'base'}"
    if not stamp.exists() or stamp.read_text() != digest.hexdigest():
        print(f"Installing licensegui{f'[{wanted}]' if wanted else ''} into .venv/ ...", flush=True)
        target = f".[{wanted}]" if wanted else "."
        subprocess.check_call(
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
             "-c", str(CONSTRAINTS), "-e", target],
            cwd=ROOT,
        )
        stamp.write_text(digest.hexdigest())
    return python


def run_app(cmd: list[str]) -> int:
    """Run the app and let *it* handle Ctrl+C and the terminal closing.

    Ctrl+C reaches the whole process group, the app included; subprocess.call would also
    kill the app 0.25 s later, before it has recorded its attempt and removed the demo's
    temporary folder. So this process ignores SIGINT, forwards SIGTERM/SIGHUP, and waits.
    """
    import signal

    child = subprocess.Popen(cmd, cwd=ROOT)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is not None:
            signal.signal(signum, lambda sig, _frame: child.send_signal(sig))
    return child.wait()


def _catalogs() -> ModuleType:
    """packaging/catalogs.py (stdlib only), loaded by path: the folder is no package, and its
    name would clash with the PyPI ``packaging``."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("catalogs", ROOT / "packaging" / "catalogs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in EXTRAS:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    python = str(ensure_env(EXTRAS[command]))
    env = dict(os.environ)
    catalogs = _catalogs()
    if command == "translations":  # refresh the .ts sources from the code, for translators
        catalogs.update_sources(python)
    # The window's languages: .qm catalogs compiled from resources/i18n/*.ts, never stale.
    catalogs.compile_catalogs(python)
    if command == "translations":
        return 0
    if command == "app":
        return run_app([python, "-m", "licensegui", *rest])
    if command == "cli":
        return subprocess.call([python, "-m", "licensegui.cli", *rest], cwd=ROOT)
    if command == "test":
        # Tests drive real widgets without a screen.
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return subprocess.call([python, "-m", "pytest", *rest], cwd=ROOT, env=env)
    if command == "lint":
        ruff = subprocess.call([python, "-m", "ruff", "check", ".", *rest], cwd=ROOT)
        # The workflow auditor: pinned actions, least permissions, no persisted credentials.
        zizmor = Path(python).with_name("zizmor.exe" if os.name == "nt" else "zizmor")
        audit = subprocess.call([str(zizmor), "--offline", ".github/workflows/"], cwd=ROOT)
        return ruff or audit
    if command == "bench":
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return subprocess.call([python, "scripts/bench.py", *rest], cwd=ROOT, env=env)
    if command == "mutation":
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return subprocess.call([python, "scripts/mutation.py", *rest], cwd=ROOT, env=env)
    if command == "screenshots":
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return subprocess.call([python, "scripts/screenshots.py", *rest], cwd=ROOT, env=env)
    return subprocess.call([python, "packaging/build.py", *rest], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
