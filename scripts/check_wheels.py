"""Ask PyPI whether every pin a build installs has a wheel for every platform the workflow builds.

    python3 run.py wheels [--target LABEL ...] [--python-version 3.11]

For each target (Windows x86_64, macOS arm64 and x86_64 at the README's minimum macOS, Linux
x86_64), the part of requirements/lock.txt that build installs (run.py's own selection: the
``bundle`` command's extras; on Linux, where CI also lints and developers run everything,
every extra and tool) is resolved by ``uv pip compile --python-platform … --only-binary :all:``:
markers evaluated for that platform, no source builds. A version bump that drops a platform's
wheels (cryptography 49 dropped Intel Macs; PySide6 6.12 needs macOS 14) fails here, before a
release, naming each pin without a wheel. Needs the network (PyPI); not part of the offline
test suite. Exit 0 when every target is covered, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import macos_minimum  # noqa: E402  # packaging/ is not a package
import requirements_lock  # noqa: E402

sys.path.insert(0, str(ROOT))
from run import EXTRAS  # noqa: E402  # what each command installs: one place

INDEX = "https://pypi.org/simple"
BUNDLE_EXTRAS = [e for e in EXTRAS["bundle"].split(",") if e]
EVERYTHING = sorted({e for extras in EXTRAS.values() for e in extras.split(",") if e})


@dataclass(frozen=True)
class Target:
    label: str
    platform: str  # uv's --python-platform
    extras: tuple[str, ...]
    macos: bool = False


#: The workflow's matrix (.github/workflows/bundle.yml). Linux: PySide6 6.10+ wheels are
#: manylinux_2_34 (glibc 2.34), so that is the floor checked.
TARGETS = {
    "windows-x86_64": Target("windows-x86_64", "x86_64-pc-windows-msvc", tuple(BUNDLE_EXTRAS)),
    "macos-arm64": Target("macos-arm64", "aarch64-apple-darwin", tuple(BUNDLE_EXTRAS), True),
    "macos-x86_64": Target("macos-x86_64", "x86_64-apple-darwin", tuple(BUNDLE_EXTRAS), True),
    "linux-x86_64": Target("linux-x86_64", "x86_64-manylinux_2_34", tuple(EVERYTHING)),
}
#: Known but not built: asked for by name (--target windows-arm64) to see what it would take.
OPTIONAL = {
    "windows-arm64": Target("windows-arm64", "aarch64-pc-windows-msvc", tuple(BUNDLE_EXTRAS)),
}


def compile_for(uv: str, requirements: str, target: Target, python_version: str,
                macos: str | None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if target.macos and macos:
        env["MACOSX_DEPLOYMENT_TARGET"] = macos  # uv's oldest macOS for the platform tags
    with tempfile.TemporaryDirectory(prefix="licensegui-wheels-") as tmp:
        path = Path(tmp, "requirements.txt")
        path.write_text(requirements, encoding="utf-8")
        return subprocess.run(
            [uv, "pip", "compile", str(path), "--python-platform", target.platform,
             "--python-version", python_version, "--only-binary", ":all:", "--no-deps",
             "--no-header", "--no-annotate", "--quiet", "--index-url", INDEX],
            capture_output=True, text=True, env=env, check=False)


def missing_wheels(uv: str, requirements: str, target: Target, python_version: str,
                   macos: str | None) -> list[str]:
    """The pins (``name==version ; marker``) with no wheel for the target, one by one (uv
    stops at the first); empty when the whole set resolves."""
    if compile_for(uv, requirements, target, python_version, macos).returncode == 0:
        return []
    pins = requirements_lock.parse(requirements)
    return [pin.first_line.rstrip(" \\") for pin in pins
            if compile_for(uv, pin.first_line.rstrip(" \\") + "\n", target, python_version,
                           macos).returncode != 0]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--uv", default="uv", help="the uv executable (run.py passes .venv's)")
    parser.add_argument("--target", action="append", choices=[*TARGETS, *OPTIONAL],
                        help="only these targets (default: every one the workflow builds)")
    parser.add_argument("--python-version", default="3.11")
    args = parser.parse_args(argv)
    lock_text = requirements_lock.LOCK.read_text(encoding="utf-8")
    pyproject = requirements_lock.load_pyproject(ROOT)
    claims = macos_minimum.readme_claims((ROOT / "README.md").read_text(encoding="utf-8"))
    if not claims:
        print('README.md states no minimum macOS ("macOS N or later")')
        return 1
    stated = min(claims)
    macos = macos_minimum.show(stated)
    failed = False
    for label in args.target or list(TARGETS):
        target = {**TARGETS, **OPTIONAL}[label]
        requirements = requirements_lock.subset(lock_text, list(target.extras), pyproject, ROOT)
        count = len(requirements_lock.parse(requirements))
        where = f"{target.platform}" + (f", macOS {macos}" if target.macos else "")
        missing = missing_wheels(args.uv, requirements, target, args.python_version, macos)
        if missing:
            failed = True
            print(f"FAIL {label} ({where}): no wheel for {len(missing)} of {count} pins:")
            for line in missing:
                print(f"       {line}")
            continue
        print(f"ok   {label} ({where}): a wheel for each of {count} pins "
              f"({','.join(target.extras) or 'run time'})")
        if target.macos and stated[0] > 11:
            # Could the README promise an older macOS? (Informational: the bundle's
            # LSMinimumSystemVersion comes from the wheels it really carries.)
            older = macos_minimum.show((stated[0] - 1, 0))
            below = missing_wheels(args.uv, requirements, target, args.python_version, older)
            print(f"     at macOS {older}: " + (
                f"no wheel for {', '.join(line.split(' ;')[0] for line in below)}" if below
                else "every pin has a wheel too (the README's minimum could be lower)"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
