"""One request, one outcome: the memory that makes pressing Assign again safe.

An assignment request is identified by (profile, license key, owner, email). Sending it again —
a double press, after Cancel, after a network failure or a stale answer — reuses its first
Idempotency-Key, so the server answers from its idempotency store ("assigned") instead of
assigning again or refusing with 801 ("already assigned"); and freshness runs from the first
send, since a stored answer carries the first send's timestamp. Changing any field makes a new
request. Kept for as long as a server is expected to remember the key: in the history's ledger
(core/ledger.py) when one is given, so it survives a restart and is shared with every other
window and the CLI; else in memory.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from licensegui.core.validation import AssignRequest

if TYPE_CHECKING:
    from licensegui.core.ledger import Ledger

#: How long a Key Manager installation is expected to keep an Idempotency-Key (a day is the
#: common choice of idempotency stores; after that a resend is a new request).
REMEMBER_S = 24 * 3600

RequestId = tuple[str, AssignRequest]


@dataclass(frozen=True)
class Sent:
    idempotency_key: str
    first_sent_at: float
    #: When a verified 800 answered it (the request is done), else None.
    assigned_at: float | None = None


class SentRequests:
    """``ledger`` (called each time: the history may be reopened) and ``base_url_of`` (a
    profile's server) back it with the history; where either gives None, memory does."""

    def __init__(self, clock: Callable[[], float] = time.time,
                 ledger: Callable[[], Ledger | None] | None = None,
                 base_url_of: Callable[[str], str | None] | None = None) -> None:
        self._clock = clock
        self._sent: dict[RequestId, Sent] = {}
        self._ledger = ledger
        self._base_url_of = base_url_of

    def _backing(self, profile: str, request: AssignRequest) -> tuple[Ledger, object] | None:
        if self._ledger is None or self._base_url_of is None:
            return None
        ledger, base_url = self._ledger(), self._base_url_of(profile)
        if ledger is None or base_url is None:
            return None
        from licensegui.core.ledger import RequestIdentity

        return ledger, RequestIdentity.of(base_url, request)

    def _from_ledger(self, profile: str, request: AssignRequest, claim: bool) -> Sent | None:
        from licensegui.core.errors import LicenseGuiError
        from licensegui.core.ledger import RequestIdentity

        backing = self._backing(profile, request)
        if backing is None:
            return None
        ledger, identity = backing
        assert isinstance(identity, RequestIdentity)
        try:
            found = ledger.remembered(identity)
            if found is None and claim:
                ledger.claim(identity)
                found = ledger.remembered(identity)  # with the first-send time it recorded
            if found is None:
                return None
            known = ledger.known_assignment(identity.base_url, identity.license_key)
        except LicenseGuiError:
            return None  # a history that cannot be read: memory answers
        assigned = (known.at if known is not None and known.idempotency_key == found[0]
                    else None)
        sent = Sent(found[0], found[1], assigned)
        self._sent[(profile, request)] = sent
        return sent

    def _live(self, rid: RequestId) -> Sent | None:
        sent = self._sent.get(rid)
        if sent is not None and self._clock() - sent.first_sent_at > REMEMBER_S:
            del self._sent[rid]
            return None
        return sent

    def get(self, profile: str, request: AssignRequest) -> Sent | None:
        """What was sent for this exact request, if it is still remembered."""
        return self._from_ledger(profile, request, claim=False) or self._live((profile, request))

    def sending(self, profile: str, request: AssignRequest) -> Sent:
        """The key and first-send time to use now: the remembered ones, or new ones."""
        backed = self._from_ledger(profile, request, claim=True)
        if backed is not None:
            return backed
        rid = (profile, request)
        sent = self._live(rid)
        if sent is None:
            sent = Sent(str(uuid.uuid4()), self._clock())
            self._sent[rid] = sent
        return sent

    def mark_assigned(self, profile: str, request: AssignRequest) -> None:
        rid = (profile, request)
        sent = self._live(rid)
        if sent is not None:
            self._sent[rid] = Sent(sent.idempotency_key, sent.first_sent_at, self._clock())
