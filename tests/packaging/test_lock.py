"""requirements/lock.txt against pyproject.toml, offline: every requirement satisfied by a
pinned, hashed line on every platform the workflow builds; nothing pinned that nothing asks
for; every dependency of what is installed pinned for Windows, macOS and Linux alike; and
run.py's per-command selection. (Whether PyPI has a wheel for each pin on each platform needs
the network: python3 run.py wheels.)"""

from __future__ import annotations

import importlib.util
import sys
from importlib import metadata
from pathlib import Path
from types import ModuleType

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]


def load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


lock = load("requirements_lock", ROOT / "packaging" / "requirements_lock.py")
run = load("licensegui_run", ROOT / "run.py")

PINS = lock.parse(lock.LOCK.read_text(encoding="utf-8"))
PYPROJECT = lock.load_pyproject(ROOT)
#: What the annotations call the inputs that are not distributions.
INPUTS = {lock.PROJECT, f"-r {lock.BUILD_INPUT}", f"-r {lock.PLATFORM_INPUT}",
          *(f"-r {path}" for path in lock.TOOL_INPUTS)}

_PLATFORMS = {
    "linux-x86_64": {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix",
                     "platform_machine": "x86_64"},
    "windows-x86_64": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt",
                       "platform_machine": "AMD64"},
    "macos-arm64": {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix",
                    "platform_machine": "arm64"},
    "macos-x86_64": {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix",
                     "platform_machine": "x86_64"},
}
#: Every platform the workflow builds, on every Python the project supports (3.11+).
ENVIRONMENTS = {
    f"{label}/py{minor}": {
        **platform, "python_version": minor, "python_full_version": f"{minor}.0",
        "implementation_name": "cpython", "platform_python_implementation": "CPython",
        "implementation_version": f"{minor}.0", "platform_release": "", "platform_version": "",
        "extra": "",
    }
    for label, platform in _PLATFORMS.items() for minor in ("3.11", "3.12", "3.13", "3.14")
}


def applies(marker: str | Marker | None, env: dict[str, str]) -> bool:
    if not marker:
        return True
    return (marker if isinstance(marker, Marker) else Marker(marker)).evaluate(env)


def pins_for(name: str, env: dict[str, str]) -> list:
    return [pin for pin in PINS if pin.name == lock.normalize(name) and applies(pin.marker, env)]


def all_requirements() -> list[str]:
    """pyproject.toml's dependencies, every extra, the build system, and the tools files."""
    tools = [r for path in lock.TOOL_INPUTS for r in lock.input_requirements(ROOT / path)]
    return [*lock.project_requirements(PYPROJECT, None, ROOT), *tools]


@pytest.mark.parametrize("env_label", sorted(ENVIRONMENTS))
def test_every_requirement_has_one_pinned_hashed_line_that_satisfies_it(env_label: str) -> None:
    env = ENVIRONMENTS[env_label]
    problems = []
    for text in all_requirements():
        requirement = Requirement(text)
        if not applies(requirement.marker, env):
            continue
        found = pins_for(requirement.name, env)
        if len(found) != 1:
            problems.append(f"{text}: {len(found)} pins apply (run: python3 run.py lock)")
        elif not requirement.specifier.contains(found[0].version, prereleases=True):
            problems.append(f"{text}: the lock pins {found[0].version}")
    assert not problems, "\n".join(problems)


def test_every_pin_is_exact_and_hashed() -> None:
    assert PINS, "the lock is empty"
    for pin in PINS:
        assert pin.version and "*" not in pin.version, pin.first_line
        assert pin.hashes, f"{pin.name} has no hash"
        assert all(h.startswith("sha256:") and len(h) == 7 + 64 for h in pin.hashes), pin.name


def test_nothing_is_pinned_that_nothing_asks_for() -> None:
    names = {pin.name for pin in PINS}
    for pin in PINS:
        askers = {lock.asker_name(via) for via in pin.via}
        assert askers, f"{pin.name}: no '# via' (lock written without annotations?)"
        unknown = askers - names - INPUTS
        assert not unknown, f"{pin.name} is asked for by {unknown}, which the lock lacks"
        # platforms.in only holds versions back: it may not bring a package in by itself.
        assert askers - {f"-r {lock.PLATFORM_INPUT}"}, f"{pin.name}: only platforms.in asks"
    roots = {lock.requirement_name(r) for r in all_requirements()}
    assert lock.closure(PINS, roots) == names


