from __future__ import annotations

import gc
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from licensegui.core.trust import TrustStore, load_public_key
from licensegui.sandbox import SandboxServer
from licensegui.sandbox.signer import Signer
from tests.helpers.app import FIXTURES, catalogs_module
from tests.helpers.keyrings import MemoryKeyring
from tests.helpers.logfail import LogFailHandler, describe
from tests.helpers.sentences import SentenceGuard

# Set before any Qt import: widgets are real, the screen is not.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_configure(config: pytest.Config) -> None:
    """The window's .qm catalogs, compiled from resources/i18n/*.ts as run.py does (so a bare
    ``pytest`` tests the same translations; nothing happens when they are up to date).
    Once, in the process that starts the run: pytest-xdist's workers start after it, and two
    of them writing the same .qm at once would let a third read half a catalog."""
    import sys

    if not hasattr(config, "workerinput"):
        catalogs_module().compile_catalogs(sys.executable)


@pytest.fixture(autouse=True, scope="session")
def _no_collection_off_the_main_thread() -> Iterator[None]:
    """What the app does (licensegui.ui.gc_guard): a collection triggered on a worker thread
    could free Qt objects there and crash the test process. Collect on this thread only."""
    gc.disable()
    yield
    gc.enable()


def pytest_collection_finish(session: pytest.Session) -> None:
    """Everything imported so far lives for the whole run: move it out of the collector's
    sight, or every test's collection rescans ~70,000 import-time objects (a third of the
    suite's time went there)."""
    gc.collect()
    gc.freeze()


@pytest.fixture(autouse=True)
def _collect_between_tests() -> Iterator[None]:
    yield
    gc.collect()
    # What survived the test's collection is reachable (or shared by later tests, such as
    # modules a test imported first): the next test's collection need not scan it again.
    gc.freeze()


@pytest.fixture(autouse=True)
def expected_logs() -> Iterator[LogFailHandler]:
    """Any warning or error logged during a test fails it unless the test allowed it
    (``expected_logs.allow(logger, pattern)``): a warning is a claim that something went
    wrong, and a test that provokes none must see none."""
    handler = LogFailHandler()
    # The offscreen platform's notes about having no window manager (as qt_log_ignore).
    handler.allow("qt", "This plugin does not support", level=logging.WARNING)
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
    unexpected = handler.unexpected()
    if unexpected:
        pytest.fail("unexpected warnings or errors in the log:\n" + describe(unexpected),
                    pytrace=False)


@pytest.fixture(autouse=True)
def known_sentences() -> Iterator[SentenceGuard]:
    """Every sentence a test makes the code say is one the catalogs hold (its context and
    source): otherwise it reaches every user in English. ``known_sentences.allow(...)`` for a
    sentence made up on purpose."""
    with SentenceGuard() as guard:
        yield guard
    if guard.unknown:
        listed = "\n".join(f"  {context}: {source!r}" for context, source in
                           dict.fromkeys(guard.unknown))
        pytest.fail("sentences no catalog holds (context: source):\n" + listed, pytrace=False)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Never touch the developer's real keychain; tests swap in failing ones where needed."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """All config, data and logs go under the test's own folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("LICENSEGUI_HOME", str(home))
    monkeypatch.delenv("LICENSEGUI_API_KEY", raising=False)
    return home


@pytest.fixture(scope="session")
def signer() -> Signer:
    return Signer.generate(2048)


@pytest.fixture(scope="session")
def other_signer() -> Signer:
    return Signer.generate(2048)


@pytest.fixture
def trust(signer: Signer) -> TrustStore:
    return TrustStore.from_pems({"global": signer.public_pem()})


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[SandboxServer]:
    server = SandboxServer(tmp_path / "sandbox").start()
    yield server
    server.stop()


@pytest.fixture
def sandbox_trust(sandbox: SandboxServer) -> TrustStore:
    return TrustStore.from_pems({"global": sandbox.signer.public_pem()})


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    if not FIXTURES.is_dir():
        pytest.fail(f"test fixtures missing at {FIXTURES}")
    return FIXTURES


@pytest.fixture
def docs_trust(fixtures_dir: Path) -> TrustStore:
    pem = (fixtures_dir / "global-public.pem").read_text()
    store = TrustStore()
    store.add(load_public_key(pem, "global"))
    return store
