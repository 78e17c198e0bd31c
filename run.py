#!/usr/bin/env python3
"""One entry point that sets itself up from a bare Python 3.11+.

    python3 run.py app --demo     # the desktop app against a local signing sandbox
    python3 run.py test           # the whole test suite (what CI runs)
    python3 run.py lint | bench | screenshots | bundle | mutation | translations | cli ...
    python3 run.py lock | wheels  # rewrite requirements/lock.txt | check its wheels on PyPI

It creates ``.venv/`` beside this file on first use and (re)installs, whenever
``requirements/lock.txt`` or pyproject.toml change, the part of the lock a command needs (every
line pinned and hashed: ``pip --require-hashes``), then the project itself without
dependencies. ``python3 run.py lock`` rewrites the lock; ``python3 run.py wheels`` asks PyPI
whether every pin has a wheel for every platform the workflow builds.
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
LOCK = ROOT / "requirements" / "lock.txt"
# What each command installs: extras of pyproject.toml, or "tools" (requirements/tools.in: uv).
EXTRAS = {"app": "", "cli": "", "test": "test", "lint": "test,lint", "bench": "test",
          "screenshots": "test", "bundle": "test,bundle", "mutation": "test,mutation",
          "translations": "", "lock": "tools", "wheels": "tools"}


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def ensure_env(extras: str, stale_lock_ok: bool = False) -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036  # run.py may be started by any python3
        sys.exit(f"licensegui needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    python = venv_python()
    if not python.exists():
        print("Creating .venv/ ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    wanted = sorted(e for e in extras.split(",") if e)
    digest = hashlib.sha256()
    for path in (ROOT / "pyproject.toml", LOCK):
        digest.update(path.read_bytes())
    digest.update(",".join(wanted).encode())
    stamp = VENV / f".installed-{','.join(wanted) or 'base'}"
    if not stamp.exists() or stamp.read_text() != digest.hexdigest():
        label = f"[{','.join(wanted)}]" if wanted else ""
        print(f"Installing licensegui{label} into .venv/ from requirements/lock.txt ...",
              flush=True)
        lock = _load_packaging_module("requirements_lock")
        # Only the lock's lines this command needs, each with its hashes: pip then refuses
        # any file whose hash differs, and any dependency the lock does not pin.
        needed = VENV / f"requirements-{','.join(wanted) or 'base'}.txt"
        try:
            needed.write_text(lock.subset(LOCK.read_text(encoding="utf-8"), wanted,
                                          lock.load_pyproject(ROOT), ROOT, stale_lock_ok),
                              encoding="utf-8")
        except ValueError as error:
            sys.exit(f"requirements/lock.txt is out of step with pyproject.toml: {error}")
        pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        # Wheels only: building an sdist would fetch its build tools unpinned.
        subprocess.check_call([*pip, "--require-hashes", "--only-binary=:all:", "-r",
                               str(needed)], cwd=ROOT)
        # The project itself: no dependencies (all came from the lock) and no build
        # isolation (setuptools came from the lock too, pinned and hashed).
        subprocess.check_call([*pip, "--no-deps", "--no-build-isolation", "-e", "."], cwd=ROOT)
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


def compile_package(python: str) -> None:
    """Bytecode beside licensegui/'s sources, as an installer writes it: where Python is told
    not to write bytecode (PYTHONDONTWRITEBYTECODE), every launch of the app and every CLI
    process a test starts compiled the whole package again. Up-to-date files are skipped."""
    subprocess.call([python, "-m", "compileall", "-q", "licensegui"], cwd=ROOT,
                    stdout=subprocess.DEVNULL)


def _load_packaging_module(name: str) -> ModuleType:
    """packaging/NAME.py (stdlib only), loaded by path: the folder is no package, and its
    name would clash with the PyPI ``packaging``."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _catalogs() -> ModuleType:
    return _load_packaging_module("catalogs")


def _uv(python: str) -> str:
    return str(Path(python).with_name("uv.exe" if os.name == "nt" else "uv"))


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in EXTRAS:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    # "lock" is how a stale lock is mended: it must start from one that lacks a new requirement.
    python = str(ensure_env(EXTRAS[command], stale_lock_ok=command == "lock"))
    env = dict(os.environ)
    if command == "lock":  # every platform, every extra, hashes: see requirements_lock.py
        lock = _load_packaging_module("requirements_lock")
        status = subprocess.call([_uv(python), *lock.compile_arguments(ROOT), *rest], cwd=ROOT)
        print("requirements/lock.txt written" if status == 0 else "the lock was not written")
        return status
    if command == "wheels":
        return subprocess.call([python, "scripts/check_wheels.py", "--uv", _uv(python), *rest],
                               cwd=ROOT)
    catalogs = _catalogs()
    if command == "translations":  # refresh the .ts sources from the code, for translators
        catalogs.update_sources(python)
    # The window's languages: .qm catalogs compiled from resources/i18n/*.ts, never stale.
    catalogs.compile_catalogs(python)
    if command == "translations":
        return 0
    compile_package(python)
    if command == "app":
        return run_app([python, "-m", "licensegui", *rest])
    if command == "cli":
        return subprocess.call([python, "-m", "licensegui.cli", *rest], cwd=ROOT)
    if command == "test":
        # Tests drive real widgets without a screen.
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        # One worker per core (pytest-xdist), unless told otherwise (-n 0 runs in one
        # process): much of the suite waits on sockets, child processes and timers.
        chosen = any(a in ("-n", "--numprocesses") or a.startswith(("-n", "--numprocesses="))
                     for a in rest)
        workers = [] if chosen else ["-n", "auto"]
        return subprocess.call([python, "-m", "pytest", *workers, *rest], cwd=ROOT, env=env)
    if command == "lint":
        # No cache: a stale cache once passed here what a fresh clone failed (import order).
        ruff = subprocess.call([python, "-m", "ruff", "check", "--no-cache", ".", *rest], cwd=ROOT)
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
