"""The QA details: HTTP status, timings, raw body, decoded signed payload; Copy and Save."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from licensegui.core.files import open_private
from licensegui.core.outcome import short_reason_for
from licensegui.ui.i18n import localize, translate
from licensegui.ui.plain import warn

if TYPE_CHECKING:  # types only: the HTTP stack loads on the first request, not at start-up
    from licensegui.core.envelope import Verdict
    from licensegui.core.http.client import HttpResult
    from licensegui.core.validation import AssignRequest


@dataclass(frozen=True)
class Shown:
    """What the details pane is showing (kept for Copy / Save as)."""

    body: bytes
    verdict: Verdict
    http: HttpResult | None
    source: str
    #: The request it answers, when known (a live or stored answer, a history row).
    request: AssignRequest | None = None
    #: When it was received, for a recorded answer (else: now).
    at: float | None = None


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
        for widget, name in ((self.summary, translate("DetailsPane", "Summary")),
                             (self.raw, translate("DetailsPane", "Raw body")),
                             (self.signed, translate("DetailsPane", "Signed payload"))):
            widget.setFont(mono)
            widget.setAccessibleName(name)
            self.tabs.addTab(widget, name)
        self.copy_button = QPushButton(translate("DetailsPane", "Cop&y raw body"))
        self.save_button = QPushButton(translate("DetailsPane", "Sa&ve response as…"))
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
            translate("DetailsPane",
                      "The details of the next answer appear here: HTTP status, time and "
                      "attempts, the Idempotency-Key, whether the signature matches and why, "
                      "which key signed it, and whether the readable copy matches what was "
                      "signed.\n\nAssign a key, or verify a saved response (File → Verify saved "
                      "response, Ctrl+O; or drop a .json file on the window)."))
        self.raw.setPlaceholderText(translate("DetailsPane",
                                              "The server's answer, byte for byte (Copy and Save "
                                              "keep it exactly, so it can be verified again "
                                              "later)."))
        self.signed.setPlaceholderText(translate("DetailsPane",
                                                 "What the server signed, decoded (marked "
                                                 "UNVERIFIED when the signature does not hold)."))
        self.copy_button.setEnabled(False)
        self.save_button.setEnabled(False)

    def show_summary(self, lines: list[str]) -> None:
        """No answer to show (failed, cancelled, held back): what happened, in its place
        (not the placeholder promising an answer)."""
        self.clear()
        self.summary.setPlainText("\n".join(lines))

    def show_result(self, shown: Shown, edited: str = "") -> None:
        """``edited``: what differs between the readable copy and the signed payload."""
        self.shown = shown
        v, http = shown.verdict, shown.http
        lines = [translate("DetailsPane", "Source: {source}").format(source=shown.source)]
        if http is not None:
            lines += [
                translate("DetailsPane", "HTTP status: {status}").format(status=http.status),
                translate("DetailsPane", "Time: {ms} ms over %n attempt(s)", None,
                          http.attempts).format(ms=round(http.elapsed_s * 1000)),
                translate("DetailsPane",
                          "Idempotency-Key: "
                          "{idempotency_key}").format(idempotency_key=http.idempotency_key),
                translate("DetailsPane", "URL: {url}").format(url=http.url),
                *[f"  {localize(note)}" for note in http.notes],
            ]
        match = {True: translate("DetailsPane", "yes"),
                 False: translate("DetailsPane", "NO — edited after signing"),
                 None: translate("DetailsPane", "n/a")}
        if v.freshness_checked:
            freshness = translate("DetailsPane", "yes")
        elif http is None:
            freshness = translate("DetailsPane", "no (saved response: age is shown, not judged)")
        else:
            freshness = translate("DetailsPane", "not reached (an earlier check failed)")
        sig = {True: translate("DetailsPane", "matches"),
               False: translate("DetailsPane", "DOES NOT MATCH"),
               None: translate("DetailsPane", "not run")}[v.signature_valid]
        lines += [
            (translate("DetailsPane", "Verified: yes ({reason})") if v.verified else
             translate("DetailsPane", "Verified: NO ({reason})")).format(
                reason=localize(short_reason_for(v.reason, v.key_label))),
            translate("DetailsPane", "Why: {detail}").format(detail=localize(v.detail)),
            translate("DetailsPane", "Signing key named: {label}").format(label=v.key_label or "—"),
            translate("DetailsPane", "Signature check: {sig}").format(sig=sig),
            translate("DetailsPane",
                      "Readable copy matches signed payload: "
                      "{match}").format(match=match[v.unsigned_copy_matches]),
            translate("DetailsPane", "Freshness checked: {freshness}").format(freshness=freshness),
            translate("DetailsPane", "Size: %n byte(s)", None, len(shown.body)),
        ]
        if edited:
            lines += ["", edited]
        self.summary.setPlainText("\n".join(lines))
        self.raw.setPlainText(pretty(shown.body))
        if v.payload is not None:
            label = "" if v.verified else translate("DetailsPane",
                                                    "// UNVERIFIED: what the response claims\n")
            self.signed.setPlainText(label + json.dumps(v.payload.raw, indent=2,
                                                        ensure_ascii=False))
        else:
            self.signed.setPlainText(translate("DetailsPane", "(no decodable signed payload)"))
        self.copy_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def copy_body(self) -> None:
        if self.shown is not None:
            QGuiApplication.clipboard().setText(self.shown.body.decode("utf-8", "replace"))

    def save_body(self) -> None:
        if self.shown is None:
            return
        from licensegui.ui.file_dialogs import save_file

        path = save_file(self, translate("DetailsPane", "Save response"), "response.json",
                         translate("DetailsPane", "JSON (*.json);;All files (*)"))
        if not path:
            return
        try:
            with open_private(Path(path), "wb") as handle:  # 0600: a receipt is private
                handle.write(self.shown.body)  # byte for byte: re-verifiable later
        except OSError as exc:
            warn(self, translate("DetailsPane", "Not saved"),
                 translate("DetailsPane",
                           "Could not save: {reason}.").format(reason=exc.strerror or exc))
