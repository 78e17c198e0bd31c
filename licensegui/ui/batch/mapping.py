"""Which column is which (issue 21.2): the user chooses the license key, owner and email
columns among the file's own headers — when the names are not recognised, or any time through
"Columns…" — and the choice is remembered for files with the same headers. Also the sheet
chooser for a workbook of several sheets."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QVBoxLayout,
    QWidget,
)

from licensegui.core.batch.headers import FIELDS, ColumnMapping, header_signature
from licensegui.ui.i18n import QT_TRANSLATE_NOOP, translate
from licensegui.ui.plain import PlainLabel

if TYPE_CHECKING:
    from licensegui.core.session import AppSession

log = logging.getLogger(__name__)

#: The window's own words for each field: the same the refusal sentence and the preview use.
FIELD_LABELS = {"license_key": QT_TRANSLATE_NOOP("BatchWindow", "License &key column:"),
                "owner_name": QT_TRANSLATE_NOOP("BatchWindow", "&Owner column:"),
                "email": QT_TRANSLATE_NOOP("BatchWindow", "&Email column:")}


class MappingDialog(QDialog):
    """Three combo boxes of the header's cells; OK needs three different columns."""

    def __init__(self, header: Sequence[str], chosen: dict[str, int] | None,
                 parent: QWidget | None = None, why: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("BatchWindow", "Columns"))
        self.header = [h.strip() for h in header]
        intro = PlainLabel(why or translate(
            "BatchWindow", "Choose which of the file's columns holds the license key, the "
            "owner name and the email. Files with the same headers are read this way next "
            "time."))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.boxes: dict[str, QComboBox] = {}
        for field in FIELDS:
            box = QComboBox()
            box.addItem(translate("BatchWindow", "(choose a column)"), -1)
            for i, name in enumerate(self.header):
                box.addItem(name or translate("BatchWindow", "(column {n}, no name)").format(
                    n=i + 1), i)
            if chosen and field in chosen:
                box.setCurrentIndex(chosen[field] + 1)
            box.currentIndexChanged.connect(self._check)
            self.boxes[field] = box
            form.addRow(translate("BatchWindow", FIELD_LABELS[field]), box)
        self.error = PlainLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._check()

    def choose(self, field: str, header_name: str) -> None:
        """Select a column by its header (tests, and a remembered choice)."""
        box = self.boxes[field]
        box.setCurrentIndex(box.findData(self.header.index(header_name.strip())))

    def _indexes(self) -> dict[str, int]:
        return {f: int(b.currentData()) for f, b in self.boxes.items()}

    def _check(self) -> None:
        picked = self._indexes()
        ok = all(i >= 0 for i in picked.values()) and len(set(picked.values())) == 3
        same = len({i for i in picked.values() if i >= 0}) < sum(
            1 for i in picked.values() if i >= 0)
        self.error.setText(translate("BatchWindow", "Each column can be chosen only once.")
                           if same else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def mapping(self) -> ColumnMapping:
        picked = self._indexes()
        return ColumnMapping(**{f: self.header[i] for f, i in picked.items()})


def remembered(ctx: AppSession, header: Sequence[str]) -> ColumnMapping | None:
    """The mapping chosen before for files with this header, if any."""
    saved = ctx.settings.column_mappings.get(header_signature(header))
    if not saved:
        return None
    try:
        return ColumnMapping(**{f: v for f, v in saved.items() if f in FIELDS})
    except TypeError:
        return None


def remember(ctx: AppSession, header: Sequence[str], mapping: ColumnMapping) -> None:
    """Keep the choice for files with the same headers (the Settings file)."""
    mappings = ctx.settings.column_mappings
    signature = header_signature(header)
    mappings.pop(signature, None)  # re-inserted last: the newest is kept longest
    mappings[signature] = mapping.as_dict()
    try:
        ctx.save_settings()
    except Exception as exc:  # a convenience not kept is no reason to refuse the file
        log.warning("could not save the column mapping: %s", exc)


def choose_sheet(parent: QWidget, file_name: str, names: list[str]) -> str | None:
    """The worksheet to read, when a workbook has several (None: cancelled)."""
    name, ok = QInputDialog.getItem(
        parent, translate("BatchWindow", "Choose a sheet"),
        translate("BatchWindow", "{name} has several sheets. Which one holds the "
                  "orders?").format(name=file_name), names, 0, False)
    return name if ok and name else None


def ask_mapping(parent: QWidget, ctx: AppSession, header: Sequence[str],
                chosen: dict[str, int] | None, why: str = "") -> ColumnMapping | None:
    """Ask which column is which; the choice (remembered for this header) or None."""
    dialog = MappingDialog(header, chosen, parent, why)
    if not dialog.exec():
        return None
    mapping = dialog.mapping()
    remember(ctx, header, mapping)
    return mapping

