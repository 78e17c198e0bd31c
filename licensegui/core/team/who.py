"""Who publishes a record: the member of staff and the computer."""

from __future__ import annotations

import getpass
import os
import socket


def staff_name(given: str | None = None) -> str:
    """``--staff``, else LICENSEGUI_STAFF, else the OS user name."""
    for name in (given, os.environ.get("LICENSEGUI_STAFF")):
        if name and name.strip():
            return name.strip()[:100]
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container)
        return "unknown"


def computer_name() -> str:
    return socket.gethostname()[:100] or "unknown"


__all__ = ["computer_name", "staff_name"]
