"""The Key Manager HTTP client: one request at a time, explicit timeouts, bounded retries that
reuse the assignment's Idempotency-Key, a cap on what it reads, and cancellation from any thread.

It returns the raw bytes and timings; deciding whether the answer is authentic is the
verifier's job (:mod:`licensegui.core.envelope`).
"""

from __future__ import annotations

import logging
import queue
import threading
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import requests

from licensegui.core.cancel import CancelToken
from licensegui.core.errors import (
    CancelledError,
    InsecureUrlError,
    NetworkError,
    ResponseTooLargeError,
    ServerSetupError,
    ValidationError,
)
from licensegui.core.http import messages
from licensegui.core.http.deadline import DeadlineExceeded, watchdog
from licensegui.core.http.retry import RETRY_STATUSES, RateGate, backoff, parse_retry_after
from licensegui.core.http.tls import use_system_trust_store
from licensegui.core.http.transport import (
    REDIRECT_STATUSES,
    ConnectionsInUse,
    follow_redirect,
    make_session,
    tracking,
)
from licensegui.core.text import message_of
from licensegui.core.validation import AssignRequest, check_url_security, is_loopback_host

# Mutation testing (python3 run.py mutation) covers the freshness, deadline and cancel parts of
# this module; what is marked "no mutate" (retry policy, redirects, proxies, the size cap,
# wording) is the rest, guarded by its own tests but outside that scope.
log = logging.getLogger(__name__)

MAX_BODY_BYTES = 1024 * 1024


@dataclass(frozen=True)
class ClientConfig:
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 30.0
    #: The whole of one attempt, connect to last byte. Per-read timeouts alone never fire on
    #: a server that trickles one byte at a time; this does.
    deadline_s: float = 30.0
    max_attempts: int = 4
    backoff_base_s: float = 0.5
    backoff_max_s: float = 8.0
    #: A Retry-After longer than this is not waited for: the user is told instead.
    retry_after_max_s: float = 60.0
    max_body_bytes: int = MAX_BODY_BYTES
    #: A CA file to trust instead of the system's (a company's TLS-inspecting proxy).
    #: Verification itself can never be switched off.
    ca_bundle: str | None = None


@dataclass(frozen=True)
class HttpResult:
    """What came back, byte for byte, and how long it took."""

    url: str
    status: int
    body: bytes
    content_type: str
    idempotency_key: str
    #: HTTP requests sent for this call, retries included (not the history's attempts: one
    #: history attempt is one call).
    attempts: int
    #: Unix time the first attempt was sent (a retried assignment may be answered from the
    #: server's idempotency store with the first attempt's timestamp).
    sent_at: float
    received_at: float
    elapsed_s: float
    notes: tuple[str, ...] = ()
    #: HTTP requests of this call the server may have acted on, this answer's included: not
    #: those answered 429/503 (the server did nothing) nor those that never reached it
    #: (connection refused). More than 1: an earlier one may have assigned the key.
    may_have_acted: int = 1


def _marked(exc: BaseException, written: bool) -> BaseException:
    """``exc`` with ``may_have_been_sent``: False only when no request of the call ever
    reached a socket (the server provably never saw it: "cancelled", not "unknown")."""
    if isinstance(exc, NetworkError | CancelledError):
        exc.may_have_been_sent = written
    return exc


@dataclass
class _Tries:
    """Mutable bookkeeping of the HTTP tries of one call (count, notes), apart from the result."""

    notes: list[str] = field(default_factory=list)
    count: int = 0


#: No proxy for any scheme (requests drops None entries after the environment's are merged).
_NO_PROXY: dict[str, str | None] = {"http": None, "https": None, "all": None}


class _RequestThread:
    """The thread a client's requests run on, kept between requests: starting a thread per
    request cost a batch ~0.5 ms a row. One whose request was abandoned (Cancel) is retired:
    it ends after that request, and the client starts a fresh one."""

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue[Any] = queue.SimpleQueue()
        threading.Thread(target=self._loop, name="licensegui-request", daemon=True).start()

    def submit(self, job: Any) -> None:
        self._jobs.put(job)

    def retire(self) -> None:
        self._jobs.put(None)

    def _loop(self) -> None:
        while (job := self._jobs.get()) is not None:
            job()


