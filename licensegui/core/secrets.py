"""The API key's home: the OS keyring, or this process's memory when there is none.

There is deliberately no file fallback. A reseller's API key can assign licenses; a machine
without a keyring (headless Linux) keeps it for the session only and says so.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from licensegui.core.errors import SecretStoreError
from licensegui.core.text import Text, translate
from licensegui.core.validation import clean_api_key

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

# keyring is imported where a key is first read or saved, not with this module: with its
# dependencies (jaraco.context, urllib.request, http.client) it cost the window's first paint
# a tenth of its imports, and the window reads no key before it is shown.

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
        # Guards the in-memory state only. Keyring calls run outside it: one that waits
        # seconds for a permission prompt must not block a caller that only asks
        # is_session_only() on the GUI thread.
        self._lock = threading.Lock()
        self._backend_lock = threading.Lock()
        self._broken: str | None = None
        self._usable: bool | None = None

    def _get_backend(self) -> KeyringBackend | None:
        if self._broken is not None:
            return None
        with self._backend_lock:
            if self._usable is None:
                # Resolved lazily and once: finding the backend, and asking it whether it is
                # usable (its priority), can cost D-Bus round trips on every call.
                if self._backend is None:
                    import keyring

                    self._backend = keyring.get_keyring()
                self._usable = is_usable(self._backend)
        return self._backend if self._usable else None

    def status(self) -> StoreStatus:
        backend = self._get_backend()
        if backend is None:
            why = f" ({self._broken})" if self._broken else ""
            return StoreStatus(
                Storage.SESSION,
                translate("Secrets", "memory, this session only"),
                translate("Secrets",
                          "Not stored: no keyring available on this system{why} — kept for this "
                          "session only.").format(why=why),
            )
        name = backend_name(backend)
        return StoreStatus(Storage.KEYRING, name,
                           translate("Secrets", "Stored in {name}.").format(name=name))

    def _degrade(self, exc: Exception) -> None:
        # NoKeyringError/InitError mean there is no usable keyring after all (e.g. no D-Bus):
        # switch to session memory for the rest of this run, never to a file.
        self._broken = type(exc).__name__
        log.warning("keyring unusable (%s); keeping API keys in memory only", self._broken)

    @contextlib.contextmanager
    def _keyring_errors(self, refused: Text) -> Iterator[None]:
        """Reading and saving fail the same ways: a keyring that went away degrades this store
        to session memory (the block is left, the caller carries on without it); a locked or
        refusing one becomes one sentence the front can show."""
        import keyring.errors

        try:
            yield
        except (keyring.errors.NoKeyringError, keyring.errors.InitError) as exc:
            self._degrade(exc)
        except keyring.errors.KeyringLocked as exc:
            raise SecretStoreError(
                translate("Secrets",
                          "The keyring is locked; unlock it (or allow access) and try again.")
            ) from exc
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(refused.format(exc=exc)) from exc

    def get(self, profile: str) -> str | None:
        """May block (a keyring prompt): call it off the GUI thread."""
        with self._lock:
            if profile in self._session:
                return self._session[profile]
        backend = self._get_backend()
        if backend is None:
            return None
        with self._keyring_errors(translate("Secrets",
                                            "The keyring refused to read the API key: {exc}")):
            return backend.get_password(self._service, profile)
        return None  # the keyring went away: nothing is stored in this session either

    def key_status(self, profile: str) -> tuple[bool, str]:
        """(whether a key is set, where it is) for a profile. Blocks like :meth:`get`."""
        has = self.get(profile) is not None
        status = self.status()
        if not has:
            return False, translate("Secrets",
                                    "Not set. {sentence}").format(sentence=status.sentence)
        if self.is_session_only(profile) or status.storage is Storage.SESSION:
            return True, translate("Secrets",
                                   "kept in memory for this session only — never written to disk.")
        return True, status.sentence

    def set(self, profile: str, api_key: str) -> StoreStatus:
        """Save the key; returns where it went (keyring, or session memory only)."""
        key = clean_api_key(api_key)
        backend = self._get_backend()
        if backend is not None:
            refused = translate("Secrets", "The keyring refused to save the API key: {exc}")
            with self._keyring_errors(refused):
                backend.set_password(self._service, profile, key)
                with self._lock:
                    self._session.pop(profile, None)
        if self._get_backend() is None:
            with self._lock:
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
        import keyring.errors

        try:
            backend.delete_password(self._service, profile)
            return True
        except keyring.errors.PasswordDeleteError:
            return found  # nothing stored there
        except (keyring.errors.NoKeyringError, keyring.errors.InitError) as exc:
            self._degrade(exc)
            return found
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(translate("Secrets",
                                             "The keyring refused to delete the API key: "
                                             "{exc}").format(exc=exc)) from exc

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


@dataclass(frozen=True)
class KeyChange:
    """One change to stored API keys, decided in a dialog and carried out when it is accepted
    (off the GUI thread: a keyring may prompt). ``kind``: ``keyring`` (save), ``session``
    (keep in memory only), ``delete``, or ``rename`` (to ``new_name``)."""

    kind: str
    profile: str
    value: str | None = None
    new_name: str | None = None

    def __repr__(self) -> str:  # never the key itself, whatever logs or tracebacks show it
        return f"KeyChange({self.kind!r}, {self.profile!r})"


def apply_changes(store: SecretStore, changes: list[KeyChange]) -> list[str]:
    """Carry out the changes in order; the sentences of those that failed (empty: all done)."""
    problems: list[str] = []
    for change in changes:
        try:
            if change.kind == "rename" and change.new_name:
                store.rename(change.profile, change.new_name)
            elif change.kind == "delete":
                store.delete(change.profile)
            elif change.kind == "keyring" and change.value:
                status = store.set(change.profile, change.value)
                if store.is_session_only(change.profile):
                    # The keyring went away as it was asked (issue 28): said where the
                    # user acted, with why and what happens now — not only in a status line.
                    problems.append(translate(
                        "Secrets", "{profile}: the keyring could not keep the API key "
                        "({why}); it is kept for this session only and will be asked for "
                        "again at the next start.").format(profile=change.profile,
                                                           why=status.sentence))
            elif change.kind == "session" and change.value:
                store.keep_for_session(change.profile, change.value)
        except (SecretStoreError, ValueError) as exc:
            problems.append(f"{change.profile}: {exc}")
    return problems
