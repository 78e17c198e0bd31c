"""Print a line of README's Quick start block, so CI runs exactly what the README says."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def quickstart_lines(text: str) -> list[str]:
    section = re.search(r"^## Quick start\s*$(.*?)(?=^## |\Z)", text, re.MULTILINE | re.DOTALL)
    if not section:
        raise SystemExit("README.md has no '## Quick start' section")
    block = re.search(r"^```[a-z]*\n(.*?)^```", section.group(1), re.MULTILINE | re.DOTALL)
    if not block:
        raise SystemExit("README.md Quick start has no fenced code block")
    return [line for line in block.group(1).splitlines() if line.strip()]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--line", type=int, required=True)
    args = parser.parse_args()
    lines = quickstart_lines(README.read_text(encoding="utf-8"))
    if len(lines) != 2:
        raise SystemExit(f"Quick start must hold exactly two commands, found {len(lines)}")
    print(lines[args.line - 1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