@pytest.mark.parametrize("env_label", sorted(ENVIRONMENTS))
def test_dependencies_of_installed_packages_are_pinned_on_every_platform(env_label: str) -> None:
    """The installed distributions' own metadata (with its markers) says what each needs on
    Windows or macOS too: keyring → pywin32-ctypes on Windows, PyInstaller → pefile, macholib…"""
    env = ENVIRONMENTS[env_label]
    problems = []
    for pin in PINS:
        if not applies(pin.marker, env):
            continue
        try:
            dist = metadata.distribution(pin.name)
        except metadata.PackageNotFoundError:
            continue  # another platform's package (pywin32-ctypes on Linux): checked above
        for text in dist.requires or []:
            requirement = Requirement(text)
            if not applies(requirement.marker, env):
                continue  # an extra nobody asks for, or another platform
            found = pins_for(requirement.name, env)
            if len(found) != 1:
                problems.append(f"{pin.name} needs {text}: {len(found)} pins apply")
            elif not requirement.specifier.contains(found[0].version, prereleases=True):
                problems.append(f"{pin.name} needs {text}: the lock pins {found[0].version}")
    assert not problems, "\n".join(problems)


def test_keyrings_windows_dependency_is_pinned_and_hashed() -> None:
    windows = ENVIRONMENTS["windows-x86_64/py3.11"]
    (pin,) = pins_for("pywin32-ctypes", windows)
    assert pin.hashes
    assert not pins_for("pywin32-ctypes", ENVIRONMENTS["linux-x86_64/py3.11"])
    assert not pins_for("jeepney", windows)  # Linux's Secret Service client, Linux only


def test_the_environment_running_the_tests_is_the_locks() -> None:
    for pin in PINS:
        if pin.marker and not Marker(pin.marker).evaluate():  # this interpreter's environment
            continue
        try:
            installed = metadata.version(pin.name)
        except metadata.PackageNotFoundError:
            continue  # an extra this command did not install
        assert installed == pin.version, f"{pin.name} {installed} installed, lock {pin.version}"


@pytest.mark.parametrize("command", sorted(run.EXTRAS))
def test_each_command_gets_its_requirements_from_the_lock(command: str) -> None:
    extras = [e for e in run.EXTRAS[command].split(",") if e]
    text = lock.subset(lock.LOCK.read_text(encoding="utf-8"), extras, PYPROJECT, ROOT)
    chosen = lock.parse(text)
    names = {pin.name for pin in chosen}
    for requirement in lock.project_requirements(PYPROJECT, extras, ROOT):
        assert lock.requirement_name(requirement) in names, requirement
    assert all(pin.hashes for pin in chosen)
    assert "setuptools" in names  # the project is installed without build isolation
    if command == "app":
        assert not names & {"pyinstaller", "pytest", "zizmor", "mutmut", "uv"}
    if command == "bundle":
        # What the Windows and macOS builds install besides Linux's.
        assert {"pywin32-ctypes", "pefile", "macholib", "pyinstaller"} <= names


def test_parse_keeps_one_pin_per_environment() -> None:
    text = """# header
cryptography==48.0.1 ; sys_platform == 'darwin' \\
    --hash=sha256:aa
    # via licensegui (pyproject.toml)
cryptography==50.0.2 ; sys_platform != 'darwin' \\
    --hash=sha256:bb \\
    --hash=sha256:cc
    # via
    #   -r requirements/platforms.in
    #   licensegui (pyproject.toml)
cffi==2.1.1 \\
    --hash=sha256:dd
    # via cryptography
"""
    pins = lock.parse(text)
    assert [(p.name, p.version, len(p.hashes)) for p in pins] == [
        ("cryptography", "48.0.1", 1), ("cryptography", "50.0.2", 2), ("cffi", "2.1.1", 1)]
    assert pins[1].via == ["-r requirements/platforms.in", "licensegui (pyproject.toml)"]
    assert lock.closure(pins, {"cryptography"}) == {"cryptography", "cffi"}
    assert lock.closure(pins, set()) == set()
    with pytest.raises(ValueError, match="not pinned"):
        lock.parse("requests>=2\n")
    with pytest.raises(ValueError, match="not in the lock"):
        lock.closure(pins, {"requests"})
