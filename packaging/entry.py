"""Entry point of the frozen app.

One executable serves both commands: started through a link named ``secondop`` it is the
command-line tool, under any other name (``SecondOp``, ``secondop-desktop``) the desktop app.
"""

import os
import sys

if __name__ == "__main__":
    if os.path.basename(sys.argv[0]) in ("secondop", "secondop.exe"):
        from secondop_desktop.cli import main
    else:
        from secondop_desktop.app import main
    sys.exit(main())
