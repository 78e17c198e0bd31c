"""The Key Manager HTTP client: one requests session, explicit timeouts, bounded retries that
reuse the assignment's Idempotency-Key, a cap on what it reads, and cancellation from any thread.

It returns the raw bytes and timings; deciding whether the answer is authentic is the
verifier's job (:mod:`licensegui.core.envelope`).
"""

from __future__ import annotations

import contextlib
import email.utils
import heapq
import itertools
import logging
import queue
import random
import socket
import threading
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

import licensegui
from licensegui.core.errors import (
    CancelledError,
    InsecureUrlError,
    NetworkError,
    ResponseTooLargeError,
    ValidationError,
)
from licensegui.core.text import message_of, translate
from licensegui.core.tls import use_system_trust_store
from licensegui.core.validation import AssignRequest, check_url_security, is_loopback_host

# Mutation testing (python3 run.py mutation) covers the freshness, deadline and cancel parts of
# this module; what is marked "no mutate" (retry policy, redirects, proxies, the size cap,
# wording) is the rest, guarded by its own tests but outside that scope.
log = logging.getLogger(__name__)

MAX_BODY_BYTES = 1024 * 1024
RETRY_STATUSES = frozenset({429, 502, 503, 504})
METHOD_KEEPING_REDIRECTS = frozenset({307, 308})
MAX_REDIRECTS = 3


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
    attempts: int
    #: Unix time the first attempt was sent (a retried assignment may be answered from the
    #: server's idempotency store with the first attempt's timestamp).
    sent_at: float
    received_at: float
    elapsed_s: float
    notes: tuple[str, ...] = ()


class DeadlineExceeded(requests.exceptions.Timeout):
    """One attempt ran past :attr:`ClientConfig.deadline_s` (retried like a timeout)."""


class CancelToken:
    """Cancels a request from another thread, promptly, even while it waits for the server.

    Requests has no cancel; we shut down the socket of the connection in use, which makes the
    blocked read return at once, and then report :class:`CancelledError`.
    """

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._conns: set[HTTPConnection] = set()
        self._wakers: list[threading.Event] = []

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        self._event.set()
        with self._lock:
            wakers = list(self._wakers)
        for waker in wakers:
            waker.set()
        self.interrupt()

    def interrupt(self) -> None:
        """Unblock whatever the connections in use are waiting for, without cancelling:
        how an attempt's deadline ends a stalled read (the caller then retries or reports)."""
        with self._lock:
            conns = list(self._conns)
        for conn in conns:
            _shutdown(conn)

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise CancelledError()

    def sleep(self, seconds: float) -> None:
        """Wait, waking at once on cancel."""
        if self._event.wait(max(0.0, seconds)):
            raise CancelledError()

    def _attach(self, conn: HTTPConnection) -> None:
        with self._lock:
            self._conns.add(conn)
        if self._event.is_set():
            _shutdown(conn)

    def _detach_all(self) -> None:
        with self._lock:
            self._conns.clear()


def _shutdown(conn: HTTPConnection) -> None:
    sock = getattr(conn, "sock", None)
    if sock is not None:
        with contextlib.suppress(OSError):  # already closed: nothing left to interrupt
            sock.shutdown(socket.SHUT_RDWR)


# The token of the request running on this thread; the connection classes below read it.
_current = threading.local()


class _TrackedHTTPConnection(HTTPConnection):
    def request(self, *args: Any, **kwargs: Any) -> None:
        # Every request, new connection or kept-alive one: the token shuts down whatever socket
        # the connection has when Cancel comes (connect() runs inside this call).
        token: CancelToken | None = getattr(_current, "token", None)
        if token is not None:
            token._attach(self)
        super().request(*args, **kwargs)


class _TrackedHTTPSConnection(_TrackedHTTPConnection, HTTPSConnection):
    pass


class _TrackedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _TrackedHTTPConnection


class _TrackedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _TrackedHTTPSConnection


_TRACKED_POOLS = {"http": _TrackedHTTPPool, "https": _TrackedHTTPSPool}


