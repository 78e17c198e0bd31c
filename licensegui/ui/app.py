"""Start-up: arguments, logging, error dialog, the window (and the demo sandbox)."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Sequence
from types import TracebackType

import shiboken6
from PySide6.QtCore import QElapsedTimer, QObject, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

import licensegui
from licensegui.core import paths
from licensegui.core.files import PrivateRotatingFileHandler, private_folder
from licensegui.core.session import DEMO_PROFILE, AppSession
from licensegui.ui import i18n
from licensegui.ui.gc_guard import collect_on_gui_thread
from licensegui.ui.i18n import localize, translate
from licensegui.ui.main.window import MainWindow
from licensegui.ui.plain import message_box, warn
from licensegui.ui.quitter import QUIT_WITHOUT_ASKING
from licensegui.ui.resources import icon, stylesheet
from licensegui.ui.tasks import Task

log = logging.getLogger("licensegui")


class _VersionAction(argparse.Action):
    """--version, with the version looked up only when asked (it costs a metadata scan)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        parser.exit(message=f"licensegui {licensegui.__version__}\n")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="licensegui", description="licensegui desktop app")
    parser.add_argument("--demo", action="store_true",
                        help="run against a local signing sandbox (no vendor account needed)")
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument("--language", metavar="CODE", choices=[*sorted(i18n.LANGUAGES),
                                                              i18n.PSEUDO],
                        help="show the window in this language (de, en, es, fr; 'pseudo' for "
                             "layout testing) instead of the one chosen in Settings or the OS's")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation offline (Qt, keyring, TLS trust, "
                             "verifier, a sandbox round trip), print a report, exit 0 if OK")
    # For start-up benchmarks of source and frozen builds: print "shown" and quit once the
    # window is up.
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    # Qt's own options (-platform, -style …) pass through untouched.
    args, _qt = parser.parse_known_args(list(argv[1:]))
    return args


#: The demo sandbox starts this long after the window is built: after its first paint.
DEMO_START_DELAY_MS = 60


class _DemoStart(QObject):
    """The demo sandbox, started as a task once the window is up: its key pair takes tens
    of milliseconds to generate (now and then hundreds) and its imports more; done before the
    first paint, on a thread or not, they delayed the window by about a third. The window
    says "starting" meanwhile and gets the demo profile when the sandbox answers. The task is
    one of the window's: quitting waits for it (see :meth:`finish`)."""

    def __init__(self, session: AppSession, window: MainWindow) -> None:
        super().__init__(window)
        self.session, self.window = session, window
        self._task: Task | None = None
        self._taken = False
        self._left: object = None  # what a cancelled start made, for finish() to hand over
        QTimer.singleShot(DEMO_START_DELAY_MS, self._start)

    def _start(self) -> None:
        if self._task is not None:
            return
        task = self._task = Task(self._prepare)
        task.succeeded.connect(self._take)
        # Cancel (the window closed, the app quits) cannot stop a key pair half made: what
        # the start made is kept, and finish() hands it to the session to remove.
        task.cancelled.connect(lambda: self._keep(task.result))
        self.window.tasks.start(task)

    @staticmethod
    def _prepare(_token: object) -> object:
        try:
            return AppSession.prepare_demo()
        except Exception as exc:  # handed to the GUI thread as it is
            return exc

    def _keep(self, outcome: object) -> None:
        self._left = outcome

    def _take(self, outcome: object) -> None:
        self._taken = True
        if isinstance(outcome, BaseException):
            log.error("the demo sandbox did not start: %s", outcome)
            self.window.demo_failed(localize(outcome))
            return
        self.session.start_demo(outcome, name=localize(DEMO_PROFILE))  # type: ignore[arg-type]
        log.info("demo sandbox ready at %s", self.session.demo_server.base_url
                 if self.session.demo_server else "?")
        self.window.demo_started()

    def finish(self) -> None:
        """At quit: a sandbox still starting is waited for and handed to the session, whose
        close() stops it and removes its folder (it holds the sandbox's private key)."""
        if self._taken:
            return
        self._taken = True
        task = self._task
        if self._left is None and task is not None and shiboken6.isValid(task):
            task.wait()  # still starting, or ended without its signal delivered yet
            self._left = task.result
        if self._left is not None and not isinstance(self._left, BaseException):
            self.session.start_demo(self._left, name=localize(DEMO_PROFILE))  # type: ignore[arg-type]


def _print_when_exposed(app: QApplication, window: QWidget) -> None:
    """The start-up probe: "shown" once the window is mapped and exposed (on a real X server
    that is later than show() returning), then quit. The bare baseline uses the same test."""
    poll = QTimer(window, interval=1)

    def check() -> None:
        handle = window.windowHandle()
        if handle is not None and handle.isExposed():
            poll.stop()
            print("shown", flush=True)
            app.quit()

    poll.timeout.connect(check)
    poll.start()


