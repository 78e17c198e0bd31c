"""The journal's records as plain data: a batch's metadata, one row, one answer."""

from __future__ import annotations

from dataclasses import dataclass

from licensegui.core.codes import RowStatus
from licensegui.core.validation import AssignRequest


@dataclass(frozen=True)
class BatchMeta:
    batch_id: str
    base_url: str
    profile: str
    input_name: str
    input_sha256: str
    delimiter: str
    header: tuple[str, ...]
    created_at: float
    finished_at: float | None


@dataclass(frozen=True)
class JournalRow:
    n: int
    line: int
    fields: tuple[str, ...]
    license_key: str
    owner_name: str
    email: str
    #: A :class:`~licensegui.core.codes.RowState` value.
    state: str
    #: A :class:`~licensegui.core.codes.RowStatus` value once final, else None.
    status: str | None
    reason: str
    detail: str
    idempotency_key: str | None
    first_sent_at: float | None
    sends: int
    http_status: int | None
    code: int | None
    message: str | None
    verified: bool
    signed_at: int | None
    raw_body: bytes | None
    answered_at: float | None

    def request(self) -> AssignRequest:
        return AssignRequest(self.license_key, self.owner_name, self.email)

    @property
    def final_status(self) -> str:
        """The results file's status: ``not_sent`` for a row without an answer (yet)."""
        return self.status or RowStatus.NOT_SENT


@dataclass(frozen=True)
class Answer:
    """What a row's answer comes to, committed in one go."""

    status: str
    reason: str
    detail: str
    http_status: int | None
    code: int | None
    message: str | None
    verified: bool
    signed_at: int | None
    raw_body: bytes | None
