"""The batch window against the sandbox: preview, run, pause, resume, stop, export, quit."""

from __future__ import annotations

import csv
import json
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from licensegui.core.batch.journal import Journal
from licensegui.core.batch.session import default_journal_path
from licensegui.core.session import AppSession
from licensegui.sandbox import SandboxServer
from licensegui.ui.batch.mapping import MappingDialog
from licensegui.ui.batch.window import BatchWindow
from licensegui.ui.main.window import MainWindow
from tests.helpers.app import sandbox_context
from tests.helpers.qt import (
    answer_boxes,
    click_button,
    loaded,
    orders_file,
    running_slowly,
    statuses,
    when_modal_shown,
)


def test_preview_shows_columns_counts_and_problem_rows_before_sending(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path) -> None:
    keys = sandbox.state.available_keys()[:3]
    path = orders_file(tmp_path, keys, extra=f"9;bad key;X;x@example.com\r\n"
                                             f"10;{keys[0]};Dup;d@example.com\r\n")
    batch = loaded(qtbot, window, path)
    assert "semicolon-separated" in batch.file_label.text() and "5 rows" in batch.file_label.text()
    assert "license key ← “License Key”" in batch.columns_label.text()
    assert "carried through: “Order”" in batch.columns_label.text()
    assert statuses(batch) == ["not_sent"] * 3 + ["invalid", "duplicate"]
    text = batch.counts_label.text()
    assert "1 invalid" in text and "1 duplicate" in text and "3 remaining" in text
    invalid = batch.model.index(3, 1)
    assert batch.model.data(invalid) == "Invalid"
    assert batch.model.data(invalid, Qt.ItemDataRole.BackgroundRole) is not None  # highlighted
    assert "License key" in batch.model.data(batch.model.index(3, 6))
    assert batch.start_button.isEnabled() and batch.start_button.text() == "&Start"
    assert sandbox.seen.requests == 0  # nothing is sent by a preview


def test_the_reason_column_is_on_screen_at_the_default_width(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path) -> None:
    """Issue 28, item 6: UUID keys and long emails took the whole default width and the
    message or reason was scrolled out of sight; the data columns give way to it."""
    keys = sandbox.state.available_keys()[:3]
    path = tmp_path / "orders.csv"
    lines = ["Order;License Key;Name;E-mail"] + [
        f"{i};{k};Maximiliane Sophie Müller-Lüdenscheidt {i};"
        f"maximiliane.mueller-luedenscheidt.{i}@procurement.example-holdings.com"
        for i, k in enumerate(keys)]
    path.write_text("\r\n".join(lines) + "\r\n9;bad key;X;x@example.com\r\n",
                    encoding="utf-8")
    batch = loaded(qtbot, window, path)
    assert (batch.width(), batch.height()) == (1100, 660)  # its default size
    header = batch.table.horizontalHeader()
    last = header.count() - 1
    right = header.sectionViewportPosition(last) + 240
    assert right <= batch.table.viewport().width(), (right, batch.table.viewport().width())
    assert "License key" in batch.model.data(batch.model.index(3, last))


