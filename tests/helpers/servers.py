"""Loopback servers and proxies for tests: tampering, dropping, chaotic, fixed answers, a
black hole."""

from __future__ import annotations

import http.client
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit


def flip_base64_char(text: str, index: int | None = None) -> str:
    i = len(text) // 3 if index is None else index
    return text[:i] + ("B" if text[i] != "B" else "C") + text[i + 1 :]


class _LoopbackProxy(ThreadingHTTPServer):
    """A loopback HTTP server in front of ``upstream_base``, serving on its own thread."""

    daemon_threads = True

    def __init__(self, upstream_base: str, handler: type[BaseHTTPRequestHandler]) -> None:
        self.upstream = urlsplit(upstream_base)
        super().__init__(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(target=self.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}{self.upstream.path}"

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


class TamperingProxy(_LoopbackProxy):
    """A loopback HTTP proxy in front of a server that alters one byte of response_base64."""

    def __init__(self, upstream_base: str) -> None:
        super().__init__(upstream_base, _ProxyHandler)


def _forward(handler: BaseHTTPRequestHandler, body: bytes,
             timeout: float = 30) -> http.client.HTTPResponse:
    """Send the request ``handler`` received on to the proxy's upstream; the whole answer is
    read (the server has done its work) before this returns."""
    up = handler.server.upstream  # type: ignore[attr-defined]
    conn = http.client.HTTPConnection(up.hostname, up.port, timeout=timeout)
    headers = {k: v for k, v in handler.headers.items() if k.lower() != "host"}
    conn.request("POST", handler.path, body=body, headers=headers)
    resp = conn.getresponse()
    resp.body = resp.read()  # type: ignore[attr-defined]
    conn.close()
    return resp


def _reply(handler: BaseHTTPRequestHandler, status: int, data: bytes,
           content_type: str = "application/json", sent: bytes | None = None) -> None:
    """Answer with ``data``'s length declared and ``sent`` (default: all of it) written."""
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data if sent is None else sent)


class _QuietHandler(BaseHTTPRequestHandler):
    """HTTP/1.1 (kept-alive connections, as a real server), no access log on stderr."""

    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _ProxyHandler(_QuietHandler):
    server: TamperingProxy

    def do_POST(self) -> None:
        resp = _forward(self, self.rfile.read(int(self.headers.get("Content-Length") or 0)))
        data = json.loads(resp.body)  # type: ignore[attr-defined]
        data["response_base64"] = flip_base64_char(data["response_base64"])
        _reply(self, resp.status, json.dumps(data).encode())


class DroppingProxy(_LoopbackProxy):
    """A loopback proxy that forwards each request to the server, lets it do its work, and
    then, for the requests ``drop(n)`` picks (n counts from 1), closes the client's connection
    instead of passing the answer on: the assignment is committed, its answer lost."""

    def __init__(self, upstream_base: str, drop: Any) -> None:
        self.drop = drop
        self.count = 0
        self.dropped = 0
        self._lock = threading.Lock()
        super().__init__(upstream_base, _DroppingHandler)


class ChaosProxy(_LoopbackProxy):
    """A loopback proxy that misbehaves at random (seeded): passes most requests, but also
    drops the answer after the server acted, answers 502 without forwarding, cuts the answer
    short, or delays it. What a flaky network between a reseller and the vendor does.

    A delayed answer is held until an answer to a later request has been passed on (answers
    arrive out of order, as delays make them), or for 0.3 s when none comes (the last rows)."""

    def __init__(self, upstream_base: str, seed: int = 8) -> None:
        import random

        self.rng = random.Random(seed)
        self.actions: list[str] = []
        self._lock = threading.Lock()
        self._passed = threading.Condition()
        self._answers = 0  # answers passed on so far
        super().__init__(upstream_base, _ChaosHandler)

    def hold_for_a_later_answer(self) -> None:
        with self._passed:
            before = self._answers
            self._passed.wait_for(lambda: self._answers > before, timeout=0.3)

    def passed_on(self) -> None:
        with self._passed:
            self._answers += 1
            self._passed.notify_all()

    def pick(self) -> str:
        with self._lock:
            roll = self.rng.random()
            action = ("pass" if roll < 0.6 else "drop" if roll < 0.7 else "502" if roll < 0.8
                      else "truncate" if roll < 0.9 else "delay")
            self.actions.append(action)
            return action


