"""Use the operating system's trust store for TLS (resellers behind TLS-inspecting proxies)."""

from __future__ import annotations

import logging
import threading

log = logging.getLogger(__name__)
_lock = threading.Lock()
_state: dict[str, str | None] = {"source": None}


def use_system_trust_store() -> str:
    """Inject ``truststore`` once per process; returns a description of the CA source.

    Called at start-up by each front. Verification stays on either way: if truststore cannot
    be used, requests keeps its certifi bundle.
    """
    with _lock:
        if _state["source"] is None:
            try:
                import truststore

                truststore.inject_into_ssl()
                _state["source"] = "operating system trust store (truststore)"
            except Exception as exc:  # any failure must leave certifi in place
                log.warning("truststore unavailable (%s); using certifi's CA bundle", exc)
                import certifi

                _state["source"] = f"certifi CA bundle ({certifi.where()})"
        return _state["source"] or ""
