"""English sentences that remember how they were made, so a front can show them in the
user's language while everything written for scripts (CLI, CSV, JSON, logs) stays English.

The core knows nothing of Qt: :func:`translate` marks a sentence for Qt's ``lupdate`` (it
extracts calls named ``translate("Context", "source")``) and returns a :class:`Text`, which *is*
the English string (so every existing ``str`` use keeps working) and also carries its context,
source and arguments for :func:`licensegui.ui.i18n.localize` to translate on screen.

Placeholders are Python's ``{name}`` (filled by :meth:`Text.format`); counts use Qt's ``%n``
with ``(s)`` for the English plural ("%n row(s)" → "1 row", "3 rows").
"""

from __future__ import annotations

from typing import Any


def english_plural(text: str, n: int) -> str:
    """Qt leaves "(s)" to the translation; English, which has none, fills it in here."""
    if n < 0:
        return text
    return text.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


class Text(str):
    """A ``str`` (the English sentence) with what a translator needs to say it again."""

    context: str
    source: str
    n: int
    args: dict[str, Any]

    def __new__(cls, value: str, context: str = "", source: str = "", n: int = -1,
                args: dict[str, Any] | None = None) -> Text:
        self = super().__new__(cls, value)
        self.context, self.source, self.n = context, source or value, n
        self.args = dict(args or {})
        return self

    def format(self, *positional: object, **args: Any) -> Text:
        if positional:
            raise TypeError("Text placeholders are named, so a translation can reorder them")
        return Text(str.format(self, **args), self.context, self.source, self.n, args)


def translate(context: str, source: str, disambiguation: str | None = None,
              n: int = -1) -> Text:
    """Mark ``source`` for translation; the value is the English text. Same signature as
    ``QCoreApplication.translate`` so ``lupdate`` reads both alike."""
    del disambiguation  # only for lupdate and translators
    return Text(english_plural(source, n), context, source, n)


class When(str):
    """A moment shown to a person: ISO-like local time in English output, the user's locale
    on screen (see :func:`licensegui.ui.i18n.localize`)."""

    timestamp: float

    def __new__(cls, value: str, timestamp: float) -> When:
        self = super().__new__(cls, value)
        self.timestamp = timestamp
        return self


class Listed(str):
    """Several sentences or words in one (joined by ``separator``), each said again in the
    user's language on screen (see :func:`licensegui.ui.i18n.localize`)."""

    items: tuple[object, ...]
    separator: str

    def __new__(cls, items: list[object] | tuple[object, ...], separator: str) -> Listed:
        self = super().__new__(cls, separator.join(map(str, items)))
        self.items, self.separator = tuple(items), separator
        return self


def joined(items: list[object] | tuple[object, ...], separator: str = ", ") -> Listed:
    """``separator.join(items)`` that a front can still translate item by item."""
    return Listed(items, separator)


def message_of(exc: BaseException) -> str:
    """An exception's sentence, keeping it a :class:`Text` when it is one (``str(exc)``
    makes a plain copy, which a front could no longer translate)."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Text):
        return exc.args[0]
    return str(exc)