def test_a_batch_runs_to_the_end_and_exports_results_and_receipts(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path) -> None:
    sandbox.state.ensure_available(30)
    keys = sandbox.state.available_keys()[:30]
    batch = loaded(qtbot, window, orders_file(tmp_path, keys, extra="99;bad key;X;x@e.com\r\n"))
    batch.start_button.click()
    assert batch.stage == "running" and batch.pause_button.isVisible()
    qtbot.waitUntil(lambda: batch.stage == "ended", timeout=30_000)
    assert statuses(batch) == ["assigned"] * 30 + ["invalid"]
    assert "30 assigned" in batch.counts_label.text() and "0 remaining" in batch.counts_label.text()
    assert batch.progress.value() == batch.progress.maximum() == 30
    assert batch.state_label.text().startswith("Finished")
    assert not batch.start_button.isVisible() or not batch.start_button.isEnabled()
    for i, key in enumerate(keys):
        assert sandbox.state.assignment(key) == (f"Zoë; {i}", f"z{i}@example.com")
    results, receipts = tmp_path / "out.csv", tmp_path / "out.jsonl"
    assert batch.export_button.isEnabled() and batch.receipts_button.isEnabled()
    assert batch.export_results(results) and batch.export_receipts(receipts)
    with open(results, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert [r["status"] for r in rows] == ["assigned"] * 30 + ["invalid"]
    assert rows[0]["Order"] == "0" and rows[0]["Name"] == "Zoë; 0"
    assert len(receipts.read_text(encoding="utf-8").splitlines()) == 30
    # Every attempt is in the history, tagged with the batch.
    journal_batch = json.loads(receipts.read_text(encoding="utf-8").splitlines()[0])["batch"]
    history = window.ctx.history_or_none()
    assert history is not None
    assert len(history.query(batch=journal_batch, limit=None)) == 30


def stopped_part_way(qtbot: QtBot, window: MainWindow, sandbox: SandboxServer,
                     tmp_path: Path) -> tuple[BatchWindow, int]:
    """:func:`running_slowly`, then Stop: the window and how many rows were assigned."""
    batch = running_slowly(qtbot, window, sandbox, tmp_path)
    batch.stop_button.click()
    qtbot.waitUntil(lambda: batch.stage == "ended", timeout=20_000)
    return batch, statuses(batch).count("assigned")


def test_pause_holds_the_batch_and_resume_finishes_it(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path) -> None:
    batch = running_slowly(qtbot, window, sandbox, tmp_path)
    batch.pause_button.click()
    assert batch.pause_button.text() == "&Resume"
    # What was already out comes back; from the pause on, no row starts (core/batch/runner).
    qtbot.waitUntil(lambda: batch.controller.in_flight == 0
                    and batch.state_label.text() == "Paused.", timeout=10_000)
    sent = sandbox.seen.requests
    assert sent < 40 and "not_sent" in statuses(batch), "the batch ran on through the pause"
    assert batch.state_label.text().startswith("Paused")
    assert batch.stage == "running"
    batch.pause_button.click()
    qtbot.waitUntil(lambda: batch.stage == "ended", timeout=30_000)
    assert statuses(batch) == ["assigned"] * 40


def test_stop_then_resume_sends_only_what_is_left(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path) -> None:
    batch, done = stopped_part_way(qtbot, window, sandbox, tmp_path)
    assert 4 <= done < 40 and statuses(batch).count("not_sent") == 40 - done
    assert batch.start_button.isEnabled() and batch.start_button.text() == "&Resume"
    sandbox.faults.delay_s = 0
    before = len(sandbox.seen.assignments)
    batch.start_button.click()
    qtbot.waitUntil(lambda: batch.stage == "ended", timeout=30_000)
    assert statuses(batch) == ["assigned"] * 40
    assert len(sandbox.seen.assignments) - before == 40 - done


def test_quitting_mid_batch_asks_and_the_next_start_offers_to_resume(
        qtbot: QtBot, sandbox: SandboxServer, ctx: AppSession, tmp_path: Path) -> None:
    sandbox.state.ensure_available(60)
    keys = sandbox.state.available_keys()[:60]
    sandbox.faults.late_next = 10_000
    sandbox.faults.late_by_s = 0.05  # assigned at once, answered later: in flight at quit
    window = MainWindow(ctx)
    window.show()
    qtbot.waitExposed(window)
    batch = loaded(qtbot, window, orders_file(tmp_path, keys))
    batch.concurrency.setValue(3)
    batch.start_button.click()
    qtbot.waitUntil(lambda: statuses(batch).count("assigned") >= 5, timeout=20_000)

    poll, seen = answer_boxes(click_button("Keep running"))
    window.close()
    poll.stop()
    assert seen and "not done yet" in seen[0]
    assert window.isVisible() and batch.running  # the user kept it running

    poll, seen = answer_boxes(click_button("Stop the batch"))
    window.close()
    poll.stop()
    assert not window.isVisible() and not batch.running
    journal = Journal.open(default_journal_path(_sha(batch), sandbox.base_url))
    try:
        assert not journal.finished and journal.counts()["not_sent"] > 0
    finally:
        journal.close()

    # The next start: the unfinished batch is offered, opened, and resumed.
    sandbox.faults.late_next = 0
    again = sandbox_context(sandbox)
    try:
        poll, seen = answer_boxes(click_button("Open the batch"))
        second = MainWindow(again)
        qtbot.addWidget(second)
        second.show()
        try:
            qtbot.waitUntil(lambda: second.batch_window is not None
                            and second.batch_window.stage == "preview", timeout=10_000)
        finally:
            poll.stop()
        assert "stopped before it finished" in seen[0] and "orders.csv" in seen[0]
        resumed = second.batch_window
        assert resumed is not None and resumed.start_button.text() == "&Resume"
        resumed.start_button.click()
        qtbot.waitUntil(lambda: resumed.stage == "ended", timeout=30_000)
        assert statuses(resumed) == ["assigned"] * 60
        for i, key in enumerate(keys):
            assert sandbox.state.assignment(key) == (f"Zoë; {i}", f"z{i}@example.com")
        per_key: dict[str, set[str]] = {}
        for license_key, idem, _ in sandbox.seen.assignments:
            per_key.setdefault(license_key, set()).add(idem)
        assert all(len(ids) == 1 for ids in per_key.values())
        second.close()
    finally:
        again.close()


def _sha(batch: BatchWindow) -> str:
    assert batch.batch is not None
    return batch.batch.sha256


def test_the_file_menu_offers_batch_assign_on_ctrl_b(window: MainWindow) -> None:
    actions = [a for m in window.menuBar().actions() for a in m.menu().actions()]
    batch = [a for a in actions if a.text() == "&Batch assign…"]
    assert batch and batch[0].shortcut().toString() == "Ctrl+B"


def test_an_unusable_file_is_refused_with_its_reason(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("order,customer\n1,2\n", encoding="utf-8")
    batch = window.open_batch()
    # Issue 21.2: the columns are offered for choosing first; declined, the file is refused.
    offered: list[str] = []
    mapping = when_modal_shown(MappingDialog, lambda d: (offered.append("asked"), d.reject()))
    poll, seen = answer_boxes(lambda box: box.accept())
    batch.load_file(path)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    poll.stop()
    mapping.stop()
    assert offered == ["asked"]
    assert "no usable header" in seen[0]
    assert batch.stage == "empty" and not batch.start_button.isVisible()


def test_rows_are_drained_in_batches_not_one_signal_each(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path) -> None:
    """The GUI thread takes row updates ten times a second, whatever the rate."""
    sandbox.state.ensure_available(120)
    keys = sandbox.state.available_keys()[:120]
    batch = loaded(qtbot, window, orders_file(tmp_path, keys))
    updates: list[int] = []
    original = batch.model.update
    batch.model.update = lambda rows: (updates.append(len(rows)), original(rows))[1]  # type: ignore[method-assign]
    started = time.monotonic()
    batch.concurrency.setValue(4)
    batch.start_button.click()
    qtbot.waitUntil(lambda: batch.stage == "ended", timeout=30_000)
    elapsed = time.monotonic() - started
    assert sum(updates) == 120
    assert len(updates) <= elapsed * 10 + 3  # at most one per drain tick (+ the last)


def test_stop_does_not_wait_for_a_hung_server(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path) -> None:
    sandbox.state.ensure_available(10)
    keys = sandbox.state.available_keys()[:10]
    batch = loaded(qtbot, window, orders_file(tmp_path, keys))
    sandbox.faults.hang = True
    batch.start_button.click()
    qtbot.waitUntil(lambda: sandbox.seen.requests >= 2, timeout=10_000)
    started = time.monotonic()
    batch.stop_button.click()
    qtbot.waitUntil(lambda: batch.stage == "ended", timeout=15_000)
    assert time.monotonic() - started < 10  # the grace period, not a 30 s deadline × retries
    sent = [r for r in batch.model.rows if r.state == "sent"]
    assert len(sent) == 2 and statuses(batch) == ["sent"] * 2 + ["not_sent"] * 8
    assert batch.start_button.text() == "&Resume"


def test_the_same_file_again_is_recognised_and_resumed_not_restarted(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path) -> None:
    batch, done = stopped_part_way(qtbot, window, sandbox, tmp_path)
    batch.close()  # its journal is closed with it
    sandbox.faults.delay_s = 0
    again = loaded(qtbot, window, tmp_path / "orders.csv")
    qtbot.waitUntil(lambda: again.journal is not None, timeout=10_000)  # opened off-thread
    assert again.start_button.text() == "&Resume" and again.start_button.isEnabled()
    assert "not finished" in again.state_label.text()
    assert statuses(again).count("assigned") == done
    before = len(sandbox.seen.assignments)
    again.start_button.click()
    qtbot.waitUntil(lambda: again.stage == "ended", timeout=30_000)
    assert statuses(again) == ["assigned"] * 40
    assert len(sandbox.seen.assignments) - before == 40 - done


def test_closing_and_reopening_the_window_then_resuming_continues_the_same_journal(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path) -> None:
    """The window is hidden, not destroyed, when closed: File → Batch assign… shows it again
    with the stopped batch, and Resume reopens its journal (it once tried to create it anew
    and refused: "A journal already exists")."""
    batch, done = stopped_part_way(qtbot, window, sandbox, tmp_path)
    batch.close()  # its journal is closed with it
    sandbox.faults.delay_s = 0
    again = window.open_batch()
    assert again is batch
    before = len(sandbox.seen.assignments)
    poll, seen = answer_boxes(lambda box: box.accept())
    try:
        again.start_button.click()
        qtbot.waitUntil(lambda: again.stage == "ended", timeout=30_000)
    finally:
        poll.stop()
    assert not seen  # no "Batch stopped" warning
    assert statuses(again) == ["assigned"] * 40
    assert len(sandbox.seen.assignments) - before == 40 - done
    assert again.journal is not None
    assert again.journal.counts()["assigned"] == 40


def test_the_batch_uses_settings_timeout_and_windows(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path) -> None:
    """Settings → Request timeout, Replay window and Idempotency window mean the same in the
    batch window as for a single request (core/runtime.py; the window's batch ran with the
    defaults: a 30 s deadline and a 24 h idempotency window, whatever Settings said)."""
    settings = window.ctx.settings
    settings.timeout_s, settings.replay_window_s = 7.0, 120
    settings.idempotency_window_s = 5 * 3600
    keys = sandbox.state.available_keys()[:2]
    batch = loaded(qtbot, window, orders_file(tmp_path, keys))
    batch.start_button.click()
    qtbot.waitUntil(lambda: batch.controller.runner is not None, timeout=10_000)
    config = batch.controller.runner.config
    assert (config.client.deadline_s, config.client.read_timeout_s) == (7.0, 7.0)
    assert (config.replay_window_s, config.idempotency_window_s) == (120.0, 5 * 3600.0)
    assert config.concurrency == batch.concurrency.value()
    qtbot.waitUntil(lambda: batch.stage == "ended", timeout=20_000)
    assert statuses(batch) == ["assigned"] * 2


def test_the_controller_owns_the_stage_and_signals_each_change(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path) -> None:
    """One record of the stage (issue 26): the window shows the controller's, never a copy."""
    from licensegui.ui.batch.controller import Stage

    batch = window.open_batch()
    seen: list[str] = []
    batch.controller.stage_changed.connect(seen.append)
    assert batch.stage is Stage.EMPTY
    batch.load_file(orders_file(tmp_path, sandbox.state.available_keys()[:2]))
    qtbot.waitUntil(lambda: batch.stage == Stage.PREVIEW, timeout=10_000)
    batch.start_button.click()
    qtbot.waitUntil(lambda: batch.stage == Stage.ENDED, timeout=20_000)
    assert seen == ["preview", "running", "ended"]
    assert batch.stage is batch.controller.stage


def test_export_after_the_window_was_closed_and_shown_again_writes_every_row(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path) -> None:
    """Issue 28, item 1: Close closes the journal; the window shown again (Ctrl+B) still
    shows the results, and exporting them wrote nothing and said "Exported 0 results"."""
    keys = sandbox.state.available_keys()[:3]
    batch = loaded(qtbot, window, orders_file(tmp_path, keys))
    batch.start_button.click()
    qtbot.waitUntil(lambda: batch.stage == "ended", timeout=30_000)
    batch.close()
    again = window.open_batch()
    assert again is batch and statuses(again) == ["assigned"] * 3
    results, receipts = tmp_path / "again.csv", tmp_path / "again.jsonl"
    assert again.export_results(results) and again.export_receipts(receipts)
    with open(results, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert [r["status"] for r in rows] == ["assigned"] * 3
    assert len(receipts.read_text(encoding="utf-8").splitlines()) == 3
    assert again.state_label.text().startswith("Exported 3 receipts")


def test_a_workbook_is_named_by_its_sheet_and_already_assigned_rows_are_counted(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path) -> None:
    """Issue 28, item 6: the counters never showed the rows this computer had already
    assigned (not sent again); a workbook's preview said "separated by commas"."""
    from tests.helpers import workbooks

    keys = sandbox.state.available_keys()[:2]
    first = loaded(qtbot, window, orders_file(tmp_path, keys[:1]))
    first.start_button.click()
    qtbot.waitUntil(lambda: first.stage == "ended", timeout=30_000)
    first.close()
    # The same order again, and a new one: the first is answered by the history.
    (tmp_path / "second").mkdir()
    again = loaded(qtbot, window, orders_file(tmp_path / "second", keys))
    qtbot.waitUntil(lambda: again.model.rowCount() == 2)
    again.start_button.click()
    qtbot.waitUntil(lambda: again.stage == "ended", timeout=30_000)
    text = again.counts_label.text()
    assert "1 assigned" in text and "1 already assigned" in text, text
    assert sandbox.seen.requests == 2
    again.close()
    book = workbooks.xlsx(tmp_path / "orders.xlsx", workbooks.HEADER + workbooks.GOOD_ROW)
    shown = window.open_batch()
    shown.load_file(book)
    qtbot.waitUntil(lambda: "orders.xlsx —" in shown.file_label.text())
    assert "sheet “Sheet1”" in shown.file_label.text()
    assert "comma" not in shown.file_label.text()


def test_a_header_ending_in_a_period_is_quoted_not_doubled(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """Issue 28, item 6: "Bestellnr." read "Bestellnr.." at the end of the columns line."""
    orders = tmp_path / "bestellungen.csv"
    orders.write_text("Lizenzschlüssel;Inhaber;E-Mail;Bestellnr.\r\nK-1;Ann;a@example.com;7\r\n",
                      encoding="utf-8-sig")
    batch = loaded(qtbot, window, orders)
    text = batch.columns_label.text()
    assert "“Bestellnr.”." in text and ".." not in text, text


def test_nothing_is_sent_while_the_stop_question_is_open(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path) -> None:
    """Issue 28, item 5: "Stop the batch?" on Close kept sending while it waited (4 more rows
    went out). Now the batch is paused while asked, and resumes when kept running."""
    batch = running_slowly(qtbot, window, sandbox, tmp_path, delay_s=0.05, assigned=3)
    runner = batch.controller.runner
    assert runner is not None
    counted: list[int] = []

    def keep_running(box: QMessageBox) -> None:
        # The question is open: the pause settles (rows in flight answered), then no
        # request arrives however long the user takes. Answered in any case: a failure
        # must not leave the question open (and the suite hanging on it).
        try:
            qtbot.waitUntil(lambda: runner.paused and runner.in_flight == 0, timeout=10_000)
            counted.append(sandbox.seen.requests)
            qtbot.waitUntil(lambda: sandbox.seen.handled >= counted[0], timeout=10_000)
            counted.append(sandbox.seen.requests)
        except Exception as exc:  # said below, as the assertion's message
            counted.append(-1)
            seen.append(f"not paused: {exc}")
        finally:
            click_button("Keep running")(box)

    poll, seen = answer_boxes(keep_running)
    batch.close()
    poll.stop()
    assert seen and len(counted) == 2 and counted[0] == counted[1], (seen, counted)
    assert batch.isVisible() and not runner.paused  # kept running, from where it stood
    qtbot.waitUntil(lambda: batch.stage == "ended", timeout=30_000)
    assert statuses(batch) == ["assigned"] * 40


def test_the_progress_bar_counts_rows_answered_without_sending_as_such(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path) -> None:
    """The walk: re-running an exported results file read "21 of 21 sent · 0 assigned" though
    nothing was sent (this computer's record answered every row)."""
    keys = sandbox.state.available_keys()[:3]
    first = loaded(qtbot, window, orders_file(tmp_path, keys))
    first.start()
    qtbot.waitUntil(lambda: first.stage == "ended", timeout=30_000)
    assert first.progress.format() == "%v of %m done · 3 assigned"
    first.close()
    again = tmp_path / "again"
    again.mkdir()
    path = orders_file(again, keys, extra="\r\n")  # another file, the same requests
    second = loaded(qtbot, window, path)
    before = sandbox.seen.requests
    second.start()
    qtbot.waitUntil(lambda: second.stage == "ended", timeout=30_000)
    assert sandbox.seen.requests == before  # nothing sent
    assert second.progress.format() == "%v of %m done · 0 assigned · 3 already assigned (not sent)"


def test_a_newly_loaded_file_shows_its_first_rows(
        qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path) -> None:
    """The walk: a file loaded after another opened scrolled to where the last one was."""
    keys = [f"KEY-{i:04d}" for i in range(200)]
    batch = loaded(qtbot, window, orders_file(tmp_path, keys))
    bar = batch.table.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    other = tmp_path / "other"
    other.mkdir()
    batch.load_file(orders_file(other, keys[:150]))
    qtbot.waitUntil(lambda: batch.model.rowCount() == 150)
    qtbot.waitUntil(lambda: bar.value() == 0)
