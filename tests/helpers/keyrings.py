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
    """A keyring that answers only after the GUI thread has gone on without it, as macOS
    Keychain does behind its permission prompt: each read returns once the GUI thread has run
    ``ticks`` more ticks of the test's timer (:meth:`tick`, connected to a timer on the GUI
    thread). A read made on the GUI thread itself blocks those ticks: it gives up after
    ``timeout_s`` and is counted in ``stalled``."""

    def __init__(self, ticks: int = 40, timeout_s: float = 5.0) -> None:
        import threading

        super().__init__()
        self.ticks, self.timeout_s = ticks, timeout_s
        self.reads = self.stalled = 0
        self._ticked = 0
        self._cond = threading.Condition()

    def tick(self) -> None:
        with self._cond:
            self._ticked += 1
            self._cond.notify_all()

    def get_password(self, service: str, username: str) -> str | None:
        with self._cond:
            self.reads += 1
            start = self._ticked
            if not self._cond.wait_for(lambda: self._ticked >= start + self.ticks,
                                       self.timeout_s):
                self.stalled += 1
        return super().get_password(service, username)

