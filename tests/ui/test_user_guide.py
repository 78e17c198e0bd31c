"""Help → User guide (issue 19): F1 opens docs/user-guide.md offline, rendered (headings,
screenshots, anchors that work), from a source checkout and a frozen bundle alike; the bundle
ships it; the first-run setup links to the part it needs."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from licensegui.core.session import AppSession
from licensegui.core.settings import Settings
from licensegui.ui.main.window import MainWindow
from licensegui.ui.settings_dialog import SettingsDialog
from licensegui.ui.user_guide import (
    VENDOR_ANCHOR,
    UserGuideWindow,
    guide_path,
    show_user_guide,
    slug,
)

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "user-guide.md"
SHOTS = sorted(set(re.findall(r"\]\((screenshots/[\w.-]+\.png)\)",
                              GUIDE.read_text(encoding="utf-8"))))


def _guide_action(window: MainWindow) -> object:
    help_menu = window.menuBar().actions()[-1].menu()
    return next(a for a in help_menu.actions() if a.text() == "&User guide")


def _first_image(guide: UserGuideWindow) -> QImage:
    document = guide.browser.document()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                url = guide.browser.source().resolved(QUrl(fmt.toImageFormat().name()))
                shown = document.resource(QTextDocument.ResourceType.ImageResource, url)
                return shown.toImage() if isinstance(shown, QPixmap) else QImage(shown)
            it += 1
        block = block.next()
    raise AssertionError("no image in the guide")


def _headings(guide: UserGuideWindow) -> list[str]:
    document = guide.browser.document()
    found, block = [], document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            found.append(block.text())
        block = block.next()
    return found


def test_f1_opens_the_guide_rendered_with_headings_and_images(
        qtbot: QtBot, window: MainWindow) -> None:
    action = _guide_action(window)
    assert QKeySequence(QKeySequence.StandardKey.HelpContents) in action.shortcuts()  # F1
    window.activateWindow()
    qtbot.waitExposed(window)
    action.trigger()
    guide = window.findChild(UserGuideWindow)
    assert guide is not None and guide.isVisible()
    headings = _headings(guide)
    assert headings[0] == "licensegui user guide"
    for part in ("What the vendor gives you", "Every outcome, and what to do", "Refused",
                 "API key refused", "Outcome unknown", "Not authentic", "History",
                 "QA: checking saved responses", "The command line, for scripts"):
        assert part in headings, part
    assert "#" not in guide.browser.toPlainText().split("\n")[0]  # Markdown read, not shown raw
    image = _first_image(guide)
    assert not image.isNull() and image.width() > 100
    assert guide.browser.images == len(re.findall(r"!\[", GUIDE.read_text(encoding="utf-8")))
    action.trigger()  # again: the same window, raised
    assert len(window.findChildren(UserGuideWindow)) == 1


def test_anchors_and_the_guides_own_links_work(qtbot: QtBot) -> None:
    guide = show_user_guide(None)
    qtbot.addWidget(guide)
    qtbot.waitExposed(guide)
    assert VENDOR_ANCHOR in guide.browser.anchors and "history" in guide.browser.anchors
    bar = guide.browser.verticalScrollBar()
    assert bar.value() == 0
    guide.browser.setSource(QUrl("#history"))  # the contents line's link
    history_at = bar.value()
    assert history_at > 0
    guide.browser.setSource(QUrl("#what-the-vendor-gives-you"))
    assert 0 < bar.value() < history_at
    # Every link to a part of the guide names a heading it has.
    text = GUIDE.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(#([\w-]+)\)", text):
        assert target in guide.browser.anchors, target


def test_every_screenshot_the_guide_shows_exists() -> None:
    assert len(SHOTS) >= 10
    for shot in SHOTS:
        assert (GUIDE.parent / shot).is_file(), shot
    assert slug("QA: checking saved responses") == "qa-checking-saved-responses"
    assert slug("The codes 800, 801 and 100") == "the-codes-800-801-and-100"


def test_the_guide_is_found_in_a_frozen_bundle(qtbot: QtBot, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """As PyInstaller lays it out (the spec's datas): docs/ under sys._MEIPASS."""
    bundle = tmp_path / "_internal"
    (bundle / "docs" / "screenshots").mkdir(parents=True)
    shutil.copy(GUIDE, bundle / "docs" / "user-guide.md")
    for shot in SHOTS:
        shutil.copy(GUIDE.parent / shot, bundle / "docs" / shot)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert guide_path() == bundle / "docs" / "user-guide.md"
    guide = UserGuideWindow()
    qtbot.addWidget(guide)
    assert guide.browser.source().toLocalFile() == str(bundle / "docs" / "user-guide.md")
    assert not _first_image(guide).isNull()

    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "nothing"), raising=False)
    missing = UserGuideWindow()  # a broken installation says so
    qtbot.addWidget(missing)
    assert "missing" in missing.browser.toPlainText()


def test_the_bundle_ships_the_guide_and_its_screenshots() -> None:
    source = (ROOT / "packaging" / "licensegui.spec").read_text()
    head = source[: source.index("a = Analysis(")]
    head = re.sub(r"^from PyInstaller\..*$", "", head, flags=re.MULTILINE)
    namespace: dict[str, object] = {"SPECPATH": str(ROOT / "packaging"),
                                    "collect_submodules": lambda _m: [],
                                    "copy_metadata": lambda _m: []}
    exec(compile(head, "licensegui.spec", "exec"), namespace)  # our own spec
    datas = namespace["datas"]
    keep = namespace["keep"]
    shipped = {(Path(src).name, dest) for src, dest in datas}  # type: ignore[attr-defined]
    assert ("user-guide.md", "docs") in shipped
    for shot in SHOTS:
        assert (Path(shot).name, "docs/screenshots") in shipped, shot
        assert keep(f"docs/{shot}")  # type: ignore[operator]
    assert keep("docs/user-guide.md")  # type: ignore[operator]


def test_first_run_setup_links_to_what_the_vendor_gives_you(
        qtbot: QtBot, ctx: AppSession) -> None:
    dialog = SettingsDialog(Settings(), ctx.secrets, first_run=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.guide_button.text() == "What do I need? (User guide)"
    dialog.guide_button.click()
    guide = dialog.findChild(UserGuideWindow)
    assert guide is not None and guide.isVisible()
    qtbot.waitExposed(guide)
    QApplication.processEvents()
    # Scrolled to the section: its heading is at the top of the view.
    top = guide.browser.cursorForPosition(guide.browser.viewport().rect().topLeft())
    assert guide.browser.verticalScrollBar().value() > 0
    assert "What the vendor gives you" in top.block().text() or \
        top.block().blockNumber() >= _block_of(guide, "What the vendor gives you")


def _block_of(guide: UserGuideWindow, heading: str) -> int:
    block = guide.browser.document().begin()
    while block.isValid():
        if block.text() == heading:
            return block.blockNumber()
        block = block.next()
    raise AssertionError(heading)


def test_the_self_test_fails_a_bundle_without_the_guide(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from licensegui.ui import diagnostics

    shutil.copytree(ROOT / "resources", tmp_path / "resources")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    check = diagnostics._resources()
    assert not check.ok and "user-guide.md" in check.detail
    (tmp_path / "docs").mkdir()
    shutil.copy(GUIDE, tmp_path / "docs" / "user-guide.md")
    assert diagnostics._resources().ok
