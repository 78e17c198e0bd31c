"""The retry policy on its own: reading Retry-After."""

from __future__ import annotations

from licensegui.core.http.retry import parse_retry_after


def test_retry_after_http_date() -> None:
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:30 GMT", now=1445412500.0) == 10.0
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None
