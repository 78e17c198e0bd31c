"""The demo's server is one per home (issue 28, item 2): restarted, it is the same server,
so the history, the receipts and the ledger stay true."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

import pytest

from licensegui.core.demo import DemoFolderError, demo_home
from licensegui.core.errors import KeyFileError
from licensegui.core.ledger import Ledger
from licensegui.core.session import AppSession
from tests.helpers.app import make_attempt
from tests.helpers.logfail import LogFailHandler


def _session() -> AppSession:
    return AppSession.load()


def test_the_demo_is_the_same_server_after_a_restart() -> None:
    first = _session()
    profile = first.start_demo()
    key = first.demo_keys[0]
    assert first.demo_server is not None
    assert first.demo_server.state.try_assign(key, "Jörg Müller", "j@example.com")
    api_key = first.secrets.get(profile.name)
    first.close()

    second = _session()
    try:
        again = second.start_demo()
        assert again.base_url == profile.base_url  # its remembered port
        assert again.keys == profile.keys  # its signing key
        assert second.secrets.get(again.name) == api_key
        assert second.demo_server is not None
        assert second.demo_server.state.assignment(key) == ("Jörg Müller", "j@example.com")
        assert key not in second.demo_keys  # offered keys are the ones still free
    finally:
        second.close()


def test_a_demo_whose_port_is_taken_moves_and_its_history_follows(
        expected_logs: LogFailHandler) -> None:
    """Something else took the demo's port while the app was closed: the demo answers on
    another, and what this computer knows about its keys (the ledger names a server by its
    address) follows it: the same request is still "already assigned"."""
    expected_logs.allow("licensegui.core.demo", "is taken; it moves")
    first = _session()
    old = first.start_demo()
    key = first.demo_keys[0]
    first.history.add(make_attempt(base_url=old.base_url, license_key=key, profile=old.name))
    first.close()
    port = int(old.base_url.split(":")[2].split("/")[0])
    squatter = socket.socket()
    try:
        squatter.bind(("127.0.0.1", port))
        squatter.listen()
        second = _session()
        try:
            new = second.start_demo()
            assert new.base_url != old.base_url
            ledger = Ledger(second.history)
            assert ledger.known_assignment(new.base_url, key) is not None
            assert ledger.known_assignment(old.base_url, key) is None
            assert (demo_home() / "port").read_text().strip() == new.base_url.split(":")[2][:-7]
        finally:
            second.close()
    finally:
        squatter.close()


def test_a_damaged_port_record_is_no_reason_to_fail() -> None:
    demo_home().mkdir(parents=True)
    (demo_home() / "port").write_bytes(b"\xff not a port \x00")
    session = _session()
    try:
        profile = session.start_demo()
        assert profile.base_url.startswith("http://127.0.0.1:")
        port = (demo_home() / "port").read_text().strip()
        assert profile.base_url.startswith(f"http://127.0.0.1:{port}/")
    finally:
        session.close()


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges")
@pytest.mark.parametrize("kind", ["folder link", "file"])
def test_a_link_or_a_file_in_the_demos_place_is_refused_not_followed(
        tmp_path: Path, kind: str) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    os.chmod(elsewhere, 0o755)
    demo_home().parent.mkdir(parents=True)
    if kind == "folder link":
        demo_home().symlink_to(elsewhere, target_is_directory=True)
    else:
        demo_home().write_text("not a folder")
    session = _session()
    try:
        with pytest.raises(DemoFolderError) as raised:
            session.start_demo()
        assert "symbolic link or not a folder" in str(raised.value)
        assert str(demo_home()) in str(raised.value)
    finally:
        session.close()
    assert list(elsewhere.iterdir()) == []  # nothing written through the link
    assert elsewhere.stat().st_mode & 0o777 == 0o755  # and nothing chmodded


def test_erasing_an_owner_erases_them_from_the_demos_records_too() -> None:
    """The demo's server keeps who holds each of its keys in the app's data folder: Settings →
    Erase owner (and ``history erase``) covers it, down to the file's bytes."""
    session = _session()
    try:
        session.start_demo()
        key, other = session.demo_keys[:2]
        server = session.demo_server
        assert server is not None
        assert server.state.try_assign(key, "Zyxwvut Qwertyuiop", "Zyx.Qwe@example.com")
        assert server.state.try_assign(other, "Ana Pérez", "ana@example.com")
        session.erase_owner("zyx.qwe@example.com")
        assert server.state.assignment(key) == ("[erased]", "[erased]")
        assert server.state.assignment(other) == ("Ana Pérez", "ana@example.com")
    finally:
        session.close()
    for file in demo_home().iterdir():
        if file.is_file():
            assert b"Zyxwvut" not in file.read_bytes(), file.name


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX links and FIFOs")
@pytest.mark.parametrize("name", [".owner.lock", "sandbox-private.pem", "sandbox.sqlite3",
                                  "batches"])
