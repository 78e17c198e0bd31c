"""The trust store: the installation's RSA public keys, by the label the server names them."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from licensegui.core.errors import KeyFileError
from licensegui.core.files import check_input
from licensegui.core.text import translate

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric import rsa

# cryptography is imported where a key is first read, not with this module: the settings
# import this module, and the window's first paint reads no key.

# Labels a Key Manager server puts in ``private_key_used``.
KEY_LABELS: tuple[str, ...] = ("global", "product")
MIN_KEY_BITS = 2048
# Larger keys buy nothing here and a 64k-bit "key" is a cheap way to make verification hang.
MAX_KEY_BITS = 16384
MAX_PEM_BYTES = 64 * 1024


@dataclass(frozen=True)
class TrustedKey:
    """One public key with what a person needs to recognise it."""

    label: str
    public_key: rsa.RSAPublicKey
    pem: str
    fingerprint: str  # SHA-256 of the DER SubjectPublicKeyInfo, lowercase hex
    bits: int
    source: str = ""

    @property
    def short_fingerprint(self) -> str:
        """The first 16 hex digits, grouped, for badges and tables."""
        head = self.fingerprint[:16]
        return ":".join(head[i : i + 4] for i in range(0, 16, 4))


def fingerprint_of(public_key: rsa.RSAPublicKey) -> str:
    from cryptography.hazmat.primitives import serialization

    der = public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(der).hexdigest()


def load_public_key(pem: bytes | str, label: str, source: str = "") -> TrustedKey:
    """Parse PEM text into a :class:`TrustedKey`, refusing anything but RSA >= 2048 bits."""
    if label not in KEY_LABELS:
        raise KeyFileError(translate("Trust",
                                     "Unknown key label {label!r}: expected one of "
                                     "{labels}.").format(label=label, labels=', '.join(KEY_LABELS)))
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    data = pem.encode("utf-8", "replace") if isinstance(pem, str) else pem
    where = translate("Trust", " in {source}").format(source=source) if source else ""
    if len(data) > MAX_PEM_BYTES:
        raise KeyFileError(translate("Trust",
                                     "The file{where} is too large to be a public "
                                     "key.").format(where=where))
    if b"PRIVATE KEY" in data:
        # Refuse loudly: a private key has no business on a reseller's machine.
        raise KeyFileError(
            translate("Trust",
                      'The file{where} holds a PRIVATE key. Ask your vendor for the PUBLIC key '
                      '("Download Public Key" in the admin portal); keep the private key off this '
                      'machine.').format(where=where)
        )
    try:
        if b"BEGIN CERTIFICATE" in data:
            # Some vendors hand out a certificate: what we trust is the key inside it.
            from cryptography import x509

            key = x509.load_pem_x509_certificate(data).public_key()
        else:
            key = serialization.load_pem_public_key(data)
    except (ValueError, TypeError) as exc:
        raise KeyFileError(
            translate("Trust",
                      "No PEM public key{where}: expected text starting with '-----BEGIN PUBLIC "
                      "KEY-----'.").format(where=where)
        ) from exc
    except Exception as exc:  # cryptography raises UnsupportedAlgorithm for exotic keys
        raise KeyFileError(translate("Trust",
                                     "Unsupported public key{where}: {exc}.").format(
                                         where=where, exc=exc)) from exc
    if not isinstance(key, rsa.RSAPublicKey):
        kind = type(key).__name__.removeprefix("_").replace("PublicKey", "")
        raise KeyFileError(f"The key{where} is {kind or 'not RSA'}; Key Manager signs with RSA.")
    bits = key.key_size
    if bits < MIN_KEY_BITS:
        raise KeyFileError(
            translate("Trust",
                      "The RSA key{where} has {bits} bits; keys under {MIN_KEY_BITS} bits are "
                      "refused.").format(where=where, bits=bits, MIN_KEY_BITS=MIN_KEY_BITS)
        )
    if bits > MAX_KEY_BITS:
        raise KeyFileError(
            translate("Trust",
                      "The RSA key{where} has {bits} bits; more than {MAX_KEY_BITS} is "
                      "refused.").format(where=where, bits=bits, MAX_KEY_BITS=MAX_KEY_BITS)
        )
    text = data.decode("ascii", "replace").strip() + "\n"
    return TrustedKey(label, key, text, fingerprint_of(key), bits, source)


def load_public_key_file(path: str | Path, label: str) -> TrustedKey:
    """Read and load a PEM file; every failure is a :class:`KeyFileError` with the path in it."""
    path = Path(path)
    try:
        check_input(path)  # a FIFO or a device would block or never end
        with path.open("rb") as handle:
            data = handle.read(MAX_PEM_BYTES + 1)
    except OSError as exc:
        raise KeyFileError(translate("Trust",
                                     "Cannot read key file {path}: {reason}.").format(
                                         path=path, reason=exc.strerror or exc)) from exc
    return load_public_key(data, label, source=str(path))


@dataclass
class TrustStore:
    """Public keys by label. Verification picks exactly the key the response names."""

    keys: dict[str, TrustedKey] = field(default_factory=dict)

    def add(self, key: TrustedKey) -> None:
        self.keys[key.label] = key

    def get(self, label: str) -> TrustedKey | None:
        return self.keys.get(label)

    def labels(self) -> list[str]:
        return [label for label in KEY_LABELS if label in self.keys]

    @classmethod
    def from_pems(cls, pems: dict[str, str]) -> TrustStore:
        store = cls()
        for label, pem in pems.items():
            if pem:
                store.add(load_public_key(pem, label))
        return store
