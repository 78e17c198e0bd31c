"""``python -m licensegui.cli``: run licensegui-cli."""

import sys

from licensegui.cli import main

if __name__ == "__main__":  # not again in a spawned child (core/batch/isolated.py)
    sys.exit(main())
