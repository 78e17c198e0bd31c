"""The team ledger's address: a libpq URI without a password, TLS verified unless loopback.

The password is never in the URL (nor settings, logs, history, argv or JSON): it comes from
the OS keyring (``licensegui-cli ledger password``), or from libpq's own PGPASSWORD or
.pgpass. A URL holding one is refused with a sentence before anything connects.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

from licensegui.core.errors import LicenseGuiError
from licensegui.core.text import translate
from licensegui.core.validation import is_loopback_host

#: libpq's TLS modes that verify the server (anything weaker only to this computer).
_VERIFYING = ("verify-full", "verify-ca")
_ALLOWED_PARAMETERS = {"sslmode", "sslrootcert", "connect_timeout", "application_name"}
#: The keyring's service name for the team ledger's passwords (username: the address).
KEYRING_SERVICE = "licensegui team ledger"


class TeamAddressError(LicenseGuiError):
    """A team ledger URL that cannot be used; ``str()`` says why."""


@dataclass(frozen=True)
class TeamAddress:
    """Where the team ledger is: what to connect to, never with a password."""

    url: str
    host: str
    port: int
    dbname: str
    user: str
    sslmode: str
    sslrootcert: str | None

    @classmethod
    def parse(cls, url: str) -> TeamAddress:
        text = url.strip()
        parts = urlsplit(text)
        if parts.scheme not in ("postgresql", "postgres"):
            raise TeamAddressError(translate(
                "TeamLedger", "The team ledger's address must start with postgresql:// (like "
                "postgresql://alice@db.example/licensegui)."))
        if parts.password is not None:
            raise TeamAddressError(translate(
                "TeamLedger", "The team ledger's address must not hold a password: it would "
                "be seen in the process list, the shell's history and the settings. Store it "
                "with “licensegui-cli ledger password”, or give it to libpq by PGPASSWORD or "
                ".pgpass. Nothing was sent."))
        try:
            port = parts.port or 5432
        except ValueError as exc:
            raise TeamAddressError(translate(
                "TeamLedger", "The port in the team ledger's address is not a number.")) from exc
        host = parts.hostname or ""
        user = unquote(parts.username or "")
        dbname = unquote(parts.path.lstrip("/"))
        if not host or not user or not dbname:
            raise TeamAddressError(translate(
                "TeamLedger", "The team ledger's address needs a user, a host and a database: "
                "postgresql://USER@HOST[:PORT]/DATABASE."))
        query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        unknown = sorted(set(query) - _ALLOWED_PARAMETERS)
        if unknown:
            raise TeamAddressError(translate(
                "TeamLedger", "The team ledger's address has parameters this program does not "
                "pass on: {names}.").format(names=", ".join(unknown)))
        loopback = is_loopback_host(host)
        sslmode = query.get("sslmode") or ("prefer" if loopback else "verify-full")
        if sslmode not in _VERIFYING and not loopback:
            raise TeamAddressError(translate(
                "TeamLedger", "sslmode={mode} would not verify the team ledger's server: only "
                "verify-full or verify-ca are allowed beyond this computer.").format(
                    mode=sslmode))
        # libpq 16+: "system" is the operating system's trust store, as for Key Manager.
        rootcert = query.get("sslrootcert") or ("system" if sslmode in _VERIFYING else None)
        return cls(text, host, port, dbname, user, sslmode, rootcert)

    @property
    def account(self) -> str:
        """The keyring's username for this ledger's password."""
        return f"{self.user}@{self.host}:{self.port}/{self.dbname}"

    def connect_arguments(self, password: str | None, timeout_s: float) -> dict[str, object]:
        """psycopg.connect's keyword arguments (a password only when one is given: libpq
        then looks in PGPASSWORD and .pgpass itself)."""
        arguments: dict[str, object] = {
            "host": self.host, "port": self.port, "dbname": self.dbname, "user": self.user,
            "sslmode": self.sslmode, "connect_timeout": max(1, round(timeout_s)),
            "application_name": "licensegui"}
        if self.sslrootcert:
            arguments["sslrootcert"] = self.sslrootcert
        if password:
            arguments["password"] = password
        return arguments


def stored_password(address: TeamAddress) -> str | None:
    """The password the keyring holds for this ledger, if any (None without a keyring)."""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, address.account)
    except Exception:  # no backend, a locked one: libpq's own sources remain
        return None


__all__ = ["KEYRING_SERVICE", "TeamAddress", "TeamAddressError", "stored_password"]
