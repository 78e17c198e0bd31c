"""Self-checks for a build: ``licensegui --self-test`` and Help → Diagnostics run the same ones.

Everything runs offline. The checks are what has gone missing in real frozen apps: the Qt
platform and SVG plugins, bundled resources, keyring backends (and their entry-point
metadata), the CA bundle / OS trust store, the crypto behind the verifier, and the whole
assign-and-verify path through a real main window against an in-process sandbox. Each check
imports what it checks itself: a module missing from a frozen bundle is then a failed check
in the report, not a crash of the self-test.
"""

from __future__ import annotations

import functools
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QCursor, QGuiApplication, QImageReader
from PySide6.QtWidgets import QMessageBox, QTextEdit, QWidget

import licensegui
from licensegui.ui.i18n import localize, translate
from licensegui.ui.plain import message_box

ROUND_TRIP_TIMEOUT_S = 30
# Makes the main window for the round trip from a session (``MainWindow`` itself).
WindowFactory = Callable[[Any], Any]


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    required: bool = True


def _qt_platform() -> Check:
    from licensegui.ui.resources import icon

    name = QGuiApplication.platformName()
    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    pixmap = icon("verified").pixmap(48, 48)
    ok = bool(name) and "svg" in formats and not pixmap.isNull()
    svg = "SVG icons render" if ok else f"SVG support missing (image formats: {sorted(formats)})"
    return Check("Qt platform", ok, f"platform '{name}'; {svg}")


def _resources() -> Check:
    from licensegui.ui.outcome_icons import ICON_OF
    from licensegui.ui.resources import resource_path, resources_dir

    wanted = ["style.qss", *(f"icons/{n}.svg" for n in ("app", "verified", "unverified",
                                                         "pending", *ICON_OF.values()))]
    missing = [w for w in wanted if not resource_path(w).is_file()]
    from licensegui.ui.user_guide import guide_path  # Help → User guide reads it offline

    if not guide_path().is_file():
        missing.append(str(guide_path()))
    detail = f"{resources_dir()}" + (f"; missing: {', '.join(missing)}" if missing else "")
    return Check("Resources", not missing, detail)


def _keyring() -> Check:
    from importlib.metadata import entry_points

    from licensegui.core.secrets import SecretStore, Storage

    plugins = sorted(ep.name for ep in entry_points(group="keyring.backends"))
    status = SecretStore().status()
    needs_real = sys.platform in ("win32", "darwin")
    ok = bool(plugins) and (status.storage is Storage.KEYRING or not needs_real)
    note = "" if status.storage is Storage.KEYRING or needs_real else (
        " (no keyring here: the app keeps API keys for the session only)")
    return Check("Keyring", ok, f"{status.backend}; backend plugins: "
                 f"{', '.join(plugins) or 'NONE (entry-point metadata missing)'}{note}")


def _tls() -> Check:
    import ssl

    import certifi

    from licensegui.core.http.tls import use_system_trust_store

    source = use_system_trust_store()
    ca_file = Path(certifi.where())
    try:
        count = ca_file.read_text(encoding="ascii").count("BEGIN CERTIFICATE")
    except OSError:
        count = 0
    context = ssl.create_default_context()
    ok = count > 50 and context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    return Check("TLS trust", ok, f"{source}; certifi fallback {ca_file.name} with {count} CAs; "
                 "verification on")


def _verifier() -> Check:
    from licensegui.core.code_table import is_assigned
    from licensegui.core.envelope import verify_body
    from licensegui.core.sample import SAMPLE_PUBLIC_KEY_PEM, SAMPLE_RESPONSE
    from licensegui.core.trust import TrustStore

    trust = TrustStore.from_pems({"global": SAMPLE_PUBLIC_KEY_PEM})
    genuine = verify_body(SAMPLE_RESPONSE, trust)
    tampered = verify_body(SAMPLE_RESPONSE.replace(b"eyJjb2RlIjo4MDAs", b"eyJjb2RlIjo4MDEs"),
                           trust)
    ok = genuine.verified and is_assigned(genuine.code) and not tampered.verified
    return Check("Signature verifier", ok, f"built-in signed response: "
                 f"{'verified' if genuine.verified else genuine.reason}; altered copy: "
                 f"{'NOT verified' if not tampered.verified else 'VERIFIED (wrong!)'}")


def _team_ledger_driver() -> Check:
    """The team ledger's driver (psycopg with its own libpq) loads: a bundle that lost it
    would only fail when a team first configures one."""
    import psycopg

    implementation = psycopg.pq.__impl__
    version = psycopg.pq.version()
    ok = implementation in ("binary", "c") and version >= 160000
    return Check("Team ledger driver", ok, f"psycopg {psycopg.__version__} ({implementation}), "
                 f"libpq {version // 10000}.{version % 10000}")


def _unicode() -> Check:
    """Where Qt uses ICU (Linux bundles ship a trimmed copy of its data), locale-aware case
    mapping goes through it: Turkish "i" upper-cases to "İ" only when ICU and its data load."""
    upper = QLocale(QLocale.Language.Turkish).toUpper("i")
    ok = upper == "İ"
    detail = ("ICU loads (Turkish upper-case of “i” is “İ”)" if ok else
              f"Qt's own Unicode tables (Turkish upper-case of “i” gave “{upper}”)")
    return Check("Unicode", ok, detail, required=sys.platform.startswith("linux"))


