"""``secondop-desktop``: start the app on the default (or named) vault."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__, paths


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="secondop-desktop",
                                     description="SecondOp Desktop: prepare for a second opinion.")
    parser.add_argument("--version", action="version", version=f"secondop-desktop {__version__}")
    parser.add_argument("--vault", type=Path, metavar="DIR", help="open this vault folder")
    parser.add_argument("--demo", action="store_true",
                        help="open a demo vault with a made-up patient (created once)")
    parser.add_argument("--selftest", action="store_true",
                        help="check this installation offscreen and exit (0 when healthy)")
    args, _qt_args = parser.parse_known_args(argv)
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.selftest:
        from .selftest import run_selftest

        return run_selftest()
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from .core.errors import SecondOpError
    from .core.vault import Vault
    from .ui.main_window import MainWindow
    from .ui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationDomain(paths.ORG_DOMAIN)
    app.setDesktopFileName(paths.APP_ID)
    icon = paths.resource("icons", paths.APP_ID + ".svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    settings = Settings()
    try:
        if args.demo:
            from .demo import ensure_demo_vault

            folder = ensure_demo_vault(paths.demo_vault_dir())
        else:
            folder = args.vault or settings.last_vault or paths.default_vault_dir()
        vault = Vault.open(folder)
    except SecondOpError as exc:
        print(f"secondop-desktop: {exc.reason}", file=sys.stderr)
        return 1
    window = MainWindow(vault, settings=settings)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
