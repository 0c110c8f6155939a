"""The packet without a window: an offscreen QGuiApplication and ``secondop export``."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from ..core.errors import SecondOpError

if TYPE_CHECKING:
    from ..core.vault import Vault


def ensure_gui_app():
    """The running QGuiApplication, or a new offscreen one (no display is needed)."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (
                os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["secondop"])
    return app


def export_from_cli(vault: Vault, args: argparse.Namespace) -> int:
    """``secondop export``: 0 when the packet was written, 1 with a one-line reason otherwise."""
    from .delivery import Delivery, check_password, deliver
    from .export import PacketOptions, export_packet

    ensure_gui_app()
    options = PacketOptions(record_ids=args.records, email_size=bool(args.email_size),
                            language=getattr(args, "language", None) or "en")
    if getattr(args, "opinions", False):
        options.sections.add("opinions")
    out = args.out.expanduser()
    if out.suffix.lower() != ".pdf":
        out = out.with_name(out.name + ".pdf")
    try:
        password = _password(args)
        if password is not None:
            check_password(password)
        result = export_packet(vault, out, options, password=password)
        logged = deliver(vault, result, options, Delivery(getattr(args, "to", "") or "", password))
    except SecondOpError as exc:
        print(f"secondop: {exc.reason}", file=sys.stderr)
        return 1
    for notice in result.notices:
        print(f"note: {notice}", file=sys.stderr)
    if logged is None:
        print("note: the vault is read-only here, so this export is not in the sent log",
              file=sys.stderr)
    locked = ", protected with a password" if password else ""
    print(f"wrote {result.path} ({result.pages} pages, {result.size_text}{locked})")
    if result.email_warning:
        print(f"note: {result.email_warning}", file=sys.stderr)
    if result.dicom_folder is not None:
        print(f"DICOM files in {result.dicom_folder}")
    return 0


def _password(args) -> str | None:
    """``--password PW``; a bare ``--password`` takes $SECONDOP_PASSWORD or one stdin line."""
    given = getattr(args, "password", None)
    if given is None or given:
        return given
    from_env = os.environ.get("SECONDOP_PASSWORD")
    if from_env:
        return from_env
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass("Password for the packet: ")
    return sys.stdin.readline().rstrip("\r\n")