class ApiClient:
    """Talks to one Key Manager installation. Thread-compatible: one call at a time."""

    # pragma: no mutate start
    def __init__(
        self, session: requests.Session | None = None, config: ClientConfig | None = None,
        gate: RateGate | None = None,
    ) -> None:
        # No client exists before the OS trust store is in place (TLS-inspecting proxies);
        # done here rather than at start-up, where it would cost the window's first paint.
        use_system_trust_store()
        self.session = session or make_session()
        self.config = config or ClientConfig()
        self.gate = gate
        self._thread: _RequestThread | None = None

    def close(self) -> None:
        if self._thread is not None:
            self._thread.retire()
            self._thread = None
        self.session.close()

    def assign(
        self,
        base_url: str,
        api_key: str,
        request: AssignRequest,
        cancel: CancelToken | None = None,
        idempotency_key: str | None = None,
    ) -> HttpResult:
        """POST {base}/assign-license-key. Retries reuse one Idempotency-Key."""
        fields = {
            "api_key": api_key,
            "license_key": request.license_key,
            "owner_name": request.owner_name,
            "email": request.email,
        }
        return self.post_form(
            base_url.rstrip("/") + "/assign-license-key",
            fields,
            api_key,
            cancel=cancel,
            idempotency_key=idempotency_key or str(uuid.uuid4()),
        )
    # pragma: no mutate end

    def post_form(
        self,
        url: str,
        fields: Mapping[str, str],
        api_key: str,
        cancel: CancelToken | None = None,
        idempotency_key: str | None = None,
    ) -> HttpResult:
        try:
            check_url_security(url)
        except ValidationError as exc:
            raise InsecureUrlError(message_of(exc)) from exc  # pragma: no mutate
        cancel = cancel or CancelToken()
        key = idempotency_key or str(uuid.uuid4())  # pragma: no mutate
        headers = {
            "Authorization": f"Bearer {api_key}",  # pragma: no mutate
            "Idempotency-Key": key,
            "Accept": "application/json",
        }
        # The request runs on the request thread and this one waits for it *or* for Cancel: a
        # request stuck where no socket exists yet (DNS, connect, TLS handshake) cannot be
        # interrupted, so on Cancel it is abandoned instead of waited for. It ends on its own
        # (its connection is shut down as soon as it has one) and its answer is dropped.
        done = threading.Event()
        box: dict[str, Any] = {}
        connections = ConnectionsInUse(cancel)

        def run() -> None:
            try:
                with tracking(connections):
                    box["result"] = self._with_retries(url, dict(fields), headers, cancel, key,
                                                       connections)
            except BaseException as exc:  # handed to the waiting thread as it is
                box["error"] = exc
            finally:
                box["finished"] = True
                done.set()

        forget_waker = cancel.on_cancel(done.set)
        forget_connections = cancel.on_cancel(connections.interrupt)
        thread = self._thread = self._thread or _RequestThread()
        try:
            thread.submit(run)
            done.wait()
        finally:
            forget_waker()
            if "finished" not in box:  # abandoned mid-request: that thread is not ours now
                thread.retire()
                self._thread = None
        if cancel.cancelled:
            raise _marked(CancelledError(), connections.written)
        forget_connections()
        if "result" in box:
            return box["result"]  # type: ignore[no-any-return]
        raise _marked(box["error"], connections.written)

    # pragma: no mutate start
    def _backoff(self, attempt: int) -> float:
        return backoff(attempt, self.config.backoff_base_s, self.config.backoff_max_s)
    # pragma: no mutate end

    def _with_retries(
        self,
        url: str,
        fields: dict[str, str],
        headers: dict[str, str],
        cancel: CancelToken,
        key: str,
        connections: ConnectionsInUse,
    ) -> HttpResult:
        cfg = self.config
        tries = _Tries()
        acted = 0  # requests the server may have acted on (see HttpResult.may_have_acted)
        started = time.monotonic()
        first_sent: float | None = None  # pragma: no mutate
        redirects = 0  # pragma: no mutate
        while True:
            cancel.raise_if_cancelled()
            if self.gate is not None:
                self.gate.wait(cancel)  # also the worker that heard a 429 waits
            tries.count += 1
            first_sent = first_sent or time.time()
            writes = connections.writes
            try:
                outcome = self._one_attempt(url, fields, headers, cancel, connections)
            except CancelledError:
                raise
            except (requests.exceptions.SSLError, requests.exceptions.InvalidURL) as exc:
                # A certificate this computer does not trust: the setup is wrong, not the line.
                raise ServerSetupError(messages.describe(exc, url)) from exc
            except (
                requests.exceptions.ConnectionError,
                requests.exceptions.Timeout,
                requests.exceptions.ChunkedEncodingError,
            ) as exc:
                cancel.raise_if_cancelled()  # a shut-down socket looks like a dropped one
                if connections.writes > writes:  # it went out: the answer was lost
                    acted += 1
                reason = messages.describe(exc, url)  # pragma: no mutate
                log.info("attempt %d failed: %s", tries.count, reason)
                if tries.count >= cfg.max_attempts:
                    raise NetworkError(messages.gave_up(reason, tries.count)) from exc
                delay = self._backoff(tries.count)
                tries.notes.append(messages.retried_after(tries.count, reason, delay))
                cancel.sleep(delay)
                continue
            except requests.exceptions.RequestException as exc:
                cancel.raise_if_cancelled()
                raise NetworkError(messages.describe(exc, url)) from exc  # pragma: no mutate
            status, body, resp_headers = outcome
            # pragma: no mutate start
            if status in REDIRECT_STATUSES:
                url = follow_redirect(url, status, resp_headers.get("Location"), redirects)
                redirects += 1
                tries.count -= 1  # a redirect is not a failed attempt
                continue
            if status in RETRY_STATUSES:
                # 429 and 503 say the server did nothing; a gateway's 502/504 do not.
                acted += status not in (429, 503)
                wait = parse_retry_after(resp_headers.get("Retry-After"))
                what = messages.busy(status)
                if wait is not None and wait > cfg.retry_after_max_s:
                    raise NetworkError(messages.asks_too_long_a_wait(what, status, wait))
                if tries.count >= cfg.max_attempts:
                    raise NetworkError(messages.still_busy(what, status, tries.count))
                source = "Retry-After" if wait is not None else "backoff"
                delay = wait if wait is not None else self._backoff(tries.count)
                tries.notes.append(messages.waited(tries.count, status, delay, source))
                if status == 429 and self.gate is not None:
                    self.gate.hold(delay)  # everyone waits, at the top of the loop
                else:
                    cancel.sleep(delay)
                # pragma: no mutate end
                continue
            return HttpResult(
                url=url,
                status=status,
                body=body,
                content_type=resp_headers.get("Content-Type", ""),  # pragma: no mutate
                idempotency_key=key,
                attempts=tries.count,
                sent_at=first_sent,
                received_at=time.time(),
                elapsed_s=time.monotonic() - started,
                notes=tuple(tries.notes),
                may_have_acted=acted + 1,
            )

    def _one_attempt(
        self, url: str, fields: dict[str, str], headers: dict[str, str], cancel: CancelToken,
        connections: ConnectionsInUse,
    ) -> tuple[int, bytes, requests.structures.CaseInsensitiveDict[str]]:
        cfg = self.config
        limit = f"{cfg.deadline_s:g} s"
        deadline = time.monotonic() + cfg.deadline_s
        # At the deadline the socket is shut down, which ends a read blocked on a stalled
        # server at once; the loop below catches a server that trickles bytes.
        alarm = watchdog.call_at(deadline, connections.interrupt)
        try:
            return self._read_answer(url, fields, headers, cancel, deadline, limit)
        except requests.exceptions.RequestException:
            cancel.raise_if_cancelled()
            if time.monotonic() >= deadline:
                raise DeadlineExceeded(limit) from None
            raise
        finally:
            watchdog.cancel(alarm)

    def _read_answer(
        self, url: str, fields: dict[str, str], headers: dict[str, str], cancel: CancelToken,
        deadline: float, limit: str,
    ) -> tuple[int, bytes, requests.structures.CaseInsensitiveDict[str]]:
        cfg = self.config
        host = urlsplit(url).hostname or ""  # pragma: no mutate
        # A loopback server is never reached through a proxy from the environment. Said with
        # None per scheme, not {"no_proxy": "*"}: for that, requests sets and deletes
        # os.environ["no_proxy"] around every request, and a batch's other workers reading
        # the environment meanwhile died of a KeyError.
        proxies = _NO_PROXY if is_loopback_host(host) else None  # pragma: no mutate
        read_timeout = min(cfg.read_timeout_s, cfg.deadline_s)
        with self.session.post(
            url,
            data=fields,
            headers=headers,
            timeout=(min(cfg.connect_timeout_s, cfg.deadline_s), read_timeout),
            stream=True,  # pragma: no mutate
            allow_redirects=False,
            proxies=proxies,
            verify=cfg.ca_bundle or True,
        ) as resp:
            declared = resp.headers.get("Content-Length", "")  # pragma: no mutate
            if declared.isdigit() and int(declared) > cfg.max_body_bytes:  # pragma: no mutate
                raise ResponseTooLargeError(self._too_large())
            chunks: list[bytes] = []
            size = 0  # pragma: no mutate
            for chunk in resp.iter_content(chunk_size=64 * 1024):  # pragma: no mutate
                cancel.raise_if_cancelled()
                if time.monotonic() >= deadline:
                    raise DeadlineExceeded(limit)
                size += len(chunk)  # pragma: no mutate
                if size > cfg.max_body_bytes:  # pragma: no mutate
                    raise ResponseTooLargeError(self._too_large())
                chunks.append(chunk)
            cancel.raise_if_cancelled()
            if time.monotonic() >= deadline:
                raise DeadlineExceeded(limit)
            return resp.status_code, b"".join(chunks), resp.headers

    # pragma: no mutate start
    def _too_large(self) -> str:
        return messages.too_large(self.config.max_body_bytes)
    # pragma: no mutate end
