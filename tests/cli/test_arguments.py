"""Seconds given on the command line are checked before anything is sent: a zero, negative,
NaN or infinite --timeout once crashed with tracebacks, and a bad --replay-window made every
genuine answer read "not authentic" after the key had been assigned."""

from __future__ import annotations

import pytest

from tests.helpers.cli import cli


@pytest.mark.parametrize("command", ["assign", "batch"])
@pytest.mark.parametrize(("option", "value"), [
    ("--timeout", "0"), ("--timeout", "-1"), ("--timeout", "nan"), ("--timeout", "inf"),
    ("--replay-window", "-5"), ("--replay-window", "nan"),
])
def test_bad_seconds_are_refused_before_anything_is_sent(sandbox, tmp_path, command, option,
                                                         value):
    orders = tmp_path / "o.csv"
    orders.write_text("license_key,owner_name,email\nKEY-0001,Ann,ann@example.com\n",
                      encoding="utf-8")
    target = (["--license-key", "KEY-0001", "--owner-name", "Ann", "--email", "a@example.com"]
              if command == "assign" else [str(orders)])
    done = cli(command, *target, "--base-url", sandbox.base_url, "--global-key",
               str(sandbox.public_key_path), f"{option}={value}",
               env={"LICENSEGUI_API_KEY": sandbox.state.api_key()})
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and "seconds" in done.stderr
    assert not sandbox.seen.assignments  # nothing was sent
