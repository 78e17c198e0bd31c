from __future__ import annotations

import pytest

from licensegui.core.errors import ValidationError
from licensegui.core.validation import (
    AssignRequest,
    clean_base_url,
    clean_email,
    clean_license_key,
    clean_owner_name,
    form_errors,
    is_loopback_host,
)


def test_license_key_is_trimmed() -> None:
    assert clean_license_key("  bb7ffb6f-2d8e-4977-b2fa-8d43ea58aa0d\n") == (
        "bb7ffb6f-2d8e-4977-b2fa-8d43ea58aa0d"
    )


@pytest.mark.parametrize("bad", ["", "   ", "ab cd", "abc", "x" * 129, "abc\u200bdef", "ab;cd"])
def test_bad_license_keys(bad: str) -> None:
    with pytest.raises(ValidationError) as info:
        clean_license_key(bad)
    assert info.value.field == "license_key" and str(info.value)


@pytest.mark.parametrize("good", ["email@domain.ltd", "a.b+c@sub.example.co.uk", "x@y.io"])
def test_good_emails(good: str) -> None:
    assert clean_email(f" {good} ") == good


@pytest.mark.parametrize("bad", ["", "no-at", "a@b", "a@@b.com", "a b@c.com", "a@-b.com",
                                 "a@b..com", '"q"@b.com', "a@b.c"])
def test_bad_emails(bad: str) -> None:
    with pytest.raises(ValidationError, match="email|Enter"):
        clean_email(bad)


def test_owner_name_folds_whitespace_and_limits_length() -> None:
    assert clean_owner_name("  Test \t User\n") == "Test User"
    with pytest.raises(ValidationError):
        clean_owner_name("x" * 201)
    with pytest.raises(ValidationError):
        clean_owner_name("   ")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://vendor.example/api/v1/", "https://vendor.example/api/v1"),
        ("http://127.0.0.1:8080/api/v1", "http://127.0.0.1:8080/api/v1"),
        ("http://localhost/api/v1", "http://localhost/api/v1"),
        ("http://[::1]:9/api/v1", "http://[::1]:9/api/v1"),
    ],
)
def test_good_base_urls(url: str, expected: str) -> None:
    assert clean_base_url(url) == expected


@pytest.mark.parametrize(
    ("url", "match"),
    [
        ("http://vendor.example/api/v1", "only to this computer"),
        ("vendor.example/api/v1", "https://"),
        ("https://", "host"),
        ("https://user:pw@vendor.example/api", "credentials"),
        ("https://vendor.example/api?x=1", "must not contain"),
        ("https://vendor.example:99999/api", "port|host"),
        ("https://vendor example/api", "spaces"),
    ],
)
def test_bad_base_urls(url: str, match: str) -> None:
    with pytest.raises(ValidationError, match=match):
        clean_base_url(url)


def test_form_errors_reports_every_field() -> None:
    assert set(form_errors("", "", "bad")) == {"license_key", "owner_name", "email"}
    assert form_errors("abcd-1234", "Test User", "t@example.com") == {}
    assert AssignRequest.from_input(" abcd-1234 ", "Test  User", "t@example.com ") == (
        AssignRequest("abcd-1234", "Test User", "t@example.com")
    )


@pytest.mark.parametrize("host", ["evil-localhost.example", "localhost.example",
                                  "127.evil.example", "127.0.0.1.nip.io", "0x7f.example",
                                  "mylocalhost"])
def test_look_alike_loopback_names_are_not_loopback(host: str) -> None:
    assert not is_loopback_host(host)
    with pytest.raises(ValidationError, match="only to this computer"):
        clean_base_url(f"http://{host}/api/v1")


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.10", "[::1]", "localhost",
                                  "api.localhost", "LOCALHOST"])
def test_real_loopback_names_are_loopback(host: str) -> None:
    assert is_loopback_host(host)
