"""The assignment form: three fields with inline validation from the core."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCompleter, QFormLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget

from licensegui.core.validation import (
    EMAIL_MAX,
    LICENSE_KEY_MAX,
    OWNER_NAME_MAX,
    AssignRequest,
    form_errors,
)
from licensegui.ui.i18n import translate
from licensegui.ui.plain import PlainLabel

FIELDS = ("license_key", "owner_name", "email")


class _Field(QWidget):
    """A line edit with its error line below it."""

    def __init__(self, placeholder: str, max_length: int) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setMaxLength(max_length + 64)  # room to paste, then be told it is too long
        self.error = PlainLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self.touched = False

    def add_clear_button(self) -> None:
        self.edit.setClearButtonEnabled(True)
        for button in self.edit.findChildren(QToolButton):  # Qt leaves it nameless
            button.setAccessibleName(translate("AssignForm", "Clear"))

    def show_error(self, message: str | None) -> None:
        visible = bool(message) and self.touched
        self.error.setText(message or "")
        self.error.setVisible(visible)
        self.edit.setAccessibleDescription(message if visible and message else "")


class AssignForm(QWidget):
    """Emits ``submitted`` on Enter when valid; ``validity_changed(bool)`` as the user types."""

    submitted = Signal()
    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = {
            "license_key": _Field(translate("AssignForm",
                                            "e.g. bb7ffb6f-2d8e-4977-b2fa-8d43ea58aa0d"),
                                  LICENSE_KEY_MAX),
            "owner_name": _Field(translate("AssignForm", "e.g. Test User"), OWNER_NAME_MAX),
            "email": _Field(translate("AssignForm", "e.g. owner@example.com"), EMAIL_MAX),
        }
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for name, text in (("license_key", translate("AssignForm", "&License key:")),
                           ("owner_name", translate("AssignForm", "&Owner name:")),
                           ("email", translate("AssignForm", "&Email:"))):
            label = PlainLabel(text)
            label.setBuddy(self.fields[name].edit)
            self.fields[name].edit.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, self.fields[name])
        for name, field in self.fields.items():
            field.edit.textChanged.connect(lambda _t, n=name: self._changed(n))
            field.edit.editingFinished.connect(lambda n=name: self._left(n))
            field.edit.returnPressed.connect(self._enter)
        self._valid = False

    def add_clear_buttons(self) -> None:
        """After the first paint: the buttons (and their icons, ~15 ms) are invisible until a
        field has text, so the window need not wait for them."""
        for field in self.fields.values():
            field.add_clear_button()

    def edit(self, name: str) -> QLineEdit:
        return self.fields[name].edit

    def values(self) -> tuple[str, str, str]:
        return tuple(self.fields[n].edit.text() for n in FIELDS)  # type: ignore[return-value]

    def request(self) -> AssignRequest:
        return AssignRequest.from_input(*self.values())

    def is_valid(self) -> bool:
        return not form_errors(*self.values())

    def current(self) -> AssignRequest | None:
        """The request the form holds now; None when it holds no valid one."""
        return self.request() if self.is_valid() else None

    def focus_first_empty(self) -> None:
        """Focus where typing starts: the first empty field (the key when all are filled)."""
        empty = [n for n in FIELDS if not self.fields[n].edit.text()]
        self.edit(empty[0] if empty else "license_key").setFocus()

    def offer_keys(self, keys: list[str]) -> None:
        """Suggest license keys (the demo's available ones) in the key field."""
        from PySide6.QtCore import Qt  # see VerdictBadge.enable_interaction: not at start-up

        completer = QCompleter(keys, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.edit("license_key").setCompleter(completer)
        if keys:
            self.edit("license_key").setPlaceholderText(
                translate("AssignForm", "e.g. {key} (type to see more)").format(key=keys[0]))

    def _changed(self, name: str) -> None:
        edit = self.fields[name].edit
        if name == "license_key":
            # Pasted keys often carry a newline or spaces from an email or a spreadsheet.
            text = edit.text()
            if text != text.strip():
                pos = edit.cursorPosition()
                edit.setText(text.strip())
                edit.setCursorPosition(min(pos, len(edit.text())))
                return  # setText re-enters _changed with the trimmed text
        self._revalidate()

    def _left(self, name: str) -> None:
        self.fields[name].touched = True
        self._revalidate()

    def _revalidate(self) -> None:
        errors = form_errors(*self.values())
        # A field's error shows once the user has left it, then updates live while typing.
        for name, field in self.fields.items():
            field.show_error(errors.get(name))
        valid = not errors
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)

    def show_all_errors(self) -> None:
        for field in self.fields.values():
            field.touched = True
        self._revalidate()

    def _enter(self) -> None:
        completer = self.edit("license_key").completer()
        if completer is not None and completer.popup().isVisible():
            # Return chose a suggestion: it fills the field (the completer does that right
            # after this), it never sends — the owner and email may still be the previous
            # customer's.
            return
        if self.is_valid():
            self.submitted.emit()
        else:
            self.show_all_errors()