@pytest.mark.parametrize("kind", ["fifo", "link"])
def test_a_fifo_or_link_in_the_demos_folder_is_refused_with_a_sentence(
        tmp_path: Path, name: str, kind: str) -> None:
    """The attacker's pass: a FIFO hung the start (and the quit waiting for it); SQLite wrote
    owners and the API key through a link to a file of 0644; a linked batches folder took
    journals, pruning and erasure elsewhere."""
    target = tmp_path / "elsewhere"
    demo_home().mkdir(parents=True)
    if kind == "fifo":
        os.mkfifo(demo_home() / name)
    else:
        (demo_home() / name).symlink_to(target)
    session = _session()
    try:
        # The key's own error for the key, the demo's for the rest: each names the file.
        with pytest.raises((DemoFolderError, KeyFileError)) as raised:
            session.start_demo()
        assert str(demo_home() / name) in str(raised.value)
    finally:
        session.close()
    assert not target.exists()  # nothing made, written or read through the link


def test_damaged_demo_records_are_named_not_quoted_from_sqlite() -> None:
    """The attacker's pass: "file is not a database", SQLite's words, with no file named."""
    demo_home().mkdir(parents=True)
    (demo_home() / "sandbox.sqlite3").write_bytes(b"not a database, " * 512)
    session = _session()
    try:
        with pytest.raises(DemoFolderError) as raised:
            session.start_demo()
        assert f"The demo cannot use {demo_home() / 'sandbox.sqlite3'}: " in str(raised.value)
    finally:
        session.close()


def test_erasing_forgets_the_demos_stored_answers_of_that_owner() -> None:
    """The attacker's pass: the stored answers' fingerprints (a hash of the API key, key,
    owner and email) let anyone confirm a guess of who held a key after the erasure."""
    import sqlite3

    from licensegui.core.http.client import ApiClient
    from licensegui.core.validation import AssignRequest

    session = _session()
    try:
        profile = session.start_demo()
        key, other = session.demo_keys[:2]
        client = ApiClient()
        for k, owner, email in ((key, "Zebulon Quux", "zq@example.com"),
                                (other, "Ana Pérez", "ana@example.com")):
            client.assign(profile.base_url, session.secrets.get(profile.name) or "",
                          AssignRequest(k, owner, email))
        client.close()
        db = demo_home() / "sandbox.sqlite3"
        with sqlite3.connect(db) as conn:
            assert conn.execute("SELECT COUNT(*) FROM idempotency").fetchone()[0] == 2
        session.erase_owner("zq@example.com")
        with sqlite3.connect(db) as conn:
            assert conn.execute("SELECT COUNT(*) FROM idempotency").fetchone()[0] == 1
    finally:
        session.close()


def test_demo_records_that_cannot_be_erased_are_named(expected_logs: LogFailHandler) -> None:
    expected_logs.allow("licensegui.core.session", "not erased from")
    demo_home().mkdir(parents=True)
    (demo_home() / "sandbox.sqlite3").write_bytes(b"")  # killed before its schema was made
    session = _session()
    try:
        _changed, sentences = session.erase_owner("zq@example.com")
    finally:
        session.close()
    assert any("The demo's records" in s and "could not be read" in s for s in sentences)


def test_a_second_copys_temporary_demo_has_its_own_profile_name() -> None:
    """The attacker's pass: its answers, signed by its own key, were recorded under the home
    demo's name, and read as forged when re-checked later with the home demo's key."""
    first, second = _session(), _session()
    try:
        home_demo = first.start_demo()
        temporary = second.start_demo()
        assert home_demo.name == "Demo (local sandbox)"
        assert temporary.name == "Temporary demo (forgotten at quit)"
    finally:
        second.close()
        first.close()
