"""Read requirements/lock.txt (the universal, hash-pinned lock) and pick what one command needs.

Stdlib only: run.py loads it by path from a bare Python 3.11+ before any environment exists.

The lock is written by ``uv pip compile --universal --generate-hashes`` (``python3 run.py
lock``): one ``name==version ; marker`` line per distribution, its ``--hash`` lines, and
``# via`` annotations naming who asks for it. Those annotations are the dependency graph: from
them run.py installs only the part of the lock a command's extras need (the app does not need
PyInstaller), still every line pinned and hashed.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements" / "lock.txt"
#: What the annotations call pyproject.toml's own requirements, and the build-system input.
PROJECT = "licensegui"
BUILD_INPUT = "build/lock-input/build-system.in"
#: Tools locked beside the project (requirements/NAME.in), installed like an extra.
TOOL_INPUTS = ("requirements/tools.in",)
#: Per-platform caps (a release that dropped a platform's wheels), compiled into the lock.
PLATFORM_INPUT = "requirements/platforms.in"
COMPILE_COMMAND = "python3 run.py lock"

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*")


def normalize(name: str) -> str:
    """PEP 503: ``PySide6_Essentials`` and ``pyside6-essentials`` are one distribution."""
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(requirement: str) -> str:
    match = _NAME.match(requirement.strip())
    if not match:
        raise ValueError(f"not a requirement: {requirement!r}")
    return normalize(match.group(0))


@dataclass
class Pin:
    """One distribution of the lock: exact version, environment marker, hashes, askers."""

    name: str
    version: str
    marker: str = ""
    hashes: list[str] = field(default_factory=list)
    via: list[str] = field(default_factory=list)
    first_line: str = ""
    lines: list[str] = field(default_factory=list)


def parse(text: str) -> list[Pin]:
    """The pins of a lock, in order. A name may be pinned more than once, to different
    versions under disjoint markers (a platform held back: requirements/platforms.in)."""
    pins: list[Pin] = []
    current: Pin | None = None
    in_via = False
    for raw in text.splitlines():
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped:
            continue
        if not raw.startswith((" ", "#")):  # a requirement line starts in column 0
            body = line.rstrip("\\").strip()
            spec, _, marker = body.partition(";")
            name, sep, version = spec.strip().partition("==")
            if not sep or not version.strip():
                raise ValueError(f"lock line is not pinned with ==: {line!r}")
            current = Pin(requirement_name(name), version.strip(), marker.strip(),
                          first_line=line)
            current.lines.append(line)
            if any(p.name == current.name and p.marker == current.marker for p in pins):
                raise ValueError(f"{current.name} is pinned twice for one environment")
            pins.append(current)
            in_via = False
            continue
        if current is None:
            continue  # the header
        if stripped.startswith("--hash="):
            current.hashes.append(stripped.rstrip("\\").strip().removeprefix("--hash="))
            current.lines.append(line)
        elif stripped.startswith("# via"):
            rest = stripped.removeprefix("# via").strip()
            in_via = not rest
            if rest:
                current.via.append(rest)
        elif in_via and stripped.startswith("#"):
            current.via.append(stripped.lstrip("#").strip())
    return pins


def asker_name(via: str) -> str:
    """``licensegui (pyproject.toml)`` → ``licensegui``; ``-r path`` stays as it is."""
    if via.startswith("-r ") or via.startswith("-c "):
        return via
    return requirement_name(via)


def input_requirements(path: Path) -> list[str]:
    """The requirement lines of a ``.in`` file (comments and blank lines dropped)."""
    lines = (line.split("#", 1)[0].strip() for line in path.read_text("utf-8").splitlines())
    return [line for line in lines if line]


def project_requirements(pyproject: dict, extras: list[str] | None = None,
                         root: Path = ROOT) -> list[str]:
    """The requirement strings to install: pyproject.toml's dependencies, the named extras
    (every extra when None) and the build system's (run.py installs the project without
    build isolation). An extra pyproject.toml does not have may name a tools file,
    ``requirements/NAME.in``."""
    project = pyproject["project"]
    optional = project.get("optional-dependencies", {})
    chosen = sorted(optional) if extras is None else extras
    found: list[str] = []
    for extra in chosen:
        tools = root / "requirements" / f"{extra}.in"
        if extra in optional:
            found += optional[extra]
        elif tools.is_file():
            found += input_requirements(tools)
        else:
            raise ValueError(f"no such extra in pyproject.toml, nor {tools.name}: {extra}")
    return [*project.get("dependencies", []), *found,
            *pyproject.get("build-system", {}).get("requires", [])]


def closure(pins: list[Pin], roots: set[str], missing_ok: bool = False) -> set[str]:
    """Names of the roots and of every pin asked for, transitively, by a pin in the set.
    A root the lock lacks is an error unless ``missing_ok`` (then it is left out)."""
    missing = roots - {pin.name for pin in pins}
    if missing and not missing_ok:
        raise ValueError(f"not in the lock: {', '.join(sorted(missing))} "
                         f"(run: {COMPILE_COMMAND})")
    wanted = roots - missing
    changed = True
    while changed:
        changed = False
        for pin in pins:
            if pin.name not in wanted and any(asker_name(v) in wanted for v in pin.via):
                wanted.add(pin.name)
                changed = True
    return wanted


def subset(text: str, extras: list[str], pyproject: dict, root: Path = ROOT,
           missing_ok: bool = False) -> str:
    """A requirements file of the pins (with their markers and hashes) that the project's
    dependencies, these extras and the build system need."""
    pins = parse(text)
    roots = {requirement_name(r) for r in project_requirements(pyproject, extras, root)}
    names = closure(pins, roots, missing_ok)
    return "".join("\n".join(pin.lines) + "\n" for pin in pins if pin.name in names)


def load_pyproject(root: Path = ROOT) -> dict:
    return tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))


def compile_arguments(root: Path = ROOT) -> list[str]:
    """``uv pip compile``'s arguments that (re)write the lock: every extra, the build system,
    every platform (``--universal``), Python 3.11 and later, hashes of every file on PyPI.
    Writes the build-system input file beside the build folder as a side effect."""
    pyproject = load_pyproject(root)
    build_input = root / BUILD_INPUT
    build_input.parent.mkdir(parents=True, exist_ok=True)
    build_input.write_text("\n".join(pyproject["build-system"]["requires"]) + "\n",
                           encoding="utf-8")
    return ["pip", "compile", "pyproject.toml", BUILD_INPUT, *TOOL_INPUTS, PLATFORM_INPUT,
            "--all-extras", "--universal", "--python-version", "3.11", "--generate-hashes",
            "--index-url", "https://pypi.org/simple", "--custom-compile-command",
            COMPILE_COMMAND, "--quiet", "--output-file", "requirements/lock.txt"]
