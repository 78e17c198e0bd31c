"""The wire under the client: a requests session whose connections Cancel can shut, and redirects.

Requests has no cancel; the connection classes here record the connections a call uses, so
that Cancel (or an attempt's deadline) can shut their sockets down, which makes a blocked read
return at once.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

import licensegui
from licensegui.core.cancel import CancelToken
from licensegui.core.errors import (
    InsecureUrlError,
    NetworkError,
    ServerSetupError,
    ValidationError,
)
from licensegui.core.http import messages
from licensegui.core.text import translate
from licensegui.core.validation import check_url_security

METHOD_KEEPING_REDIRECTS = frozenset({307, 308})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 3


def _shutdown(conn: HTTPConnection) -> None:
    sock = getattr(conn, "sock", None)
    if sock is not None:
        with contextlib.suppress(OSError):  # already closed: nothing left to interrupt
            sock.shutdown(socket.SHUT_RDWR)


class ConnectionsInUse:
    """The connections one call is using: Cancel or the attempt's deadline shuts them down."""

    def __init__(self, cancel: CancelToken) -> None:
        self._cancel = cancel
        self._lock = threading.Lock()
        self._conns: set[HTTPConnection] = set()
        # True once a request was handed to a socket: from then on the server may have
        # acted on it (before, a Cancel or a failed connect provably sent nothing).
        self.written = False
        #: Requests handed to a socket so far: an attempt that failed without raising this
        #: never reached the server (connection refused, TLS handshake refused).
        self.writes = 0

    def attach(self, conn: HTTPConnection) -> None:
        with self._lock:
            self._conns.add(conn)
        # Cancel may have come before this connection existed: it is shut down at once.
        if self._cancel.cancelled:
            _shutdown(conn)

    def interrupt(self) -> None:
        """Unblock whatever the connections in use are waiting for, without cancelling:
        how an attempt's deadline ends a stalled read (the caller then retries or reports)."""
        with self._lock:
            conns = list(self._conns)
        for conn in conns:
            _shutdown(conn)


# The connections of the call running on this thread; the connection classes below read it.
_current = threading.local()


@contextlib.contextmanager
def tracking(connections: ConnectionsInUse) -> Iterator[None]:
    """Record the connections this thread's requests use in ``connections``."""
    _current.connections = connections
    try:
        yield
    finally:
        _current.connections = None


class _TrackedHTTPConnection(HTTPConnection):
    def request(self, *args: Any, **kwargs: Any) -> None:
        # Every request, new connection or kept-alive one: Cancel shuts down whatever socket
        # the connection has when it comes (connect() runs inside this call).
        connections: ConnectionsInUse | None = getattr(_current, "connections", None)
        if connections is not None:
            connections.attach(self)
        super().request(*args, **kwargs)
        if connections is not None:
            connections.written = True
            connections.writes += 1

    def send(self, data: Any) -> None:
        # "Written" from the first byte handed to a connected socket, not from when request()
        # returns: the server may read the request and a Cancel (a quit, a signal) land
        # before this thread gets back, and "cancelled" would then claim an unsent request.
        if self.sock is None and self.auto_open:
            self.connect()  # as http.client's send() does first: a refused connect sent nothing
        connections: ConnectionsInUse | None = getattr(_current, "connections", None)
        if connections is not None:
            connections.written = True
        super().send(data)


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


def follow_redirect(url: str, status: int, location: str | None, redirects: int) -> str:
    """Where a redirect may be followed to, or why not (a signed request is not re-sent
    elsewhere, nor ever in clear)."""
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
        # The base URL is not the API's address: fixing the profile cures it, waiting does not.
        raise ServerSetupError(
            translate("Client",
                      "The server redirected (HTTP {status}) to {target}. A signed request is "
                      "not re-sent elsewhere: put the final address in the profile's base "
                      "URL.").format(status=status, target=target)
        )
    if redirects >= MAX_REDIRECTS:
        raise ServerSetupError(messages.redirect_loop(redirects))
    return target
# pragma: no mutate end
