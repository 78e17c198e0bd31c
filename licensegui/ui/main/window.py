"""The main window: pick a profile, fill the form, assign, read the badge."""

from __future__ import annotations

import html
import itertools
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QElapsedTimer, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import licensegui
from licensegui.core import paths
from licensegui.core.envelope import Verdict, verify_body
from licensegui.core.outcome import Kind, describe
from licensegui.core.resend import SentRequests
from licensegui.core.secrets import KeyChange, apply_changes
from licensegui.core.session import AppContext
from licensegui.core.settings import Profile
from licensegui.core.validation import AssignRequest
from licensegui.ui.background import in_background
from licensegui.ui.i18n import local_time, localize, number, translate
from licensegui.ui.main.badge import VerdictBadge, outcome_sheet
from licensegui.ui.main.details import DetailsPane, Shown
from licensegui.ui.main.form import AssignForm
from licensegui.ui.plain import PlainLabel, ask, inform, make_plain, message_box, warn
from licensegui.ui.resources import icon
from licensegui.ui.tasks import CallThread, Workers

if TYPE_CHECKING:
    # Qt types for annotations, and those first needed after the window is up (file and
    # message dialogs, drag and drop): each costs the first paint 1–3 ms to load.
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

    from licensegui.core.client import CancelToken
    from licensegui.core.history import Attempt as HistoryAttempt
    from licensegui.core.service import Attempted

    # Dialogs are imported when first opened: they are not needed to show the window.
    from licensegui.ui.batch_window import BatchWindow
    from licensegui.ui.history_window import HistoryWindow
    from licensegui.ui.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)

