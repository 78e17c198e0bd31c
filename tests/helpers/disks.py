"""Full and read-only file systems for real: a small tmpfs mounted for the test when it runs
as root; otherwise a folder without write permission, and a file-size limit (RLIMIT_FSIZE)
on the process under test, which fails its writes as a full disk would."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def _mount(path: Path, options: str) -> bool:
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)],
                          capture_output=True, check=False)
    return done.returncode == 0


@contextlib.contextmanager
def read_only_folder(path: Path) -> Iterator[Path]:
    """``path`` (created) that nobody may write in: a read-only tmpfs as root (root ignores
    permissions), else mode 0555."""
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        if not _mount(path, "ro,size=64k"):
            pytest.skip("root, but tmpfs cannot be mounted here")
        try:
            yield path
        finally:
            subprocess.run(["umount", str(path)], check=False)
        return
    os.chmod(path, 0o555)
    try:
        yield path
    finally:
        os.chmod(path, 0o755)


@contextlib.contextmanager
def turned_read_only(path: Path) -> Iterator[Callable[[], None]]:
    """``path`` (created, writable), and a function that makes it read-only with what was
    written in it kept: a tmpfs remounted read-only as root, else every folder below made
    0555 (and back to 0755 after)."""
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        if not _mount(path, "size=8m"):
            pytest.skip("root, but tmpfs cannot be mounted here")
        try:
            yield lambda: subprocess.run(["mount", "-o", "remount,ro", str(path)], check=True)
        finally:
            subprocess.run(["umount", str(path)], check=False)
        return
    folders: list[Path] = []

    def freeze() -> None:
        folders.extend(p for p in [path, *path.rglob("*")] if p.is_dir())
        for folder in folders:
            os.chmod(folder, 0o555)

    try:
        yield freeze
    finally:
        for folder in folders:
            os.chmod(folder, 0o755)


@contextlib.contextmanager
def full_folder(path: Path) -> Iterator[tuple[Path, dict[str, object]]]:
    """``path`` on a (nearly) full file system, and the keyword arguments that start a
    process under it: a 1 MiB tmpfs filled up as root; else an 8 KiB file-size limit on the
    process (each of its files stops growing there, as on a full disk: a new history's log
    needs more than two pages)."""
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        if not _mount(path, "size=1m"):
            pytest.skip("root, but tmpfs cannot be mounted here")
        try:
            filler = path / "filler"
            with contextlib.suppress(OSError), open(filler, "wb") as handle:
                while True:
                    handle.write(b"\0" * 4096)
                    handle.flush()
            yield path, {}
        finally:
            subprocess.run(["umount", str(path)], check=False)
        return
    import resource

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (8 * 1024, 8 * 1024))

    yield path, {"preexec_fn": limit}
