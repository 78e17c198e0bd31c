"""What a vendor's IT checks a release with: reproducible archives, SHA256SUMS, the SBOM,
the signing command lines, and a hardened workflow."""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import release  # noqa: E402


def make_tree(folder: Path, mtime: int) -> Path:
    (folder / "app" / "lib" / "deep").mkdir(parents=True)
    (folder / "app" / "licensegui").write_bytes(b"\x7fELF binary")
    (folder / "app" / "licensegui").chmod(0o751)
    (folder / "app" / "lib" / "b.so").write_bytes(b"b" * 1000)
    (folder / "app" / "lib" / "a.txt").write_text("a", encoding="utf-8")
    (folder / "app" / "lib" / "deep" / "z.dat").write_bytes(os.urandom(0) + b"z")
    (folder / "app" / "lib" / "a.txt").chmod(0o600)
    for path in [folder / "app", *(folder / "app").rglob("*")]:
        os.utime(path, (mtime, mtime))
    return folder / "app"


@pytest.mark.parametrize("suffix", [".tar.xz", ".tar.gz"])
def test_two_archives_of_the_same_files_are_byte_identical(tmp_path: Path, suffix: str) -> None:
    first = make_tree(tmp_path / "one", 1_700_000_000)
    second = make_tree(tmp_path / "two", 1_800_000_123)  # other times on disk, same content
    a, b = tmp_path / f"a{suffix}", tmp_path / f"b{suffix}"
    release.reproducible_tar(first, "licensegui", a, 1_750_000_000)
    release.reproducible_tar(second, "licensegui", b, 1_750_000_000)
    assert a.read_bytes() == b.read_bytes()
    (second / "lib" / "a.txt").write_text("changed", encoding="utf-8")
    release.reproducible_tar(second, "licensegui", b, 1_750_000_000)
    assert a.read_bytes() != b.read_bytes()  # it does depend on the content


def test_the_linux_archive_is_xz_and_holds_the_same_entries(tmp_path: Path) -> None:
    tree = make_tree(tmp_path, 1_700_000_000)
    xz, gz = tmp_path / "x.tar.xz", tmp_path / "x.tar.gz"
    release.reproducible_tar(tree, "licensegui", xz, 1_234_567_890)
    release.reproducible_tar(tree, "licensegui", gz, 1_234_567_890)
    assert xz.read_bytes()[:6] == b"\xfd7zXZ\x00"
    with tarfile.open(xz) as a, tarfile.open(gz) as b:
        assert [m.get_info() for m in a.getmembers()] == [m.get_info() for m in b.getmembers()]


def test_archive_entries_are_sorted_and_normalised(tmp_path: Path) -> None:
    tree = make_tree(tmp_path, 1_700_000_000)
    out = tmp_path / "x.tar.gz"
    release.reproducible_tar(tree, "licensegui", out, 1_234_567_890)
    raw = out.read_bytes()
    assert raw[:3] == b"\x1f\x8b\x08"
    assert raw[3] & 0x08 == 0  # no FNAME: the file's name is not in the header
    assert raw[4:8] == b"\x00\x00\x00\x00"  # no MTIME
    with tarfile.open(out) as tar:
        members = tar.getmembers()
    names = [m.name for m in members]
    assert names == ["licensegui", "licensegui/lib", "licensegui/lib/a.txt",
                     "licensegui/lib/b.so", "licensegui/lib/deep", "licensegui/lib/deep/z.dat",
                     "licensegui/licensegui"]
    assert {(m.uid, m.gid, m.uname, m.gname, m.mtime) for m in members} == {
        (0, 0, "", "", 1_234_567_890)}
    modes = {m.name: m.mode for m in members}
    assert modes["licensegui/licensegui"] == 0o755  # executables stay executable
    assert modes["licensegui/lib/a.txt"] == modes["licensegui/lib/b.so"] == 0o644
    assert modes["licensegui/lib"] == 0o755
    with tarfile.open(out) as tar:
        extracted = tar.extractfile("licensegui/lib/b.so")
        assert extracted is not None and extracted.read() == b"b" * 1000
    assert gzip.decompress(raw)  # a plain gzip stream


