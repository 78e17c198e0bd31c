"""A local stand-in for a Key Manager server, signing its answers with a key it generates.

Used by ``licensegui --demo``, ``licensegui-cli sandbox`` and the tests.
"""

from licensegui.sandbox.server import Faults, SandboxServer

__all__ = ["Faults", "SandboxServer"]