MAX_SAVED_BODY = 16 * 1024 * 1024
AFTER_PAINT_DELAY_MS = 50


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, demo_starting: bool = False) -> None:
        super().__init__()
        self.ctx = ctx
        #: The demo sandbox is starting after the first paint (see ui.app): say so till then.
        self.demo_starting = demo_starting
        self.workers = Workers()
        self.current_call: CallThread | None = None
        self._pending: tuple[Profile, AssignRequest] | None = None
        self.sent = SentRequests()
        self._select_key_when_idle = False
        #: Actions that would mix another source into a live request's result.
        self.idle_only: list[QAction | QPushButton] = []
        self._clock = QElapsedTimer()
        self._tick = QTimer(self, interval=100)
        self._tick.timeout.connect(self._update_elapsed)
        self.history_window: HistoryWindow | None = None
        self.batch_window: BatchWindow | None = None

        self.setWindowTitle("licensegui")
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self._build()
        self._build_menus()
        self.reload_profiles()
        # What the first paint does not need waits for it (see _after_first_paint).
        QTimer.singleShot(AFTER_PAINT_DELAY_MS, self._after_first_paint)
        geometry = ctx.settings.window_geometry
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        else:
            self.resize(880, 760)

    # --- construction ---------------------------------------------------------------------
    def _build(self) -> None:
        self.demo_banner = PlainLabel(translate("MainWindow",
                                                "DEMO — a local sandbox server on this computer; "
                                                "nothing is sent to a vendor."))
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setVisible(self.ctx.is_demo or self.demo_starting)
        self.profile_box = QComboBox()
        self.profile_box.setAccessibleName(translate("MainWindow", "Profile"))
        self.profile_box.setMinimumContentsLength(24)
        profile_label = PlainLabel(translate("MainWindow", "&Profile:"))
        profile_label.setBuddy(self.profile_box)
        settings_button = QPushButton(translate("MainWindow", "Se&ttings…"))
        settings_button.clicked.connect(self.open_settings)
        self.settings_button = settings_button
        self.idle_only.append(settings_button)
        self.storage_note = PlainLabel(
            translate("MainWindow", "Starting the demo sandbox…") if self.demo_starting
            else translate("MainWindow", "Checking where the API key is kept…"))
        self.storage_note.setObjectName("storageNote")
        self.storage_note.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(profile_label)
        header.addWidget(self.profile_box, 1)
        header.addWidget(settings_button)

        self.form = AssignForm()
        self.assign_button = QPushButton(translate("MainWindow", "&Assign"))
        self.assign_button.setDefault(True)
        self.assign_button.setEnabled(False)
        self.cancel_button = QPushButton(translate("MainWindow", "&Cancel"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(translate("MainWindow", "Request in progress"))
        self.progress.hide()
        self.elapsed = PlainLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress)
        buttons.addWidget(self.elapsed)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.assign_button)

        self.badge = VerdictBadge()
        self.outcome = PlainLabel()
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        self.outcome_hint = PlainLabel()
        self.outcome_hint.setWordWrap(True)
        self.record_note = PlainLabel()
        self.record_note.setObjectName("fieldError")
        self.record_note.setWordWrap(True)
        self.record_note.hide()
        self.details = DetailsPane()

        # A plain layout, not a splitter: word-wrapped labels (badge, hints) need their
        # height-for-width honoured, and only the details pane should give up space.
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.demo_banner)
        layout.addLayout(header)
        layout.addWidget(self.storage_note)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.badge)
        layout.addWidget(self.outcome)
        layout.addWidget(self.outcome_hint)
        layout.addWidget(self.record_note)
        layout.addWidget(self.details, 1)
        self.details.setMinimumHeight(160)
        self.setCentralWidget(central)

        self.form.validity_changed.connect(self._update_buttons)
        self.form.submitted.connect(self.submit)
        self.assign_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.cancel)
        QShortcut(QKeySequence("Esc"), self, activated=self.cancel)
        self.profile_box.currentIndexChanged.connect(self._profile_changed)
        # Visual order: header row left to right, the form, the buttons as they sit (Cancel
        # left of Assign), then the answer.
        chain = [self.profile_box, settings_button, self.form.edit("license_key"),
                 self.form.edit("owner_name"), self.form.edit("email"), self.cancel_button,
                 self.assign_button, self.badge, self.details.tabs]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)
        self.statusBar().showMessage(
            translate("MainWindow", "Starting the demo sandbox…") if self.demo_starting
            else translate("MainWindow", "Ready"))
        self._clear_outcome()

    def _after_first_paint(self) -> None:
        """Work that would delay the window's first paint: finding the keyring backend
        (~100 ms: plugin scan, D-Bus) and PySide6's ``Qt`` namespace (~30 ms of enums)."""
        if not self.isVisible():
            return  # never shown (the self-test's window): nothing to prepare, nothing to race
        from PySide6.QtCore import Qt

        in_background(self.ctx.warm_up, self._warmed_up, self)
        self.form.add_clear_buttons()
        self._update_storage_note()
        make_plain(self)  # the Qt enum namespace is loaded now (see ui.plain)
        self.badge.enable_interaction()
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if self.ctx.demo_keys:
            self.form.offer_keys(self.ctx.demo_keys)
        from licensegui.core.journal import unfinished_journals

        in_background(unfinished_journals, self._offer_resume, self)

    def demo_started(self) -> None:
        """The demo sandbox answers: its profile (selected), its keys, its API key."""
        self.demo_starting = False
        self.demo_banner.setVisible(True)
        self.reload_profiles()
        self.form.offer_keys(self.ctx.demo_keys)
        self.statusBar().showMessage(translate("MainWindow", "Ready"), 10_000)

    def demo_failed(self, error: str) -> None:
        self.demo_starting = False
        self.demo_banner.setVisible(False)
        self.statusBar().clearMessage()
        warn(self, translate("MainWindow", "Demo"),
             translate("MainWindow", "The demo sandbox could not start: {error}").format(
                 error=error))

    def _warmed_up(self, outcome: object) -> None:
        if isinstance(outcome, Exception):
            log.error("warm-up failed: %s", outcome)
        notice = self.ctx.history_notice()
        if notice:  # said once, plainly: where the damaged file went, or why none is kept
            self.statusBar().showMessage(localize(notice))
            warn(self, translate("MainWindow", "History"), localize(notice))

    def _build_menus(self) -> None:
        def act(menu_text: str, slot: object,
                shortcut: QKeySequence.StandardKey | str | None = None) -> QAction:
            action = QAction(menu_text, self)
            # setShortcuts, not the overloaded setShortcut: resolving that overload builds
            # ~100 Qt enums (~40 ms at start-up); this one takes the platform bindings as is.
            if isinstance(shortcut, str):
                action.setShortcuts([QKeySequence(shortcut)])
            elif shortcut is not None:
                action.setShortcuts(shortcut)
            action.triggered.connect(slot)
            return action

        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        verify_file = act(translate("MainWindow", "&Verify saved response…"),
                          self.choose_saved_response,
                          QKeySequence.StandardKey.Open)
        verify_pasted = act(translate("MainWindow", "Verify &pasted response…"),
                            self.paste_response, "Ctrl+Shift+V")
        file_menu.addAction(verify_file)
        file_menu.addAction(verify_pasted)
        file_menu.addAction(act(translate("MainWindow", "&Save response as…"),
                                self.details.save_body,
                                QKeySequence.StandardKey.Save))
        file_menu.addSeparator()
        file_menu.addAction(act(translate("MainWindow", "&Batch assign…"), self.choose_batch_file,
                                "Ctrl+B"))
        file_menu.addSeparator()
        file_menu.addAction(act(translate("MainWindow", "&Quit"), self.close,
                                QKeySequence.StandardKey.Quit))
        edit_menu = self.menuBar().addMenu(translate("MainWindow", "&Edit"))
        settings = act(translate("MainWindow", "&Settings…"), self.open_settings,
                       QKeySequence.StandardKey.Preferences)
        edit_menu.addAction(settings)
        view_menu = self.menuBar().addMenu(translate("MainWindow", "&View"))
        view_menu.addAction(act(translate("MainWindow", "&History"), self.open_history, "Ctrl+H"))
        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        diagnostics = act(translate("MainWindow", "&Diagnostics"), self.diagnostics)
        help_menu.addAction(diagnostics)
        # Disabled while a request runs, rather than refusing after the click.
        self.idle_only += [verify_file, verify_pasted, settings, diagnostics]
        help_menu.addAction(act(translate("MainWindow", "Open &log folder"), self.open_log_folder))
        help_menu.addAction(act(translate("MainWindow", "&About licensegui"), self.about))

    # --- profiles ---------------------------------------------------------------------------
    def reload_profiles(self) -> None:
        s = self.ctx.settings
        self.profile_box.blockSignals(True)
        self.profile_box.clear()
        for p in s.profiles:
            self.profile_box.addItem(p.name)
        index = max(0, self.profile_box.findText(s.last_profile or ""))
        self.profile_box.setCurrentIndex(index if s.profiles else -1)
        self.profile_box.blockSignals(False)
        self._profile_changed()

    def profile(self) -> Profile | None:
        return self.ctx.settings.profile(self.profile_box.currentText())

    def _profile_changed(self) -> None:
        p = self.profile()
        if p is not None:
            self.ctx.settings.last_profile = p.name
        if self.isVisible():
            self._update_storage_note()
        self._update_buttons()

    def _update_storage_note(self) -> None:
        """Where the profile's API key lives. The keyring is asked off the GUI thread."""
        p = self.profile()
        if p is None and self.demo_starting:
            self.storage_note.setText(translate("MainWindow", "Starting the demo sandbox…"))
            return
        if p is None:
            self.storage_note.setText(translate("MainWindow",
                                                "No profile yet: open Settings to add your "
                                                "vendor's server."))
            return
        keys = ", ".join(p.trust_store().labels()) or translate("MainWindow",
                                                                "none — import one in Settings")
        name, secrets = p.name, self.ctx.secrets

        def show(outcome: tuple[bool, str] | Exception) -> None:
            if self.profile() is not p:
                return  # the user moved on to another profile meanwhile
            if isinstance(outcome, Exception):
                text = localize(outcome)
            else:
                has, where = outcome
                text = (translate("MainWindow", "API key: {where}") if has else
                        translate("MainWindow", "API key: not set (you will be asked). {where}")
                        ).format(where=localize(where))
            self.storage_note.setText(translate("MainWindow",
                                                "{text}  ·  Trusted public keys: "
                                                "{keys}").format(text=text, keys=keys))

        self.storage_note.setText(translate("MainWindow",
                                            "API key: checking the keyring…  ·  Trusted public "
                                            "keys: {keys}").format(keys=keys))
        in_background(lambda: secrets.key_status(name), show, self)

    # --- assignment ---------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.current_call is not None

    def _update_buttons(self, *_args: object) -> None:
        ok = self.form.is_valid() and self.profile() is not None and not self.busy
        self.assign_button.setEnabled(ok)
        self.cancel_button.setEnabled(self.busy)

    def _ask_api_key(self, profile: Profile) -> str | None:
        """The key is not stored anywhere yet: ask (and keep it as the user chose)."""
        from PySide6.QtWidgets import QDialog

        from licensegui.ui.api_key_dialog import ApiKeyDialog

        dialog = ApiKeyDialog(profile.name, self.ctx.secrets.status(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        # Saved on a worker (a keyring may prompt); this request uses the key directly.
        kind = "keyring" if dialog.remember.isChecked() else "session"
        self._apply_key_changes([KeyChange(kind, profile.name, dialog.value)])
        return dialog.value

    def submit(self, api_key: str | None = None) -> None:
        if self.busy:
            return
        if not self.form.is_valid():
            self.form.show_all_errors()
            return
        profile = self.profile()
        if profile is None:
            self.open_settings()
            return
        trust = profile.trust_store()
        if not trust.labels():
            warn(
                self, translate("MainWindow", "No public key"),
                translate("MainWindow",
                          "The profile “{name}” has no public key, so no answer could be "
                          "verified. Import the vendor's public key in Settings "
                          "first.").format(name=profile.name))
            return
        request = self.form.request()
        earlier = self.sent.get(profile.name, request)
        if api_key is None and earlier is not None and earlier.assigned_at is not None and (
                not ask(self, translate("MainWindow", "Already assigned"),
                        translate("MainWindow",
                                  "{license_key} was already assigned to this owner at {when} "
                                  "(verified answer). Send the same request again?").format(
                            license_key=request.license_key,
                            when=local_time(earlier.assigned_at, seconds=False)),
                        translate("MainWindow", "Send again"),
                        translate("MainWindow", "Don't send"))):
            self.statusBar().showMessage(translate("MainWindow",
                                                   "Not sent again: already assigned."), 10_000)
            return
        sent = self.sent.sending(profile.name, request)
        # Imported on first use, not at start-up: the window shows before requests' stack loads.
        from licensegui.core.service import run_attempt

        ctx, window = self.ctx, self.ctx.settings.replay_window_s

        def call(token: CancelToken) -> Attempted | None:
            # On this worker thread: a keyring can take seconds (a permission prompt), and
            # the history write must not wait for the GUI (nor be lost if it quits).
            key = api_key or ctx.secrets.get(profile.name)
            if not key:
                return None  # the GUI asks for it, then submits again
            history = ctx.history_or_none()
            return run_attempt(ctx.client, profile.name, profile.base_url, key, request, trust,
                               window, sent.idempotency_key, history, token,
                               sent.first_sent_at, history_unavailable=ctx.history_error)

        thread = CallThread(call)
        thread.succeeded.connect(self._answered)
        thread.failed.connect(self._failed)
        thread.cancelled.connect(lambda: self._cancelled(thread.result))
        thread.finished.connect(self._call_ended)
        self.current_call = thread
        self._pending = (profile, request)
        self._set_busy(True)
        self.workers.start(thread)

    def cancel(self) -> None:
        if self.current_call is not None:
            self.statusBar().showMessage(translate("MainWindow", "Cancelling…"))
            self.current_call.cancel()

    def _set_busy(self, busy: bool) -> None:
        self.form.setEnabled(not busy)
        self.profile_box.setEnabled(not busy)
        self.progress.setVisible(busy)
        for action in self.idle_only:
            action.setEnabled(not busy)
        if busy:
            self._clock.start()
            self._tick.start()
            self._clear_outcome()
            self.details.clear()
            self.badge.show_busy()
            self._update_elapsed()
            self.statusBar().showMessage(translate("MainWindow", "Sending…"))
        else:
            self._tick.stop()
            self.elapsed.clear()
        self._update_buttons()
        if busy:
            self.cancel_button.setFocus()  # Esc or Space stops it; screen readers land here

    def _update_elapsed(self) -> None:
        # The elapsed time lives beside the progress bar, not in the badge: the badge's
        # accessible name changes only when its state does (screen readers announce it).
        self.elapsed.setText(translate("MainWindow", "{seconds} s").format(
            seconds=number(self._clock.elapsed() / 1000, places=1)))

    def _call_ended(self) -> None:
        self.current_call = None
        self._pending = None
        self._set_busy(False)
        key = self.form.edit("license_key")
        key.setFocus()
        if self._select_key_when_idle:
            key.selectAll()  # typing replaces it; owner and email stay for the next order
            self._select_key_when_idle = False

    def _answered(self, attempted: Attempted | None) -> None:
        if attempted is None:  # no API key anywhere yet
            pending = self._pending
            self.badge.show_idle()
            if pending is not None:
                QTimer.singleShot(0, lambda: self._submit_after_asking(pending[0]))
            return
        if attempted.result is None:
            reason, sentence = attempted.error or ("network_error", "")
            if reason == "cancelled":
                self._cancelled(attempted)
            else:
                self._failed(sentence, attempted)
            return
        result = attempted.result
        profile, request = self._pending or (None, None)
        if profile is not None and request is not None and result.assigned:
            self.sent.mark_assigned(profile.name, request)
        self.show_result(Shown(result.http.body, result.verdict, result.http,
                               translate("MainWindow", "Live answer")),
                         live=True)
        # The next order needs as few keystrokes as possible: the key field, selected.
        self._select_key_when_idle = result.assigned
        self._after_record(attempted, translate("MainWindow", "Answered in {ms} ms").format(
            ms=round(result.http.elapsed_s * 1000)))

    def _submit_after_asking(self, profile: Profile) -> None:
        if self.busy or self.profile() is not profile:
            return
        key = self._ask_api_key(profile)
        if key:
            self.submit(api_key=key)

    def _failed(self, message: str, attempted: Attempted | None = None) -> None:
        self.badge.show_no_answer(translate("MainWindow",
                                            "The request did not complete; see below."))
        self._show_outcome(Kind.OTHER, translate("MainWindow", "Request failed"),
                           translate("MainWindow",
                                     "{message} Pressing Assign again re-sends the same request "
                                     "(same Idempotency-Key): it cannot assign "
                                     "twice.").format(message=localize(message)))
        self._after_record(attempted, translate("MainWindow", "Request failed"))

    def _cancelled(self, attempted: Attempted | None = None) -> None:
        self.badge.show_no_answer(translate("MainWindow", "The request was cancelled."))
        self._show_outcome(
            Kind.OTHER, translate("MainWindow", "Cancelled"),
            translate("MainWindow", "The request was cancelled. If the server received it, the "
                      "key may be assigned: pressing Assign again asks the server for the same "
                      "request's answer, without assigning twice."))
        self._after_record(attempted, translate("MainWindow", "Cancelled"))

    def _after_record(self, attempted: Attempted | None, status: str) -> None:
        """Say whether history has the attempt; a missing record stays visible."""
        problem = attempted.record_problem if attempted else None
        notice = self.ctx.history_notice()
        if problem:
            self.record_note.setText(f"⚠ {localize(problem)}")
            self.record_note.show()
            # Stays until the next one.
            self.statusBar().showMessage(f"{status} · {localize(problem)}")
        else:
            self.record_note.hide()
            self.statusBar().showMessage(status, 10_000)
        if notice:
            warn(self, translate("MainWindow", "History"), localize(notice))
        if attempted is not None and attempted.attempt_id is not None and (
                self.history_window is not None):
            self.history_window.added(attempted.attempt_id)

    # --- showing results -----------------------------------------------------------------------
    def _clear_outcome(self) -> None:
        self.outcome.clear()
        self.outcome_hint.clear()

    def _show_outcome(self, kind: Kind, title: str, hint: str) -> None:
        self.outcome.setProperty("kind", kind.value)
        self.outcome.setText(title)
        self.outcome.setAccessibleName(translate("MainWindow",
                                                 "Outcome: {title}").format(title=title))
        self.outcome_hint.setText(hint)
        self.outcome.setStyleSheet(outcome_sheet(kind.value, self.palette()))

    def show_result(self, result: Shown, live: bool) -> None:
        make_plain(self)  # server text follows; a never-shown window skipped the after-paint
        out = describe(result.verdict, result.http.status if result.http else None)
        if out.kind is Kind.SERVER_ERROR:  # an error page is no forgery: say what it is
            self.badge.show_no_answer(localize(out.hint),
                                      translate("MainWindow", "No signed answer"))
        else:
            self.badge.show_verdict(result.verdict, live=live)
        self._show_outcome(out.kind, localize(out.title), localize(out.hint))
        self.details.show_result(result)

    def verify_saved(self, body: bytes, source: str,
                     profile: Profile | None = None) -> Verdict | None:
        """Verify a body captured elsewhere (no freshness) with ``profile``'s keys, by default
        the current profile's. Refused while a request runs: one source at a time."""
        if self.busy:
            self.statusBar().showMessage(
                translate("MainWindow",
                          "Not checked: {source} would be mixed with the request in progress. "
                          "Wait for it, or cancel it first.").format(source=source), 10_000)
            return None
        profile = profile or self.profile()
        if profile is None:
            inform(self, translate("MainWindow", "No profile"),
                   translate("MainWindow",
                             "Add a profile with the vendor's public key in Settings first."))
            return None
        verdict = verify_body(body, profile.trust_store())
        where = translate("MainWindow", "{source} (checked with “{name}”)").format(
            source=source, name=profile.name)
        self.show_result(Shown(body, verdict, None, where), live=False)
        self.statusBar().showMessage(translate("MainWindow",
                                               "Checked {source}").format(source=source), 10_000)
        return verdict

    def verify_file(self, path: str) -> Verdict | None:
        try:
            with open(path, "rb") as handle:
                body = handle.read(MAX_SAVED_BODY + 1)
        except OSError as exc:
            warn(self, translate("MainWindow", "Cannot open"),
                 f"{path}: {exc.strerror or exc}.")  # the OS's own words, in its language
            return None
        if len(body) > MAX_SAVED_BODY:
            warn(self, translate("MainWindow", "Too large"),
                 translate("MainWindow", "{path} is too large to be a response.").format(
                     path=path))
            return None
        return self.verify_saved(body, Path(path).name)

    def choose_saved_response(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, translate("MainWindow",
                                                              "Verify a saved response"), "",
                                              translate("MainWindow",
                                                        "JSON (*.json);;All files (*)"))
        if path:
            self.verify_file(path)

    def paste_response(self) -> None:
        from PySide6.QtWidgets import QDialog

        from licensegui.ui.paste_dialog import PasteDialog

        dialog = PasteDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.verify_saved(dialog.body(), translate("MainWindow", "Pasted response"))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt API
        mime = event.mimeData()
        if (mime.hasUrls() and any(u.isLocalFile() for u in mime.urls())) or mime.hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        if files:
            self.verify_file(files[0])
        elif mime.hasText():
            self.verify_saved(mime.text().encode("utf-8"), translate("MainWindow", "Dropped text"))
        event.acceptProposedAction()

    # --- dialogs ----------------------------------------------------------------------------------
    def open_settings(self, first_run: bool = False) -> bool:
        if self.busy:
            inform(self, translate("MainWindow", "Busy"),
                   translate("MainWindow", "Wait for the request to finish first."))
            return False
        from PySide6.QtWidgets import QDialog

        from licensegui.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx.settings, self.ctx.secrets, self, first_run=first_run,
                                history=self.ctx.history_or_none)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self._update_storage_note()
            return False
        self.apply_settings(dialog)
        return True

    def apply_settings(self, dialog: SettingsDialog) -> None:
        old_timeout = self.ctx.settings.timeout_s
        self.ctx.settings = dialog.result_settings
        if self.ctx.settings.timeout_s != old_timeout:
            self.ctx.reset_client()
        self._save_settings()
        self.reload_profiles()
        if self.ctx.settings.history_keep_days:
            # A write: on a tracked worker, not a background reader.
            self.workers.start(CallThread(lambda _token: self.ctx.prune_history()))
        if dialog.changes:
            self._apply_key_changes(dialog.changes)

    def _apply_key_changes(self, changes: list[KeyChange]) -> None:
        """On a tracked worker (quitting waits for it): a keyring write may prompt."""
        secrets = self.ctx.secrets
        thread = CallThread(lambda _token: apply_changes(secrets, changes))

        def done(problems: list[str]) -> None:
            self._update_storage_note()
            if problems:
                warn(self, translate("MainWindow", "API key"),
                     translate("MainWindow", "Not every API key change was made:") + "\n"
                     + "\n".join(localize(problem) for problem in problems))

        thread.succeeded.connect(done)
        thread.failed.connect(lambda message: warn(self, translate("MainWindow", "API key"),
                                                   localize(message)))
        self.workers.start(thread)

    def _save_settings(self) -> None:
        try:
            self.ctx.save_settings()
        except Exception as exc:
            warn(self, translate("MainWindow", "Settings"), localize(exc))

    def open_history(self) -> None:
        if self.history_window is None:
            from licensegui.ui.history_window import HistoryWindow

            history = self.ctx.history_or_none()
            if history is None:
                warn(self, translate("MainWindow", "History"),
                     translate("MainWindow", "The history cannot be opened: {error}").format(
                         error=localize(self.ctx.history_error)))
                return
            self.history_window = HistoryWindow(history, self)
            self.history_window.reverify.connect(self.reverify)
        self.history_window.refresh()
        self.history_window.show()
        self.history_window.raise_()

    # --- batch ------------------------------------------------------------------------------
    def open_batch(self) -> BatchWindow:
        if self.batch_window is None:
            from licensegui.ui.batch_window import BatchWindow

            self.batch_window = BatchWindow(self.ctx, self)
            self.batch_window.finished_batch.connect(self._batch_finished)
        self.batch_window.show()
        self.batch_window.raise_()
        self.batch_window.activateWindow()
        return self.batch_window

    def choose_batch_file(self) -> None:
        window = self.open_batch()
        if window.stage == "empty":
            window.choose_file()

    def _batch_finished(self) -> None:
        if self.history_window is not None and self.history_window.isVisible():
            self.history_window.refresh()

    def _offer_resume(self, found: object) -> None:
        """At start-up: a batch stopped before it finished (a quit, a crash) is offered."""
        if isinstance(found, Exception):
            log.warning("could not look for unfinished batches: %s", found)
            return
        if not found or not isinstance(found, list):
            return
        if self.batch_window is not None or not self.isVisible():
            return  # a batch was opened meanwhile (or the window closed): not the moment
        latest = found[0]
        meta, left = latest.meta, latest.counts.get("not_sent", 0)
        when = local_time(meta.created_at, seconds=False)
        more = translate("MainWindow", " (%n more unfinished)", None,
                         len(found) - 1) if len(found) > 1 else ""
        if ask(self, translate("MainWindow", "Unfinished batch"),
               translate("MainWindow",
                         "The batch “{input_name}” started {when} against {base_url} was stopped "
                         "before it finished: {left} rows are not done{more}. Open it to "
                         "resume? Rows already sent are re-sent with the same keys, so nothing is "
                         "assigned twice.").format(input_name=meta.input_name, when=when,
                                                   base_url=meta.base_url,
                                                   left=number(left), more=more),
               translate("MainWindow", "Open the batch"), translate("MainWindow", "Not now")):
            self.open_batch().open_journal(latest.path)

    def reverify(self, attempt: HistoryAttempt) -> Verdict | None:
        """Re-check a recorded answer with the keys of the profile that received it."""
        profile = self.ctx.settings.profile(attempt.profile)
        if profile is None:
            current = self.profile()
            if current is None or not ask(
                    self, translate("MainWindow", "Profile no longer exists"),
                    translate("MainWindow",
                              "Attempt #{id} was made with the profile “{profile}”, which no "
                              "longer exists. Check it with the keys of "
                              "“{name}”?").format(id=attempt.id, profile=attempt.profile,
                                                  name=current.name),
                    translate("MainWindow", "Check with these keys")):
                return None
            profile = current
        source = translate("MainWindow", "History #{id}").format(id=attempt.id)
        return self.verify_saved(attempt.raw_body or b"", source, profile)

    def diagnostics(self) -> None:
        """The same checks as ``licensegui --self-test``, for support to ask for."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QCursor, QGuiApplication
        from PySide6.QtWidgets import QMessageBox

        from licensegui.ui.diagnostics import passed, report, run_checks

        if self.busy:
            inform(self, translate("MainWindow", "Busy"),
                   translate("MainWindow", "Wait for the request to finish first."))
            return
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            checks = run_checks()
        finally:
            QGuiApplication.restoreOverrideCursor()
        message_box(self, QMessageBox.Icon.Information if passed(checks)
                    else QMessageBox.Icon.Warning, translate("MainWindow", "Diagnostics"),
                    translate("MainWindow", "All checks passed.") if passed(checks) else
                    translate("MainWindow",
                              "Some checks failed: see the details, and send them to support."),
                    report(checks)).exec()

    def open_log_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.log_dir())))

    def about(self) -> None:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtWidgets import QMessageBox

        status = self.ctx.secrets.status()
        QMessageBox.about(
            self, translate("MainWindow", "About licensegui"),
            # Rich text on purpose (a heading); every value in it is escaped.
            f"<h3>licensegui {licensegui.__version__}</h3><p>"
            + html.escape(translate("MainWindow", "Assign license keys on a Key Manager server "
                                    "and verify, truthfully, that its answers are authentic."))
            + "</p><p>"
            + html.escape(translate("MainWindow", "Qt {qt} · API key storage: {storage}").format(
                qt=pyside_version, storage=localize(status.backend)))
            + "<br>"
            + html.escape(translate("MainWindow", "Logs: {folder}").format(
                folder=str(paths.log_dir())))
            + "</p>")

    # --- shutdown ---------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Cancel and wait for workers; save window state. Safe to call more than once."""
        if self.batch_window is not None:
            self.batch_window.shutdown()
        if not self.workers.shutdown():
            log.warning("a request did not stop in time")
        self.ctx.settings.window_geometry = bytes(
            self.saveGeometry().toBase64().data()).decode("ascii")
        self._save_settings()

    def closeEvent(self, event: QCloseEvent) -> None:
        batch = self.batch_window
        if batch is not None and batch.running and not batch.ask_to_stop():
            event.ignore()  # the batch keeps running; the user said so
            return
        self.shutdown()
        if batch is not None:
            batch.close()
        if self.history_window is not None:
            self.history_window.close()
        event.accept()
