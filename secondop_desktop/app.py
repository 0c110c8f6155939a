"""``secondop-desktop``: start the app on the default (or named) vault."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__, paths, spare_pyside_the_source_reads
from .logs import install_excepthooks

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from .ui.single_instance import SingleInstance


class Options:
    """What a start was asked for on the command line."""

    def __init__(self) -> None:
        self.vault: Path | None = None
        self.demo = False
        self.selftest = False
        self.qt_args: list[str] = []  # Qt's own options (-reverse, -style...), passed on to Qt


def parse_args(argv: Sequence[str]) -> Options:
    """The options. A launcher's start (none, ``--vault DIR``, ``--demo``) is read as it is:
    argparse's parser and help formatter would cost the first frame a few milliseconds. Anything
    else (help, version, an abbreviation, a typo, Qt's own options) goes through argparse."""
    return _plain_options(argv) or _parsed_options(argv)


def _plain_options(argv: Sequence[str]) -> Options | None:
    """The options when there are only ``--vault DIR`` and ``--demo``, else None."""
    options = Options()
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--demo":
            options.demo = True
        elif arg == "--vault" and rest and not rest[0].startswith("-"):
            options.vault = Path(rest.pop(0))
        elif arg.startswith("--vault=") and arg != "--vault=":
            options.vault = Path(arg.removeprefix("--vault="))
        else:
            return None
    return options


def _parsed_options(argv: Sequence[str]) -> Options:
    import argparse

    parser = argparse.ArgumentParser(prog="secondop-desktop",
                                     description="SecondOp Desktop: prepare for a second opinion.")
    parser.add_argument("--version", action="version", version=f"secondop-desktop {__version__}")
    parser.add_argument("--vault", type=Path, metavar="DIR", help="open this vault folder")
    parser.add_argument("--demo", action="store_true",
                        help="open a demo vault with a made-up patient (created once)")
    parser.add_argument("--selftest", action="store_true",
                        help="check this installation offscreen and exit (0 when healthy)")
    options, qt_args = parser.parse_known_args(argv, namespace=Options())
    # Qt's own options go on to Qt: -reverse (a right-to-left check without a translation),
    # -style, -platform...
    options.qt_args = qt_args
    return options


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.selftest:
        from .selftest import run_selftest

        return run_selftest()
    from PySide6.QtWidgets import QApplication

    spare_pyside_the_source_reads()  # the modules loaded before PySide was
    from .ui.main_window import MainWindow
    from .ui.settings import Settings
    from .ui.single_instance import SingleInstance, knock

    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication(
        [*sys.argv[:1], *args.qt_args])
    # A bug nobody caught is logged; the patient sees the one standard dialog.
    install_excepthooks(_report_bug)
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationDomain(paths.ORG_DOMAIN)
    app.setDesktopFileName(paths.APP_ID)
    settings = Settings()
    from .translations import install_app_language
    from .ui.style import apply_theme

    install_app_language(app, settings.language)  # the system's, or the one chosen in Settings

    apply_theme(app, settings.theme)  # Settings > Appearance: light, dark or the system's
    if args.demo:
        from .core.errors import SecondOpError
        from .demo import ensure_demo_vault

        try:
            folder = ensure_demo_vault(paths.demo_vault_dir())
        except SecondOpError as exc:
            print(f"secondop-desktop: {exc.reason}", file=sys.stderr)
            return 1
    else:
        folder = args.vault or settings.last_vault or paths.default_vault_dir()
    if knock(folder):  # open already: that window came to the front
        return 0
    instance = SingleInstance(app)
    # The window shows first; the vault opens in the background right after its first frame,
    # when the log is set up, later launches are listened for and the icon is given.
    window = MainWindow(settings=settings, folder=folder, demo=args.demo)
    instance.activated.connect(window.bring_to_front)
    window.vault_opened.connect(instance.listen)  # File > Open vault: knocks for that one
    window.first_frame_shown.connect(lambda: _after_first_frame(app, instance, folder))
    window.show()
    code = app.exec()
    if window.failed:
        print(f"secondop-desktop: {window.failed}", file=sys.stderr)
        return 1
    return code


def _report_bug(details: str) -> None:
    from PySide6.QtWidgets import QApplication

    from .ui.dialogs import DialogService

    DialogService().bug(QApplication.activeWindow(), details)


def _after_first_frame(app: QApplication, instance: SingleInstance, folder: Path) -> None:
    """What the first frame need not wait for."""
    from .logs import setup_logging

    setup_logging()
    instance.listen(folder)
    _set_icon(app)


def _set_icon(app: QApplication) -> None:
    """The app's icon (an SVG), given once the first frame is up: loading it need not delay it."""
    from PySide6.QtGui import QIcon

    icon = paths.resource("icons", paths.APP_ID + ".svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))


if __name__ == "__main__":
    sys.exit(main())
