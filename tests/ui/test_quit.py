"""Quitting in the middle of things, in real processes with real signals: the attempt is
recorded, the process exits promptly, the demo's secrets are not left behind."""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from licensegui.sandbox import SandboxServer
from tests.helpers.app import wait_for_log
from tests.helpers.waiting import wait_until

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
ROOT = Path(__file__).resolve().parents[2]

# The app's own pieces (main window, signal handling, aboutToQuit → shutdown, context close)
# put together as licensegui.ui.app.run() does, with a profile pointing at the test's sandbox
# and the in-memory keyring (the OS keyring is the one thing that cannot run here).
_DRIVER = textwrap.dedent("""
    import sys
    import keyring
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from licensegui.core.settings import Profile
    from licensegui.ui.app import quit_on_signals
    from licensegui.core.session import AppSession
    from licensegui.ui.main.window import MainWindow
    from tests.helpers.keyrings import MemoryKeyring

    base_url, pem_path, api_key, license_key = sys.argv[1:5]
    keyring.set_keyring(MemoryKeyring())
    app = QApplication([])
    ctx = AppSession.load()
    ctx.settings.profiles = [Profile("P", base_url, {"global": open(pem_path).read()})]
    ctx.settings.last_profile = "P"
    ctx.secrets.set("P", api_key)
    window = MainWindow(ctx)
    window.show()
    for name, value in (("license_key", license_key), ("owner_name", "Quit Tester"),
                        ("email", "quit@example.com")):
        window.form.edit(name).setText(value)
    app.aboutToQuit.connect(window.shutdown)
    wake = quit_on_signals(app)
    QTimer.singleShot(0, window.submit)
    try:
        code = app.exec()
    finally:
        ctx.close()
    sys.exit(code)
""")


