"""licensegui: assign license keys on a Key Manager server and verify its signed answers."""

from __future__ import annotations

__all__ = ["__version__"]


def __getattr__(name: str) -> str:
    # Resolved on first use: reading package metadata scans sys.path (~10 ms at start-up).
    if name == "__version__":
        from licensegui._version import version

        return version
    raise AttributeError(name)
