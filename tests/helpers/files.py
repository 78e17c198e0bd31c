"""Files and folders as a test needs them for real: a folder nothing can be written to."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def read_only_folder(parent: Path) -> Iterator[Path]:
    """A folder no write succeeds in: a read-only tmpfs mounted there when this test runs as
    root and may mount (root ignores a folder's mode), else a folder of mode 0555."""
    folder = parent / "read-only"
    folder.mkdir()
    mounted = False
    if os.name == "posix" and os.geteuid() == 0:
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs",
                                  str(folder)], capture_output=True, check=False).returncode == 0
    if not mounted:
        folder.chmod(0o555)
        probe = folder / "probe"
        try:
            probe.touch()
        except OSError:
            pass
        else:  # root without mount rights: nothing in this test could be read-only
            probe.unlink()
            folder.chmod(0o755)
            import pytest

            pytest.skip("no way to make a read-only folder here (root, and mount refused)")
    try:
        yield folder
    finally:
        if mounted:
            subprocess.run(["umount", str(folder)], capture_output=True, check=False)
        else:
            folder.chmod(0o755)
