"""The frozen licensegui-cli's entry point (a console executable beside the windowed app)."""

import multiprocessing
import sys

from licensegui.cli import main

# A spawned child (an .xls read under a memory limit: core/batch/isolated.py) runs this
# executable again: freeze_support() makes it that child, not another app.
multiprocessing.freeze_support()
sys.exit(main())