def test_sha256sums_are_checkable_with_sha256sum(tmp_path: Path) -> None:
    files = []
    for name, data in (("b.zip", b"zip"), ("a.tar.gz", b"tar")):
        path = tmp_path / name
        path.write_bytes(data)
        files.append(path)
    out = tmp_path / "SHA256SUMS"
    text = release.write_sha256sums(files, out)
    assert text == (f"{hashlib.sha256(b'tar').hexdigest()}  a.tar.gz\n"
                    f"{hashlib.sha256(b'zip').hexdigest()}  b.zip\n")
    if shutil.which("sha256sum"):
        ok = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=tmp_path,
                            capture_output=True, text=True)
        assert ok.returncode == 0, ok.stdout + ok.stderr
        (tmp_path / "b.zip").write_bytes(b"tampered")
        bad = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=tmp_path,
                             capture_output=True, text=True)
        assert bad.returncode != 0 and "b.zip: FAILED" in bad.stdout


FILES = [Path("dist/licensegui/licensegui.exe"), Path("dist/licensegui/licensegui-cli.exe")]


def test_signing_is_skipped_with_a_sentence_when_not_configured() -> None:
    commands, sentence = release.signtool_commands({}, FILES)
    assert commands == [] and sentence.startswith("Windows signing skipped")
    said: list[str] = []
    assert release.sign_windows({}, FILES, said.append) is False
    assert said == [sentence]


def test_signing_with_a_certificate_in_the_store() -> None:
    env = {"LICENSEGUI_SIGN_THUMBPRINT": "AB CD 12", "LICENSEGUI_SIGN_TIMESTAMP_URL":
           "http://timestamp.digicert.com"}
    (sign, verify), _ = release.signtool_commands(env, FILES)
    assert sign == ["signtool", "sign", "/fd", "SHA256", "/tr", "http://timestamp.digicert.com",
                    "/td", "SHA256", "/sha1", "ABCD12", "/d", "licensegui", str(FILES[0]),
                    str(FILES[1])]
    assert verify == ["signtool", "verify", "/pa", "/all", "/v", str(FILES[0]), str(FILES[1])]


def test_signing_with_a_pfx_never_shows_its_password() -> None:
    env = {"LICENSEGUI_SIGN_PFX": r"C:\t\signing.pfx", "LICENSEGUI_SIGN_PFX_PASSWORD": "s3cret!",
           "LICENSEGUI_SIGN_TIMESTAMP_URL": "https://ts.example"}
    (sign, _verify), _ = release.signtool_commands(env, FILES)
    assert sign[sign.index("/f") + 1] == r"C:\t\signing.pfx"
    assert sign[sign.index("/p") + 1] == "s3cret!"
    assert "s3cret!" not in release.shown(sign) and "/p ****" in release.shown(sign)


@pytest.mark.parametrize(("env", "words"), [
    ({"LICENSEGUI_SIGN_THUMBPRINT": "AB"}, "TIMESTAMP_URL"),
    ({"LICENSEGUI_SIGN_PFX": "x.pfx", "LICENSEGUI_SIGN_TIMESTAMP_URL": "https://t"},
     "PFX_PASSWORD"),
])
def test_half_configured_signing_is_not_attempted(env: dict[str, str], words: str) -> None:
    commands, sentence = release.signtool_commands(env, FILES)
    assert commands == [] and "not done" in sentence and words in sentence


def test_the_sbom_keeps_what_the_bundle_carries_and_adds_qt() -> None:
    bom = {
        "bomFormat": "CycloneDX", "specVersion": "1.6",
        "components": [
            {"bom-ref": "requests==2.0", "name": "requests", "version": "2.0"},
            {"bom-ref": "pytest==8.0", "name": "pytest", "version": "8.0"},
            {"bom-ref": "PySide6_Essentials==6.9", "name": "PySide6_Essentials",
             "version": "6.9"},
            {"bom-ref": "urllib3==1.0", "name": "urllib3", "version": "1.0"},  # wrong version
        ],
        "dependencies": [
            {"ref": "requests==2.0", "dependsOn": ["urllib3==1.0", "pytest==8.0"]},
            {"ref": "pytest==8.0", "dependsOn": []},
        ],
    }
    keep = {"requests": "2.0", "pyside6-essentials": "6.9", "urllib3": "2.5"}
    out = release.filter_sbom(bom, keep, "6.9.1", "0.1.0")
    assert [(c["name"], c["version"]) for c in out["components"]] == [
        ("PySide6_Essentials", "6.9"), ("Qt", "6.9.1"), ("requests", "2.0")]
    assert out["dependencies"] == [{"ref": "requests==2.0", "dependsOn": []}]
    assert out["metadata"]["component"]["name"] == "licensegui"


