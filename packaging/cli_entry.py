"""The frozen licensegui-cli's entry point (a console executable beside the windowed app)."""

import sys

from licensegui.cli import main

sys.exit(main())
