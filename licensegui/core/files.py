"""Writing a file so that a crash mid-write leaves the previous file (or none), never half."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TextIO


def temporary_beside(path: Path) -> Path:
    """A hidden, unique name in ``path``'s folder: ``os.replace`` is only atomic within one
    file system, and the same folder is the one place sure to be on the same one."""
    return path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")


def write_atomically(path: Path, content: str | Callable[[TextIO], None],
                     encoding: str = "utf-8", newline: str | None = "") -> None:
    """Write ``content`` (text, or a function writing to the open file) to a temporary file
    beside ``path``, fsync it and rename it over ``path``. Raises OSError, after removing the
    temporary file; callers turn it into their own sentence. ``newline`` is ``open``'s: the
    default writes text as given (CSV writers choose their own line endings)."""
    tmp = temporary_beside(path)
    try:
        with open(tmp, "w", encoding=encoding, newline=newline) as handle:
            if isinstance(content, str):
                handle.write(content)
            else:
                content(handle)
            handle.flush()
            # Without fsync the rename can reach the disk before the data: after a power cut
            # the file would exist, empty.
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
