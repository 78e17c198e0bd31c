"""`history erase` leaves the owner in no copy we keep (issue 30, item 6): not in another
owner's row that speaks of them ("Already assigned to Zoe Private (zoe@…)"), in the history
or in a batch journal, and not in a damaged history set aside; a copy it cannot clean is
named and the command exits 1. Checked on the files' bytes, in any case."""

from __future__ import annotations

import shutil
from pathlib import Path

from licensegui.sandbox import SandboxServer
from tests.helpers.cli import cli

ZOE = ("Zoe Private", "Zoe.Private@Example.com")


def _files_holding(folder: Path, *needles: str) -> list[Path]:
    wanted = [n.lower().encode() for n in needles]
    return [p for p in folder.rglob("*") if p.is_file()
            and any(n in p.read_bytes().lower() for n in wanted)]


def _assign(sandbox: SandboxServer, env: dict[str, str], key: str, owner: tuple[str, str],
            ) -> None:
    result = cli("assign", "--base-url", sandbox.base_url, "--license-key", key,
                 "--owner-name", owner[0], "--email", owner[1], "--global-key",
                 str(sandbox.public_key_path), env=env)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_owner_is_erased_from_other_rows_that_name_them_and_from_set_aside_copies(
        sandbox: SandboxServer, env_key: dict[str, str], isolated_home: Path,
        tmp_path: Path) -> None:
    key, other = sandbox.state.available_keys()[:2]
    _assign(sandbox, env_key, key, ZOE)
    # A batch asks for Zoe's key for Bob: its row (and the history) says whose it is.
    orders = tmp_path / "orders.csv"
    orders.write_text("license_key,owner_name,owner_email\r\n"
                      f"{key},Bob,bob@example.com\r\n{other},Bob,bob@example.com\r\n")
    batch = cli("batch", str(orders), "--base-url", sandbox.base_url, "--global-key",
                str(sandbox.public_key_path), env=env_key)
    assert batch.returncode == 1, batch.stdout + batch.stderr  # one row assigned elsewhere
    data = isolated_home / "data"
    journals = list((data / "batches").glob("*.sqlite3"))
    assert journals and _files_holding(data / "batches", "Zoe Private")  # the precondition
    # A damaged history set aside earlier, still readable: a copy of today's.
    shutil.copyfile(data / "history.sqlite3", data / "history.sqlite3.damaged-20260101-000000")
    assert len(_files_holding(data, ZOE[1])) >= 3

    erased = cli("history", "erase", "--email", ZOE[1].upper(), env=env_key)
    assert erased.returncode == 0, erased.stdout + erased.stderr
    assert _files_holding(isolated_home, ZOE[1], ZOE[0]) == []
    # Bob's rows keep what is theirs.
    assert _files_holding(data / "batches", "bob@example.com")


def test_a_set_aside_copy_that_cannot_be_read_is_named_and_erase_exits_1(
        sandbox: SandboxServer, env_key: dict[str, str], isolated_home: Path) -> None:
    _assign(sandbox, env_key, sandbox.state.available_keys()[0], ZOE)
    data = isolated_home / "data"
    aside = data / "history.sqlite3.damaged-20260101-000000"
    garbled = bytearray((data / "history.sqlite3").read_bytes())
    garbled[:16] = b"not a database!!"  # unreadable, the address still in its bytes
    aside.write_bytes(bytes(garbled))
    erased = cli("history", "erase", "--email", ZOE[1], env=env_key)
    assert erased.returncode == 1, erased.stdout + erased.stderr
    assert f"{aside} cannot be read and still holds the owner's address" in erased.stderr
    assert _files_holding(data, ZOE[1]) == [aside]  # the rest is clean


def test_a_name_before_the_address_is_erased_when_no_row_of_theirs_is_left(
        sandbox: SandboxServer, env_key: dict[str, str], isolated_home: Path,
        tmp_path: Path) -> None:
    """The attacker's pass: the history that knew Zoe's name gone (set aside, then deleted
    as the sentence says), Bob's journal still read "Already assigned to Zoe Private
    ([erased])". The name written just before the address is the owner's: it goes too."""
    key = sandbox.state.available_keys()[0]
    _assign(sandbox, env_key, key, ZOE)
    orders = tmp_path / "orders.csv"
    orders.write_text(f"license_key,owner_name,owner_email\r\n{key},Bob,bob@example.com\r\n")
    cli("batch", str(orders), "--base-url", sandbox.base_url, "--global-key",
        str(sandbox.public_key_path), env=env_key)
    data = isolated_home / "data"
    for side in data.glob("history.sqlite3*"):
        side.unlink()  # no row left that names Zoe
    assert _files_holding(data / "batches", "Zoe Private")
    erased = cli("history", "erase", "--email", ZOE[1], env=env_key)
    assert erased.returncode == 0, erased.stdout + erased.stderr
    assert _files_holding(isolated_home, "Zoe Private", ZOE[1]) == []
    assert _files_holding(data / "batches", "Already assigned to [erased] ([erased])")
