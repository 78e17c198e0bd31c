"""One assignment, end to end: send, then verify the answer with a freshness window.

Both fronts (GUI worker, CLI) call this, so they cannot disagree about what is verified.
"""

from __future__ import annotations

from dataclasses import dataclass

from licensegui.core.client import ApiClient, CancelToken, HttpResult
from licensegui.core.envelope import Freshness, Verdict, verify_body
from licensegui.core.trust import TrustStore
from licensegui.core.validation import AssignRequest


@dataclass(frozen=True)
class AssignResult:
    request: AssignRequest
    http: HttpResult
    verdict: Verdict

    @property
    def assigned(self) -> bool:
        """True only for an authentic 800: the one answer that means "done"."""
        return self.verdict.verified and self.verdict.code == 800


def assign_and_verify(
    client: ApiClient,
    base_url: str,
    api_key: str,
    request: AssignRequest,
    trust: TrustStore,
    replay_window_s: float,
    cancel: CancelToken | None = None,
) -> AssignResult:
    """Raises NetworkError/CancelledError/InsecureUrlError; verification itself never raises."""
    http = client.assign(base_url, api_key, request, cancel=cancel)
    verdict = verify_body(
        http.body, trust, Freshness(http.sent_at, http.received_at, replay_window_s)
    )
    return AssignResult(request, http, verdict)
