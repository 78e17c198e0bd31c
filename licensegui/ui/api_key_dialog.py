"""Masked entry of an API key. The key is never shown again once saved."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from licensegui.core.errors import ValidationError
from licensegui.core.secrets import Storage, StoreStatus
from licensegui.core.validation import clean_api_key
from licensegui.ui.i18n import localize, translate
from licensegui.ui.plain import PlainLabel


class ApiKeyDialog(QDialog):
    def __init__(self, profile: str, status: StoreStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ApiKeyDialog",
                                      "API key — {profile}").format(profile=profile))
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(translate("ApiKeyDialog", "API key"))
        self.edit.setPlaceholderText(translate("ApiKeyDialog",
                                               "paste the API key from your vendor's portal"))
        label = PlainLabel(translate("ApiKeyDialog", "&API key:"))
        label.setBuddy(self.edit)
        self.error = PlainLabel()
        self.error.setObjectName("fieldError")
        self.error.hide()
        self.remember = QCheckBox(translate("ApiKeyDialog", "&Save it ({backend})").format(
            backend=localize(status.backend)))
        self.remember.setChecked(status.storage is Storage.KEYRING)
        self.remember.setEnabled(status.storage is Storage.KEYRING)
        where = PlainLabel(status.sentence if status.storage is Storage.SESSION else
                       translate("ApiKeyDialog",
                                 "Saved keys live in {backend}, never in a "
                                 "file.").format(backend=localize(status.backend)))
        where.setWordWrap(True)
        where.setObjectName("storageNote")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (label, self.edit, self.error, self.remember, where, buttons):
            layout.addWidget(widget)
        self.value = ""

    def _accept(self) -> None:
        try:
            self.value = clean_api_key(self.edit.text())
        except ValidationError as exc:
            self.error.setText(localize(exc))
            self.error.show()
            return
        self.edit.clear()  # do not keep the secret in a widget longer than needed
        self.accept()
