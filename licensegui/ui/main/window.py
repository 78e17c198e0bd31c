"""The main window: builds the widgets and menus, and routes to its controllers."""

from __future__ import annotations

import itertools
import logging
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

from licensegui.core.headline import NextAction
from licensegui.core.session import AppSession
from licensegui.core.settings import Profile
from licensegui.ui.i18n import localize, number, translate
from licensegui.ui.main.assign_controller import AssignController
from licensegui.ui.main.batch_offer import ask_to_resume
from licensegui.ui.main.details import DetailsPane, Shown
from licensegui.ui.main.form import AssignForm
from licensegui.ui.main.menus import build_menus, run_diagnostics
from licensegui.ui.main.result_view import ResultView
from licensegui.ui.main.settings_actions import SettingsActions
from licensegui.ui.main.storage_note import StorageNote
from licensegui.ui.main.unknown_outcomes import UnknownOffer, ask_to_quit_mid_request
from licensegui.ui.main.verify_actions import VerifyActions
from licensegui.ui.plain import PlainLabel, make_plain, warn
from licensegui.ui.quitter import Quitter, quitting_without_asking
from licensegui.ui.resources import icon
from licensegui.ui.tasks import Tasks, read_in_background

# Start-up: the window is painted before the modules it needs only later are loaded. Qt types
# first needed after the window is up (file and message dialogs, drag and drop, the ``Qt``
# enum namespace) cost the first paint 1–3 ms each (``Qt`` ~30 ms), and the dialogs, the
# batch and history windows, the journal and the diagnostics their imports: those are
# imported inside the functions that first use them, and only those.
if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

    from licensegui.core.envelope import Verdict
    from licensegui.core.history import Attempt as HistoryAttempt
    from licensegui.ui.batch.window import BatchWindow
    from licensegui.ui.history_window import HistoryWindow
    from licensegui.ui.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)

AFTER_PAINT_DELAY_MS = 50


