"""The ledger's side of the team ledger: its answers as the ledger's own words (Earlier),
and its state — "consulted" once reached, "offline" (with why) when it could not be.

Offline is never an error here: the ledger goes on with this computer's knowledge and every
front says so. A team that wants strictness sets ``require``: then :class:`TeamRequired`
stops the request before anything is sent.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from licensegui.core.codes import Outcome
from licensegui.core.errors import LicenseGuiError
from licensegui.core.history import HistoryError, HistoryStore
from licensegui.core.ledger import Earlier, RequestIdentity, spellings
from licensegui.core.team import outbox
from licensegui.core.team.store import TeamLedger, TeamOffline, TeamRecord
from licensegui.core.text import translate

log = logging.getLogger(__name__)
_T = TypeVar("_T")

CONSULTED = "consulted"
OFFLINE = "offline"
NOT_CONFIGURED = "not_configured"


class TeamRequired(LicenseGuiError):
    """The team ledger is required and cannot be reached: nothing is sent."""


class TeamView:
    """The team ledger as the ledger consults it, for one history (this installation)."""

    def __init__(self, team: TeamLedger, history: HistoryStore, *, require: bool = False,
                 owns: bool = True) -> None:
        self.team = team
        # Whether close() ends the connection (not when the window keeps it).
        self.owns = owns
        self.history = history
        self.require = require
        self.state = NOT_CONFIGURED
        # Why it is offline (a sentence's end), when it is.
        self.problem: str | None = None
        self._mine: str | None = None
        self._synced = False
        self._asked = threading.local()  # known()'s second answer, for unknown()
        self._prefetched: tuple[str, dict[str, TeamRecord],
                                dict[tuple[str, str, str], TeamRecord]] | None = None
        # A batch publishes its rows in groups (publish_due), not one by one.
        self.deferred = False
        self._published_at = 0.0

    # --- what the ledger asks ---------------------------------------------------------------
    def prefetch(self, base_url: str, license_keys: list[str], chunk: int = 1000) -> None:
        """A batch's rows consulted in bulk before it sends (two queries a chunk): each
        row's known() and unknown() then answer from here, without a round trip. Rows
        decided later by colleagues still meet the server's 801, which the ledger explains."""
        server = spellings(base_url)
        known: dict[str, TeamRecord] = {}
        unknown: dict[tuple[str, str, str], TeamRecord] = {}
        for start in range(0, len(license_keys), chunk):
            found = self._ask(lambda s=start: self.team.consult_many(
                server, license_keys[s:s + chunk]))
            if found is None:
                return  # offline: rows are asked one by one (and find it offline)
            for record in found[0]:
                known[record.license_key] = record
            for record in found[1]:
                unknown.setdefault(
                    (record.license_key, record.owner_name, record.email.lower()), record)
        self._prefetched = (server[0], known, unknown)

    def _from_prefetch(self, identity: RequestIdentity
                       ) -> tuple[TeamRecord | None, TeamRecord | None] | None:
        found = self._prefetched
        if found is None or found[0] != identity.base_url:
            return None
        return (found[1].get(identity.license_key), found[2].get(
            (identity.license_key, identity.owner_name, identity.email.lower())))

    def known(self, identity: RequestIdentity) -> Earlier | None:
        # Both of a request's questions in one round trip; unknown() takes the second
        # answer (asked right after, for the same request, by the same thread).
        found = self._from_prefetch(identity) or self._ask(lambda: self.team.consult(
            spellings(identity.base_url), identity.license_key, identity.owner_name,
            identity.email))
        known, unknown = found if found is not None else (None, None)
        self._asked.pending = (identity, unknown)
        if known is None or known.installation == self._installation():
            return None  # this computer's own: its history already answers
        return _earlier(known, Outcome.ASSIGNED)

    def unknown(self, identity: RequestIdentity) -> Earlier | None:
        asked = getattr(self._asked, "pending", None)
        self._asked.pending = None
        if asked is not None and asked[0] == identity:
            record = asked[1]
        else:
            record = self._ask(lambda: self.team.unknown_for(
                spellings(identity.base_url), identity.license_key, identity.owner_name,
                identity.email))
        if record is None or record.installation == self._installation():
            return None
        return _earlier(record, Outcome.UNKNOWN)

    def claim(self, identity: RequestIdentity, window_s: float,
              now: float) -> tuple[str, float | None] | None:
        return self._ask(lambda: self.team.claim(
            identity.base_url, identity.license_key, identity.owner_name, identity.email,
            window_s, now, self._installation()))

    # --- publishing -------------------------------------------------------------------------
    def publish_due(self, every_s: float = 2.0) -> int | None:
        """:meth:`publish`, unless deferred (a batch) and published less than ``every_s``
        ago: a batch's rows go out in groups, each row costing no more round trips."""
        if self.deferred and time.monotonic() - self._published_at < every_s:
            return None
        return self.publish()

    def publish(self) -> int | None:
        """Publish what waits in this computer's outbox; None when offline (it waits)."""
        self._published_at = time.monotonic()
        try:
            outbox.stamp(self.history, self.team.staff)
        except HistoryError as exc:
            log.warning("team ledger: the outbox could not be stamped: %s", exc)
        if self.state == OFFLINE:
            return None
        try:
            added = outbox.publish(self.history, self.team)
        except TeamOffline as exc:
            self._offline(exc)
            return None
        except HistoryError as exc:
            log.warning("team ledger: the outbox could not be read: %s", exc)
            return None
        self.state = CONSULTED
        return added

    def waiting(self) -> int:
        return outbox.waiting(self.history, outbox.team_name(self.team))

    def close(self) -> None:
        if self.owns:
            self.team.close()

    # --- state ------------------------------------------------------------------------------
    def _ask(self, question: Callable[[], _T]) -> _T | None:
        if self.state == OFFLINE:
            self._required()
            return None
        try:
            answer = question()
        except TeamOffline as exc:
            self._offline(exc)
            self._required()
            return None
        self.state = CONSULTED
        if not self._synced:  # the first time it is reached: what waits goes out first
            self._synced = True
            self.publish()
        return answer

    def _offline(self, exc: TeamOffline) -> None:
        if self.state != OFFLINE:
            log.info("team ledger offline: %s", exc)
        self.state, self.problem = OFFLINE, str(exc)
        self.team.close()

    def _required(self) -> None:
        if self.require:
            raise TeamRequired(translate(
                "TeamLedger", "The team ledger is required and cannot be reached ({problem}); "
                "nothing was sent.").format(problem=self.problem))

    def _installation(self) -> str:
        if self._mine is None:
            self._mine = outbox.installation_id(self.history)
        return self._mine


def _earlier(record: TeamRecord, outcome: str) -> Earlier:
    return Earlier(at=record.received_at or record.at if outcome == Outcome.ASSIGNED
                   else record.at, owner_name=record.owner_name, email=record.email,
                   history_id=None, idempotency_key=record.idempotency_key or "",
                   outcome=outcome, staff=record.staff, computer=record.computer,
                   source="team")


__all__ = ["CONSULTED", "NOT_CONFIGURED", "OFFLINE", "TeamRequired", "TeamView"]
