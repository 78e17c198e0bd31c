"""The frozen app's entry point (PyInstaller needs a script, not a module)."""

import multiprocessing
import sys

from licensegui.__main__ import main

# A spawned child (an .xls read under a memory limit: core/batch/isolated.py) runs this
# executable again: freeze_support() makes it that child, not another app.
multiprocessing.freeze_support()
sys.exit(main())
