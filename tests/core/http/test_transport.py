"""The transport on its own: shutting down the sockets of the connections a call uses."""

from __future__ import annotations

from licensegui.core.cancel import CancelToken
from licensegui.core.http.transport import ConnectionsInUse, _shutdown


def test_shutdown_tolerates_closed_and_absent_sockets() -> None:
    import socket

    from urllib3.connection import HTTPConnection

    conn = HTTPConnection("127.0.0.1", 9)
    _shutdown(conn)  # never connected: nothing to interrupt
    conn.sock = socket.socket()
    conn.sock.close()
    _shutdown(conn)  # already closed: nothing to interrupt either

    class Bare:  # no sock attribute at all
        pass

    _shutdown(Bare())  # type: ignore[arg-type]


def test_a_connection_attached_after_cancel_is_shut_down_at_once() -> None:
    import socket

    from urllib3.connection import HTTPConnection

    ours, theirs = socket.socketpair()
    conn = HTTPConnection("127.0.0.1", 9)
    conn.sock = ours
    token = CancelToken()
    token.cancel()
    ConnectionsInUse(token).attach(conn)  # a request that got its connection only after Cancel
    theirs.settimeout(2)
    assert theirs.recv(1) == b""  # the other end sees the shutdown: nothing will be sent
    ours.close()
    theirs.close()
