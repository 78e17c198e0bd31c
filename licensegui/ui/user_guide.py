"""Help → User guide (F1): ``docs/user-guide.md`` in a window, offline — the same file the
repository shows, shipped in the bundle with the screenshots it uses.

A :class:`QTextBrowser` reads the Markdown (Qt's own reader), resolves images relative to the
guide, and follows links within it. Qt's Markdown reader names no headings, so each heading
gets the anchor GitHub gives it (``## What the vendor gives you`` → ``#what-the-vendor-gives-
you``): the guide's own links, and the first-run setup's "What do I need?", land on the same
place in the app as on GitHub.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QImageReader,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from licensegui.ui.i18n import translate

#: Where the first-run setup sends the user: what a vendor hands out and where it goes.
VENDOR_ANCHOR = "what-the-vendor-gives-you"
Unknown = QTextDocument.ResourceType.UnknownResource
#: Widest an image is shown (screenshots are larger; the window is a reading width).
IMAGE_WIDTH_MAX = 760


def docs_dir() -> Path:
    """``docs/`` of a source checkout, or the frozen bundle's copy (PyInstaller unpacks data
    under ``sys._MEIPASS``), like :func:`licensegui.ui.resources.resources_dir`."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "docs"
    return Path(__file__).resolve().parents[2] / "docs"


def guide_path() -> Path:
    return docs_dir() / "user-guide.md"


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def anchor_headings(document: QTextDocument) -> list[str]:
    """Give every heading of ``document`` its GitHub anchor; returns them in order."""
    names: list[str] = []
    seen: dict[str, int] = {}
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0 and block.text().strip():
            name = slug(block.text())
            count = seen.get(name, 0)
            seen[name] = count + 1
            if count:
                name = f"{name}-{count}"  # GitHub's rule for a repeated heading
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                                QTextCursor.MoveMode.KeepAnchor)
            anchor = QTextCharFormat()
            anchor.setAnchor(True)
            anchor.setAnchorNames([name])
            cursor.mergeCharFormat(anchor)
            names.append(name)
        block = block.next()
    return names


def _images(document: QTextDocument) -> list[tuple[int, int, QTextImageFormat]]:
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isImageFormat():
                found.append((fragment.position(), fragment.length(),
                              fragment.charFormat().toImageFormat()))
            it += 1
        block = block.next()
    return found


def fit_images(document: QTextDocument, folder: Path, width: int = IMAGE_WIDTH_MAX) -> int:
    """Scale images wider than ``width`` down (aspect kept); returns how many there are."""
    images = _images(document)
    for position, length, image in images:
        size = QImageReader(str(folder / image.name())).size()
        if size.isValid() and size.width() > width:
            image.setWidth(width)
            image.setHeight(size.height() * width / size.width())
            cursor = QTextCursor(document)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(image)
    return len(images)


class GuideBrowser(QTextBrowser):
    """A QTextBrowser that anchors headings and fits images in every page it loads."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(True)
        self.setOpenExternalLinks(True)
        self.anchors: list[str] = []
        self.images = 0

    def doSetSource(self, name: QUrl,  # Qt API (its names)
                    type: QTextDocument.ResourceType = Unknown) -> None:
        if name.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(name)
            return
        fragment = name.fragment()
        if fragment and (not name.path() or name.path() == self.source().path()):
            self.scrollToAnchor(fragment)  # a link within this page: no reload
            return
        super().doSetSource(name, type)
        local = self.source().toLocalFile()
        if local:
            self.anchors = anchor_headings(self.document())
            self.images = fit_images(self.document(), Path(local).parent)
        if fragment:
            # Once laid out: Qt lays a new page out lazily, and an anchor further down has
            # no position before that.
            QTimer.singleShot(0, lambda: self.scrollToAnchor(fragment))


class UserGuideWindow(QDialog):
    """The guide, non-modal: it stays open beside the window it explains."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("UserGuide", "licensegui user guide"))
        self.resize(880, 720)
        self.browser = GuideBrowser()
        self.browser.setAccessibleName(translate("UserGuide", "User guide"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        path = guide_path()
        if path.is_file():
            self.browser.setSource(QUrl.fromLocalFile(str(path)),
                                   QTextDocument.ResourceType.MarkdownResource)
        else:  # a broken installation: say so instead of an empty window
            self.browser.setPlainText(translate(
                "UserGuide", "The user guide is missing from this installation ({path}). "
                "It is also online in the project's docs/user-guide.md.").format(path=path))

    def show_at(self, anchor: str = "") -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        if anchor:
            self.browser.scrollToAnchor(anchor)
            # Again once shown: a first showing lays the page out after this call.
            QTimer.singleShot(0, lambda: self.browser.scrollToAnchor(anchor))


def show_user_guide(parent: QWidget | None, anchor: str = "") -> UserGuideWindow:
    """Open the guide (one window per parent, raised if open), at ``anchor`` if given."""
    existing = parent.findChild(UserGuideWindow) if parent is not None else None
    guide = existing if isinstance(existing, UserGuideWindow) else UserGuideWindow(parent)
    guide.show_at(anchor)
    return guide
