"""The user's language on screen: Qt translators, locale-aware dates, and the bridge that
shows the core's English :class:`~licensegui.core.text.Text` in that language."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLibraryInfo, QLocale, QTranslator

from licensegui.core.text import Listed, Text, When, english_plural, message_of
from licensegui.ui.resources import resources_dir

log = logging.getLogger(__name__)

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
    if isinstance(value, Listed):
        return value.separator.join(localize(item) for item in value.items)
    if isinstance(value, Text) and value.context:
        template = translate(value.context, value.source, None, value.n)
        try:
            return template.format(**{k: localize(v) for k, v in value.args.items()})
        except (KeyError, IndexError, ValueError, AttributeError, TypeError):
            return str(value)  # a broken translation must not hide the English sentence
    return str(value)


def quoted(text: str) -> str:
    """``text`` in the quotation marks of the language in use („…“ in German, « … » in
    French)."""
    return translate("Quote", "“{text}”").format(text=text)


def said(value: str) -> str:
    """An owner's name or email as a cell shows it: "[erased]" (an erasure's mark, not the
    owner's words) in the user's language, anything else as it is."""
    from licensegui.core.words import ERASED_WORD

    return localize(ERASED_WORD) if value == ERASED_WORD else value


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
    date_format = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in date_format:  # "29.11.26" reads ambiguously in a signature's date
        date_format = date_format.replace("yy", "yyyy", 1)
    date = locale.toString(moment.date(), date_format)
    return f"{date} {locale.toString(moment.time(), time_format)}"


def number(value: float, places: int | None = None) -> str:
    """A number as the user's locale writes it: a count (1,000 · 1.000 · 1 000), or with
    ``places`` decimals (2.5 · 2,5)."""
    if places is None:
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", places)


# --- choosing and loading the language ------------------------------------------------------

#: Languages shipped, by code, each named in itself (what the Settings menu shows).
LANGUAGES = {"de": "Deutsch", "en": "English", "es": "Español", "fr": "Français"}
#: Accented, ~40 % longer text from every translate() call: for testing layouts and for
#: finding strings that skip translation (``licensegui --language pseudo``).
PSEUDO = "pseudo"
CATALOG = "licensegui"


def catalog_dir() -> Path:
    """Compiled catalogs (``licensegui_de.qm`` …), made from ``resources/i18n/*.ts`` by
    ``pyside6-lrelease`` (``run.py`` and the bundle build do it)."""
    return resources_dir() / "i18n"


def qt_catalog_dir() -> Path:
    """Qt's own translations (standard buttons, file dialogs), as PySide6 ships them."""
    path = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if path.is_dir():
        return path
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "translations"


@dataclass
class Installed:
    """What :func:`install` did, for Diagnostics and the log."""

    language: str  # a code from LANGUAGES, "pseudo", or "" (English: nothing to load)
    catalogs: list[str]
    missing: list[str]


def install(app: QCoreApplication, choice: str = "") -> Installed:
    """Load the translations for ``choice`` (a code from :data:`LANGUAGES`, ``"pseudo"``, or
    ``""`` to follow the OS) into ``app``. English needs nothing: it is the source text."""
    if choice == PSEUDO:
        app.installTranslator(PseudoTranslator(app))
        return Installed(PSEUDO, ["pseudo"], [])
    locale = QLocale(choice) if choice else QLocale.system()
    if choice:
        QLocale.setDefault(locale)  # dates and numbers follow the chosen language too
    language = next((code for code in _ui_languages(locale) if code in LANGUAGES), "en")
    if language == "en":
        return Installed("", [], [])
    loaded, missing = [], []
    for name, folder in ((CATALOG, catalog_dir()), ("qtbase", qt_catalog_dir())):
        translator = QTranslator(app)  # parented: lives as long as the app
        if translator.load(f"{name}_{language}", str(folder)):
            app.installTranslator(translator)
            loaded.append(f"{name}_{language}")
        else:
            missing.append(f"{name}_{language}")
    if missing:
        log.warning("translations not found: %s", ", ".join(missing))
    return Installed(language, loaded, missing)


def _ui_languages(locale: QLocale) -> list[str]:
    """The locale's languages in order of preference, as bare codes ("de-AT" → "de")."""
    return [tag.replace("_", "-").split("-")[0].lower() for tag in locale.uiLanguages()]


class PseudoTranslator(QTranslator):
    """Every string accented, bracketed and padded by ~40 %: text that escaped translation
    shows up unbracketed, and labels too narrow for longer languages clip or elide."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        del context, disambiguation, n
        return pseudo(source)

    def isEmpty(self) -> bool:  # Qt API
        return False


_ACCENTS = str.maketrans(
    "AaCcEeIiNnOoUuYySs",
    "ÅåÇçÉéÎîÑñÖöÜüÝýŠš",
)
#: Kept as they are: placeholders ({name}, %n, %v) and file-dialog patterns "(*.csv)".
_KEEP = re.compile(r"\{[^{}]*\}|%[nvm1-9]|\([^()]*\*[^()]*\)|&&")


def pseudo(text: str) -> str:
    if not text.strip():
        return text
    out, last = [], 0
    for match in _KEEP.finditer(text):
        out.append(text[last:match.start()].translate(_ACCENTS))
        out.append(match.group())
        last = match.end()
    out.append(text[last:].translate(_ACCENTS))
    body = "".join(out)
    pad = "·" * max(2, round(len(text) * 0.4))
    return f"⟦{body}{pad}⟧"
