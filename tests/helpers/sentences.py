"""Every sentence the code makes with ``translate()`` must be one the translators have: its
context and source are the keys of the catalogs, so a sentence made under a context or with a
source the catalogs do not hold reaches every user in English.

``tests/conftest.py`` wraps each test in :class:`SentenceGuard`. It watches the sentences made
through ``licensegui.core.text.translate`` (and their ``.format``), not sentences read back
from files by ``core.words`` (a hand-edited file is not the code's mistake). The catalog read
is resources/i18n/licensegui_de.ts; tests/test_translations.py keeps every language's catalog
holding the same messages.
"""

from __future__ import annotations

import functools
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from licensegui.core import text

CATALOG = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "licensegui_de.ts"


@functools.cache
def catalog_messages() -> frozenset[tuple[str, str]]:
    """(context, source) of every message the catalog still holds."""
    found: set[tuple[str, str]] = set()
    for context in ET.parse(CATALOG).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            kind = message.find("translation")
            if kind is not None and kind.get("type") in ("vanished", "obsolete"):
                continue
            found.add((name, message.findtext("source") or ""))
    return frozenset(found)


class SentenceGuard:
    """While active, a sentence made under an unknown (context, source) is noted."""

    def __init__(self) -> None:
        self.unknown: list[tuple[str, str]] = []
        self._allowed: set[tuple[str, str]] = set()
        self._original: Any = None

    def allow(self, context: str, source: str) -> None:
        """A test that makes up a sentence on purpose says so."""
        self._allowed.add((context, source))

    def __enter__(self) -> SentenceGuard:
        known = catalog_messages()
        # Made by translate() or Text.format(), not revived from a file (core.words).
        by_translate, by_format = text.translate.__code__, text.Text.format.__code__
        original = self._original = text.Text.__new__
        unknown, allowed = self.unknown, self._allowed

        def checked(cls: type, value: str, context: str = "", source: str = "", n: int = -1,
                    args: dict[str, Any] | None = None) -> Any:
            caller = sys._getframe(1).f_code
            # translate() always names a context (None or "" is a mistake too); .format()
            # of a sentence without one (a plain Text) is no catalog's business.
            if caller is by_translate or (caller is by_format and context):
                key = (context, source or value)
                if key not in known and key not in allowed:
                    unknown.append(key)
            return original(cls, value, context, source, n, args)

        # The class itself, not the module's name for it: modules bound the name on import.
        text.Text.__new__ = staticmethod(checked)  # type: ignore[assignment]
        return self

    def __exit__(self, *exc: object) -> None:
        text.Text.__new__ = staticmethod(self._original)  # type: ignore[assignment]
