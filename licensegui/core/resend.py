"""One request, one outcome: the memory that makes pressing Assign again safe.

An assignment request is identified by (profile, license key, owner, email). Sending it again —
a double press, after Cancel, after a network failure or a stale answer — reuses its first
Idempotency-Key, so the server answers from its idempotency store ("assigned") instead of
assigning again or refusing with 801 ("already assigned"); and freshness runs from the first
send, since a stored answer carries the first send's timestamp. Changing any field makes a new
request. Kept in memory for as long as a server is expected to remember the key.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from licensegui.core.validation import AssignRequest

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
    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._sent: dict[RequestId, Sent] = {}

    def _live(self, rid: RequestId) -> Sent | None:
        sent = self._sent.get(rid)
        if sent is not None and self._clock() - sent.first_sent_at > REMEMBER_S:
            del self._sent[rid]
            return None
        return sent

    def get(self, profile: str, request: AssignRequest) -> Sent | None:
        """What was sent for this exact request, if it is still remembered."""
        return self._live((profile, request))

    def sending(self, profile: str, request: AssignRequest) -> Sent:
        """The key and first-send time to use now: the remembered ones, or new ones."""
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
