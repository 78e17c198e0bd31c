"""The TLS trust source on its own: set up once per process, and said which it is."""

from __future__ import annotations

from licensegui.core.http.tls import use_system_trust_store


def test_the_trust_store_is_set_up_once_and_named() -> None:
    first = use_system_trust_store()
    assert use_system_trust_store() == first  # the second call changes nothing
    assert first.startswith(("operating system trust store", "certifi CA bundle"))