# pragma: no mutate start
class CancellableAdapter(HTTPAdapter):
    """An HTTPAdapter whose connections can be interrupted by a :class:`CancelToken`."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(_TRACKED_POOLS)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        manager.pool_classes_by_scheme = dict(_TRACKED_POOLS)
        return manager


def make_session() -> requests.Session:
    session = requests.Session()
    adapter = CancellableAdapter()
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    session.headers["User-Agent"] = f"licensegui/{licensegui.__version__}"
    return session


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _describe(exc: Exception, url: str) -> str:
    host = urlsplit(url).netloc
    if isinstance(exc, requests.exceptions.SSLError):
        return (
            translate("Client",
                      "The TLS certificate of {host} could not be verified. If you are behind a "
                      "company proxy, its certificate must be trusted by this "
                      "computer.").format(host=host)
        )
    if isinstance(exc, DeadlineExceeded):
        return translate("Client",
                         "{host} was too slow: no complete answer within {exc}.").format(
                             host=host, exc=exc)
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return translate("Client", "No connection to {host} (timed out).").format(host=host)
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return translate("Client",
                         "{host} accepted the request but did not answer in "
                         "time.").format(host=host)
    if isinstance(exc, requests.exceptions.ConnectionError):
        text = str(exc)
        if "Name or service not known" in text or "getaddrinfo failed" in text or (
            "nodename nor servname" in text
        ):
            return translate("Client",
                             "The server name {hostname} could not be found "
                             "(DNS).").format(hostname=urlsplit(url).hostname)
        if "Connection refused" in text or "actively refused" in text:
            return translate("Client",
                             "{host} refused the connection: is the address right and the server "
                             "up?").format(host=host)
        return translate("Client", "The connection to {host} failed.").format(host=host)
    return translate("Client",
                     "The request to {host} failed ({kind}).").format(
                         host=host, kind=type(exc).__name__)
# pragma: no mutate end


@dataclass
class _Attempt:
    """Mutable bookkeeping for one call (attempts, notes), kept apart from the result."""

    notes: list[str] = field(default_factory=list)
    attempts: int = 0


class RateGate:
    """Shared by the clients of one batch: a server's "slow down" (429 with Retry-After)
    pauses every request of the batch for that long, not just the one that heard it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._until = 0.0  # monotonic

    def hold(self, seconds: float) -> None:
        with self._lock:
            self._until = max(self._until, time.monotonic() + seconds)

    def remaining(self) -> float:
        with self._lock:
            return max(0.0, self._until - time.monotonic())

    def wait(self, cancel: CancelToken) -> None:
        """Sleep until the gate opens (raises CancelledError on Cancel)."""
        while (left := self.remaining()) > 0:
            cancel.sleep(left)


