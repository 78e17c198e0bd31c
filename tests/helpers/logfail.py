"""Unexpected warnings and errors in the log fail the test (qutebrowser's logfail is the model).

A test that provokes one on purpose says so with the ``expected_logs`` fixture::

    def test_damaged(expected_logs):
        expected_logs.allow("licensegui.core.history", "set aside")

Anything at WARNING or above that no ``allow`` matches fails the test at teardown, with the
records listed: a "ledger not consulted" warning can no longer scroll by in a green run.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field


@dataclass
class _Allowance:
    logger: str
    pattern: re.Pattern[str]
    level: int
    seen: int = 0

    def matches(self, record: logging.LogRecord) -> bool:
        name_ok = record.name == self.logger or record.name.startswith(self.logger + ".")
        return (name_ok and record.levelno <= self.level
                and self.pattern.search(record.getMessage()) is not None)


@dataclass
class LogFailHandler(logging.Handler):
    """Collects every record at WARNING or above; ``allow`` says which ones a test expects."""

    records: list[logging.LogRecord] = field(default_factory=list)
    allowances: list[_Allowance] = field(default_factory=list)
    # Raised while a CLI command runs in-process: its warnings go to its own captured stderr,
    # as they would in the process a script starts (tests/helpers/cli.py), and the test
    # reads them there.
    quiet: int = 0

    def __post_init__(self) -> None:
        logging.Handler.__init__(self, level=logging.WARNING)

    def __hash__(self) -> int:  # logging keeps handlers in sets
        return id(self)

    def emit(self, record: logging.LogRecord) -> None:
        if not self.quiet:
            self.records.append(record)

    def allow(self, logger: str, pattern: str = "", level: int = logging.ERROR) -> None:
        """Records of ``logger`` (or its children) at most ``level`` whose message matches
        ``pattern`` (a regular expression, searched) are expected."""
        self.allowances.append(_Allowance(logger, re.compile(pattern), level))

    def unexpected(self) -> list[logging.LogRecord]:
        left = []
        for record in self.records:
            allowance = next((a for a in self.allowances if a.matches(record)), None)
            if allowance is None:
                left.append(record)
            else:
                allowance.seen += 1
        return left


def describe(records: list[logging.LogRecord]) -> str:
    return "\n".join(f"  {r.levelname} {r.name}: {r.getMessage()}" for r in records)
