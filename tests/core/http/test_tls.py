"""The TLS trust source on its own: set up once per process, said which it is, and
verification never switched off."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from licensegui.core.http.tls import use_system_trust_store


def test_the_trust_store_is_set_up_once_and_named() -> None:
    first = use_system_trust_store()
    assert use_system_trust_store() == first  # the second call changes nothing
    assert first.startswith(("operating system trust store", "certifi CA bundle"))

def test_truststore_injected_once_and_verification_stays_on() -> None:
    # A fresh interpreter: injection changes ssl for the whole process.
    code = textwrap.dedent("""
        import ssl
        from licensegui.core.http.tls import use_system_trust_store
        first = use_system_trust_store()
        second = use_system_trust_store()
        assert first == second, (first, second)
        print(first)
        ctx = ssl.create_default_context()
        print(type(ctx).__module__, ctx.verify_mode == ssl.CERT_REQUIRED, ctx.check_hostname)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=True).stdout.splitlines()
    assert out[0] == "operating system trust store (truststore)"
    module, verify, hostname = out[1].split()
    assert module.startswith("truststore")
    assert (verify, hostname) == ("True", "True")