class MainWindow(QMainWindow):
    """Profile, form, buttons, badge and details; menus; the windows and dialogs it opens.
    Requests belong to :class:`AssignController`, the other verify sources to
    :class:`VerifyActions`; quitting to :class:`Quitter`."""

    def __init__(self, ctx: AppSession, demo_starting: bool = False) -> None:
        super().__init__()
        self.ctx = ctx
        #: The demo sandbox is starting after the first paint (see ui.app): say so till then.
        self.demo_starting = demo_starting
        self.tasks = Tasks()
        # What closing the window and quitting do; ui.app adds the demo and the session.
        self.quitter = Quitter()
        self.quitter.add("the batch", self._stop_batch)
        self.quitter.add("a request", self.tasks.shutdown)
        self.quitter.add("the window's state", self._save_state)
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
        self.assign = AssignController(ctx, self.tasks, self.form, self.profile, self)
        self.verify = VerifyActions(self, ctx, lambda: self.busy, self.profile,
                                    self.show_result)
        self.settings_actions = SettingsActions(self, ctx, self.tasks, lambda: self.busy,
                                                 self.reload_profiles, self._update_storage_note)
        self._connect_assign()
        self.idle_only += build_menus(self)
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
        self.storage_note = StorageNote(self.demo_starting)
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

        self.details = DetailsPane()
        # The headline, the answer's words and the seal (its proof); aliases for the parts.
        self.result = ResultView(self.details)
        r = self.result
        self.badge, self.outcome, self.outcome_hint = r.badge, r.outcome, r.outcome_hint
        self.send_anyway_button, self.record_note = r.send_anyway_button, r.record_note
        self.headline = r.banner

        # A plain layout, not a splitter: word-wrapped labels (badge, hints) need their
        # height-for-width honoured, and only the details pane should give up space.
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.demo_banner)
        layout.addLayout(header)
        layout.addWidget(self.storage_note)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(self.details, 1)
        self.details.setMinimumHeight(160)
        self.setCentralWidget(central)

        self.form.validity_changed.connect(self._update_buttons)
        self.form.submitted.connect(self.submit)
        r.follow(self.form)
        self.headline.action_wanted.connect(self._next_action)
        self.assign_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.cancel)
        self.send_anyway_button.clicked.connect(lambda: self.assign.send_anyway())
        QShortcut(QKeySequence("Esc"), self, activated=self.cancel)
        self.profile_box.currentIndexChanged.connect(self._profile_changed)
        # Visual order: header row left to right, the form, the buttons as they sit (Cancel
        # left of Assign), then the answer.
        chain = [self.profile_box, settings_button, self.form.edit("license_key"),
                 self.form.edit("owner_name"), self.form.edit("email"), self.cancel_button,
                 self.assign_button, self.headline.action, self.send_anyway_button, self.badge,
                 self.details.tabs]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)
        self.statusBar().showMessage(
            translate("MainWindow", "Starting the demo sandbox…") if self.demo_starting
            else translate("MainWindow", "Ready"))
        self.result.clear()
        # Focus starts where typing starts: the first empty field (License key at first).
        self.form.focus_first_empty()

    def _after_first_paint(self) -> None:
        """Work that would delay the window's first paint: finding the keyring backend
        (~100 ms: plugin scan, D-Bus) and PySide6's ``Qt`` namespace (~30 ms of enums)."""
        if not self.isVisible():
            return  # never shown (the self-test's window): nothing to prepare, nothing to race
        from PySide6.QtCore import Qt

        read_in_background(self.ctx.warm_up, self._warmed_up, self)
        self.form.add_clear_buttons()
        self._update_storage_note()
        make_plain(self)  # the Qt enum namespace is loaded now (see ui.plain)
        self.badge.enable_interaction()
        for label in (self.outcome, self.result.differences, self.headline.previous):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if self.ctx.demo_keys:
            self.form.offer_keys(self.ctx.demo_keys)
        from licensegui.core.batch.session import unfinished_journals

        read_in_background(unfinished_journals, self._offer_resume, self)
        self.unknown_offer.look()  # attempts whose outcome is unknown: listed, Check now

    def demo_started(self) -> None:
        """The demo sandbox answers: its profile (selected), its keys, its API key."""
        self.demo_starting = False
        if not self.ctx.demo_kept:
            self.demo_banner.setText(translate(
                "MainWindow", "DEMO — a temporary sandbox: another licensegui window runs "
                "this computer's demo, so this one forgets its keys when it quits."))
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
        self.storage_note.update_for(self.profile(), self.ctx.secrets, self.demo_starting,
                                     self.profile)

    # --- assignment (AssignController owns the request; the window shows it) -------------
    def _connect_assign(self) -> None:
        assign = self.assign
        assign.busy_changed.connect(self._set_busy)
        assign.status.connect(self.statusBar().showMessage)
        assign.answered.connect(lambda shown: self.show_result(shown, live=True))
        assign.no_answer.connect(self.result.show_no_answer)
        assign.recorded.connect(self._show_recorded)
        assign.attempt_added.connect(self._attempt_added)
        assign.ended.connect(self._request_ended)
        assign.key_wanted.connect(self.badge.show_idle)
        assign.key_changes.connect(self.settings_actions.apply_key_changes)
        assign.settings_wanted.connect(self.open_settings)
        assign.ledger_said.connect(lambda kind, title, hint: self.result.show_ledger(
            kind, title, hint, self.assign.held is not None))
        assign.said.connect(self.result.show_said)
        self.unknown_offer = UnknownOffer(self)

    @property
    def busy(self) -> bool:
        return self.assign.busy

    def submit(self, *_args: object) -> None:
        self.assign.submit()

    def cancel(self) -> None:
        self.assign.cancel()

    def _update_buttons(self, *_args: object) -> None:
        ok = self.form.is_valid() and self.profile() is not None and not self.busy
        self.assign_button.setEnabled(ok)
        self.cancel_button.setEnabled(self.busy)

    def _set_busy(self, busy: bool) -> None:
        self.form.setEnabled(not busy)
        self.profile_box.setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.send_anyway_button.hide()
        for action in self.idle_only:
            action.setEnabled(not busy)
        if busy:
            self._clock.start()
            self._tick.start()
            self.result.clear()
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

    def _request_ended(self, select_key: bool) -> None:
        key = self.form.edit("license_key")
        key.setFocus()
        if select_key:
            key.selectAll()  # typing replaces it; owner and email stay for the next order

    def _show_recorded(self, problem: str, status: str) -> None:
        """Say whether history has the attempt; a missing record stays visible."""
        if problem:
            self.record_note.setText(f"⚠ {problem}")
            self.record_note.show()
            # Stays until the next one.
            self.statusBar().showMessage(f"{status} · {problem}")
        else:
            self.record_note.hide()
            self.statusBar().showMessage(status, 10_000)

    def _attempt_added(self, attempt_id: int) -> None:
        if self.history_window is not None:
            self.history_window.added(attempt_id)

    # --- showing results -----------------------------------------------------------------------
    def show_result(self, result: Shown, live: bool) -> None:
        make_plain(self)  # server text follows; a never-shown window skipped the after-paint
        self.result.show_result(result, live)

    def _next_action(self, action: str) -> None:
        """The headline's button: Settings, or the shown request sent again (Check now)."""
        if action == NextAction.SETTINGS:
            self.open_settings()
        elif action in (NextAction.CHECK_NOW, NextAction.SEND_AGAIN):
            self.assign.send_last_again()

    # --- verifying a captured answer (VerifyActions) ---------------------------------------
    def verify_saved(self, body: bytes, source: str,
                     profile: Profile | None = None) -> Verdict | None:
        return self.verify.saved(body, source, profile)

    def verify_file(self, path: str) -> Verdict | None:
        return self.verify.file(path)

    def reverify(self, attempt: HistoryAttempt) -> Verdict | None:
        return self.verify.recorded(attempt)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt API
        self.verify.drag_enter(event)

    def dropEvent(self, event: QDropEvent) -> None:  # Qt API
        self.verify.drop(event)

    # --- dialogs ----------------------------------------------------------------------------------
    def open_settings(self, first_run: bool = False) -> bool:
        return self.settings_actions.open(first_run)

    def apply_settings(self, dialog: SettingsDialog) -> None:
        self.settings_actions.apply(dialog)

    def open_history(self) -> None:
        if self.history_window is None:
            from licensegui.ui.history_window import HistoryWindow

            history = self.ctx.history_or_none()
            if history is None:
                warn(self, translate("MainWindow", "History"),
                     translate("MainWindow", "The history cannot be opened: {error}").format(
                         error=localize(self.ctx.history_error)))
                return
            self.history_window = HistoryWindow(history, self, check=self.reverify)
        self.history_window.refresh()
        self.history_window.show()
        self.history_window.raise_()

    # --- batch ------------------------------------------------------------------------------
    def open_batch(self) -> BatchWindow:
        if self.batch_window is None:
            from licensegui.ui.batch.window import BatchWindow

            self.batch_window = BatchWindow(self.ctx, self)
            self.batch_window.finished_batch.connect(self._batch_finished)
        self.batch_window.show()
        self.batch_window.raise_()
        self.batch_window.activateWindow()
        return self.batch_window

    def choose_batch_file(self) -> None:
        from licensegui.ui.batch.controller import Stage  # loaded with the batch window

        window = self.open_batch()
        if window.stage == Stage.EMPTY:
            window.choose_file()

    def _batch_finished(self) -> None:
        if self.history_window is not None and self.history_window.isVisible():
            self.history_window.refresh()
        self.unknown_offer.refresh()  # a batch may have resolved rows listed there

    def _offer_resume(self, found: object) -> None:
        """At start-up: a batch stopped before it finished (a quit, a crash) is offered."""
        if isinstance(found, Exception):
            log.warning("could not look for unfinished batches: %s", found)
            return
        if not found or not isinstance(found, list):
            return
        if self.batch_window is not None or not self.isVisible():
            return  # a batch was opened meanwhile (or the window closed): not the moment
        path = ask_to_resume(self, found)
        if path is not None:
            self.open_batch().open_journal(path)

    def diagnostics(self) -> None:
        """Help → Diagnostics: the self-test's checks, its round trip through a window like
        this one."""
        run_diagnostics(self, self.busy, type(self))

    # --- shutdown ---------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop the batch and the tasks and wait for them; save window state. Safe to call
        more than once (the window's close, then aboutToQuit): see :class:`Quitter`."""
        self.quitter.stop()

    def _stop_batch(self) -> bool | None:
        batch = self.batch_window
        return batch.shutdown() if batch is not None else None

    def _save_state(self) -> None:
        self.ctx.settings.window_geometry = bytes(
            self.saveGeometry().toBase64().data()).decode("ascii")
        self.settings_actions.save(quitting=True)

    def closeEvent(self, event: QCloseEvent) -> None:
        if (self.busy and self.isVisible() and not quitting_without_asking()
                and not ask_to_quit_mid_request(self)):
            event.ignore()  # the request keeps waiting for its answer; the user said so
            return
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
