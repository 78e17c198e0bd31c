"""licensegui: assign license keys on a Key Manager server and verify its signed answers."""

from __future__ import annotations

from licensegui._version import version as __version__

__all__ = ["__version__"]
