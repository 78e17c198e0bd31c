"""Servers whose setup is wrong, on 127.0.0.1: a TLS server with a self-signed certificate
made here (no computer trusts it), and a server that redirects to itself for ever."""

from __future__ import annotations

import datetime
import ipaddress
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


def self_signed_certificate(folder: Path, ca: bool = False) -> tuple[Path, Path]:
    """(certificate, key) PEM files for 127.0.0.1, signed by themselves; ``ca``: marked as a
    certificate authority, so a client can be told to trust it as its own root."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(
            "127.0.0.1"))]), critical=False)
    )
    if ca:
        cert = cert.add_extension(x509.BasicConstraints(ca=True, path_length=None),
                                  critical=True)
    cert = cert.sign(key, hashes.SHA256())
    cert_path, key_path = folder / "self-signed.pem", folder / "self-signed.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.requests += 1
        # To itself, method kept: a client that follows redirects never gets anywhere.
        self.send_response(307)
        self.send_header("Location", self.server.target or self.path)
        self.send_header("Content-Length", "0")
        self.end_headers()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    requests = 0
    target = ""


class _Running:
    def __init__(self, server: _Server, scheme: str) -> None:
        self._server = server
        self.base_url = f"{scheme}://127.0.0.1:{server.server_address[1]}/api/v1"
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()

    @property
    def requests(self) -> int:
        return self._server.requests

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


class SelfSignedServer(_Running):
    """HTTPS on 127.0.0.1 with a self-signed certificate: every handshake is refused by a
    client that verifies certificates."""

    def __init__(self, folder: Path) -> None:
        cert, key = self_signed_certificate(folder)
        server = _Server(("127.0.0.1", 0), _Handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        server.socket = context.wrap_socket(server.socket, server_side=True)
        super().__init__(server, "https")


class RedirectLoop(_Running):
    """Plain HTTP on 127.0.0.1 (allowed on loopback) answering every POST with a 307 to
    itself, or to ``target``."""

    def __init__(self, target: str = "") -> None:
        server = _Server(("127.0.0.1", 0), _Handler)
        server.target = target
        super().__init__(server, "http")
