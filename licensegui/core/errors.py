"""Domain errors. Each carries one human sentence that a front can show as it is.

Every domain error derives from :class:`LicenseGuiError`, so a front shows any of them as its
own sentence (the errors of history and batch input are defined beside their stores)."""

from __future__ import annotations

from licensegui.core.text import translate


class LicenseGuiError(Exception):
    """Base class: ``str(error)`` is a sentence fit for a user."""


class ValidationError(LicenseGuiError):
    """User input that cannot be sent; ``field`` names the input it is about."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class KeyFileError(LicenseGuiError):
    """A key file that cannot be used (unreadable, not RSA, too small): a public key
    given by the user, or the sandbox's own signing key."""


class NetworkError(LicenseGuiError):
    """The request could not be completed (after retries, where retrying was allowed)."""

    # False only when no request ever reached a socket: the server provably saw nothing.
    may_have_been_sent: bool = True


class InsecureUrlError(NetworkError):
    """A URL (or a redirect target) that would send the API key without TLS."""


class ServerSetupError(NetworkError):
    """The server's address or certificate is wrong (a certificate this computer does not
    trust, a redirect loop, a redirect elsewhere): a configuration problem to fix, not a
    network one that waiting would cure. Its sentence says what to check."""


class ResponseTooLargeError(NetworkError):
    """The server sent more than we are willing to read."""


class CancelledError(LicenseGuiError):
    """The user cancelled the request."""

    # False only when no request ever reached a socket: the server provably saw nothing.
    may_have_been_sent: bool = True

    def __init__(self, message: str = translate("Errors", "Cancelled.")) -> None:
        super().__init__(message)


class SecretStoreError(LicenseGuiError):
    """The OS keyring refused an operation (locked, denied, too long)."""


class JournalError(LicenseGuiError):
    """A batch's journal (or a file exported from it) cannot be used; ``str()`` says why."""


class MissingApiKey(LicenseGuiError):
    """No API key is stored for the profile yet: the front asks for one and sends again (the
    profile's name is the message; it is never shown as an error)."""