class _Watchdog:
    """One thread for every attempt's deadline: a ``threading.Timer`` per attempt costs a
    thread start (~0.2 ms), which a batch of thousands of rows pays on every row."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[list[Any]] = []
        self._seq = itertools.count()
        self._thread: threading.Thread | None = None

    def call_at(self, when: float, callback: Any) -> list[Any]:
        """Call ``callback()`` at monotonic time ``when`` unless :meth:`cancel` comes first."""
        entry = [when, next(self._seq), callback]
        with self._cond:
            heapq.heappush(self._heap, entry)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, daemon=True,
                                                name="licensegui-deadlines")
                self._thread.start()
            self._cond.notify()
        return entry

    @staticmethod
    def cancel(entry: list[Any]) -> None:
        entry[2] = None

    def _run(self) -> None:
        while True:
            with self._cond:
                while True:
                    while self._heap and self._heap[0][2] is None:
                        heapq.heappop(self._heap)  # cancelled: the attempt ended in time
                    if not self._heap:
                        self._cond.wait()
                        continue
                    delay = self._heap[0][0] - time.monotonic()
                    if delay <= 0:
                        entry = heapq.heappop(self._heap)
                        break
                    self._cond.wait(delay)
            callback = entry[2]
            if callback is not None:
                try:
                    callback()
                except Exception:  # pragma: no cover  # a deadline must never kill the thread
                    log.exception("deadline callback failed")


_watchdog = _Watchdog()


class _Helper:
    """The thread a client's requests run on, kept between requests: starting a thread per
    request cost a batch ~0.5 ms a row. A helper whose request was abandoned (Cancel) is
    retired: it ends after that request, and the client starts a fresh one."""

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
        self._helper: _Helper | None = None

    def close(self) -> None:
        if self._helper is not None:
            self._helper.retire()
            self._helper = None
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
        # The request runs on a helper thread and this one waits for it *or* for Cancel: a
        # request stuck where no socket exists yet (DNS, connect, TLS handshake) cannot be
        # interrupted, so on Cancel it is abandoned instead of waited for. It ends on its own
        # (its connection is shut down as soon as it has one) and its answer is dropped.
        done = threading.Event()
        box: dict[str, Any] = {}

        def run() -> None:
            _current.token = cancel
            try:
                box["result"] = self._with_retries(url, dict(fields), headers, cancel, key)
            except BaseException as exc:  # handed to the waiting thread as it is
                box["error"] = exc
            finally:
                _current.token = None
                box["finished"] = True
                done.set()

        with cancel._lock:
            cancel._wakers.append(done)
        helper = self._helper = self._helper or _Helper()
        try:
            helper.submit(run)
            done.wait()
        finally:
            with cancel._lock:
                cancel._wakers.remove(done)
            if "finished" not in box:  # abandoned mid-request: that helper is not ours now
                helper.retire()
                self._helper = None
        if "result" in box and not cancel.cancelled:
            cancel._detach_all()
            return box["result"]  # type: ignore[no-any-return]
        if cancel.cancelled:
            raise CancelledError()
        cancel._detach_all()
        raise box["error"]

    # pragma: no mutate start
    def _backoff(self, attempt: int) -> float:
        # Exponential with full jitter, so many clients do not retry in lock-step.
        ceiling = min(self.config.backoff_max_s, self.config.backoff_base_s * 2 ** (attempt - 1))
        return random.uniform(ceiling / 2, ceiling)  # noqa: S311  # jitter, not crypto
    # pragma: no mutate end

    def _with_retries(
        self,
        url: str,
        fields: dict[str, str],
        headers: dict[str, str],
        cancel: CancelToken,
        key: str,
    ) -> HttpResult:
        cfg = self.config
        book = _Attempt()
        started = time.monotonic()
        first_sent: float | None = None  # pragma: no mutate
        redirects = 0  # pragma: no mutate
        while True:
            cancel.raise_if_cancelled()
            if self.gate is not None:
                self.gate.wait(cancel)  # pragma: no mutate
            book.attempts += 1
            first_sent = first_sent or time.time()
            try:
                outcome = self._one_attempt(url, fields, headers, cancel)
            except CancelledError:
                raise
            except (requests.exceptions.SSLError, requests.exceptions.InvalidURL) as exc:
                raise NetworkError(_describe(exc, url)) from exc  # pragma: no mutate
            except (
                requests.exceptions.ConnectionError,
                requests.exceptions.Timeout,
                requests.exceptions.ChunkedEncodingError,
            ) as exc:
                cancel.raise_if_cancelled()  # a shut-down socket looks like a dropped one
                reason = _describe(exc, url)  # pragma: no mutate
                log.info("attempt %d failed: %s", book.attempts, reason)
                if book.attempts >= cfg.max_attempts:
                    raise NetworkError(translate("Client",
                                                 "{reason} Tried {attempts} "
                                                 "times.").format(reason=reason,
                                                                  attempts=book.attempts)) from exc
                delay = self._backoff(book.attempts)
                book.notes.append(translate("Client",
                                            "attempt {attempts}: {reason} Retried after "
                                            "{delay:.1f} s.").format(
                                                attempts=book.attempts, reason=reason, delay=delay))
                cancel.sleep(delay)
                continue
            except requests.exceptions.RequestException as exc:
                cancel.raise_if_cancelled()
                raise NetworkError(_describe(exc, url)) from exc  # pragma: no mutate
            status, body, resp_headers = outcome
            # pragma: no mutate start
            if status in (301, 302, 303, 307, 308):
                url = self._follow(url, status, resp_headers.get("Location"), redirects)
                redirects += 1
                book.attempts -= 1  # a redirect is not a failed attempt
                continue
            if status in RETRY_STATUSES:
                wait = parse_retry_after(resp_headers.get("Retry-After"))
                what = (translate("Client", "rate limited") if status == 429
                        else translate("Client", "temporarily unavailable"))
                if wait is not None and wait > cfg.retry_after_max_s:
                    raise NetworkError(
                        translate("Client",
                                  "The server is {what} (HTTP {status}) and asks to wait {wait} "
                                  "s; try again later.").format(
                                      what=what, status=status, wait=int(wait))
                    )
                if book.attempts >= cfg.max_attempts:
                    raise NetworkError(
                        translate("Client",
                                  "The server is {what} (HTTP {status}). Tried {attempts} "
                                  "times.").format(what=what, status=status, attempts=book.attempts)
                    )
                source = "Retry-After" if wait is not None else "backoff"
                delay = wait if wait is not None else self._backoff(book.attempts)
                book.notes.append(
                    translate("Client",
                              "attempt {attempts}: HTTP {status}; waited {delay:.1f} s "
                              "({source}).").format(attempts=book.attempts, status=status,
                                                    delay=delay, source=source)
                )
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
                attempts=book.attempts,
                sent_at=first_sent,
                received_at=time.time(),
                elapsed_s=time.monotonic() - started,
                notes=tuple(book.notes),
            )

    # pragma: no mutate start
    def _follow(self, url: str, status: int, location: str | None, redirects: int) -> str:
        if not location:
            raise NetworkError(translate("Client",
                                         "The server answered HTTP {status} without a "
                                         "Location.").format(status=status))
        target = urljoin(url, location)
        old, new = urlsplit(url), urlsplit(target)
        if old.scheme == "https" and new.scheme != "https":
            raise InsecureUrlError(
                translate("Client",
                          "The server redirected to a non-https address ({scheme}://{netloc}); "
                          "refused, so the API key is not sent in clear.").format(
                              scheme=new.scheme, netloc=new.netloc)
            )
        try:
            check_url_security(target)
        except ValidationError as exc:
            raise InsecureUrlError(translate("Client",
                                             "Refused redirect: {exc}").format(exc=exc)) from exc
        if status not in METHOD_KEEPING_REDIRECTS or new.netloc != old.netloc:
            raise NetworkError(
                translate("Client",
                          "The server redirected (HTTP {status}) to {target}. A signed request is "
                          "not re-sent elsewhere: put the final address in the profile's base "
                          "URL.").format(status=status, target=target)
            )
        if redirects >= MAX_REDIRECTS:
            raise NetworkError(translate("Client", "Too many redirects."))
        return target
    # pragma: no mutate end

    def _one_attempt(
        self, url: str, fields: dict[str, str], headers: dict[str, str], cancel: CancelToken
    ) -> tuple[int, bytes, requests.structures.CaseInsensitiveDict[str]]:
        cfg = self.config
        limit = f"{cfg.deadline_s:g} s"
        deadline = time.monotonic() + cfg.deadline_s
        # At the deadline the socket is shut down, which ends a read blocked on a stalled
        # server at once; the loop below catches a server that trickles bytes.
        watchdog = _watchdog.call_at(deadline, cancel.interrupt)
        try:
            return self._read_answer(url, fields, headers, cancel, deadline, limit)
        except requests.exceptions.RequestException:
            cancel.raise_if_cancelled()
            if time.monotonic() >= deadline:
                raise DeadlineExceeded(limit) from None
            raise
        finally:
            _watchdog.cancel(watchdog)

    def _read_answer(
        self, url: str, fields: dict[str, str], headers: dict[str, str], cancel: CancelToken,
        deadline: float, limit: str,
    ) -> tuple[int, bytes, requests.structures.CaseInsensitiveDict[str]]:
        cfg = self.config
        host = urlsplit(url).hostname or ""  # pragma: no mutate
        # A loopback server is never reached through a proxy from the environment.
        proxies = {"no_proxy": "*"} if is_loopback_host(host) else None  # pragma: no mutate
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
        limit = self.config.max_body_bytes // 1024
        return translate("Client",
                         "The server's answer is larger than {limit} KiB; stopped reading "
                         "it.").format(limit=limit)
    # pragma: no mutate end
