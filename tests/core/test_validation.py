from __future__ import annotations

import pytest

from licensegui.core.errors import ValidationError
from licensegui.core.validation import (
    AssignRequest,
    check_url_security,
    clean_api_key,
    clean_base_url,
    clean_email,
    clean_license_key,
    clean_owner_name,
    clean_profile_name,
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


@pytest.mark.parametrize("host", ["evil-localhost.example", "localhost.example", "Xlocalhost",
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


# --- every refusal names its field and says exactly what to fix ------------------------------

@pytest.mark.parametrize(("call", "field", "sentence"), [
    (lambda: clean_license_key("   "), "license_key", "Enter a license key."),
    (lambda: clean_license_key("ab cd"), "license_key",
     "A license key has no spaces or line breaks inside."),
    (lambda: clean_license_key("abc"), "license_key", "Too short for a license key (min 4)."),
    (lambda: clean_license_key("a" * 129), "license_key",
     "Too long for a license key (129 > 128)."),
    (lambda: clean_license_key("abcd!"), "license_key",
     "Use only letters, digits and - . _ : in a license key."),
    (lambda: clean_license_key("-abcd"), "license_key",
     "Use only letters, digits and - . _ : in a license key."),
    (lambda: clean_owner_name(" \t "), "owner_name", "Enter the owner's name."),
    (lambda: clean_owner_name("x" * 201), "owner_name", "Name too long (201 > 200)."),
    (lambda: clean_owner_name("a\x00b"), "owner_name", "The name contains control characters."),
    (lambda: clean_email(" "), "email", "Enter the owner's email."),
    (lambda: clean_email("nope"), "email", "Not a valid email address (like name@example.com)."),
    (lambda: clean_email("a@" + "b" * 250 + ".com"), "email",
     "Not a valid email address (like name@example.com)."),
    (lambda: clean_base_url(" "), "base_url", "Enter the server's API address."),
    (lambda: clean_base_url("https://a b"), "base_url", "The address contains spaces."),
    (lambda: clean_base_url("ftp://x.example"), "base_url",
     "The address must start with https:// (like https://vendor.example/api/v1)."),
    (lambda: clean_base_url("https://x.example:abc"), "base_url",
     "The port in the address is not a number."),
    (lambda: clean_base_url("https://x.example:0"), "base_url",
     "The address has no valid host name."),
    (lambda: clean_base_url("https://"), "base_url", "The address has no valid host name."),
    (lambda: clean_base_url("https://u:p@x.example"), "base_url",
     "Do not put credentials in the address; the API key is asked for apart."),
    (lambda: clean_base_url("https://x.example#f"), "base_url",
     "The address must not contain ? or #."),
    (lambda: clean_base_url("http://x.example"), "base_url",
     "Plain http:// is allowed only to this computer (127.0.0.1); use https://."),
    (lambda: check_url_security("http://x.example", "redirect"), "redirect",
     "Plain http:// is allowed only to this computer (127.0.0.1); use https://."),
    (lambda: check_url_security("gopher://x.example"), "base_url",
     "The address must start with https://."),
    (lambda: clean_api_key(""), "api_key", "Enter the API key."),
    (lambda: clean_api_key("k" * 513), "api_key", "Too long for an API key (max 512)."),
    (lambda: clean_api_key("a b"), "api_key", "An API key has no spaces or special characters."),
    (lambda: clean_api_key("ké"), "api_key", "An API key has no spaces or special characters."),
    (lambda: clean_api_key("k\x7f"), "api_key",
     "An API key has no spaces or special characters."),
    (lambda: clean_profile_name(" "), "profile", "Enter a profile name."),
    (lambda: clean_profile_name("x" * 61), "profile",
     "Use up to 60 printable characters for a profile name."),
    (lambda: clean_profile_name("a\x00"), "profile",
     "Use up to 60 printable characters for a profile name."),
])
def test_refusals_name_the_field_and_the_fix(call: object, field: str, sentence: str) -> None:
    with pytest.raises(ValidationError) as caught:
        call()  # type: ignore[operator]
    assert caught.value.field == field
    assert str(caught.value) == sentence


@pytest.mark.parametrize(("call", "expected"), [
    (lambda: clean_license_key("  abcd  "), "abcd"),
    (lambda: clean_license_key("a" * 128), "a" * 128),
    (lambda: clean_license_key("A1._:-x"), "A1._:-x"),
    (lambda: clean_owner_name("x" * 200), "x" * 200),
    (lambda: clean_email(" a@b.co "), "a@b.co"),
    (lambda: clean_base_url(" https://x.example/api/v1/// "), "https://x.example/api/v1"),
    (lambda: clean_base_url("https://x.example:65535/a"), "https://x.example:65535/a"),
    (lambda: clean_api_key(" key-1 "), "key-1"),
    (lambda: clean_api_key("k" * 512), "k" * 512),
    (lambda: clean_profile_name("  A \t B "), "A B"),
    (lambda: clean_profile_name("x" * 60), "x" * 60),
    (lambda: check_url_security("https://anything.example"), None),
    (lambda: check_url_security("http://127.0.0.1:1/x"), None),
])
def test_accepted_input_is_cleaned_exactly(call: object, expected: object) -> None:
    assert call() == expected  # type: ignore[operator]


def test_request_from_input_cleans_every_field() -> None:
    request = AssignRequest.from_input(" abcd-1 ", " Test \n User ", " t@example.com ")
    assert request == AssignRequest("abcd-1", "Test User", "t@example.com")
    assert form_errors("abcd-1", "Test User", "t@example.com") == {}
    assert form_errors("", "x", "t@example.com") == {"license_key": "Enter a license key."}


def test_validation_edges_on_both_sides() -> None:
    domain = "a" * 63 + "." + "b" * 63 + "." + "c" * 57 + ".com"
    longest = "x" * 64 + "@" + domain
    assert len(longest) == 254 and clean_email(longest) == longest
    assert clean_base_url("https://x.example:1/a") == "https://x.example:1/a"
    assert clean_base_url("https://x.example/X/") == "https://x.example/X"
    with pytest.raises(ValidationError, match="credentials"):
        clean_base_url("https://user@x.example/api")  # a name alone is a credential too
    assert clean_api_key("a~b") == "a~b"  # the last printable ASCII character


@pytest.mark.parametrize("typed, normal", [
    ("HTTPS://Vendor.Example:443/api/v1/", "https://vendor.example/api/v1"),
    ("https://vendor.example:8443/api/./v1", "https://vendor.example:8443/api/v1"),
    ("http://LOCALHOST:80/api/x/../v1", "http://localhost/api/v1"),
    ("http://[::1]:9000//api//v1/", "http://[::1]:9000/api/v1"),
    ("https://vendor.example/", "https://vendor.example"),
    # Percent-encoded unreserved characters are those characters; others keep their escape.
    ("http://127.0.0.1/api/%76%31", "http://127.0.0.1/api/v1"),
    ("https://vendor.example/a%2fb/%7Ex", "https://vendor.example/a%2Fb/~x"),
])
def test_an_address_is_kept_in_one_normal_form(typed: str, normal: str) -> None:
    """Issue 30, item 7: one spelling per server, for the ledger and what is sent."""
    from licensegui.core.validation import clean_base_url

    assert clean_base_url(typed) == normal
    assert clean_base_url(normal) == normal


def test_an_address_that_is_no_url_is_a_sentence() -> None:
    """`http://[::1/api` raised ValueError ("Invalid IPv6 URL") from urlsplit: a traceback."""
    from licensegui.core.errors import ValidationError
    from licensegui.core.validation import clean_base_url

    with pytest.raises(ValidationError, match="not a valid URL"):
        clean_base_url("http://[::1/api")
