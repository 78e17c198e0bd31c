"""The sandbox HTTP server: real HTTP on 127.0.0.1, real signatures, state in SQLite.

It answers ``POST /api/v1/assign-license-key`` as a Key Manager server does (800 / 801,
100 with HTTP 401 for a wrong API key; every other documented code for the reserved keys
``CODE-<code>``: see :func:`reserved_answer`), honours ``Idempotency-Key``, and has fault modes
(:class:`Faults`) for tests and QA practice: delays, hangs, 5xx, throttling, malformed or
tampered bodies, dropped connections, stale timestamps.
"""

from __future__ import annotations

import logging
import re
import secrets
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from licensegui.core.code_table import meaning_of
from licensegui.core.files import create_private, refuse_unusual, write_atomically
from licensegui.sandbox.signer import Signer, php_json
from licensegui.sandbox.state import SandboxState, fingerprint_of

log = logging.getLogger(__name__)

API_PREFIX = "/api/v1"
MAX_REQUEST_BYTES = 64 * 1024



#: The API's words for each documented assignment answer (keymanager-api.md), for the
#: reserved keys below.
API_MESSAGES = {
    100: "Invalid API Key", 101: "Inactive API Key",
    102: "API key lacks permission for this endpoint",
    103: "API key cannot be used from this IP address", 150: "Access denied",
    800: "License key assigned", 801: "Invalid or already assigned license key",
    802: "Insufficient license keys", 803: "License keys assigned", 805: "Product not found",
    806: "Generator not found", 807: "Request queued",
}
_RESERVED = re.compile(r"CODE-(\d{3})(?:-HTTP(\d{3}))?(?:-[A-Za-z0-9._:-]*)?")


def reserved_answer(license_key: str) -> tuple[int, dict[str, Any]] | None:
    """Reserved license keys make the sandbox answer any code, so tests and the demo can show
    each one: ``CODE-807`` (or ``CODE-807-anything``) is answered with a signed 807 and the
    HTTP status the documented server sends it with; ``CODE-101-HTTP200`` chooses the status.
    Nothing is assigned."""
    match = _RESERVED.fullmatch(license_key)
    if match is None:
        return None
    code = int(match.group(1))
    status = int(match.group(2)) if match.group(2) else meaning_of(code).http_status
    return status, _payload(code)


def _payload(code: int) -> dict[str, Any]:
    """A signed answer's payload with the API's words for ``code`` (before the timestamp)."""
    return {"code": code, "message": API_MESSAGES.get(code, f"Code {code}")}


@dataclass
class Faults:
    """Switches for misbehaviour. Tests flip them on a running server; reads are racy-safe
    because each is a plain attribute read once per request."""

    delay_s: float = 0.0
    #: The next N assignments are carried out, then answered only after ``late_by_s``
    #: (a server that did the work but whose answer is slow: what retries must survive).
    late_next: int = 0
    late_by_s: float = 0.0
    hang: bool = False
    error_status: int | None = None
    malformed: bool = False
    tamper: bool = False
    unsigned: bool = False
    #: Answer the next N requests with 429 and this Retry-After value.
    throttle_next: int = 0
    retry_after: str | None = "1"
    #: Close the connection without answering for the next N requests.
    drop_next: int = 0
    oversize_bytes: int = 0
    #: With oversize_bytes: send no Content-Length (the body ends when the connection does).
    oversize_undeclared: bool = False
    timestamp_offset_s: int = 0
    timestamp_at: int | None = None  # signed instead of the clock's second, when given
    label: str | None = None
    #: Carry out the next N requests (assignment, or answer from the idempotency store),
    #: then drop the connection without answering: work done, answer lost on the way.
    vanish_next: int = 0
    #: Send the answer one byte every this many seconds (a server that never stalls long
    #: enough for a read timeout, yet never finishes).
    trickle_s: float = 0.0


@dataclass
class Seen:
    """What the server received, for tests to assert on (never the API key's value)."""

    requests: int = 0
    idempotency_keys: list[str] = field(default_factory=list)
    bearer_matches_form: list[bool] = field(default_factory=list)
    #: Every assignment request that reached the assignment logic: (license key,
    #: Idempotency-Key, time), so tests can prove a key was never sent under two keys.
    assignments: list[tuple[str, str, float]] = field(default_factory=list)
    #: When each request arrived (time.time()), in order.
    arrivals: list[float] = field(default_factory=list)
    #: (when, Idempotency-Key) of each request answered 429: which one was throttled.
    throttled: list[tuple[float, str]] = field(default_factory=list)
    #: (arrival, Idempotency-Key) of each request, recorded together (the lists above are
    #: appended one after the other by concurrent handlers: their orders may differ).
    log: list[tuple[float, str]] = field(default_factory=list)
    #: Requests whose handling ended (answered, dropped, or given up mid-body).
    handled: int = 0
    #: Held while the record changes, and notified after: :meth:`wait_for` sleeps on it.
    lock: threading.Condition = field(default_factory=threading.Condition, repr=False,
                                      compare=False)

    def wait_for(self, predicate: Callable[[Seen], object], timeout_s: float = 60.0) -> bool:
        """Until ``predicate(self)`` holds (True), or ``timeout_s`` passed (False): woken by
        each change, never by polling."""
        with self.lock:
            return bool(self.lock.wait_for(lambda: predicate(self), timeout_s))

    def changed(self, change: Callable[[], object]) -> None:
        """Apply ``change`` to the record under the lock and wake every waiter."""
        with self.lock:
            change()
            self.lock.notify_all()


