"""``python -m secondop_desktop.cli``: the same command as ``secondop``."""

import sys

from .commands import main

sys.exit(main())
