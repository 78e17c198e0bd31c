from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from licensegui.core.errors import SecretStoreError, ValidationError
from licensegui.core.secrets import SERVICE, SecretStore, Storage
from tests.helpers.keyrings import LockedKeyring, MemoryKeyring, VanishingKeyring
from tests.helpers.logfail import LogFailHandler

KEY = "2964c3c9-0b5d-4d89-b3ac-4668f30bc492"


def all_bytes_under(root: Path) -> bytes:
    if not root.exists():
        return b""
    return b"".join(p.read_bytes() for p in root.rglob("*") if p.is_file())


def test_round_trip_in_keyring(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore()
    status = store.set("vendor", f"  {KEY}\n")
    assert status.storage is Storage.KEYRING
    assert memory_keyring.store == {(SERVICE, "vendor"): KEY}
    assert store.get("vendor") == KEY
    assert store.delete("vendor") is True
    assert store.get("vendor") is None
    assert store.delete("vendor") is False


def test_no_backend_keeps_key_in_memory_only(isolated_home: Path, tmp_path: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    store = SecretStore()
    status = store.status()
    assert status.storage is Storage.SESSION
    assert "no keyring available" in status.sentence and "this session only" in status.sentence
    assert store.set("vendor", KEY).storage is Storage.SESSION
    assert store.get("vendor") == KEY
    assert SecretStore().get("vendor") is None  # a new process would not have it
    assert KEY.encode() not in all_bytes_under(tmp_path)


def test_backend_failing_on_first_use_degrades_to_session(expected_logs: LogFailHandler) -> None:
    expected_logs.allow("licensegui.core.secrets", r"keyring unusable \(InitError\)")
    keyring.set_keyring(VanishingKeyring())
    store = SecretStore()
    assert store.status().storage is Storage.KEYRING
    assert store.set("vendor", KEY).storage is Storage.SESSION
    assert store.get("vendor") == KEY
    assert "InitError" in store.status().sentence


def test_a_keyring_that_fails_as_settings_save_the_key_is_said_there(
        expected_logs: LogFailHandler) -> None:
    """Issue 28, item 7: Settings offered the keyring, saving failed (InitError) and only the
    status line changed. The change's sentence says why and what happens now."""
    from licensegui.core.secrets import KeyChange, apply_changes

    expected_logs.allow("licensegui.core.secrets", r"keyring unusable \(InitError\)")
    keyring.set_keyring(VanishingKeyring())
    store = SecretStore()
    problems = apply_changes(store, [KeyChange("keyring", "vendor", KEY)])
    assert len(problems) == 1, problems
    assert problems[0].startswith("vendor: the keyring could not keep the API key (")
    assert "InitError" in problems[0] and "session only" in problems[0]
    assert store.get("vendor") == KEY  # kept for the session, as said


def test_locked_keyring_is_one_clear_error() -> None:
    keyring.set_keyring(LockedKeyring())
    store = SecretStore()
    with pytest.raises(SecretStoreError, match="locked"):
        store.set("vendor", KEY)
    with pytest.raises(SecretStoreError, match="locked"):
        store.get("vendor")


def test_invalid_api_key_rejected_before_storing(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(ValidationError):
        SecretStore().set("vendor", "has space")
    with pytest.raises(ValidationError, match="Too long"):
        SecretStore().set("vendor", "x" * 2000)  # Windows Credential Manager's limit
    assert memory_keyring.store == {}


def test_session_only_key_for_demo_profiles(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore()
    store.keep_for_session("Demo", KEY)
    assert store.get("Demo") == KEY and store.is_session_only("Demo")
    assert memory_keyring.store == {}


def test_rename_moves_the_key(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore()
    store.set("old", KEY)
    store.rename("old", "new")
    assert memory_keyring.store == {(SERVICE, "new"): KEY}
