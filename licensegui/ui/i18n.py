"""The user's language on screen: Qt translators, locale-aware dates, and the bridge that
shows the core's English :class:`~licensegui.core.text.Text` in that language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from licensegui.core.text import Text, When, english_plural, message_of


_INT_MAX = 2**31 - 1


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # Qt's name, so lupdate finds it
    """Mark a string kept in English (a table header, a key) and translated where shown."""
    del context
    return source


def translate(context: str, source: str, disambiguation: str | None = None,
              n: int = -1) -> str:
    """``QCoreApplication.translate`` with the English plural filled in when nothing is
    translated (``lupdate`` extracts calls by this name)."""
    if n > _INT_MAX:  # Qt takes a C int; an absurd age (a hostile timestamp) is larger
        text = QCoreApplication.translate(context, source, disambiguation, _INT_MAX)
        text = text.replace(str(_INT_MAX), str(n))
    else:
        text = QCoreApplication.translate(context, source, disambiguation, n)
    return english_plural(text, n) if "(s)" in text else text


def localize(value: Any) -> str:
    """What to put on screen for a value the core made: a :class:`Text` in the user's
    language (its arguments too), a :class:`When` in the user's locale, anything else as is."""
    if isinstance(value, BaseException):
        value = message_of(value)  # str(exc) would drop the Text and its translation
    if isinstance(value, When):
        return local_time(value.timestamp)
    if isinstance(value, Text) and value.context:
        template = translate(value.context, value.source, None, value.n)
        try:
            return template.format(**{k: localize(v) for k, v in value.args.items()})
        except (KeyError, IndexError, ValueError):
            return str(value)  # a broken translation must not hide the English sentence
    return str(value)


def local_time(timestamp: float, seconds: bool = True) -> str:
    """Date and time in the user's locale's short form, with seconds (they matter when
    comparing signatures); never raises on an absurd value."""
    try:
        moment = QDateTime.fromSecsSinceEpoch(int(timestamp))
    except (OverflowError, ValueError):
        return str(timestamp)
    if not moment.isValid():
        return str(timestamp)
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        # No locale set (POSIX "C", a bare CI machine): ISO 8601, never "27 02 2024".
        return moment.toString("yyyy-MM-dd HH:mm:ss" if seconds else "yyyy-MM-dd HH:mm")
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "ss" not in time_format:
        time_format = time_format.replace("mm", "mm:ss", 1)
    date = locale.toString(moment.date(), QLocale.FormatType.ShortFormat)
    return f"{date} {locale.toString(moment.time(), time_format)}"


def number(value: int) -> str:
    """A count as the user's locale writes it (1,000 · 1.000 · 1 000)."""
    return QLocale().toString(value)
