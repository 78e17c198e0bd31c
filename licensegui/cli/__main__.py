"""``python -m licensegui.cli``: run licensegui-cli."""

import sys

from licensegui.cli import main

sys.exit(main())