class _ChaosHandler(_QuietHandler):
    server: ChaosProxy

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        action = self.server.pick()
        if action == "502":
            _reply(self, 502, b"")
            return
        resp = _forward(self, body)
        data = resp.body  # type: ignore[attr-defined]
        self.close_connection = action in ("drop", "truncate")
        if action == "drop":
            self.connection.close()
            return
        if action == "delay":
            self.server.hold_for_a_later_answer()
        _reply(self, resp.status, data, resp.getheader("Content-Type") or "application/json",
               sent=data[: len(data) // 2] if action == "truncate" else None)
        if action != "delay":
            self.server.passed_on()


def idempotency_keys_per_license(sandbox: Any) -> dict[str, set[str]]:
    """Every Idempotency-Key the sandbox saw for each license key: one per row, always."""
    sent: dict[str, set[str]] = {}
    for license_key, idem, _ in sandbox.seen.assignments:
        sent.setdefault(license_key, set()).add(idem)
    return sent


class _DroppingHandler(_QuietHandler):
    server: DroppingProxy

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        with self.server._lock:
            self.server.count += 1
            n = self.server.count
        resp = _forward(self, body)
        data = resp.body  # type: ignore[attr-defined]
        if self.server.drop(n):
            with self.server._lock:
                self.server.dropped += 1
            self.close_connection = True
            self.connection.close()
            return
        self.send_response(resp.status)
        for name, value in resp.getheaders():
            if name.lower() not in ("content-length", "connection", "server", "date"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class FixedAnswerServer(ThreadingHTTPServer):
    """A loopback server that answers every POST with one given status and body: a server
    that says exactly what a test (or a forger) wants it to say."""

    daemon_threads = True

    def __init__(self, body: bytes, status: int = 200,
                 content_type: str = "application/json") -> None:
        self.body, self.status, self.content_type = body, status, content_type
        self.requests = 0
        super().__init__(("127.0.0.1", 0), _FixedHandler)
        self._thread = threading.Thread(target=self.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/api/v1"

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


class _FixedHandler(_QuietHandler):
    server: FixedAnswerServer

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.requests += 1
        self.send_response(self.server.status)
        self.send_header("Content-Type", self.server.content_type)
        self.send_header("Content-Length", str(len(self.server.body)))
        self.end_headers()
        self.wfile.write(self.server.body)


class BlackHole:
    """A loopback address where TCP connect hangs, as it does to a black-holed host: a
    listening socket that never accepts, its queue filled, so further SYNs go unanswered."""

    def __init__(self) -> None:
        import socket

        self._server = socket.socket()
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(0)
        self.port = self._server.getsockname()[1]
        self._fillers = []
        for _ in range(3):
            filler = socket.socket()
            filler.setblocking(False)
            filler.connect_ex(("127.0.0.1", self.port))
            self._fillers.append(filler)

        self._waiting_before = self._connects_waiting()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v1"

    def _connects_waiting(self) -> int | None:
        """Connections to this port stuck in SYN_SENT (Linux's /proc; None elsewhere)."""
        count = 0
        for table in ("/proc/net/tcp", "/proc/net/tcp6"):
            try:
                with open(table, encoding="ascii") as handle:
                    lines = handle.readlines()[1:]
            except OSError:
                return None
            for line in lines:
                fields = line.split()
                if fields[3] == "02" and int(fields[2].rsplit(":", 1)[1], 16) == self.port:
                    count += 1
        return count

    def wait_for_connect(self, timeout_s: float = 10.0) -> None:
        """Until a new connection to this address hangs in connect (a SYN unanswered). Where
        no /proc shows it, the test is skipped (:meth:`skip_unless_seen`)."""
        self.skip_unless_seen()
        from tests.helpers.waiting import wait_until

        before = self._waiting_before
        wait_until(lambda: (self._connects_waiting() or 0) > before, timeout_s,
                   "a connection to hang in the black hole")

    def skip_unless_seen(self) -> None:
        """Skip the test where no /proc shows a hanging connect: it could only guess when the
        client got there, and would pass whether or not it did."""
        if self._waiting_before is None:
            import pytest

            pytest.skip("a connect hanging in the black hole is seen only in Linux's /proc")

    def close(self) -> None:
        for sock in [*self._fillers, self._server]:
            sock.close()