def setup_logging() -> None:
    """A rotating log in the platform's log folder. Nothing secret is ever logged."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    try:
        folder = paths.log_dir()
        private_folder(folder)  # 0700, the log file 0600: it names servers and files
        handler: logging.Handler = PrivateRotatingFileHandler(
            folder / "licensegui.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler(sys.stderr)  # a read-only profile must not stop us
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)

    def qt_to_logging(mode: QtMsgType, _context: object, message: str) -> None:
        level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
                 QtMsgType.QtWarningMsg: logging.WARNING}.get(mode, logging.ERROR)
        logging.getLogger("qt").log(level, "%s", message)

    qInstallMessageHandler(qt_to_logging)


def install_error_dialog() -> None:
    """An uncaught exception shows a dialog and is logged, instead of the app vanishing."""

    def show(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.critical("uncaught exception", exc_info=(kind, value, tb))
        if QApplication.instance() is None or threading.current_thread() is not (
                threading.main_thread()):
            return
        message_box(None, QMessageBox.Icon.Critical,
                    translate("App", "licensegui — unexpected error"),
                    translate("App",
                              "Something went wrong: {kind}: {value}\n\nThe app can keep "
                              "running. The details are in the log "
                              "({log_dir}).").format(kind=kind.__name__, value=value,
                                                     log_dir=paths.log_dir()),
                    "".join(traceback.format_exception(kind, value, tb))).exec()

    sys.excepthook = show
    threading.excepthook = lambda a: show(a.exc_type, a.exc_value or Exception(),
                                          a.exc_traceback)


def build_window(ctx: AppSession, demo: bool = False) -> MainWindow:
    window = MainWindow(ctx, demo_starting=demo)
    window.show()
    if ctx.startup_warning:
        when_painted(window, lambda: warn(window, translate("App", "Settings"),
                                          localize(ctx.startup_warning or "")))
    elif not ctx.settings.profiles and not demo:  # the demo brings its own profile
        when_painted(window, lambda: window.open_settings(first_run=True))
    return window


#: How long after the window is exposed its first paint is taken to be done.
PAINT_GRACE_MS = 20
#: A dialog waits at most this long for the window (a platform that never says "exposed").
EXPOSE_WAIT_MAX_MS = 2000


def when_painted(window: QWidget, then: Callable[[], object]) -> None:
    """Call ``then`` once ``window`` is on screen. A dialog opened before (the first-run
    setup: building it takes ~100 ms) would keep the window itself from appearing."""
    poll = QTimer(window, interval=5)
    waited = QElapsedTimer()
    waited.start()

    def check() -> None:
        handle = window.windowHandle()
        exposed = handle is not None and handle.isExposed()
        if exposed or waited.elapsed() > EXPOSE_WAIT_MAX_MS:
            poll.stop()
            poll.deleteLater()
            QTimer.singleShot(PAINT_GRACE_MS, then)

    poll.timeout.connect(check)
    poll.start()


def _quit_without_asking(app: QApplication) -> None:
    app.setProperty(QUIT_WITHOUT_ASKING, True)
    app.quit()


def quit_on_signals(app: QApplication) -> QTimer:
    """SIGTERM (logout, a service manager), Ctrl+C and SIGHUP (the terminal closed) quit
    cleanly: aboutToQuit cancels requests (each records its attempt before it ends) and saves
    settings; the demo's folder goes with the context. Qt's event loop never lets Python run
    its signal handlers, so a timer wakes the interpreter a few times a second; the returned
    timer must be kept."""
    for name in ("SIGINT", "SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)  # Windows has no SIGHUP
        if signum is not None:
            signal.signal(signum, lambda *_: _quit_without_asking(app))
    wake = QTimer(interval=250)
    wake.timeout.connect(lambda: None)
    wake.start()
    return wake


def _after_show(app: QApplication, demo: bool, installed: i18n.Installed) -> None:
    app.setApplicationVersion(licensegui.__version__)
    log.info("licensegui %s started%s; language %s (%s)", licensegui.__version__,
             " (demo)" if demo else "", installed.language or "en",
             ", ".join(installed.catalogs) or "source text")


def _headless() -> bool:
    return sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def self_test(app: QApplication) -> int:
    # Imported when asked for: the checks' modules are not needed to show the window.
    from licensegui.ui.diagnostics import passed, report, run_checks

    checks = run_checks(MainWindow)
    print(report(checks), flush=True)
    app.processEvents()
    return 0 if passed(checks) else 1


def _attach_console() -> None:
    """A windowed Windows .exe has no stdout: borrow the console it was started from, so
    ``licensegui --self-test`` prints its report there (and build scripts can read it)."""
    if sys.platform != "win32" or sys.stdout is not None:
        return
    import ctypes

    if ctypes.windll.kernel32.AttachConsole(-1):  # type: ignore[attr-defined]  # parent's
        sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115  # for the process
        sys.stderr = sys.stdout


def run(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    if args.self_test or args.startup_probe:
        _attach_console()
    if args.self_test and _headless():
        # The self-test also runs on build machines and servers without a screen.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(list(argv))
    collect_on_gui_thread(app)  # Qt objects must never be freed by a worker's collection
    app.setApplicationName("licensegui")
    app.setOrganizationName("licensegui")
    app.setWindowIcon(icon("app"))
    app.setStyleSheet(stylesheet(app.palette()))
    # The OS switched between light and dark while we run: re-pick the colours.
    app.styleHints().colorSchemeChanged.connect(
        lambda _scheme: app.setStyleSheet(stylesheet(app.palette())))
    setup_logging()
    install_error_dialog()
    if args.self_test:
        i18n.install(app, args.language or "")  # the OS's language: the bundle is checked in it
        return self_test(app)
    ctx = AppSession.load()
    installed = i18n.install(app, args.language or ctx.settings.language)
    window = build_window(ctx, demo=args.demo)
    quitter = window.quitter
    if args.demo:
        quitter.add_last("the demo start", _DemoStart(ctx, window).finish)
    quitter.add_last("the session", ctx.close)
    # After the first paint: nothing here is needed to show the window.
    QTimer.singleShot(0, lambda: _after_show(app, args.demo, installed))
    if args.startup_probe:
        _print_when_exposed(app, window)
    app.aboutToQuit.connect(quitter.quit)
    _wake = quit_on_signals(app)  # kept alive for the event loop's lifetime
    try:
        return app.exec()
    finally:
        quitter.quit()  # done already at aboutToQuit, unless the loop ended otherwise
