"""Settings: profiles (server, public keys, API key) and request options."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from licensegui.core.errors import KeyFileError, ValidationError
from licensegui.core.secrets import KeyChange, SecretStore, StoreStatus
from licensegui.core.settings import Profile, Settings
from licensegui.core.team.address import TeamAddress, TeamAddressError
from licensegui.core.team.who import staff_name
from licensegui.core.text import Text
from licensegui.core.trust import KEY_LABELS, load_public_key_file
from licensegui.core.validation import clean_api_key, clean_base_url, clean_profile_name
from licensegui.ui.api_key_dialog import ApiKeyDialog
from licensegui.ui.file_dialogs import open_file
from licensegui.ui.i18n import LANGUAGES, localize, translate
from licensegui.ui.main.storage_note import api_key_words, key_facts
from licensegui.ui.plain import PlainLabel, ask, warn
from licensegui.ui.settings_history import HistoryOptions
from licensegui.ui.settings_rows import KeyRow, TeamLedgerRow
from licensegui.ui.tasks import read_in_background


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A label whose &mnemonic focuses ``widget``."""
    label = PlainLabel(text)
    label.setBuddy(widget)
    return label


@dataclass
class _Draft:
    profile: Profile
    original_name: str | None  # None: new in this dialog
    #: An API key change waiting for OK: ("keyring"|"session", key) or ("delete", "").
    key_change: tuple[str, str] | None = None


