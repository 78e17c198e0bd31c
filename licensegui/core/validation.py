"""Input validation shared by every front. Each check returns a cleaned value or raises
:class:`ValidationError` naming the field, with a sentence fit to show beside it."""

from __future__ import annotations

import ipaddress
import posixpath
import re
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from licensegui.core.errors import ValidationError
from licensegui.core.text import translate

LICENSE_KEY_MIN, LICENSE_KEY_MAX = 4, 128
OWNER_NAME_MAX = 200
EMAIL_MAX = 254
# Windows Credential Manager holds ~1,280 characters per secret; API keys are UUID-sized.
API_KEY_MAX = 512

# Pragmatic, not RFC 5322: one @, a dotted domain of sane labels, no spaces or quotes.
_EMAIL = re.compile(
    r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@"
    r"(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)
_LICENSE_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]*")


def clean_license_key(value: str) -> str:
    key = value.strip()
    if not key:
        raise ValidationError("license_key", translate("Validation", "Enter a license key."))
    if len(key.split()) != 1:  # whitespace inside (one C call: a batch checks 100,000 keys)
        raise ValidationError("license_key",
                              translate("Validation",
                                        "A license key has no spaces or line breaks inside."))
    if len(key) < LICENSE_KEY_MIN:
        raise ValidationError(
            "license_key", translate("Validation",
                                     "Too short for a license key (min "
                                     "{LICENSE_KEY_MIN}).").format(LICENSE_KEY_MIN=LICENSE_KEY_MIN)
        )
    if len(key) > LICENSE_KEY_MAX:
        raise ValidationError(
            "license_key", translate("Validation",
                                     "Too long for a license key ({length} > "
                                     "{LICENSE_KEY_MAX}).").format(
                                         length=len(key), LICENSE_KEY_MAX=LICENSE_KEY_MAX)
        )
    if not _LICENSE_KEY.fullmatch(key):
        raise ValidationError(
            "license_key", translate("Validation",
                                     "Use only letters, digits and - . _ : in a license key.")
        )
    return key


def clean_owner_name(value: str) -> str:
    name = " ".join(value.split())  # folds pasted tabs/newlines into single spaces
    if not name:
        raise ValidationError("owner_name", translate("Validation", "Enter the owner's name."))
    if len(name) > OWNER_NAME_MAX:
        raise ValidationError("owner_name",
                              translate("Validation",
                                        "Name too long ({length} > "
                                        "{OWNER_NAME_MAX}).").format(
                                            length=len(name), OWNER_NAME_MAX=OWNER_NAME_MAX))
    if not name.isprintable():  # any control character (whole-string: batches are big)
        raise ValidationError("owner_name",
                              translate("Validation", "The name contains control characters."))
    return name


def clean_email(value: str) -> str:
    email = value.strip()
    if not email:
        raise ValidationError("email", translate("Validation", "Enter the owner's email."))
    if len(email) > EMAIL_MAX or not _EMAIL.fullmatch(email):
        raise ValidationError("email",
                              translate("Validation",
                                        "Not a valid email address (like name@example.com)."))
    return email


