"""The secret store against a real OS keyring: GNOME Keyring's Secret Service on a private
D-Bus session (``.ci/run`` installs it; elsewhere the test is skipped, and says why)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MISSING = [tool for tool in ("dbus-run-session", "gnome-keyring-daemon")
           if shutil.which(tool) is None]

pytestmark = pytest.mark.skipif(
    bool(MISSING) and not os.environ.get("CI"),
    reason=f"no real keyring here ({', '.join(MISSING)} missing; .ci/run installs them)")

_SCRIPT = textwrap.dedent("""
    import os, subprocess, sys
    # An unlocked login keyring with an empty password, for this D-Bus session only.
    daemon = subprocess.run(["gnome-keyring-daemon", "--unlock", "--components=secrets",
                             "--daemonize"], input=b"\\n", capture_output=True, check=True)
    for line in daemon.stdout.decode().splitlines():
        name, _, value = line.partition("=")
        os.environ[name] = value
    import keyring
    import secretstorage
    from keyring.backends import SecretService
    keyring.set_keyring(SecretService.Keyring())
    from licensegui.core.errors import SecretStoreError
    from licensegui.core.secrets import SecretStore, Storage

    store = SecretStore()
    status = store.status()
    assert status.storage is Storage.KEYRING, status
    assert status.backend == "Secret Service (GNOME Keyring)", status
    assert store.get("vendor") is None
    store.set("vendor", "first-key-123")
    assert store.get("vendor") == "first-key-123"
    assert not store.is_session_only("vendor")
    assert store.key_status("vendor") == (True, "Stored in Secret Service (GNOME Keyring).")
    store.set("vendor", "second-key-456")  # replace
    assert store.get("vendor") == "second-key-456"
    assert SecretStore().get("vendor") == "second-key-456"  # really stored, not cached
    store.rename("vendor", "renamed")
    assert store.get("vendor") is None and store.get("renamed") == "second-key-456"
    assert store.delete("renamed") is True
    assert store.get("renamed") is None and store.delete("renamed") is False

    store.set("vendor", "third-key-789")
    connection = secretstorage.dbus_init()
    secretstorage.get_default_collection(connection).lock()
    try:
        store.get("vendor")
    except SecretStoreError as exc:
        assert str(exc) == ("The keyring is locked; unlock it (or allow access) and "
                            "try again."), exc
    else:
        raise AssertionError("a locked keyring was read")
    print("REAL KEYRING OK")
""")


def test_secret_store_on_a_real_secret_service(tmp_path: Path) -> None:
    assert not MISSING, f"CI must provide a real keyring: {MISSING} missing"
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_RUNTIME_DIR": str(runtime), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "PYTHONPATH": str(ROOT)}
    env.pop("DISPLAY", None)  # no prompter can pop up: a locked keyring must say so
    env.pop("PYTHON_KEYRING_BACKEND", None)
    result = subprocess.run(["dbus-run-session", "--", sys.executable, "-c", _SCRIPT],
                            env=env, cwd=ROOT, capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "REAL KEYRING OK" in result.stdout
