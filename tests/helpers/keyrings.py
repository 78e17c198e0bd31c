"""In-memory keyrings for tests: a working one and ones that fail the ways real keyrings do."""

from __future__ import annotations

import keyring.errors
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """The one fake the project allows: the OS keyring cannot run here."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


class VanishingKeyring(MemoryKeyring):
    """Looks usable, then fails to initialise on first use (no D-Bus session, say)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.InitError("no session bus")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.InitError("no session bus")


class SlowKeyring(MemoryKeyring):
    """A keyring that takes its time, as macOS Keychain does behind its permission prompt."""

    def __init__(self, delay_s: float = 2.0) -> None:
        super().__init__()
        self.delay_s = delay_s
        self.reads = 0

    def get_password(self, service: str, username: str) -> str | None:
        import time

        self.reads += 1
        time.sleep(self.delay_s)
        return super().get_password(service, username)

