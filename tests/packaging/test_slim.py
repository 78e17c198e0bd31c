"""The Linux onedir's two shared copies: the CLI as a link to the app, one OpenSSL."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import slim  # noqa: E402

pytestmark = pytest.mark.skipif(os.name == "nt", reason="links are the Linux bundle's")


def library(path: Path, version: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x7fELF" + b"\0" * 64 + f"OpenSSL {version} 1 Jan 2026".encode()
                     + b"\0" * 64)
    return path


def internal_with(tmp_path: Path, ours: str, theirs: str) -> Path:
    internal = tmp_path / "_internal"
    library(internal / "libcrypto.so.3", ours)
    library(internal / "psycopg_binary.libs" / "libcrypto-3a0647ea.so.3", theirs)
    # A libssl does not name its version: it is its libcrypto's.
    for path in (internal / "libssl.so.3",
                 internal / "psycopg_binary.libs" / "libssl-6a9b88ec.so.3"):
        path.write_bytes(b"\x7fELF libssl")
    return internal


def test_pythons_openssl_becomes_a_relative_link_to_psycopgs_newer_copy(tmp_path: Path) -> None:
    internal = internal_with(tmp_path, "3.0.19", "3.5.9")
    made = slim.share_openssl(internal)
    assert [link.name for link, _ in made] == ["libcrypto.so.3", "libssl.so.3"]
    for stem, tag in (("libcrypto", "3a0647ea"), ("libssl", "6a9b88ec")):
        link = internal / f"{stem}.so.3"
        assert link.is_symlink()
        assert os.readlink(link) == f"psycopg_binary.libs/{stem}-{tag}.so.3"  # inside the folder
    assert slim.openssl_version(internal / "libcrypto.so.3") == (3, 5, 9)
    assert slim.share_openssl(internal) == []  # done once; a second pass changes nothing


@pytest.mark.parametrize("theirs", ["3.0.2", "1.1.1", "4.0.0"])
def test_an_older_or_other_major_openssl_is_not_shared(tmp_path: Path, theirs: str) -> None:
    internal = internal_with(tmp_path, "3.0.19", theirs)
    assert slim.share_openssl(internal) == []
    assert not (internal / "libcrypto.so.3").is_symlink()
    assert slim.openssl_version(internal / "libcrypto.so.3") == (3, 0, 19)


def test_a_pair_is_shared_whole_or_not_at_all(tmp_path: Path) -> None:
    internal = internal_with(tmp_path, "3.0.19", "3.5.9")
    (internal / "psycopg_binary.libs" / "libssl-6a9b88ec.so.3").unlink()
    assert slim.share_openssl(internal) == []
    assert not any(p.is_symlink() for p in internal.iterdir())


def test_nothing_changes_without_psycopg_or_a_version_to_read(tmp_path: Path) -> None:
    internal = tmp_path / "_internal"
    library(internal / "libcrypto.so.3", "3.0.19")
    (internal / "libssl.so.3").write_bytes(b"libssl")
    assert slim.share_openssl(internal) == []
    (internal / "psycopg_binary.libs").mkdir()
    (internal / "psycopg_binary.libs" / "libcrypto-1.so.3").write_bytes(b"no version here")
    (internal / "psycopg_binary.libs" / "libssl-1.so.3").write_bytes(b"libssl")
    assert slim.share_openssl(internal) == []
    assert not (internal / "libcrypto.so.3").is_symlink()


def test_the_cli_is_a_link_to_the_app_and_a_built_cli_is_refused(tmp_path: Path) -> None:
    (tmp_path / "licensegui").write_bytes(b"app")
    link = slim.link_cli(tmp_path, "licensegui")
    assert link.is_symlink() and os.readlink(link) == "licensegui"
    assert slim.link_cli(tmp_path, "licensegui") == link  # a rebuild replaces its own link
    link.unlink()
    link.write_bytes(b"a CLI executable")
    with pytest.raises(SystemExit, match="is a file"):
        slim.link_cli(tmp_path, "licensegui")


@pytest.mark.parametrize(("name", "expected"), [("licensegui-cli", "cli"),
                                                ("licensegui", "app")])
def test_the_entry_runs_the_cli_when_started_by_its_name(tmp_path: Path, name: str,
                                                          expected: str) -> None:
    # The frozen entry script with both mains replaced: which one runs depends on argv[0].
    fake = tmp_path / "fake"
    (fake / "licensegui" / "cli").mkdir(parents=True)
    (fake / "licensegui" / "__init__.py").write_text("")
    (fake / "licensegui" / "cli" / "__init__.py").write_text("def main():\n    print('cli')\n")
    (fake / "licensegui" / "__main__.py").write_text("def main():\n    print('app')\n")
    code = (f"import sys; sys.argv[0] = {str(tmp_path / name)!r}; "
            f"exec(compile(open({str(ROOT / 'packaging' / 'entry.py')!r}).read(), 'entry', "
            "'exec'))")
    result = subprocess.run([sys.executable, "-c", code], cwd=fake, capture_output=True,
                            text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(fake)})
    assert result.stdout.strip() == expected, result.stderr
