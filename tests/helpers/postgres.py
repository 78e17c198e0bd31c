"""A real PostgreSQL server for the team-ledger tests, started from pinned binaries.

The binaries are the ``pgserver`` wheel's (pinned with its hashes in requirements/lock.txt,
installed by ``python3 run.py test`` from nothing but Python); where it has none, a server on
PATH (``initdb``, ``postgres``). The server listens on 127.0.0.1 only, on a free port, with
password authentication (scram-sha-256) for every role — as a reseller's would, never
``trust``. PostgreSQL refuses to run as root, and CI runs as root: then it runs as ``nobody``
in a folder of its own.
"""

from __future__ import annotations

import importlib.util
import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers.waiting import wait_until

#: The database the tests' ledger lives in, and its owner (an admin who runs ledger init).
DATABASE = "ledger"
ADMIN = "ledger_admin"


def binaries() -> Path | None:
    """The folder holding initdb and postgres: the pgserver wheel's, else PATH's."""
    spec = importlib.util.find_spec("pgserver")  # located, not imported (it starts servers)
    if spec and spec.submodule_search_locations:
        folder = Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"
        if (folder / "postgres").exists() or (folder / "postgres.exe").exists():
            return folder
    found = shutil.which("postgres") and shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Postgres:
    """One server: :meth:`start`, :meth:`stop` (fast, as a crash would), :meth:`kill`
    (SIGKILL), :meth:`start` again on the same data. Passwords live in this object only."""

    def __init__(self) -> None:
        folder = binaries()
        if folder is None:
            pytest.fail("no PostgreSQL binaries: the pgserver wheel (python3 run.py test "
                        "installs it) or initdb and postgres on PATH")
        self.root = Path(tempfile.mkdtemp(prefix="licensegui-pg-"))
        self.bin = folder
        self.data = self.root / "data"
        self.port = _free_port()
        self.passwords: dict[str, str] = {ADMIN: secrets.token_urlsafe(16)}
        self._process: subprocess.Popen[bytes] | None = None
        self._as_user = self._unprivileged()
        self._initdb()

    # --- who runs it ------------------------------------------------------------------------
    def _unprivileged(self) -> Callable[[], None] | None:
        if os.name == "nt" or os.geteuid() != 0:
            return None
        import pwd

        nobody = pwd.getpwnam("nobody")
        # The wheel's binaries may lie where nobody cannot reach them (a clone in a 0700
        # temporary folder, as CI makes): a copy of the installation (bin, lib, share: its
        # programs find each other relative to bin), readable by all, beside the data.
        installation = self.bin.parent
        if installation.name == "pginstall":
            # The same layout: the programs load their libraries from
            # $ORIGIN/../../../pgserver.libs (the wheel's repaired RPATH).
            package = installation.parent
            copy = self.root / "site" / package.name / "pginstall"
            shutil.copytree(installation, copy, ignore=shutil.ignore_patterns("include"))
            libs = package.with_name(package.name + ".libs")
            if libs.is_dir():
                shutil.copytree(libs, self.root / "site" / libs.name)
            for folder, _dirs, _files in os.walk(self.root / "site"):
                os.chmod(folder, 0o755)
            self.bin = copy / "bin"
        os.chmod(self.root, 0o755)  # the copy readable; the data folder below is nobody's
        os.chown(self.root, nobody.pw_uid, nobody.pw_gid)

        def demote() -> None:
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)

        return demote

    def _run(self, *args: str) -> None:
        subprocess.run([str(self.bin / args[0]), *args[1:]], check=True, capture_output=True,
                       preexec_fn=self._as_user, cwd=self.root)

    def _initdb(self) -> None:
        pwfile = self.root / "pw"
        pwfile.write_text(self.passwords[ADMIN] + "\n")
        if self._as_user is not None:
            import pwd

            nobody = pwd.getpwnam("nobody")
            os.chown(pwfile, nobody.pw_uid, nobody.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", ADMIN, "--auth=scram-sha-256",
                  f"--pwfile={pwfile}", "-E", "UTF8", "--locale=C")
        pwfile.unlink()

    # --- running ----------------------------------------------------------------------------
    def start(self) -> Postgres:
        self._process = subprocess.Popen(
            [str(self.bin / "postgres"), "-D", str(self.data), "-h", "127.0.0.1",
             "-p", str(self.port), "-k", str(self.root), "-c", "fsync=off"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=self._as_user,
            cwd=self.root)
        wait_until(self._accepting, 30, "PostgreSQL to accept connections")
        return self

    def _accepting(self) -> bool:
        import psycopg

        if self._process is not None and self._process.poll() is not None:
            raise RuntimeError("PostgreSQL exited: " + (
                self._process.stderr.read().decode(errors="replace")
                if self._process.stderr else ""))
        try:
            with psycopg.connect(self.dsn(ADMIN, "postgres"), connect_timeout=2):
                return True
        except psycopg.OperationalError:
            return False

    def stop(self) -> None:
        """Immediate shutdown (SIGQUIT): the server's own crash-like stop."""
        self._signal(signal.SIGQUIT if hasattr(signal, "SIGQUIT") else signal.SIGTERM)

    def kill(self) -> None:
        self._signal(signal.SIGKILL if hasattr(signal, "SIGKILL") else signal.SIGTERM)

    def _signal(self, sig: int) -> None:
        if self._process is None:
            return
        if self._process.poll() is None:
            self._process.send_signal(sig)
        self._process.wait(30)
        if self._process.stderr:
            self._process.stderr.close()
        self._process = None
        (self.data / "postmaster.pid").unlink(missing_ok=True)

    def close(self) -> None:
        self.kill()
        shutil.rmtree(self.root, ignore_errors=True)

    # --- addresses and roles ----------------------------------------------------------------
    def url(self, user: str, database: str = DATABASE) -> str:
        """The ledger's URL for ``user``: no password in it (it is given apart)."""
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def dsn(self, user: str, database: str = DATABASE) -> str:
        return (f"host=127.0.0.1 port={self.port} dbname={database} user={user} "
                f"password={self.passwords[user]}")

    def create_database(self) -> None:
        import psycopg

        with psycopg.connect(self.dsn(ADMIN, "postgres"), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {DATABASE}")
            conn.execute(f"CREATE DATABASE {DATABASE} OWNER {ADMIN}")

    def create_role(self, name: str) -> str:
        """A login role for one member of staff; returns its password."""
        import psycopg
        from psycopg import sql

        password = secrets.token_urlsafe(16)
        self.passwords[name] = password
        with psycopg.connect(self.dsn(ADMIN, "postgres"), autocommit=True) as conn:
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(name), sql.Literal(password)))
        return password
