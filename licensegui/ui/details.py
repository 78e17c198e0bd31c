"""The QA details: HTTP status, timings, raw body, decoded signed payload; Copy and Save."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from licensegui.ui.plain import warn

if TYPE_CHECKING:  # types only: the HTTP stack loads on the first request, not at start-up
    from licensegui.core.client import HttpResult
    from licensegui.core.envelope import Verdict


@dataclass(frozen=True)
class Shown:
    """What the details pane is showing (kept for Copy / Save as)."""

    body: bytes
    verdict: Verdict
    http: HttpResult | None
    source: str


def pretty(body: bytes) -> str:
    try:
        return json.dumps(json.loads(body), indent=2, ensure_ascii=False)
    except (ValueError, RecursionError):
        return body.decode("utf-8", "replace")


class DetailsPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.summary = QPlainTextEdit(readOnly=True)
        self.raw = QPlainTextEdit(readOnly=True)
        self.signed = QPlainTextEdit(readOnly=True)
        self.tabs = QTabWidget()
        for widget, name in ((self.summary, "Summary"), (self.raw, "Raw body"),
                             (self.signed, "Signed payload")):
            widget.setFont(mono)
            widget.setAccessibleName(name)
            self.tabs.addTab(widget, name)
        self.copy_button = QPushButton("Cop&y raw body")
        self.save_button = QPushButton("Sa&ve response as…")
        self.copy_button.clicked.connect(self.copy_body)
        self.save_button.clicked.connect(self.save_body)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        layout.addLayout(buttons)
        self.shown: Shown | None = None
        self.clear()

    def clear(self) -> None:
        self.shown = None
        for widget in (self.summary, self.raw, self.signed):
            widget.setPlainText("")
        # Not a large empty box: what will appear here, and how to get it.
        self.summary.setPlaceholderText(
            "The details of the next answer appear here: HTTP status, time and attempts, the "
            "Idempotency-Key, whether the signature matches and why, which key signed it, and "
            "whether the readable copy matches what was signed.\n\nAssign a key, or verify a "
            "saved response (File → Verify saved response, Ctrl+O; or drop a .json file on "
            "the window).")
        self.raw.setPlaceholderText("The server's answer, byte for byte (Copy and Save keep it "
                                    "exactly, so it can be verified again later).")
        self.signed.setPlaceholderText("What the server signed, decoded (marked UNVERIFIED "
                                       "when the signature does not hold).")
        self.copy_button.setEnabled(False)
        self.save_button.setEnabled(False)

    def show_result(self, shown: Shown) -> None:
        self.shown = shown
        v, http = shown.verdict, shown.http
        lines = [f"Source: {shown.source}"]
        if http is not None:
            lines += [
                f"HTTP status: {http.status}",
                f"Time: {http.elapsed_s * 1000:.0f} ms over {http.attempts} attempt(s)",
                f"Idempotency-Key: {http.idempotency_key}",
                f"URL: {http.url}",
                *[f"  {note}" for note in http.notes],
            ]
        match = {True: "yes", False: "NO — edited after signing", None: "n/a"}
        if v.freshness_checked:
            freshness = "yes"
        elif http is None:
            freshness = "no (saved response: age is shown, not judged)"
        else:
            freshness = "not reached (an earlier check failed)"
        sig = {True: "matches", False: "DOES NOT MATCH", None: "not run"}[v.signature_valid]
        lines += [
            f"Verified: {'yes' if v.verified else 'NO'} ({v.reason})",
            f"Why: {v.detail}",
            f"Signing key named: {v.key_label or '—'}",
            f"Signature check: {sig}",
            f"Readable copy matches signed payload: {match[v.unsigned_copy_matches]}",
            f"Freshness checked: {freshness}",
            f"Size: {len(shown.body)} bytes",
        ]
        self.summary.setPlainText("\n".join(lines))
        self.raw.setPlainText(pretty(shown.body))
        if v.payload is not None:
            label = "" if v.verified else "// UNVERIFIED: what the response claims\n"
            self.signed.setPlainText(label + json.dumps(v.payload.raw, indent=2,
                                                        ensure_ascii=False))
        else:
            self.signed.setPlainText("(no decodable signed payload)")
        self.copy_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def copy_body(self) -> None:
        if self.shown is not None:
            QGuiApplication.clipboard().setText(self.shown.body.decode("utf-8", "replace"))

    def save_body(self) -> None:
        if self.shown is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, "Save response", "response.json",
                                              "JSON (*.json);;All files (*)")
        if not path:
            return
        try:
            with open(path, "wb") as handle:
                handle.write(self.shown.body)  # byte for byte: re-verifiable later
        except OSError as exc:
            warn(self, "Not saved", f"Could not save: {exc.strerror or exc}.")
