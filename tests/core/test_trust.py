from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

from licensegui.core.errors import KeyFileError
from licensegui.core.trust import TrustStore, load_public_key, load_public_key_file


def pem_of(key: object) -> bytes:
    return key.public_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def test_fixture_key_loads_with_fingerprint_of_der(fixtures_dir: Path) -> None:
    key = load_public_key_file(fixtures_dir / "global-public.pem", "global")
    der = key.public_key.public_bytes(serialization.Encoding.DER,
                                      serialization.PublicFormat.SubjectPublicKeyInfo)
    assert key.bits == 2048
    assert key.fingerprint == hashlib.sha256(der).hexdigest()
    assert key.short_fingerprint == ":".join(
        [key.fingerprint[i : i + 4] for i in range(0, 16, 4)]
    )


def test_pkcs1_rsa_public_key_is_accepted() -> None:
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pkcs1 = private.public_key().public_bytes(serialization.Encoding.PEM,
                                              serialization.PublicFormat.PKCS1)
    assert load_public_key(pkcs1, "product").bits == 2048


def test_small_rsa_key_refused() -> None:
    small = rsa.generate_private_key(public_exponent=65537, key_size=1024).public_key()
    with pytest.raises(KeyFileError, match="1024 bits.*under 2048"):
        load_public_key(pem_of(small), "global")


@pytest.mark.parametrize(
    "make", [lambda: ec.generate_private_key(ec.SECP256R1()), ed25519.Ed25519PrivateKey.generate]
)
def test_non_rsa_key_refused(make: object) -> None:
    key = make().public_key()  # type: ignore[operator]
    with pytest.raises(KeyFileError, match="Key Manager signs with RSA"):
        load_public_key(pem_of(key), "global")


def test_private_key_refused_with_advice() -> None:
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    with pytest.raises(KeyFileError, match="PRIVATE key"):
        load_public_key(pem, "global")


@pytest.mark.parametrize("data", [
    b"", b"hello", b"-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n",
    b"\x00\xff" * 100, b"A" * 70_000,
])
def test_garbage_refused(data: bytes) -> None:
    with pytest.raises(KeyFileError):
        load_public_key(data, "global")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match="Cannot read key file"):
        load_public_key_file(tmp_path / "nope.pem", "global")
    with pytest.raises(KeyFileError, match="Cannot read key file"):
        load_public_key_file(tmp_path, "global")


def test_unknown_label_refused(fixtures_dir: Path) -> None:
    with pytest.raises(KeyFileError, match="Unknown key label"):
        load_public_key_file(fixtures_dir / "global-public.pem", "vendor")


def test_store_by_label(fixtures_dir: Path) -> None:
    pem = (fixtures_dir / "global-public.pem").read_text()
    store = TrustStore.from_pems({"product": pem, "global": ""})
    assert store.labels() == ["product"] and store.get("global") is None



def certificate_pem(bits: int) -> tuple[bytes, rsa.RSAPrivateKey]:
    """A self-signed certificate around a fresh RSA key, as some vendors distribute keys."""
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    private = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Key Manager global key")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(private.public_key()).serial_number(1)
            .not_valid_before(now).not_valid_after(now + datetime.timedelta(days=1))
            .sign(private, hashes.SHA256()))
    return cert.public_bytes(serialization.Encoding.PEM), private


def test_certificate_pem_yields_its_rsa_key() -> None:
    pem, private = certificate_pem(2048)
    key = load_public_key(pem, "global")
    assert key.public_key.public_numbers() == private.public_key().public_numbers()


def test_certificate_with_small_key_is_still_refused() -> None:
    pem, _ = certificate_pem(1024)
    with pytest.raises(KeyFileError, match="under 2048"):
        load_public_key(pem, "global")