class SettingsDialog(QDialog):
    """Works on a copy; :attr:`result_settings` holds the edited settings after OK."""

    def __init__(self, settings: Settings, secrets: SecretStore,
                 parent: QWidget | None = None, first_run: bool = False,
                 erase: Callable[[str], tuple[int, list[Text]]] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SettingsDialog", "Set up licensegui") if first_run
                            else translate("SettingsDialog", "Settings"))
        self.resize(760, 480)
        self.secrets = secrets
        self.drafts = [_Draft(copy.deepcopy(p), p.name) for p in settings.profiles]
        self.result_settings = copy.deepcopy(settings)
        #: API key changes to carry out after OK (see key_changes()).
        self.changes: list[KeyChange] = []

        self.list = QListWidget()
        self.list.setAccessibleName(translate("SettingsDialog", "Profiles"))
        add = QPushButton(translate("SettingsDialog", "&Add profile"))
        self.remove_button = QPushButton(translate("SettingsDialog", "&Remove profile"))
        add.clicked.connect(self.add_profile)
        self.remove_button.clicked.connect(self.remove_profile)
        left = QVBoxLayout()
        left.addWidget(PlainLabel(translate("SettingsDialog", "Profiles (one per vendor server):")))
        left.addWidget(self.list, 1)
        left.addWidget(add)
        left.addWidget(self.remove_button)

        self.name = QLineEdit()
        self.base_url = QLineEdit()
        self.base_url.setPlaceholderText("https://vendor.example/api/v1")
        self.url_error = PlainLabel()
        self.url_error.setObjectName("fieldError")
        # Wrapped: a long sentence must not widen the dialog as the user types (issue 19).
        self.url_error.setWordWrap(True)
        self.url_error.hide()
        self.key_rows = {label: KeyRow(label, self) for label in KEY_LABELS}
        self.api_status = PlainLabel()
        self.api_status.setWordWrap(True)
        self.api_set = QPushButton(translate("SettingsDialog", "Set / re&place API key…"))
        self.api_remove = QPushButton(translate("SettingsDialog", "Remo&ve API key"))
        self.api_set.clicked.connect(self.set_api_key)
        self.api_remove.clicked.connect(self.remove_api_key)
        self.demo_note = PlainLabel(translate("SettingsDialog",
                                              "The demo profile is built in and never saved; "
                                              "its server keeps its keys and what it assigned "
                                              "in this computer's data folder."))
        api_buttons = QHBoxLayout()
        api_buttons.addWidget(self.api_set)
        api_buttons.addWidget(self.api_remove)
        api_buttons.addStretch(1)

        editor = QGroupBox(translate("SettingsDialog", "Profile"))
        form = QFormLayout(editor)
        form.addRow(_buddy(translate("SettingsDialog", "&Name:"), self.name), self.name)
        form.addRow(_buddy(translate("SettingsDialog", "Base &URL:"), self.base_url), self.base_url)
        form.addRow("", self.url_error)
        form.addRow(translate("SettingsDialog", "Global public key:"), self.key_rows["global"])
        form.addRow(translate("SettingsDialog", "Product public key:"), self.key_rows["product"])
        form.addRow(translate("SettingsDialog", "API key:"), self.api_status)
        form.addRow("", api_buttons)
        self.team_row = TeamLedgerRow()
        self.team_row.staff = settings.staff
        self.team_row.edited.connect(self._team_edited)
        form.addRow(_buddy(translate("SettingsDialog", "Team led&ger:"), self.team_row.url),
                    self.team_row)
        form.addRow(self.demo_note)
        self.editor = editor

        self.replay = QSpinBox()
        self.replay.setRange(5, 86_400)
        self.replay.setSuffix(translate("SettingsDialog", " s"))
        self.replay.setValue(settings.replay_window_s)
        self.timeout = QDoubleSpinBox()
        self.timeout.setRange(1, 600)
        self.timeout.setSuffix(translate("SettingsDialog", " s"))
        self.timeout.setValue(settings.timeout_s)
        self.language = QComboBox()
        self.language.addItem(translate("SettingsDialog", "As the system"), "")
        for code, name in sorted(LANGUAGES.items(), key=lambda item: item[1]):
            self.language.addItem(name, code)  # each language named in itself
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language_note = PlainLabel(translate(
            "SettingsDialog", "A new language applies when licensegui starts again."))
        self.language_note.setWordWrap(True)
        appearance = QGroupBox(translate("SettingsDialog", "Language"))
        look = QFormLayout(appearance)
        look.addRow(_buddy(translate("SettingsDialog", "&Language:"), self.language),
                    self.language)
        look.addRow(self.language_note)

        options = QGroupBox(translate("SettingsDialog", "Requests"))
        opt = QFormLayout(options)
        opt.addRow(_buddy(translate("SettingsDialog", "Re&play window (±):"), self.replay),
                   self.replay)
        opt.addRow(_buddy(translate("SettingsDialog", "Request &timeout:"), self.timeout),
                   self.timeout)
        self.staff = QLineEdit(settings.staff)
        self.staff.setMaxLength(100)
        # What the team ledger says without one (LICENSEGUI_STAFF, else the OS user name).
        self.staff.setPlaceholderText(translate("SettingsDialog", "default: “{name}”").format(
            name=staff_name()))
        opt.addRow(_buddy(translate("SettingsDialog", "Your name (team ledger):"), self.staff),
                   self.staff)

        history_box = HistoryOptions(settings.history_keep_days, erase,
                                     settings.idempotency_window_s)
        self.keep_days, self.erase_button = history_box.keep_days, history_box.erase_button
        self.history_box = history_box

        right = QVBoxLayout()
        right.addWidget(editor)
        right.addWidget(options)
        right.addWidget(history_box)
        right.addWidget(appearance)
        right.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left, 2)
        top.addLayout(right, 5)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_accept)
        # What a vendor hands out and where it goes: the guide's section, offline (issue 19).
        self.guide_button = self.buttons.addButton(
            translate("SettingsDialog", "What do I need? (User guide)"),
            QDialogButtonBox.ButtonRole.HelpRole)
        self.buttons.helpRequested.connect(self.open_guide)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.buttons)

        self.list.currentRowChanged.connect(self._select)
        self.name.textEdited.connect(self._name_edited)
        self.base_url.textEdited.connect(self._url_edited)
        self._refresh_list()
        if first_run and not self.drafts:
            self.add_profile()
        elif self.drafts:
            current = next((i for i, d in enumerate(self.drafts)
                            if d.profile.name == settings.last_profile), 0)
            self.list.setCurrentRow(current)
        else:
            self._select(-1)

    def open_guide(self) -> None:
        from licensegui.ui.user_guide import VENDOR_ANCHOR, show_user_guide

        show_user_guide(self, VENDOR_ANCHOR)

    # --- profile list ---------------------------------------------------------------------
    def _refresh_list(self) -> None:
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for draft in self.drafts:
            self.list.addItem(draft.profile.name or "(unnamed)")
        self.list.blockSignals(False)
        if self.drafts:
            self.list.setCurrentRow(min(max(row, 0), len(self.drafts) - 1))

    def current(self) -> _Draft | None:
        row = self.list.currentRow()
        return self.drafts[row] if 0 <= row < len(self.drafts) else None

    def add_profile(self) -> None:
        names = {d.profile.name for d in self.drafts}
        name = translate("SettingsDialog", "Vendor")
        n = 2
        while name in names:
            name, n = translate("SettingsDialog", "Vendor {n}").format(n=n), n + 1
        self.drafts.append(_Draft(Profile(name, ""), None))
        self._refresh_list()
        self.list.setCurrentRow(len(self.drafts) - 1)
        self.base_url.setFocus()

    def remove_profile(self) -> None:
        draft = self.current()
        if draft is None or draft.profile.demo:
            return
        self.drafts.remove(draft)
        self._refresh_list()
        self._select(self.list.currentRow())

    def _select(self, row: int) -> None:
        draft = self.current()
        self.editor.setEnabled(draft is not None)
        self.remove_button.setEnabled(draft is not None and not draft.profile.demo)
        if draft is None:
            self.name.clear()
            self.base_url.clear()
            for key_row in self.key_rows.values():
                key_row.show_pem(None)
            self.api_status.setText("")
            self.team_row.show_profile("", False)
            self.demo_note.hide()
            return
        p = draft.profile
        self.name.setText(p.name)
        self.base_url.setText(p.base_url)
        self.url_error.hide()
        for label, key_row in self.key_rows.items():
            key_row.show_pem(p.keys.get(label))
        self.team_row.show_profile(p.team_ledger, p.require_team_ledger)
        for widget in (self.name, self.base_url, *self.key_rows.values(), self.api_set,
                       self.api_remove, self.team_row):
            widget.setEnabled(not p.demo)
        self.demo_note.setVisible(p.demo)
        self._show_api_status()

    def _name_edited(self, text: str) -> None:
        draft = self.current()
        if draft is not None:
            draft.profile.name = text.strip()
            item = self.list.item(self.list.currentRow())
            item.setText(draft.profile.name or "(unnamed)")

    def _team_edited(self, url: str, required: bool) -> None:
        draft = self.current()
        if draft is not None:
            draft.profile.team_ledger, draft.profile.require_team_ledger = url, required

    def _url_edited(self, text: str) -> None:
        draft = self.current()
        if draft is None:
            return
        draft.profile.base_url = text.strip()
        try:
            clean_base_url(text)
        except ValidationError as exc:
            self.url_error.setText(localize(exc))
            self.url_error.show()
        else:
            self.url_error.hide()

    # --- keys ------------------------------------------------------------------------------
    def choose_key_file(self, label: str) -> None:
        path = open_file(  # starts where the user last was, else Documents (issue 19)
            self, translate("SettingsDialog", "Import the {label} public key").format(label=label),
            translate("SettingsDialog", "PEM public keys (*.pem *.pub *.txt);;All files (*)"))
        if path:
            self.import_key(label, path)

    def import_key(self, label: str, path: str) -> bool:
        """Load and check a PEM file; the core's sentence is shown at the row on failure."""
        draft = self.current()
        if draft is None:
            return False
        row = self.key_rows[label]
        try:
            key = load_public_key_file(path, label)
        except KeyFileError as exc:
            row.error.setText(localize(exc))
            row.error.show()
            return False
        draft.profile.keys[label] = key.pem
        row.show_pem(key.pem)
        return True

    def clear_key(self, label: str) -> None:
        draft = self.current()
        if draft is not None:
            draft.profile.keys.pop(label, None)
            self.key_rows[label].show_pem(None)

    # --- API key ---------------------------------------------------------------------------
    def _show_api_status(self) -> None:
        """Pending changes as they will be; otherwise ask the keyring, off the GUI thread."""
        draft = self.current()
        if draft is None:
            return
        if draft.key_change is not None:
            kind = draft.key_change[0]
            self.api_status.setText({
                "delete": translate("SettingsDialog", "Will be removed when you press OK."),
                "keyring": translate("SettingsDialog",
                                     "Will be saved in {backend} when you press "
                                     "OK.").format(backend=localize(self.secrets.status().backend)),
                "session": translate("SettingsDialog",
                                     "Will be kept in memory for this session only (when you "
                                     "press OK)."),
            }[kind])
            self.api_remove.setEnabled(kind != "delete" and not draft.profile.demo)
            return
        if draft.original_name is None:
            self.api_status.setText(_sentence(api_key_words(False, False,
                                                            self.secrets.status())))
            self.api_remove.setEnabled(False)
            return
        name, secrets = draft.original_name, self.secrets
        self.api_status.setText(translate("SettingsDialog", "Checking the keyring…"))
        self.api_remove.setEnabled(False)

        def show(outcome: tuple[bool, bool, StoreStatus] | Exception) -> None:
            if self.current() is not draft or draft.key_change is not None:
                return
            if isinstance(outcome, Exception):
                self.api_status.setText(localize(outcome))
                return
            # The main window's words, so both say one consistent thing (issue 19).
            words = api_key_words(*outcome)
            self.api_status.setText(translate("SettingsDialog", "Set — {where}").format(
                where=words) if outcome[0] else _sentence(words))
            self.api_remove.setEnabled(outcome[0] and not draft.profile.demo)

        read_in_background(lambda: key_facts(secrets, name), show, self)

    def set_api_key(self) -> None:
        draft = self.current()
        if draft is None:
            return
        dialog = ApiKeyDialog(draft.profile.name, self.secrets.status(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.store_api_key(draft.profile.name, dialog.value, dialog.remember.isChecked())

    def store_api_key(self, name: str, value: str, remember: bool) -> None:
        """Set (or replace) the current profile's key when the dialog is accepted."""
        draft = self.current()
        if draft is None:
            return
        try:
            key = clean_api_key(value)
        except ValidationError as exc:
            warn(self, translate("SettingsDialog", "API key not saved"), localize(exc))
            return
        draft.key_change = ("keyring" if remember else "session", key)
        self._show_api_status()

    def remove_api_key(self) -> None:
        draft = self.current()
        if draft is None:
            return
        where = localize(self.secrets.status().backend)
        if not ask(self, translate("SettingsDialog", "Remove API key"),
                   translate("SettingsDialog",
                             "Remove the API key of “{name}” from {where}? It is removed when you "
                             "press OK; Cancel keeps it.").format(
                                 name=draft.profile.name, where=where),
                   translate("SettingsDialog", "Remove"), translate("SettingsDialog", "Keep it")):
            return
        draft.key_change = ("delete", "")
        self._show_api_status()

    def key_changes(self) -> list[KeyChange]:
        """What to do to stored keys, in order, once the dialog is accepted."""
        changes: list[KeyChange] = []
        kept = {d.original_name for d in self.drafts}
        for old in self.result_settings.profiles:
            if old.name not in kept and not old.demo:
                changes.append(KeyChange("delete", old.name))  # its profile is gone
        for draft in self.drafts:
            name = draft.profile.name
            if draft.original_name and draft.original_name != name:
                changes.append(KeyChange("rename", draft.original_name, new_name=name))
            if draft.key_change is not None:
                kind, value = draft.key_change
                changes.append(KeyChange(kind, name, value or None))
        return changes

    def done(self, result: int) -> None:  # Qt API: every way the dialog closes
        self.history_box.tasks.shutdown()
        super().done(result)

    # --- OK ----------------------------------------------------------------------------------
    def validate(self) -> str | None:
        seen: set[str] = set()
        for i, draft in enumerate(self.drafts):
            p = draft.profile
            if p.demo:
                seen.add(p.name)
                continue
            try:
                p.name = clean_profile_name(p.name)
                if p.name in seen:
                    raise ValidationError("profile",
                                          translate("SettingsDialog",
                                                    "Two profiles are named "
                                                    "{name!r}.").format(name=p.name))
                seen.add(p.name)
                p.base_url = clean_base_url(p.base_url)
                if p.team_ledger:
                    TeamAddress.parse(p.team_ledger)
            except TeamAddressError as exc:
                self.list.setCurrentRow(i)
                return f"{p.name}: {localize(exc)}"
            except ValidationError as exc:
                self.list.setCurrentRow(i)
                return f"{p.name or translate('SettingsDialog', 'Profile')}: {localize(exc)}"
        return None

    def try_accept(self) -> None:
        problem = self.validate()
        if problem:
            warn(self, translate("SettingsDialog", "Check the profile"), problem)
            return
        self.changes = self.key_changes()
        self.result_settings.profiles = [d.profile for d in self.drafts]
        self.result_settings.replay_window_s = self.replay.value()
        self.result_settings.timeout_s = self.timeout.value()
        self.result_settings.history_keep_days = self.keep_days.value()
        self.result_settings.idempotency_window_s = self.history_box.idempotency_window_s()
        self.result_settings.language = self.language.currentData() or ""
        self.result_settings.staff = self.staff.text().strip()
        current = self.current()
        if current is not None:
            self.result_settings.last_profile = current.profile.name
        self.accept()


def _sentence(words: str) -> str:
    """The storage line's words as a sentence of their own (capitalised)."""
    return words[:1].upper() + words[1:]