class SandboxServer(ThreadingHTTPServer):
    """Run with :meth:`start` (background thread) or ``serve_forever`` (foreground)."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, state_dir: Path, port: int = 0, host: str = "127.0.0.1",
                 keys: int | None = None) -> None:
        state_dir.mkdir(parents=True, exist_ok=True)
        self.state_dir = state_dir
        self.signer = Signer.load_or_create(state_dir / "sandbox-private.pem")
        self.public_key_path = state_dir / "sandbox-public.pem"
        write_atomically(self.public_key_path, self.signer.public_pem(), encoding="ascii")
        # Owners' names and emails, and the API key: never through a link (SQLite follows
        # one), private from the start.
        refuse_unusual(state_dir / "sandbox.sqlite3")
        create_private(state_dir / "sandbox.sqlite3")
        self.state = SandboxState(state_dir / "sandbox.sqlite3")
        if keys is not None:
            self.state.ensure_available(keys)
        self.faults, self.seen = Faults(), Seen()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        try:
            super().__init__((host, port), _Handler)
        except BaseException:  # the port is taken: the state file is not left open
            self.state.close()
            raise

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away mid-answer (a killed batch, a Cancel) is no error of the
        stand-in's: said in one line, not as a traceback on its console."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            # One write per line: the server's threads print at once.
            sys.stderr.write(f"sandbox: {client_address[0]}:{client_address[1]} went away\n")
            return
        super().handle_error(request, client_address)

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}{API_PREFIX}"

    def info(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "api_key": self.state.api_key(),
            "public_key_path": str(self.public_key_path),
            "available_keys": self.state.available_keys(),
        }

    def serve_forever(self, poll_interval: float = 0.05) -> None:
        # stop() waits for the loop's next look at its shutdown flag: at socketserver's
        # default 0.5 s, every quit of the demo and every test's teardown waited ~0.46 s.
        super().serve_forever(poll_interval)

    def start(self) -> SandboxServer:
        self._thread = threading.Thread(
            target=self.serve_forever, name="licensegui-sandbox", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving; requests held by ``hang``/``delay`` are released first."""
        self._stopping.set()
        self.shutdown()
        self.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self.state.close()

    def wait_or_stop(self, seconds: float) -> bool:
        """Sleep for a fault; True when the server is stopping meanwhile."""
        return self._stopping.wait(seconds)

    def signed(self, payload: dict[str, Any]) -> bytes:
        faults, now = self.faults, int(time.time())
        payload = {**payload, "timestamp": (faults.timestamp_at or now) + faults.timestamp_offset_s}
        envelope = self.signer.envelope(payload, label=faults.label)
        if faults.unsigned:
            envelope["signature"] = "Private key not set"
        if faults.tamper:
            envelope["response_base64"] = _flip_one(envelope["response_base64"])
        return php_json(envelope).encode("ascii")


def _flip_one(text: str) -> str:
    # Change one character in the middle to a different base64 character.
    i = len(text) // 2
    replacement = "A" if text[i] != "A" else "B"
    return text[:i] + replacement + text[i + 1 :]


