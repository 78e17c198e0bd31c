"""Signs payloads exactly as a Key Manager server does (see the keymanager-api reference)."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from licensegui.core.errors import KeyFileError
from licensegui.core.files import read_state, write_atomically
from licensegui.core.text import translate

_MAX_KEY_BYTES = 64 * 1024  # a 16,384-bit key's PEM is under 13 KB
_UNUSABLE = translate("Demo", "The sandbox's signing key {path} cannot be used: {reason}. Move "
                      "it away to start with a new key (answers the old one signed will then "
                      "read as not authentic).")


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
        """Keep the sandbox's identity across restarts, so a trusted public key stays valid.
        Read never through a link, a FIFO or a device, and written whole or not at all
        (beside it, then renamed: a crash mid-write leaves the old key or none, never half
        of one). Raises KeyFileError (a sentence naming the file)."""
        try:
            data = read_state(path, _MAX_KEY_BYTES)
        except FileNotFoundError:
            data = None
        except OSError as exc:
            raise KeyFileError(_UNUSABLE.format(path=path, reason=exc.strerror)) from exc
        if data is not None:
            try:
                key = serialization.load_pem_private_key(data, password=None)
            except (ValueError, TypeError) as exc:
                raise KeyFileError(_UNUSABLE.format(
                    path=path, reason=translate("Demo", "it is no private key"))) from exc
            if not isinstance(key, rsa.RSAPrivateKey):
                raise KeyFileError(_UNUSABLE.format(
                    path=path, reason=translate("Demo", "it is no RSA private key")))
            return cls(key)
        signer = cls.generate(bits)
        pem = signer.private_key.private_bytes(serialization.Encoding.PEM,
                                               serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption())
        write_atomically(path, pem.decode("ascii"), encoding="ascii")  # 0600 from its start
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