def test_runtime_distributions_are_the_app_s_not_the_build_tools() -> None:
    found = release.runtime_distributions()
    for name in ("requests", "cryptography", "keyring", "pyside6-essentials", "truststore",
                 "platformdirs", "certifi"):
        assert name in found, name
    for tool in ("pytest", "ruff", "pyinstaller", "hypothesis", "zizmor", "cyclonedx-bom"):
        assert tool not in found, tool


def test_source_date_epoch_comes_from_the_environment_or_the_commit() -> None:
    assert release.source_date_epoch(ROOT, {"SOURCE_DATE_EPOCH": "1700000000"}) == 1_700_000_000
    commit = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, text=True,
                            capture_output=True).stdout.strip()
    if commit.isdigit():
        assert release.source_date_epoch(ROOT, {}) == int(commit)


def test_the_release_workflow_is_pinned_and_least_privileged() -> None:
    text = (ROOT / ".github" / "workflows" / "bundle.yml").read_text(encoding="utf-8")
    uses = re.findall(r"uses:\s*(\S+)(.*)", text)
    assert uses
    for ref, comment in uses:
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", ref), ref
        assert re.search(r"#\s*v\d", comment), f"{ref}: no version comment"
    assert re.search(r"^permissions:\n  contents: read$", text, re.M)
    assert "persist-credentials: false" in text
    assert "secrets." not in text.split("steps:")[0]  # no secret at job level


def fake_tools(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """codesign, xcrun, ditto, spctl and security that only write down how they were called."""
    bin_dir, log = tmp_path / "bin", tmp_path / "calls.log"
    bin_dir.mkdir()
    for tool in ("codesign", "xcrun", "ditto", "spctl", "security", "openssl"):
        script = bin_dir / tool
        script.write_text(f'#!/bin/sh\necho "{tool} $*" >> "{log}"\n', encoding="ascii")
        script.chmod(0o755)
    return {"PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "HOME": str(tmp_path)}, log


MAC = ROOT / "packaging" / "macos"


@pytest.mark.skipif(sys.platform == "win32", reason="bash scripts for macOS")
def test_macos_signing_and_notarization_command_lines(tmp_path: Path) -> None:
    env, log = fake_tools(tmp_path)
    env.update(LICENSEGUI_CODESIGN_IDENTITY="Developer ID Application: Reseller Ltd (TEAM123)",
               APPLE_ID="ci@example.com", APPLE_TEAM_ID="TEAM123", APPLE_APP_PASSWORD="pw")
    app = tmp_path / "licensegui.app"
    app.mkdir()
    done = subprocess.run(["bash", str(MAC / "sign_and_notarize.sh"), str(app)], env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    calls = log.read_text(encoding="ascii").splitlines()
    assert calls[0] == (f"codesign --force --deep --timestamp --options runtime --entitlements "
                        f"{MAC / 'entitlements.plist'} --sign Developer ID Application: "
                        f"Reseller Ltd (TEAM123) {app}")
    assert calls[1] == f"codesign --verify --deep --strict --verbose=2 {app}"
    assert calls[2].startswith("ditto -c -k --keepParent " + str(app))
    assert re.fullmatch(r"xcrun notarytool submit \S+licensegui-notarize\.zip --apple-id "
                        r"ci@example\.com --team-id TEAM123 --password pw --wait", calls[3])
    assert calls[4:] == [f"xcrun stapler staple {app}",
                         f"spctl --assess --type execute --verbose {app}"]


@pytest.mark.skipif(sys.platform == "win32", reason="bash scripts for macOS")
def test_macos_steps_say_what_they_skip(tmp_path: Path) -> None:
    env, log = fake_tools(tmp_path)
    app = tmp_path / "licensegui.app"
    app.mkdir()
    unsigned = subprocess.run(["bash", str(MAC / "sign_and_notarize.sh"), str(app)], env=env,
                              capture_output=True, text=True)
    assert unsigned.returncode != 0 and "LICENSEGUI_CODESIGN_IDENTITY" in unsigned.stderr
    env["LICENSEGUI_CODESIGN_IDENTITY"] = "Developer ID Application: X (T)"
    signed_only = subprocess.run(["bash", str(MAC / "sign_and_notarize.sh"), str(app)],
                                 env=env, capture_output=True, text=True)
    assert signed_only.returncode == 0 and "notarization skipped" in signed_only.stdout
    no_cert = subprocess.run(["bash", str(MAC / "import_certificate.sh")], env=env,
                             capture_output=True, text=True)
    assert no_cert.returncode == 0 and "not configured" in no_cert.stdout
    assert not any(line.startswith("security") for line in
                   log.read_text(encoding="ascii").splitlines())
