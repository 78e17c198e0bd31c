"""``licensegui-cli verify`` as scripts use it: saved bodies, stdin, key files, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.helpers.cli import cli


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("assign-800-assigned.json", 0),
        ("assign-801-invalid-or-assigned.json", 0),
        ("auth-100-invalid-api-key.json", 0),
        ("activate-300-product-label.json", 1),
        ("edited-after-signing.json", 1),
        ("unsigned-private-key-not-set.json", 1),
    ],
)
def test_verify_fixtures_global_only(fixtures_dir: Path, name: str, code: int) -> None:
    result = cli("verify", str(fixtures_dir / "responses" / name),
                 "--global-key", str(fixtures_dir / "global-public.pem"))
    assert result.returncode == code, result.stderr
    assert len(result.stdout.strip().splitlines()) == 1
    assert result.stdout.startswith("VERIFIED" if code == 0 else "NOT VERIFIED")


@pytest.mark.parametrize(
    ("name", "code", "reason"),
    [
        ("activate-300-product-label.json", 0, "verified"),
        ("edited-after-signing.json", 1, "signature_mismatch"),
        ("unsigned-private-key-not-set.json", 1, "unsigned"),
    ],
)
def test_verify_fixtures_with_product_key_json(
    fixtures_dir: Path, name: str, code: int, reason: str
) -> None:
    pem = str(fixtures_dir / "global-public.pem")
    result = cli("verify", str(fixtures_dir / "responses" / name), "--global-key", pem,
                 "--product-key", pem, "--json")
    assert result.returncode == code
    data = json.loads(result.stdout)
    assert data["reason"] == reason and data["verified"] is (code == 0)
    assert {"verified", "reason", "code", "message", "key_label"} <= data.keys()


def test_verify_from_stdin_and_max_age(fixtures_dir: Path) -> None:
    body = (fixtures_dir / "responses" / "assign-800-assigned.json").read_bytes()
    pem = str(fixtures_dir / "global-public.pem")
    ok = cli("verify", "-", "--global-key", pem, "--json", stdin=body)
    assert ok.returncode == 0 and json.loads(ok.stdout)["code"] == 800
    old = cli("verify", "-", "--global-key", pem, "--json", "--max-age", "300", stdin=body)
    assert old.returncode == 1 and json.loads(old.stdout)["reason"] == "stale_or_replayed"


def test_verify_malformed_input_is_exit_1(fixtures_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\x00not json")
    result = cli("verify", str(bad), "--global-key", str(fixtures_dir / "global-public.pem"),
                 "--json")
    assert result.returncode == 1 and json.loads(result.stdout)["reason"] == "not_json"


def test_verify_key_file_errors_are_exit_2(fixtures_dir: Path, tmp_path: Path) -> None:
    small = tmp_path / "small.pem"
    small.write_bytes(rsa.generate_private_key(public_exponent=65537, key_size=1024)
                      .public_key().public_bytes(serialization.Encoding.PEM,
                                                 serialization.PublicFormat.SubjectPublicKeyInfo))
    body = str(fixtures_dir / "responses" / "assign-800-assigned.json")
    not_a_key = fixtures_dir / "responses" / "assign-800-assigned.json"
    for key in (small, tmp_path / "missing.pem", not_a_key):
        result = cli("verify", body, "--global-key", str(key))
        assert result.returncode == 2, (key, result.stdout)
        assert result.stderr.strip() and result.stdout == ""
    assert cli("verify", body).returncode == 2  # --global-key is required
    assert cli("verify", str(tmp_path / "absent.json"), "--global-key",
               str(fixtures_dir / "global-public.pem")).returncode == 2

