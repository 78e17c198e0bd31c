"""Signs payloads exactly as a Key Manager server does (see the keymanager-api reference)."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from licensegui.core.files import open_private


def php_json(value: Any) -> str:
    """Compact JSON as PHP's json_encode writes it: ASCII only, slashes escaped as ``\\/``."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=True).replace("/", "\\/")


class Signer:
    """An RSA key pair and the envelope format around signed payloads."""

    def __init__(self, private_key: rsa.RSAPrivateKey, label: str = "global") -> None:
        self.private_key = private_key
        self.label = label

    @classmethod
    def generate(cls, bits: int = 2048, label: str = "global") -> Signer:
        return cls(rsa.generate_private_key(public_exponent=65537, key_size=bits), label)

    @classmethod
    def load_or_create(cls, path: Path, bits: int = 2048) -> Signer:
        """Keep the sandbox's identity across restarts, so a trusted public key stays valid."""
        if path.exists():
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
            if not isinstance(key, rsa.RSAPrivateKey):
                raise ValueError(f"{path} is not an RSA private key")
            return cls(key)
        signer = cls.generate(bits)
        # Private from the first byte: a chmod after the write would leave a moment at 0644.
        with open_private(path, "wb") as handle:
            handle.write(signer.private_key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption()))
        return signer

    def public_pem(self) -> str:
        return self.private_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ).decode("ascii")

    def sign_text(self, text: str) -> str:
        raw = self.private_key.sign(text.encode("ascii"), padding.PKCS1v15(), hashes.SHA256())
        return base64.b64encode(raw).decode("ascii")

    def envelope(self, payload: dict[str, Any], label: str | None = None) -> dict[str, Any]:
        """The full response object: unsigned copy, signed base64 text, label, signature."""
        signed_text = base64.b64encode(php_json(payload).encode("ascii")).decode("ascii")
        return {
            "response": payload,
            "response_base64": signed_text,
            "private_key_used": label or self.label,
            "signature": self.sign_text(signed_text),
        }
