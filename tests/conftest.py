from __future__ import annotations

import gc
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

# Set before any Qt import: widgets are real, the screen is not.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True, scope="session")
def _compiled_catalogs() -> None:
    """The window's .qm catalogs, compiled from resources/i18n/*.ts as run.py does (so a bare
    ``pytest`` tests the same translations; nothing happens when they are up to date)."""
    import sys

    catalogs_module().compile_catalogs(sys.executable)


@pytest.fixture(autouse=True, scope="session")
def _no_collection_off_the_main_thread() -> Iterator[None]:
    """What the app does (licensegui.ui.gc_guard): a collection triggered on a worker thread
    could free Qt objects there and crash the test process. Collect on this thread only."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_between_tests() -> Iterator[None]:
    yield
    gc.collect()


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
