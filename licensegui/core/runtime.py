"""The one composition root (issue 26): what a front's options come to, and the core objects
made from them.

The window builds a :class:`RuntimeConfig` from Settings, the CLI from its options (whose
defaults are Settings'); both then get the client, the ledger and a batch's configuration
here, so a setting (the request timeout, the idempotency window, the replay window) means the
same on every front. Before this, each front assembled the core by hand and the copies drifted:
the window's batch ignored Settings' timeout and idempotency window.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from licensegui.core.batch.runner import DEFAULT_CONCURRENCY, BatchConfig, BatchRunner
from licensegui.core.http.client import ApiClient, ClientConfig
from licensegui.core.ledger import Ledger

if TYPE_CHECKING:
    from licensegui.core.batch.journal import Journal
    from licensegui.core.history import HistoryStore
    from licensegui.core.settings import Profile, Settings
    from licensegui.core.team.consult import TeamView
    from licensegui.core.team.store import TeamLedger
    from licensegui.core.trust import TrustStore

#: A batch waits for a server's "slow down" this long at most (a single request: 60 s).
BATCH_RETRY_AFTER_MAX_S = 600.0


@dataclass(frozen=True)
class RuntimeConfig:
    """Every setting the core's objects are made with, from one place."""

    #: Settings → Request timeout: each attempt's read timeout and whole deadline.
    timeout_s: float
    #: Settings → Replay window: how old a signed answer may be.
    replay_window_s: float
    #: Settings → Idempotency window: how long a re-send is the same request to the server.
    idempotency_window_s: float
    #: Send requests the history knows as assigned anyway (a deliberate repeat).
    send_again: bool = False
    concurrency: int = DEFAULT_CONCURRENCY
    #: The team ledger's URL (no password), None when there is none (issue 27); who this
    #: is (None: LICENSEGUI_STAFF or the OS user); nothing sent while it is offline.
    team_url: str | None = None
    staff: str | None = None
    require_team: bool = False

    @classmethod
    def from_settings(cls, settings: Settings, *, concurrency: int | None = None,
                      send_again: bool = False, profile: Profile | None = None
                      ) -> RuntimeConfig:
        """The window's settings; with ``profile``, its team ledger too (each vendor's
        server has its own)."""
        return cls(timeout_s=float(settings.timeout_s),
                   replay_window_s=float(settings.replay_window_s),
                   idempotency_window_s=float(settings.idempotency_window_s),
                   send_again=send_again, concurrency=concurrency or DEFAULT_CONCURRENCY,
                   team_url=(profile.team_ledger or None) if profile else None,
                   staff=settings.staff or None,
                   require_team=bool(profile and profile.require_team_ledger))

    def client_config(self) -> ClientConfig:
        return ClientConfig(read_timeout_s=self.timeout_s, deadline_s=self.timeout_s)

    def client(self) -> ApiClient:
        return ApiClient(config=self.client_config())

    def ledger(self, history: HistoryStore, team: TeamLedger | None = None) -> Ledger:
        """The ledger over ``history``; with a team ledger configured, ``team`` is its
        connection when the caller keeps one across requests (the window), else one is
        made for this ledger alone (and closed with it)."""
        return Ledger(history, window_s=self.idempotency_window_s,
                      team=self.team_view(history, team))

    def team_view(self, history: HistoryStore, team: TeamLedger | None = None
                  ) -> TeamView | None:
        """The team ledger as the ledger consults it, or None without one. Raises
        TeamAddressError for a URL that cannot be used (a password in it, say)."""
        if not self.team_url:
            return None
        from licensegui.core.team.consult import TeamView

        if team is not None:
            return TeamView(team, history, require=self.require_team, owns=False)
        return TeamView(self.team_ledger(), history, require=self.require_team)

    def team_ledger(self) -> TeamLedger:
        """A connection to the configured team ledger (``team_url``)."""
        assert self.team_url
        return team_ledger(self.team_url, self.staff, timeout_s=min(self.timeout_s, 5.0))

    def batch_config(self) -> BatchConfig:
        return BatchConfig(
            concurrency=self.concurrency, replay_window_s=self.replay_window_s,
            send_again=self.send_again, idempotency_window_s=self.idempotency_window_s,
            client=replace(self.client_config(), retry_after_max_s=BATCH_RETRY_AFTER_MAX_S))

    def batch_runner(self, journal: Journal, api_key: str, trust: TrustStore,
                     history: HistoryStore | None, **hooks: Any) -> BatchRunner:
        """A batch run of ``journal`` with these settings (``hooks``: BatchRunner's on_row,
        on_state, history_unavailable)."""
        return BatchRunner(journal, api_key, trust, history, self.batch_config(),
                           ledger=self.ledger(history) if history is not None else None,
                           **hooks)


def team_ledger(url: str, staff: str | None = None, *, timeout_s: float = 5.0,
                password: str | None = None) -> TeamLedger:
    """The team ledger at ``url``, this computer and ``staff`` (None: LICENSEGUI_STAFF, else
    the OS user) publishing to it: made here for every front (window, CLI, Settings' test).
    Raises TeamAddressError for a URL that cannot be used."""
    from licensegui.core.team.address import TeamAddress
    from licensegui.core.team.store import TeamLedger
    from licensegui.core.team.who import computer_name, staff_name

    return TeamLedger(TeamAddress.parse(url), staff=staff_name(staff), computer=computer_name(),
                      timeout_s=timeout_s, password=password)


__all__ = ["BATCH_RETRY_AFTER_MAX_S", "RuntimeConfig", "team_ledger"]
