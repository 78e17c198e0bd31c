"""Rows of the Settings dialog's profile editor: a public key, and the team ledger."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from licensegui.core.errors import KeyFileError
from licensegui.core.trust import load_public_key
from licensegui.ui.i18n import localize, translate
from licensegui.ui.plain import PlainLabel
from licensegui.ui.tasks import read_in_background


class KeyRow(QWidget):
    """A public key of the profile: what it is, Import…, Clear."""

    def __init__(self, label: str, dialog: Any) -> None:
        super().__init__()
        self.label = label
        self.info = PlainLabel()  # one short line; a reason why a key is unusable goes below
        # The whole fingerprint, selectable: the guide has it compared by phone (issue 28).
        self.fingerprint = PlainLabel()
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.fingerprint.setAccessibleName(translate("SettingsDialog", "SHA-256 fingerprint of "
                                                     "the {label} public key").format(
                                                         label=label))
        self.fingerprint.hide()
        self.error = PlainLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.import_button = QPushButton(translate("SettingsDialog", "Import…"))
        self.import_button.setAccessibleName(translate("SettingsDialog",
                                                       "Import {label} public "
                                                       "key").format(label=label))
        self.clear_button = QPushButton(translate("SettingsDialog", "Clear"))
        self.clear_button.setAccessibleName(translate("SettingsDialog",
                                                      "Clear {label} public "
                                                      "key").format(label=label))
        self.import_button.clicked.connect(lambda: dialog.choose_key_file(label))
        self.clear_button.clicked.connect(lambda: dialog.clear_key(label))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.info, 1)
        row.addWidget(self.import_button)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.error)

    def show_pem(self, pem: str | None) -> None:
        self.error.hide()
        self.fingerprint.hide()
        if not pem:
            self.info.setText(translate("SettingsDialog", "not set"))
            self.clear_button.setEnabled(False)
            return
        try:
            key = load_public_key(pem, self.label)
        except KeyFileError as exc:
            self.info.setText(translate("SettingsDialog", "unusable"))
            self.error.setText(localize(exc))
            self.error.show()
        else:
            self.info.setText(translate("SettingsDialog", "RSA {bits}-bit · SHA-256:").format(
                bits=key.bits))
            self.fingerprint.setText(" ".join(key.fingerprint[i:i + 4]
                                              for i in range(0, len(key.fingerprint), 4)))
            self.fingerprint.show()
        self.clear_button.setEnabled(True)


class TeamLedgerRow(QWidget):
    """The profile's team ledger (issue 27): its URL (never a password), whether nothing is
    sent while it cannot be reached, its password into the keyring, and a connection test
    run off the GUI thread (a network database must never freeze the window)."""

    #: (url, required) as the user edits them.
    edited = Signal(str, bool)

    def __init__(self) -> None:
        super().__init__()
        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql://you@db.example/licensegui")
        self.url.setAccessibleName(translate("SettingsDialog", "Team ledger address"))
        self.error = PlainLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.required = QCheckBox(translate("SettingsDialog",
                                            "Send nothing while it cannot be reached"))
        self.password_button = QPushButton(translate("SettingsDialog", "Set pass&word…"))
        self.test_button = QPushButton(translate("SettingsDialog", "Test &connection"))
        self.status = PlainLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(self.status.textInteractionFlags())
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.password_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.url)
        layout.addWidget(self.error)
        layout.addWidget(self.required)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.url.textEdited.connect(self._changed)
        self.required.toggled.connect(self._changed)
        self.test_button.clicked.connect(self.test)
        self.password_button.clicked.connect(self.set_password)
        self.staff = ""  # the dialog's "Your name", for the test's records
        self._refresh()

    def show_profile(self, url: str, required: bool) -> None:
        self.url.setText(url)
        self.required.blockSignals(True)
        self.required.setChecked(required)
        self.required.blockSignals(False)
        self.status.setText("")
        self._refresh()

    def problem(self) -> str | None:
        """Why the address cannot be used ("" / None when it can, or there is none)."""
        text = self.url.text().strip()
        if not text:
            return None
        from licensegui.core.team.address import TeamAddress, TeamAddressError

        try:
            TeamAddress.parse(text)
        except TeamAddressError as exc:
            return localize(exc)
        return None

    def _changed(self, *_: object) -> None:
        self._refresh()
        self.edited.emit(self.url.text().strip(), self.required.isChecked())

    def _refresh(self) -> None:
        problem = self.problem()
        self.error.setText(problem or "")
        self.error.setVisible(bool(problem))
        usable = bool(self.url.text().strip()) and problem is None
        for widget in (self.required, self.password_button, self.test_button):
            widget.setEnabled(usable)

    def set_password(self) -> None:
        from licensegui.core.team.address import KEYRING_SERVICE, TeamAddress

        address = TeamAddress.parse(self.url.text())
        password, ok = QInputDialog.getText(
            self, translate("SettingsDialog", "Team ledger password"),
            translate("SettingsDialog", "Password of {account} (kept in the keyring):").format(
                account=address.account), QLineEdit.EchoMode.Password)
        if not ok or not password:
            return
        try:
            import keyring

            keyring.set_password(KEYRING_SERVICE, address.account, password)
        except Exception as exc:  # no keyring: said here, never written anywhere else
            self.status.setText(translate(
                "SettingsDialog", "The password could not be kept in the keyring ({kind}); "
                "give it to libpq by PGPASSWORD or .pgpass instead.").format(
                    kind=type(exc).__name__))
            return
        self.status.setText(translate("SettingsDialog", "Password kept in the keyring."))

    def test(self) -> None:
        from licensegui.core.runtime import team_ledger

        url, staff = self.url.text(), self.staff or None

        def reach() -> dict[str, object]:
            team = team_ledger(url, staff)
            try:
                return team.status()
            finally:
                team.close()

        self.test_button.setEnabled(False)
        self.status.setText(translate("SettingsDialog", "Connecting…"))
        read_in_background(reach, self._tested, self)

    def _tested(self, outcome: object) -> None:
        self._refresh()
        if isinstance(outcome, Exception):
            self.status.setText(translate("SettingsDialog", "Not reachable: {problem}").format(
                problem=localize(outcome)))
            return
        found = outcome if isinstance(outcome, dict) else {}
        self.status.setText(translate(
            "SettingsDialog", "Reachable: schema version {version}, {records} records.").format(
                version=found.get("schema_version"), records=found.get("records")))
