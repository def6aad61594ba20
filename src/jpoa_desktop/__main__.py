"""`python -m jpoa_desktop` starts the GUI."""

import sys

from jpoa_desktop.app import main

sys.exit(main())
