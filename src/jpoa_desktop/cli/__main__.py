"""`python -m jpoa_desktop.cli` runs the `jpoa` command (the tests start it this way)."""

import sys

from jpoa_desktop.cli.main import main

sys.exit(main())