def is_loopback_host(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url_security(url: str, field: str = "base_url") -> None:
    """TLS always, except to this computer: plain http would send the API key in clear."""
    parts = urlsplit(url)
    if parts.scheme == "https":
        return
    if parts.scheme == "http" and parts.hostname and is_loopback_host(parts.hostname):
        return
    if parts.scheme == "http":
        raise ValidationError(
            field, translate("Validation",
                             "Plain http:// is allowed only to this computer (127.0.0.1); use "
                             "https://.")
        )
    raise ValidationError(field, translate("Validation", "The address must start with https://."))


def clean_base_url(value: str) -> str:
    url = value.strip().rstrip("/")
    if not url:
        raise ValidationError("base_url",
                              translate("Validation", "Enter the server's API address."))
    if any(ch.isspace() for ch in url):
        raise ValidationError("base_url", translate("Validation", "The address contains spaces."))
    try:
        parts = urlsplit(url)  # "[::1" (a bracket that does not close) raises here
    except ValueError as exc:
        raise ValidationError("base_url", translate(
            "Validation", "The address is not a valid URL ({problem}).").format(
                problem=exc)) from exc
    if parts.scheme not in ("http", "https"):
        raise ValidationError(
            "base_url", translate("Validation",
                                  "The address must start with https:// (like "
                                  "https://vendor.example/api/v1).")
        )
    try:
        port = parts.port
    except ValueError as exc:
        raise ValidationError("base_url",
                              translate("Validation",
                                        "The port in the address is not a number.")) from exc
    if not parts.hostname or (port is not None and not 0 < port < 65536):
        raise ValidationError("base_url",
                              translate("Validation", "The address has no valid host name."))
    if parts.username or parts.password:
        raise ValidationError(
            "base_url", translate("Validation",
                                  "Do not put credentials in the address; the API key is asked "
                                  "for apart.")
        )
    if parts.query or parts.fragment:
        raise ValidationError("base_url",
                              translate("Validation", "The address must not contain ? or #."))
    check_url_security(url)
    return normal_url(url)


def normal_url(url: str) -> str:
    """One spelling for one address (issue 30): the scheme and host in lower case, no
    default port, no ``.``/``..`` segments, no trailing slash — so the same server typed two
    ways is one server to the ledger, and one request is never sent again as a new one."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    netloc = host if port is None or port == _DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
    # Percent-encoded letters, digits and -._~ are those characters (RFC 3986 6.2.2.2);
    # other escapes keep their meaning, in upper case.
    path = _PERCENT.sub(_unescaped, parts.path)
    path = posixpath.normpath(path) if path not in ("", "/") else ""
    path = "" if path in (".", "/") else "/" + path.lstrip("/")
    return urlunsplit((scheme, netloc, path.rstrip("/"), "", ""))


_DEFAULT_PORTS = {"http": 80, "https": 443}
_PERCENT = re.compile(r"%([0-9A-Fa-f]{2})")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def _unescaped(match: re.Match[str]) -> str:
    char = chr(int(match[1], 16))
    return char if char in _UNRESERVED else "%" + match[1].upper()


def clean_api_key(value: str) -> str:
    key = value.strip()
    if not key:
        raise ValidationError("api_key", translate("Validation", "Enter the API key."))
    if len(key) > API_KEY_MAX:
        raise ValidationError("api_key",
                              translate("Validation",
                                        "Too long for an API key (max "
                                        "{API_KEY_MAX}).").format(API_KEY_MAX=API_KEY_MAX))
    if any(ch.isspace() or not ch.isprintable() or ord(ch) > 126 for ch in key):
        raise ValidationError("api_key",
                              translate("Validation",
                                        "An API key has no spaces or special characters."))
    return key


def clean_profile_name(value: str) -> str:
    name = " ".join(value.split())
    if not name:
        raise ValidationError("profile", translate("Validation", "Enter a profile name."))
    if len(name) > 60 or any(not ch.isprintable() for ch in name):
        raise ValidationError("profile",
                              translate("Validation",
                                        "Use up to 60 printable characters for a profile name."))
    return name


@dataclass(frozen=True)
class AssignRequest:
    """A validated assignment: what is sent, apart from the API key."""

    license_key: str
    owner_name: str
    email: str

    @classmethod
    def from_input(cls, license_key: str, owner_name: str, email: str) -> AssignRequest:
        return cls(clean_license_key(license_key), clean_owner_name(owner_name), clean_email(email))


def form_errors(license_key: str, owner_name: str, email: str) -> dict[str, str]:
    """Every field's problem at once (for inline display), empty when the form is valid."""
    errors: dict[str, str] = {}
    for cleaner, value in (
        (clean_license_key, license_key),
        (clean_owner_name, owner_name),
        (clean_email, email),
    ):
        try:
            cleaner(value)
        except ValidationError as err:
            errors[err.field] = str(err)
    return errors
