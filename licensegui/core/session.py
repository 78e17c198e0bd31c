"""The app's session: the one facade the fronts share over settings, secrets and history."""

from __future__ import annotations

import logging
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from licensegui.core import paths
from licensegui.core.files import write_atomically
from licensegui.core.secrets import SecretStore
from licensegui.core.settings import Profile, Settings, SettingsStore
from licensegui.core.text import Text, message_of, translate

if TYPE_CHECKING:
    from licensegui.core.batch.journal_privacy import JournalsErased
    from licensegui.core.demo import DemoStart
    from licensegui.core.history import HistoryStore
    from licensegui.core.http.client import ApiClient
    from licensegui.core.ledger import Ledger
    from licensegui.core.runtime import RuntimeConfig
    from licensegui.core.team.store import TeamLedger
    from licensegui.sandbox import SandboxServer

log = logging.getLogger(__name__)

# The demo profile's name in English; a front names it in the user's language with
# ``localize(DEMO_PROFILE)`` (the translation context stays "AppContext", the catalogs' key).
DEMO_PROFILE = translate("AppContext", "Demo (local sandbox)")
TEMPORARY_DEMO_PROFILE = translate("AppContext", "Temporary demo (forgotten at quit)")


@dataclass
class AppSession:
    """Settings (loaded, saved), secrets, history (opened on first use), the HTTP client
    (timeout from settings), the demo sandbox with its practice CSV, and where batch
    journals go. No Qt here: a front shows what it says in its own language."""

    settings_store: SettingsStore
    settings: Settings
    secrets: SecretStore
    startup_warning: str | None = None
    #: Where history lives; None: the platform's user-data folder.
    history_path: Path | None = None
    demo_keys: list[str] = field(default_factory=list)
    _client: ApiClient | None = None
    _history: HistoryStore | None = None
    _demo: DemoStart | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _history_error: str | None = None
    _notice_given: bool = False
    #: The team ledgers' connections, kept for the session (see :meth:`_team_ledger`).
    _team_ledgers: dict[tuple[str, str, float], TeamLedger] = field(default_factory=dict)
    _team_lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def load(cls, secrets: SecretStore | None = None) -> AppSession:
        store = SettingsStore(paths.settings_file())
        settings, warning = store.load()
        return cls(store, settings, secrets or SecretStore(), startup_warning=warning)

    @property
    def history(self) -> HistoryStore:
        """Opened on first use: the window does not wait for SQLite."""
        with self._lock:
            if self._history is None:
                from licensegui.core.history import HistoryStore

                self._history = HistoryStore(self.history_path or paths.history_file())
            return self._history

    @property
    def client(self) -> ApiClient:
        with self._lock:
            if self._client is None:
                self._client = self.runtime().client()
            return self._client

    def history_or_none(self) -> HistoryStore | None:
        """The history, or None when it cannot be opened at all (a folder that cannot be
        created): the attempt then reports that it was not recorded."""
        from licensegui.core.history import HistoryError

        try:
            return self.history
        except HistoryError as exc:
            log.error("history unavailable: %s", exc)
            self._history_error = message_of(exc)
            return None

    def ledger(self, profile: Profile | None = None) -> Ledger | None:
        """The ledger over the shared history (None when history is unavailable), with
        ``profile``'s team ledger beside it. Made anew on each call: it keeps nothing in
        memory, every answer is read from the file (or the team's database); close it."""
        history = self.history_or_none()
        if history is None:
            return None
        runtime = self.runtime(profile=profile)
        return runtime.ledger(history, self._team_ledger(runtime) if runtime.team_url else None)

    def _team_ledger(self, runtime: RuntimeConfig) -> TeamLedger:
        """One connection per team ledger for the session, not one per Assign (a TLS
        handshake to a database across the internet costs a noticeable moment)."""
        key = (runtime.team_url or "", runtime.staff or "", runtime.timeout_s)
        with self._team_lock:
            team = self._team_ledgers.get(key)
            if team is None:
                team = self._team_ledgers[key] = runtime.team_ledger()
            return team

    def runtime(self, concurrency: int | None = None,
                profile: Profile | None = None) -> RuntimeConfig:
        """The settings the core's objects are made with now (core/runtime.py: the one
        composition root of the window, the batch window and the CLI)."""
        from licensegui.core.runtime import RuntimeConfig

        return RuntimeConfig.from_settings(self.settings, concurrency=concurrency,
                                           profile=profile)

    @property
    def history_error(self) -> str | None:
        """Why history cannot be opened, once that was found out."""
        return self._history_error

    def history_notice(self) -> str | None:
        """Once: that a damaged history was set aside, or that history cannot be opened."""
        if self._notice_given:
            return None
        notice = self._history_error or (
            self._history.recovery_notice() if self._history is not None else None)
        if notice:
            self._notice_given = True
        return notice

    def prune_history(self) -> int:
        """Apply the retention setting (Settings → History); returns how many were deleted.
        Finished batch journals older than it go too: they hold the same owners."""
        history = self.history_or_none()
        days = self.settings.history_keep_days
        if days:
            from licensegui.core.batch.journal_privacy import remove_old_journals
            from licensegui.core.batch.session import journals_dir
            from licensegui.core.demo import demo_batches

            for folder in (journals_dir(), demo_batches()):
                if folder is not None:
                    remove_old_journals(folder, days)
        if history is None or not days:
            return 0
        from licensegui.core.history import HistoryError

        try:
            return history.prune(days)
        except HistoryError as exc:
            log.warning("history not pruned: %s", exc)
            return 0

    def erase_owner(self, email: str) -> tuple[int, list[Text]]:
        """Erase an owner from the history and from every batch journal: how many attempts
        changed, and the sentences the user must read (a journal in use, rows still to be
        sent). Raises HistoryError when the history cannot be opened or written."""
        changed, erased = self.erase_owner_everywhere(email)
        return changed, erased.sentences()

    def erase_owner_everywhere(self, email: str) -> tuple[int, JournalsErased]:
        """:meth:`erase_owner`, with what the journals' part did (rows, journals, what it
        could not erase): the CLI's ``history erase`` reports those counts."""
        from licensegui.core.batch.journal_privacy import erase_owner
        from licensegui.core.batch.session import journals_dir
        from licensegui.core.demo import demo_batches, demo_home
        from licensegui.core.erasure import erase_from_set_aside
        from licensegui.core.history import HistoryStore
        from licensegui.sandbox.state import erase_from_sandbox

        store = self._history or HistoryStore(self.history_path or paths.history_file())
        try:
            changed = store.erase_owner(email)
            names = store.erased_names
        finally:
            if store is not self._history:  # opened for this alone
                store.close_all()
        batches = demo_batches()
        erased = erase_owner([journals_dir(), *([batches] if batches else [])], email, names)
        # The demo's server keeps who holds each of its keys, on this computer too.
        records = demo_home() / "sandbox.sqlite3"
        try:
            if erase_from_sandbox(records, email.strip()):
                log.info("erased an owner from the demo's records")
        except (OSError, sqlite3.Error) as exc:
            log.warning("the demo's records %s not erased from: %s", records, exc)
            erased.demo_records = records
        # Every copy we keep: the damaged histories set aside beside the history.
        erased.set_aside = erase_from_set_aside(store.path.parent, store.path.name,
                                                email.strip(), names)
        return changed, erased

    @staticmethod
    def remove_leftovers() -> list[Path]:
        """Temporary files killed runs left in licensegui's own folders (a journal import,
        an atomic write); one a running process holds is kept."""
        from licensegui.core.batch.session import journals_dir
        from licensegui.core.files import remove_leftover_temporaries

        removed: list[Path] = []
        for folder in (paths.config_dir(), paths.data_dir(), journals_dir()):
            removed += remove_leftover_temporaries(folder)
        return removed

    def warm_up(self) -> None:
        """Load what the first assignment needs, off the GUI thread, once the window is up:
        otherwise the first Assign would pay for these imports and SQLite on the GUI thread."""
        import licensegui.core.service  # noqa: F401  # the HTTP client and the verifier

        _ = self.client
        self.remove_leftovers()
        self.prune_history()
        self.secrets.status()  # finds the keyring backend (plugin scan, D-Bus) here, not later

    def reset_client(self) -> None:
        """After the timeout setting changes (only while no request runs)."""
        if self._client is not None:
            self._client.close()
            self._client = None

    def save_settings(self) -> None:
        self.settings_store.save(self.settings)

    @property
    def is_demo(self) -> bool:
        return self._demo is not None

    @property
    def demo_kept(self) -> bool:
        """Whether the demo's server remembers between runs (False for a temporary one)."""
        return self._demo is not None and self._demo.persistent

    @staticmethod
    def prepare_demo(temporary: bool = False) -> DemoStart:
        """The demo's server, started (core/demo.py): kept per home, so what it signed and
        assigned stays true at the next start (``temporary``: forgotten at close). Its first
        key pair takes tens of ms, so the app runs this on a thread while Qt starts up."""
        from licensegui.core.demo import start_demo_server

        return start_demo_server(temporary)

    def start_demo(self, prepared: DemoStart | None = None,
                   name: str = DEMO_PROFILE) -> Profile:
        """Start the demo's server (or take one :meth:`prepare_demo` started) and add a
        session-only demo profile called ``name``: a window passes it in the user's language
        (it is never saved, so the name is no stored key)."""
        demo = self._demo = prepared or self.prepare_demo()
        server = demo.server
        if not demo.persistent and name == DEMO_PROFILE:
            # Its own name: its answers, recorded in the shared history, are signed by its
            # own key, not by the home's demo (re-checked later, they would read as forged).
            name = TEMPORARY_DEMO_PROFILE
        if demo.moved_from:
            self._demo_moved(demo.moved_from, server.base_url)
        name = str(name)
        profile = Profile(name, server.base_url, {"global": server.signer.public_pem()},
                          demo=True)
        self.settings.profiles = [p for p in self.settings.profiles if p.name != name]
        self.settings.profiles.insert(0, profile)
        self.settings.last_profile = name
        # The demo API key lives in memory only, like any secret without a keyring.
        self.secrets.keep_for_session(name, server.state.api_key())
        self.demo_keys = server.state.available_keys()
        return profile

    def _demo_moved(self, old: str, new: str) -> None:
        """The demo's port was taken and it answers on another: what this computer knows
        about the demo's keys moves with it (the ledger names a server by its address)."""
        from licensegui.core.history import HistoryError
        from licensegui.core.ledger import move_server

        history = self.history_or_none()
        if history is None:
            return
        try:
            log.info("the demo's %d attempts follow it to %s", move_server(history, old, new), new)
        except HistoryError as exc:
            log.warning("the demo's history did not follow it to its new address: %s", exc)

    def journals_dir(self, profile: Profile) -> Path:
        """Where a profile's batch journals go: the demo's are kept with the demo's server
        (a temporary demo's vanish with it)."""
        from licensegui.core.batch.session import journals_dir

        if profile.demo and self._demo is not None:
            return self._demo.folder / "batches"
        return journals_dir()

    def demo_practice_file(self) -> Path | None:
        """A CSV of the demo's available keys (with an invalid, a duplicate and an unknown
        key's row, to see those too), for practising a batch; None outside the demo."""
        if self._demo is None:
            return None
        keys = self._demo.server.state.available_keys()[:20]
        if not keys:
            return None
        owners = ["Jörg Müller", "Zoë Martin", "Ana Pérez", "Li Wei", "Siobhán Byrne"]
        lines = ["Order;License Key;Owner Name;E-mail"]
        for i, key in enumerate(keys):
            lines.append(f"{1001 + i};{key};{owners[i % len(owners)]};"
                         f"customer{i + 1}@example.com")
        n = 1001 + len(keys)
        lines.append(f"{n};not a key;Invalid Row;invalid@example.com")
        lines.append(f"{n + 1};{keys[0]};Duplicate Row;dup@example.com")
        # A key the server does not have: a genuine, signed refusal (801).
        lines.append(f"{n + 2};DEMO-UNKNOWN-0001;Unknown Key;unknown@example.com")
        path = self._demo.folder / "practice-orders.csv"
        write_atomically(path, "\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
        return path

    @property
    def demo_server(self) -> SandboxServer | None:
        return self._demo.server if self._demo is not None else None

    def close(self) -> None:
        self.reset_client()
        with self._team_lock:
            for team in self._team_ledgers.values():
                team.close()
            self._team_ledgers.clear()
        if self._history is not None:
            self._history.close_all()
        demo, self._demo = self._demo, None
        if demo is not None:
            demo.server.stop()
            demo.cleanup()
