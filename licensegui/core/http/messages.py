"""The sentences a person reads when a request to the server fails or had to be retried."""

from __future__ import annotations

from urllib.parse import urlsplit

import requests

from licensegui.core.http.deadline import DeadlineExceeded
from licensegui.core.text import translate

# The context stays "Client" (where these sentences were first written): the catalogs in
# resources/i18n match on it.


def describe(exc: Exception, url: str) -> str:
    """What went wrong with one attempt, in a sentence naming the server."""
    host = urlsplit(url).netloc
    if isinstance(exc, requests.exceptions.SSLError):
        return (
            translate("Client",
                      "The TLS certificate of {host} could not be verified. Check the base URL "
                      "(the certificate must be for that name) and that the server's "
                      "certificate is issued by an authority this computer trusts (a "
                      "self-signed one is not); behind a company proxy, the proxy's "
                      "certificate must be trusted by this computer.").format(host=host)
        )
    if isinstance(exc, DeadlineExceeded):
        return translate("Client",
                         "{host} was too slow: no complete answer within {exc}.").format(
                             host=host, exc=exc)
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return translate("Client", "No connection to {host} (timed out).").format(host=host)
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return translate("Client",
                         "{host} accepted the request but did not answer in "
                         "time.").format(host=host)
    if isinstance(exc, requests.exceptions.ConnectionError):
        text = str(exc)
        if "Name or service not known" in text or "getaddrinfo failed" in text or (
            "nodename nor servname" in text
        ):
            return translate("Client",
                             "The server name {hostname} could not be found "
                             "(DNS).").format(hostname=urlsplit(url).hostname)
        if "Connection refused" in text or "actively refused" in text:
            return translate("Client",
                             "{host} refused the connection: is the address right and the server "
                             "up?").format(host=host)
        return translate("Client", "The connection to {host} failed.").format(host=host)
    return translate("Client",
                     "The request to {host} failed ({kind}).").format(
                         host=host, kind=type(exc).__name__)


def redirect_loop(redirects: int) -> str:
    """A server that keeps redirecting: the base URL is not where its API answers."""
    return translate("Client",
                     "The server redirected more than {count} times (a redirect loop). Check "
                     "the base URL: it must be the address where the server's API answers, "
                     "not one that forwards elsewhere.").format(count=redirects)


def gave_up(reason: str, attempts: int) -> str:
    """The last attempt failed like the ones before it."""
    return translate("Client",
                     "{reason} Tried {attempts} "
                     "times.").format(reason=reason, attempts=attempts)


def retried_after(attempts: int, reason: str, delay: float) -> str:
    """A note on the result: this attempt failed and the next one followed after ``delay``."""
    return translate("Client",
                     "attempt {attempts}: {reason} Retried after "
                     "{delay:.1f} s.").format(attempts=attempts, reason=reason, delay=delay)


def busy(status: int) -> str:
    """What a retried status says about the server, for the sentences below."""
    return (translate("Client", "rate limited") if status == 429
            else translate("Client", "temporarily unavailable"))


def asks_too_long_a_wait(what: str, status: int, wait: float) -> str:
    return translate("Client",
                     "The server is {what} (HTTP {status}) and asks to wait {wait} "
                     "s; try again later.").format(what=what, status=status, wait=int(wait))


def still_busy(what: str, status: int, attempts: int) -> str:
    return translate("Client",
                     "The server is {what} (HTTP {status}). Tried {attempts} "
                     "times.").format(what=what, status=status, attempts=attempts)


def waited(attempts: int, status: int, delay: float, source: str) -> str:
    """A note on the result: the server was busy and the client waited ``delay``."""
    return translate("Client",
                     "attempt {attempts}: HTTP {status}; waited {delay:.1f} s "
                     "({source}).").format(attempts=attempts, status=status,
                                           delay=delay, source=source)


def too_large(max_body_bytes: int) -> str:
    return translate("Client",
                     "The server's answer is larger than {limit} KiB; stopped reading "
                     "it.").format(limit=max_body_bytes // 1024)
