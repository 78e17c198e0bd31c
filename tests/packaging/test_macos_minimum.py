"""The oldest macOS a bundle runs on, from platform tags (packaging/macos_minimum.py), and the
README, the spec and the build agreeing on it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers.app import packaging_module

ROOT = Path(__file__).resolve().parents[2]




mm = packaging_module("macos_minimum")


@pytest.mark.parametrize(
    ("tag", "machine", "expected"),
    [
        ("macosx_14_0_universal2", "arm64", (14, 0)),
        ("macosx_14_0_universal2", "x86_64", (14, 0)),
        ("macosx_11_0_arm64", "arm64", (11, 0)),
        ("macosx_11_0_arm64", "x86_64", None),  # no Intel binaries in it
        ("macosx_10_9_x86_64", "x86_64", (10, 9)),
        ("macosx_10_9_intel", "x86_64", (10, 9)),
        ("manylinux_2_34_x86_64", "x86_64", None),
        ("win_amd64", "x86_64", None),
        ("any", "arm64", None),
    ],
)
def test_tag_version(tag: str, machine: str, expected: tuple[int, int] | None) -> None:
    assert mm.tag_version(tag, machine) == expected


def test_wheel_minimum_reads_wheel_file_tags() -> None:
    # cryptography: one abi3 wheel per architecture (each WHEEL file has its own tag)
    assert mm.wheel_minimum(["cp311-abi3-macosx_11_0_arm64"], "arm64") == (11, 0)
    assert mm.wheel_minimum(["cp311-abi3-macosx_10_9_universal2"], "x86_64") == (10, 9)
    # a compressed tag set: the lowest tag that carries this machine's binaries
    tags = ["cp311-cp311-macosx_10_9_x86_64.macosx_11_0_arm64"]
    assert mm.wheel_minimum(tags, "arm64") == (11, 0)
    assert mm.wheel_minimum(tags, "x86_64") == (10, 9)
    assert mm.wheel_minimum(["py3-none-any"], "arm64") is None  # pure Python: no say
    assert mm.wheel_minimum([], "arm64") is None


def test_bundle_minimum_is_the_highest_of_wheels_and_runtime() -> None:
    wheels = {
        "pyside6-essentials": ["cp39-abi3-macosx_14_0_universal2"],
        "shiboken6": ["cp39-abi3-macosx_14_0_universal2"],
        "cryptography": ["cp311-abi3-macosx_11_0_arm64"],
        "requests": ["py3-none-any"],
    }
    runtime = mm.runtime_minimum("macosx-11.0-arm64", "11.0")
    assert runtime == (11, 0)
    needed, setters = mm.bundle_minimum(wheels, "arm64", runtime)
    assert needed == (14, 0)
    assert setters == ["pyside6-essentials", "shiboken6"]
    assert mm.show(needed) == "14.0"
    # A runtime built for a newer macOS than every wheel sets the minimum itself.
    needed, setters = mm.bundle_minimum({"cryptography": ["cp311-abi3-macosx_11_0_arm64"]},
                                        "arm64", (15, 0))
    assert (needed, setters) == ((15, 0), ["Python runtime"])
    with pytest.raises(ValueError, match="no macOS platform tag"):
        mm.bundle_minimum({"requests": ["py3-none-any"]}, "arm64", None)


def test_runtime_minimum() -> None:
    assert mm.runtime_minimum("macosx-10.9-universal2", "10.9") == (10, 9)
    assert mm.runtime_minimum("macosx-10.9-universal2", "11") == (11, 0)
    assert mm.runtime_minimum("linux-x86_64", None) is None


def test_readme_check() -> None:
    assert mm.readme_claims("needs macOS 12 or later; macOS 14.4 or later") == [(12, 0), (14, 4)]
    assert mm.check_readme("Intel Macs, macOS 14 or later", (14, 0)) == []
    problems = mm.check_readme("Intel Macs, macOS 12 or later", (14, 0))
    assert problems == ["the README says macOS 12.0 or later, but the bundle needs 14.0"]
    assert mm.check_readme("no promise at all", (14, 0))


def test_installed_wheel_tags_reads_wheel_files() -> None:
    tags = mm.installed_wheel_tags(["pyside6-essentials", "requests"])
    assert set(tags) == {"pyside6-essentials", "requests"}
    assert tags["requests"] == ["py3-none-any"]
    assert tags["pyside6-essentials"]  # this platform's binary tag


def test_readme_states_one_minimum_macos_and_the_spec_takes_the_builds() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    claims = mm.readme_claims(readme)
    assert claims, "the README must state the minimum macOS"
    # Every archive row says the same; the Qt page's own 14.4 is quoted, not a lower promise.
    assert min(claims) >= (14, 0), "PySide6-Essentials 6.12 wheels are macosx_14_0"
    assert len({c for c in claims if c[1] == 0}) == 1, claims
    spec = (ROOT / "packaging" / "licensegui.spec").read_text(encoding="utf-8")
    assert re.search(r'"LSMinimumSystemVersion":\s*MACOS_MINIMUM', spec)
    assert 'os.environ.get("LICENSEGUI_MACOS_MINIMUM")' in spec
    build = (ROOT / "packaging" / "build.py").read_text(encoding="utf-8")
    assert 'os.environ["LICENSEGUI_MACOS_MINIMUM"] = macos_minimum()' in build


def test_the_build_takes_the_highest_and_refuses_a_readme_promising_less(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """packaging/build.py's macOS step, with a Mac's answers: PySide6's wheel says 14.0, the
    Python runtime 11.0, cryptography's arm64 wheel 11.0 → 14.0; a README saying 12 fails."""
    build = packaging_module("build")
    carried = {"pyside6-essentials": ["cp39-abi3-macosx_14_0_universal2"],
               "cryptography": ["cp311-abi3-macosx_11_0_arm64"], "requests": ["py3-none-any"]}
    monkeypatch.setattr(build.release, "runtime_distributions",
                        lambda: dict.fromkeys(carried, "1"))
    monkeypatch.setattr(mm, "installed_wheel_tags",
                        lambda names: {n: carried[n] for n in names})
    monkeypatch.setattr(build.sysconfig, "get_platform", lambda: "macosx-11.0-arm64")
    monkeypatch.setattr(build.sysconfig, "get_config_var", lambda name: "11.0")
    monkeypatch.setattr(build.platform, "machine", lambda: "arm64")
    assert build.macos_minimum() == "14.0"  # against this repository's README
    assert "minimum macOS 14.0 (set by pyside6-essentials)" in capsys.readouterr().out
    (tmp_path / "README.md").write_text("Intel Macs, macOS 12 or later", encoding="utf-8")
    monkeypatch.setattr(build, "ROOT", tmp_path)
    with pytest.raises(SystemExit, match="README says macOS 12.0 or later, but the bundle needs"):
        build.macos_minimum()
