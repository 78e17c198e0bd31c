"""The catalogs (resources/i18n/*.ts): complete, in step with the code, and safe to format.

A string added to the code without a translation, a translation that drops or renames a
placeholder, or a catalog that still carries strings the code no longer has, fails here — not
in front of a reseller."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from tests.helpers.app import catalogs_module

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("de", "es", "fr")
#: {name}, {name!r}, {value:.1f}; Qt's %n (count), %v/%m (progress bar value/maximum).
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%[nvm]")


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(ctx.findtext("name") or "", m) for ctx in root.iter("context")
            for m in ctx.iter("message")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    found = messages(I18N / f"licensegui_{language}.ts")
    assert len(found) > 500
    unfinished = [(c, m.findtext("source")) for c, m in found
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")]
    assert unfinished == []
    for context, message in found:
        translation = message.find("translation")
        forms = ([f.text or "" for f in translation.iter("numerusform")]
                 if message.get("numerus") == "yes" else [translation.text or ""])
        assert all(form.strip() for form in forms), (context, message.findtext("source"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_every_placeholder_and_one_mnemonic(language: str) -> None:
    """A dropped {placeholder} would raise (or show the English fallback); a renamed one
    too. The mnemonic ampersand must survive so Alt+letter still works."""
    for context, message in messages(I18N / f"licensegui_{language}.ts"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        numerus = message.get("numerus") == "yes"
        forms = ([f.text or "" for f in translation.iter("numerusform")] if numerus
                 else [translation.text or ""])
        for form in forms:
            want = sorted(PLACEHOLDER.findall(source))
            got = sorted(PLACEHOLDER.findall(form))
            assert got == want, (context, source, form)
            assert form.count("&") == source.count("&"), (context, source, form)


def test_catalogs_are_in_step_with_the_code(tmp_path: Path) -> None:
    """lupdate over today's code finds nothing new and nothing gone (run.py translations
    refreshes the .ts files; every new message then needs its translations)."""
    catalogs = catalogs_module()
    lupdate = Path(sys.executable).parent / ("pyside6-lupdate.exe" if sys.platform == "win32"
                                             else "pyside6-lupdate")
    if not lupdate.exists():
        pytest.fail(f"{lupdate} is missing: PySide6-Essentials ships it")
    for language in LANGUAGES:
        copy = tmp_path / f"licensegui_{language}.ts"
        shutil.copy(I18N / copy.name, copy)
        result = subprocess.run(catalogs.lupdate_command(sys.executable, copy, language),
                                capture_output=True, text=True, check=True)
        assert "(0 new and" in result.stdout, result.stdout
        assert copy.read_bytes() == (I18N / copy.name).read_bytes(), (
            f"{copy.name} differs from what lupdate makes of the code: run "
            "`python3 run.py translations` and translate what is new")


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalog_translates(language: str, tmp_path: Path) -> None:
    """lrelease (as run.py and the build call it) makes a catalog Qt loads and uses."""
    catalogs = catalogs_module()
    qm = tmp_path / f"licensegui_{language}.qm"
    subprocess.run([str(catalogs.lrelease(sys.executable)), "-silent",
                    str(I18N / f"licensegui_{language}.ts"), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    words = {"de": "&Datei", "es": "&Archivo", "fr": "&Fichier"}
    assert translator.translate("MainWindow", "&File") == words[language]
    # Plural forms by the language's rule (QCoreApplication then puts the number for %n).
    forms = {"de": ("%n Versuch", "%n Versuche"), "es": ("%n intento", "%n intentos"),
             "fr": ("%n tentative", "%n tentatives")}
    one, many = (translator.translate("HistoryWindow", "%n attempt(s)", None, n) for n in (1, 2))
    assert (one, many) == forms[language]
