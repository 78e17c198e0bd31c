"""The oldest macOS a bundle runs on, read from the platform tags of what it carries.

A wheel tagged ``macosx_14_0_universal2`` holds binaries built for macOS 14.0 and later, and
the Python runtime says its own deployment target (``sysconfig.get_platform()``, e.g.
``macosx-11.0-arm64``). The bundle needs the highest of them: that is its
``LSMinimumSystemVersion`` (Finder then says "requires macOS 14" instead of a crash at launch),
and the README may not promise less. Stdlib only; the pure functions are tested on tag lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from importlib import metadata

Version = tuple[int, int]

_MACOS_TAG = re.compile(r"macosx[_-](\d+)[_.](\d+)[_-](\w+)$")
#: Which architectures' binaries each macOS platform tag's last part carries.
_TAG_ARCHES = {
    "universal2": {"arm64", "x86_64"}, "universal": {"x86_64", "i386", "ppc", "ppc64"},
    "intel": {"x86_64", "i386"}, "fat64": {"x86_64", "ppc64"}, "fat32": {"i386", "ppc"},
    "fat3": {"x86_64", "i386", "ppc"},
}
#: The README's promise: "macOS 14 or later" (also "macOS 14.4 or later").
_README_CLAIM = re.compile(r"macOS (\d+)(?:\.(\d+))? or later")


def tag_version(platform_tag: str, machine: str) -> Version | None:
    """(major, minor) of a macOS platform tag that carries ``machine``'s binaries, else None.

    >>> tag_version("macosx_14_0_universal2", "arm64")
    (14, 0)
    """
    match = _MACOS_TAG.search(platform_tag)
    if not match:
        return None
    major, minor, arch = int(match.group(1)), int(match.group(2)), match.group(3)
    if machine not in _TAG_ARCHES.get(arch, {arch}):
        return None
    return major, minor


def wheel_minimum(tags: Iterable[str], machine: str) -> Version | None:
    """The macOS a wheel needs on ``machine``: the lowest of its tags (``Tag:`` lines of its
    WHEEL file, ``python-abi-platform``, each platform possibly ``.``-compressed) that fits;
    None for a pure-Python wheel or one with no macOS tag for this machine."""
    found = [version for tag in tags for platform in tag.rsplit("-", 1)[-1].split(".")
             if (version := tag_version(platform, machine)) is not None]
    return min(found) if found else None


def runtime_minimum(platform: str, deployment_target: str | None = None) -> Version | None:
    """The Python runtime's deployment target, from ``sysconfig.get_platform()``
    (``macosx-11.0-arm64``) and its ``MACOSX_DEPLOYMENT_TARGET`` config variable: the higher."""
    found: list[Version] = []
    match = re.match(r"macosx-(\d+)\.(\d+)", platform)
    if match:
        found.append((int(match.group(1)), int(match.group(2))))
    if deployment_target:
        parts = [int(p) for p in deployment_target.split(".")[:2]]
        found.append((parts[0], parts[1] if len(parts) > 1 else 0))
    return max(found) if found else None


def bundle_minimum(wheels: Mapping[str, Iterable[str]], machine: str,
                   runtime: Version | None) -> tuple[Version, list[str]]:
    """The highest minimum among the wheels (name → tags) and the runtime, and who sets it."""
    needs: dict[str, Version] = {}
    for name, tags in wheels.items():
        version = wheel_minimum(tags, machine)
        if version is not None:
            needs[name] = version
    if runtime is not None:
        needs["Python runtime"] = runtime
    if not needs:
        raise ValueError("no macOS platform tag found: is this a macOS build?")
    highest = max(needs.values())
    return highest, sorted(name for name, version in needs.items() if version == highest)


def installed_wheel_tags(names: Iterable[str] | None = None) -> dict[str, list[str]]:
    """Tags of the installed distributions (their WHEEL files), by name; only ``names`` when
    given. Distributions installed from a source build or editable have no binary tags of
    interest and come out with whatever their WHEEL says (often none)."""
    wanted = {_normalize(n) for n in names} if names is not None else None
    found: dict[str, list[str]] = {}
    for dist in metadata.distributions():
        name = _normalize(dist.metadata["Name"] or "")
        if wanted is not None and name not in wanted:
            continue
        text = dist.read_text("WHEEL") or ""
        found[name] = [line.split(":", 1)[1].strip() for line in text.splitlines()
                       if line.startswith("Tag:")]
    return found


def readme_claims(text: str) -> list[Version]:
    """Every "macOS N[.M] or later" the README states."""
    return [(int(m.group(1)), int(m.group(2) or 0)) for m in _README_CLAIM.finditer(text)]


def check_readme(text: str, needed: Version) -> list[str]:
    """Complaints: no stated minimum, or one lower than what the bundle needs."""
    claims = readme_claims(text)
    if not claims:
        return ['the README states no minimum macOS ("macOS N or later")']
    return [f"the README says macOS {show(c)} or later, but the bundle needs {show(needed)}"
            for c in claims if c < needed]


def show(version: Version) -> str:
    return f"{version[0]}.{version[1]}"


def _normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()