def _env(home: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "LICENSEGUI_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(ROOT), **extra}


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_signal_mid_request_records_the_attempt_and_exits_promptly(
        sandbox: SandboxServer, tmp_path: Path, signum: int) -> None:
    sandbox.faults.hang = True
    home = tmp_path / "home"
    key = sandbox.state.available_keys()[0]
    proc = subprocess.Popen(
        [sys.executable, "-c", _DRIVER, sandbox.base_url, str(sandbox.public_key_path),
         sandbox.state.api_key(), key],
        env=_env(home), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wait_until(lambda: sandbox.seen.requests or proc.poll() is not None, 60,
               "the request (or the app's end)")
    assert sandbox.seen.requests == 1, proc.stderr.read() if proc.poll() is not None else ""
    sent = time.monotonic()
    proc.send_signal(signum)
    _out, err = proc.communicate(timeout=30)
    took = time.monotonic() - sent
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "QThread: Destroyed" not in err, err
    # A bound on what was a freeze (the hung server holds the answer for an hour), far from
    # it so a loaded machine cannot fail it; how fast quitting is, is not a test's to say.
    assert took < 10.0, f"took {took:.2f} s to quit"
    rows = sqlite3.connect(home / "data" / "history.sqlite3").execute(
        "SELECT license_key, reason, idempotency_key FROM attempts").fetchall()
    assert len(rows) == 1
    # The request went out and no answer came: "unknown" (issue 18), never "cancelled", which
    # claims the server never acted; the next start lists it with Check now.
    assert rows[0][:2] == (key, "unknown")
    assert rows[0][2] == sandbox.seen.idempotency_keys[0]  # the key to ask the server about


def _demo_dirs(tmp: Path) -> set[Path]:
    """Temporary demo folders (a second copy's demo): a lone demo never makes one."""
    return set(tmp.glob("licensegui-demo-*"))


def _demo_free(home: Path) -> bool:
    """Whether the home's demo folder is let go (no process holds its lock)."""
    from licensegui.core.tempdirs import try_lock

    with open(home / "data" / "demo" / ".owner.lock", "ab") as handle:
        return try_lock(handle)


def _private(folder: Path) -> None:
    """The demo's folder 0700 and every file in it 0600 (its private key, its records of
    owners): the umask is 022 in these processes."""
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for file in folder.rglob("*"):
        if file.is_file():
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, file.name


def _start_demo(home: Path, tmp: Path, run: int = 1) -> subprocess.Popen[str]:
    """Start the app with --demo (the ``run``-th time in this home); return once its
    sandbox answers (it starts after the window's first paint, and says so in the log)."""
    proc = subprocess.Popen([sys.executable, "-m", "licensegui", "--demo"],
                            env=_env(home, TMPDIR=str(tmp)), cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    log = home / "logs" / "licensegui.log"
    ready = wait_for_log(log, "demo sandbox ready", times=run)
    assert ready, "the demo never started"
    return proc


def test_quitting_while_the_demo_sandbox_starts_leaves_it_whole_and_let_go(
        tmp_path: Path) -> None:
    """SIGTERM as soon as the window is up, the sandbox still generating its key pair: the
    app waits for it, stops it and lets its folder go, exit 0. Its key is private and no
    temporary copy of it is left anywhere."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    home = tmp_path / "home"
    proc = subprocess.Popen([sys.executable, "-m", "licensegui", "--demo"],
                            env=_env(home, TMPDIR=str(tmp)), cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    # The folder (and its lock) is made first, the key pair and server after it.
    wait_until(lambda: (home / "data" / "demo" / ".owner.lock").exists(), 60,
               "the demo to begin to start")
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0 and "Traceback" not in err, err
    assert _demo_dirs(tmp) == set()
    assert _demo_free(home)
    _private(home / "data" / "demo")


def test_a_killed_demo_starts_again_with_its_key_pair_keys_and_address(
        tmp_path: Path) -> None:
    """SIGKILL (no cleanup can run), then the same home again: the demo is the same server
    (same signing key, same port, same keys), so what it signed stays genuine; quitting
    lets it go, and no temporary demo folder was ever made."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    home = tmp_path / "home"
    folder = home / "data" / "demo"
    first = _start_demo(home, tmp)
    public, port = (folder / "sandbox-public.pem").read_text(), (folder / "port").read_text()
    first.kill()
    first.communicate(timeout=30)
    assert _demo_free(home)  # the OS dropped the dead process's lock

    second = _start_demo(home, tmp, run=2)
    assert (folder / "sandbox-public.pem").read_text() == public
    assert (folder / "port").read_text() == port
    assert not _demo_free(home)  # held while it runs
    second.send_signal(signal.SIGINT)
    _out, err = second.communicate(timeout=30)
    assert second.returncode == 0 and "Traceback" not in err, err
    assert _demo_free(home) and _demo_dirs(tmp) == set()
    _private(folder)


def test_run_py_lets_the_app_handle_ctrl_c(tmp_path: Path) -> None:
    """Ctrl+C in a terminal reaches the whole process group: run.py must not kill the app
    before it has cleaned up (it used to, 0.25 s later)."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    home = tmp_path / "home"
    launcher = ("import runpy, sys; run = runpy.run_path(sys.argv[1]); "
                "sys.exit(run['run_app']([sys.executable, '-m', 'licensegui', '--demo']))")
    proc = subprocess.Popen([sys.executable, "-c", launcher, str(ROOT / "run.py")],
                            env=_env(home, TMPDIR=str(tmp)), cwd=ROOT, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    log = home / "logs" / "licensegui.log"
    wait_for_log(log, "demo sandbox ready")
    assert not _demo_free(home)
    os.killpg(proc.pid, signal.SIGINT)  # what the terminal does on Ctrl+C
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "Traceback" not in err, err
    assert _demo_free(home)  # the app's own cleanup ran: the demo is let go


def test_the_window_quits_when_its_settings_cannot_be_saved(tmp_path):
    """A settings path that cannot be written (here a folder in its place): quitting logs it
    instead of waiting on a modal dialog nobody will answer (logout, SIGTERM)."""
    (tmp_path / "config" / "settings.json").mkdir(parents=True)
    env = {**os.environ, "LICENSEGUI_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "licensegui", "--startup-probe"], env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0 and "shown" in done.stdout, done.stderr[-2000:]
