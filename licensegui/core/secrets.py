"""The API key's home: the OS keyring, or this process's memory when there is none.

There is deliberately no file fallback. A reseller's API key can assign licenses; a machine
without a keyring (headless Linux) keeps it for the session only and says so.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from enum import Enum

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from licensegui.core.errors import SecretStoreError
from licensegui.core.validation import clean_api_key

log = logging.getLogger(__name__)

SERVICE = "licensegui"

_FRIENDLY = {
    "keyring.backends.macOS": "macOS Keychain",
    "keyring.backends.Windows": "Windows Credential Manager",
    "keyring.backends.SecretService": "Secret Service (GNOME Keyring)",
    "keyring.backends.libsecret": "Secret Service (libsecret)",
    "keyring.backends.kwallet": "KDE Wallet",
}


class Storage(Enum):
    KEYRING = "keyring"
    SESSION = "session"


@dataclass(frozen=True)
class StoreStatus:
    storage: Storage
    backend: str
    sentence: str


def backend_name(backend: KeyringBackend) -> str:
    module = type(backend).__module__
    return _FRIENDLY.get(module, f"{type(backend).__name__} ({module})")


def is_usable(backend: KeyringBackend) -> bool:
    """False for keyring's "fail"/"null" backends and a chain with nothing in it."""
    module = type(backend).__module__
    if module in ("keyring.backends.fail", "keyring.backends.null"):
        return False
    if module == "keyring.backends.chainer":
        return bool(getattr(backend, "backends", []))
    try:
        return float(backend.priority) > 0  # type: ignore[arg-type]
    except Exception:  # a backend whose priority check fails is unusable
        return False


class SecretStore:
    """API keys by profile name. Every keyring failure becomes one :class:`SecretStoreError`."""

    def __init__(self, backend: KeyringBackend | None = None, service: str = SERVICE) -> None:
        self._backend = backend
        self._service = service
        self._session: dict[str, str] = {}
        self._lock = threading.Lock()
        self._broken: str | None = None

    def _get_backend(self) -> KeyringBackend | None:
        if self._broken is not None:
            return None
        if self._backend is None:
            # Resolved lazily: on some systems finding the backend costs a D-Bus round trip,
            # which must not delay the window.
            self._backend = keyring.get_keyring()
        return self._backend if is_usable(self._backend) else None

    def status(self) -> StoreStatus:
        with self._lock:
            backend = self._get_backend()
        if backend is None:
            why = f" ({self._broken})" if self._broken else ""
            return StoreStatus(
                Storage.SESSION,
                "memory",
                "Not stored: no keyring available on this system"
                f"{why} — kept for this session only.",
            )
        name = backend_name(backend)
        return StoreStatus(Storage.KEYRING, name, f"Stored in {name}.")

    def _degrade(self, exc: Exception) -> None:
        # NoKeyringError/InitError mean there is no usable keyring after all (e.g. no D-Bus):
        # switch to session memory for the rest of this run, never to a file.
        self._broken = type(exc).__name__
        log.warning("keyring unusable (%s); keeping API keys in memory only", self._broken)

    def get(self, profile: str) -> str | None:
        with self._lock:
            if profile in self._session:
                return self._session[profile]
            backend = self._get_backend()
            if backend is None:
                return None
            try:
                return backend.get_password(self._service, profile)
            except (keyring.errors.NoKeyringError, keyring.errors.InitError) as exc:
                self._degrade(exc)
                return None
            except keyring.errors.KeyringLocked as exc:
                raise SecretStoreError(
                    "The keyring is locked; unlock it (or allow access) and try again."
                ) from exc
            except keyring.errors.KeyringError as exc:
                raise SecretStoreError(f"The keyring refused to read the API key: {exc}") from exc

    def set(self, profile: str, api_key: str) -> StoreStatus:
        """Save the key; returns where it went (keyring, or session memory only)."""
        key = clean_api_key(api_key)
        with self._lock:
            backend = self._get_backend()
            if backend is not None:
                try:
                    backend.set_password(self._service, profile, key)
                    self._session.pop(profile, None)
                except (keyring.errors.NoKeyringError, keyring.errors.InitError) as exc:
                    self._degrade(exc)
                except keyring.errors.KeyringLocked as exc:
                    raise SecretStoreError(
                        "The keyring is locked; unlock it (or allow access) and try again."
                    ) from exc
                except keyring.errors.KeyringError as exc:
                    raise SecretStoreError(
                        f"The keyring refused to save the API key: {exc}"
                    ) from exc
            if self._get_backend() is None:
                self._session[profile] = key
        return self.status()

    def keep_for_session(self, profile: str, api_key: str) -> None:
        """Hold a key in memory only (demo profiles, or a user who declines the keyring)."""
        key = clean_api_key(api_key)
        with self._lock:
            self._session[profile] = key

    def is_session_only(self, profile: str) -> bool:
        with self._lock:
            return profile in self._session

    def delete(self, profile: str) -> bool:
        """Remove the key; True when there was one."""
        with self._lock:
            found = self._session.pop(profile, None) is not None
            backend = self._get_backend()
            if backend is None:
                return found
            try:
                backend.delete_password(self._service, profile)
                return True
            except keyring.errors.PasswordDeleteError:
                return found  # nothing stored there
            except (keyring.errors.NoKeyringError, keyring.errors.InitError) as exc:
                self._degrade(exc)
                return found
            except keyring.errors.KeyringError as exc:
                raise SecretStoreError(f"The keyring refused to delete the API key: {exc}") from exc

    def rename(self, old: str, new: str) -> None:
        if old == new:
            return
        key = self.get(old)
        if key is None:
            return
        if self.is_session_only(old):
            self.keep_for_session(new, key)
        else:
            self.set(new, key)
        self.delete(old)
