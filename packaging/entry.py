"""The frozen app's entry point (PyInstaller needs a script, not a module).

On Linux ``licensegui-cli`` is a link to this program (packaging/slim.py): started by that
name it is the command line, so the folder carries one copy of the Python modules, not two.
"""

import multiprocessing
import os
import sys

# A spawned child (an .xls read under a memory limit: core/batch/isolated.py) runs this
# executable again: freeze_support() makes it that child, not another app.
multiprocessing.freeze_support()
if os.path.basename(sys.argv[0]).startswith("licensegui-cli"):
    from licensegui.cli import main
else:
    from licensegui.__main__ import main
sys.exit(main())