class _Handler(BaseHTTPRequestHandler):
    server: SandboxServer
    protocol_version = "HTTP/1.1"
    server_version = "KeyManagerSandbox/1"
    # Headers and body go out as separate writes; with Nagle's algorithm on, each answer on a
    # kept-alive connection waits ~40 ms for the client's delayed ACK. Real servers avoid it.
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:  # stdlib's name
        log.debug("sandbox: " + format, *args)

    def do_GET(self) -> None:
        self._send(404, b'{"error":"not found"}')

    def do_POST(self) -> None:
        srv = self.server
        idem = self.headers.get("Idempotency-Key", "")
        with srv.seen.lock:
            now = time.time()
            srv.seen.requests += 1
            srv.seen.arrivals.append(now)
            srv.seen.idempotency_keys.append(idem)
            srv.seen.log.append((now, idem))
            srv.seen.lock.notify_all()
        try:
            self._post(idem)
        finally:
            srv.seen.changed(lambda: setattr(srv.seen, "handled", srv.seen.handled + 1))

    def _post(self, idem: str) -> None:
        srv, faults = self.server, self.server.faults
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_REQUEST_BYTES:
            self._send(413, b'{"error":"request too large"}')
            return
        raw = self.rfile.read(length)
        if len(raw) < length:
            # The client went away mid-body (a cancelled request). A real server never runs
            # a request it did not receive whole; acting on half a form would assign a key
            # to a truncated owner.
            self.close_connection = True
            return
        if faults.drop_next > 0:
            faults.drop_next -= 1
            self.close_connection = True
            self.connection.close()
            return
        if faults.hang:
            srv.wait_or_stop(3600)
            self.close_connection = True
            return
        if faults.delay_s and srv.wait_or_stop(faults.delay_s):
            return
        with srv.seen.lock:  # one request takes each throttle
            throttle = faults.throttle_next > 0
            if throttle:
                faults.throttle_next -= 1
                srv.seen.throttled.append((time.time(), idem))
        if throttle:
            headers = {"Retry-After": faults.retry_after} if faults.retry_after else {}
            self._send(429, b'{"error":"too many requests"}', headers)
            return
        if faults.error_status:
            self._send(faults.error_status, b"<html><body>Internal Server Error</body></html>",
                       {"Content-Type": "text/html"})
            return
        if faults.malformed:
            self._send(200, b'{"response": {"code": 800, "message": "License key ass')
            return
        if faults.oversize_bytes:
            self._send_oversize(faults.oversize_bytes, faults.oversize_undeclared)
            return
        path = urlsplit(self.path).path.rstrip("/")
        if path != f"{API_PREFIX}/assign-license-key":
            self._send(404, b'{"error":"unknown endpoint"}')
            return
        form = {k: v[0] for k, v in parse_qs(raw.decode("utf-8", "replace")).items()}
        srv.seen.changed(lambda: srv.seen.assignments.append(
            (form.get("license_key", ""), self.headers.get("Idempotency-Key", ""), time.time())))
        status, body = self._assign(form)
        srv.seen.changed(lambda: None)  # carried out: wake whoever waits for the state
        if faults.late_next > 0:
            faults.late_next -= 1
            if srv.wait_or_stop(faults.late_by_s):
                return
        if faults.vanish_next > 0:
            faults.vanish_next -= 1
            self.close_connection = True
            self.connection.close()
            return
        if faults.trickle_s:
            self._trickle(status, body, faults.trickle_s)
            return
        self._send(status, body)

    def _trickle(self, status: int, body: bytes, every_s: float) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.close_connection = True
        try:
            for i in range(len(body)):
                self.wfile.write(body[i : i + 1])
                self.wfile.flush()
                if self.server.wait_or_stop(every_s):
                    return
        except OSError:
            pass  # the client gave up, as it should

    def _assign(self, form: dict[str, str]) -> tuple[int, bytes]:
        srv = self.server
        idem = self.headers.get("Idempotency-Key", "")
        bearer = self.headers.get("Authorization", "").removeprefix("Bearer ").strip()
        form_key = form.get("api_key", "")
        srv.seen.bearer_matches_form.append(bool(bearer) and bearer == form_key)
        supplied = form_key or bearer
        if not supplied or not secrets.compare_digest(supplied, srv.state.api_key()) or (
            bearer and form_key and bearer != form_key
        ):
            return 401, srv.signed(_payload(100))
        fingerprint = fingerprint_of(form)
        with srv.state.lock:
            if idem:
                stored = srv.state.recall(idem)
                if stored is not None:
                    if stored[0] != fingerprint:
                        return 422, srv.signed(
                            {"code": 400, "message": "Idempotency-Key reused with another request"}
                        )
                    return stored[1], stored[2]
            reserved = reserved_answer(form.get("license_key", ""))
            if reserved is not None:
                status, payload = reserved
            else:
                ok = srv.state.try_assign(
                    form.get("license_key", ""), form.get("owner_name", ""),
                    form.get("email", ""))
                status, payload = 200, _payload(800 if ok else 801)
            body = srv.signed(payload)
            if idem:
                srv.state.remember(idem, fingerprint, status, body)
        return status, body

    def _send_oversize(self, size: int, undeclared: bool) -> None:
        if not undeclared:
            self._send(200, b" " * size)
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        chunk = b" " * 65536
        try:
            for _ in range(size // len(chunk) + 1):
                self.wfile.write(chunk)
        except OSError:
            pass  # the client stopped reading, as it should

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        merged = {"Content-Type": "application/json", **(headers or {})}
        for name, value in merged.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            self.close_connection = True  # the client gave up (timeout, cancel): not an error