def _translations() -> Check:
    """Every shipped language's catalog (ours and Qt's) is present and loads, and the
    language in use really translates."""
    from licensegui.ui.i18n import CATALOG, LANGUAGES, catalog_dir, qt_catalog_dir

    problems = []
    for code in sorted(set(LANGUAGES) - {"en"}):
        for name, folder in ((CATALOG, catalog_dir()), ("qtbase", qt_catalog_dir())):
            probe = QTranslator()
            if not probe.load(f"{name}_{code}", str(folder)) or probe.isEmpty():
                problems.append(f"{name}_{code}.qm missing")
    language = QLocale().name()
    source = "&File"
    shown = QCoreApplication.translate("MainWindow", source)
    english = QLocale().language() in (QLocale.Language.English, QLocale.Language.C)
    if not english and language.split("_")[0] in LANGUAGES and shown == source:
        problems.append(f"the window would not be in {language}")
    detail = (f"window language {language} (“{source}” → “{shown}”); shipped: "
              f"{', '.join(sorted(LANGUAGES))}")
    return Check("Translations", not problems,
                 detail + (f"; {'; '.join(problems)}" if problems else ""))


def _round_trip(window_factory: WindowFactory) -> Check:
    """A real assignment through a main window (made by ``window_factory``: the window's
    class, passed in by whoever opened the diagnostics, so this module needs no import of
    the window that opens it) against an in-process sandbox."""
    from licensegui.core.secrets import SecretStore
    from licensegui.core.session import DEMO_PROFILE, AppSession
    from licensegui.core.settings import Settings, SettingsStore

    with tempfile.TemporaryDirectory(prefix="licensegui-selftest-") as tmp:
        # Its own settings and history: a self-test must not touch the user's.
        ctx = AppSession(SettingsStore(Path(tmp) / "settings.json"), Settings(), SecretStore(),
                         history_path=Path(tmp) / "history.sqlite3")
        try:
            # A demo of its own: the user's demo keeps its keys and what it assigned.
            ctx.start_demo(AppSession.prepare_demo(temporary=True), name=localize(DEMO_PROFILE))
            window = window_factory(ctx)
            key, owner = ctx.demo_keys[0], "Zoë Ørsted-Şahin"  # non-ASCII, end to end
            for name, value in (("license_key", key), ("owner_name", owner),
                                ("email", "self-test@example.com")):
                window.form.edit(name).setText(value)
            started = time.perf_counter()
            window.submit()
            _wait(lambda: not window.busy, ROUND_TRIP_TIMEOUT_S)
            elapsed = (time.perf_counter() - started) * 1000
            badge, outcome = window.badge.title.text(), window.outcome.text()
            server = ctx.demo_server
            stored = server.state.assignment(key) if server else None
            # The outcome as this language says it (the self-test runs in the user's).
            assigned = QCoreApplication.translate("Outcome", "Assigned")
            ok = (window.badge.state == "verified" and outcome == assigned
                  and stored == (owner, "self-test@example.com"))
            window.close()
        finally:
            ctx.close()
    return Check("Sandbox round trip", ok, f"main window → sandbox → badge “{badge}”, "
                 f"outcome “{outcome}” in {elapsed:.0f} ms")


def _wait(done: Callable[[], bool], timeout_s: float) -> None:
    loop = QEventLoop()
    poll = QTimer(interval=20)
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    poll.start()
    if not done():
        loop.exec()
    poll.stop()


CHECKS: tuple[Callable[[], Check], ...] = (
    _qt_platform, _resources, _translations, _unicode, _keyring, _tls, _verifier,
    _team_ledger_driver,
)


def run_checks(window_factory: WindowFactory) -> list[Check]:
    """Every check, the round trip last, through a window ``window_factory`` makes."""
    results = []
    for check in (*CHECKS, functools.partial(_round_trip, window_factory)):
        try:
            results.append(check())
        except Exception as exc:  # a broken check is a failed check, not a crash
            name = getattr(check, "func", check).__name__.strip("_").replace("_", " ")
            results.append(Check(name, False, f"{type(exc).__name__}: {exc}"))
    return results


def show_report(parent: QWidget, window_factory: WindowFactory) -> None:
    """Run the checks under a wait cursor and show the report (Help → Diagnostics)."""
    QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        checks = run_checks(window_factory)
    finally:
        QGuiApplication.restoreOverrideCursor()
    box = message_box(parent, QMessageBox.Icon.Information if passed(checks)
                      else QMessageBox.Icon.Warning, translate("MainWindow", "Diagnostics"),
                      (translate("MainWindow", "All checks passed.") if passed(checks) else
                       translate("MainWindow", "Some checks failed: see the details, and send "
                                 "them to support."))
                      + " " + translate("MainWindow", "The details are in English, for "
                                        "support."),
                      report(checks))
    # The report's lines are long (one check each): QMessageBox's detail box is narrow.
    for edit in box.findChildren(QTextEdit):
        edit.setMinimumWidth(640)
        edit.setMinimumHeight(220)
    box.exec()


def report(checks: list[Check]) -> str:
    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    lines = [f"licensegui {licensegui.__version__} self-test — {platform.system()} "
             f"{platform.machine()}, Python {platform.python_version()}, {frozen}"]
    for c in checks:
        mark = "PASS" if c.ok else ("FAIL" if c.required else "WARN")
        lines.append(f"{mark}  {c.name}: {c.detail}")
    failed = [c for c in checks if c.required and not c.ok]
    lines.append(f"RESULT: {'FAILED: ' + ', '.join(c.name for c in failed) if failed else 'OK'}"
                 f" ({sum(c.ok for c in checks)}/{len(checks)} passed)")
    return "\n".join(lines)


def passed(checks: list[Check]) -> bool:
    return all(c.ok for c in checks if c.required)
