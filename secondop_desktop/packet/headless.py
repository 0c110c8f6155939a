"""The packet without a window: an offscreen QGuiApplication and ``secondop export``."""

from __future__ import annotations

import os
import sys

from ..core.errors import SecondOpError


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


def export_from_cli(vault, args) -> int:
    """``secondop export``: 0 when the packet was written, 1 with a one-line reason otherwise."""
    from .export import PacketOptions, export_packet

    ensure_gui_app()
    options = PacketOptions(record_ids=args.records, email_size=bool(args.email_size))
    out = args.out.expanduser()
    if out.suffix.lower() != ".pdf":
        out = out.with_name(out.name + ".pdf")
    try:
        result = export_packet(vault, out, options)
    except SecondOpError as exc:
        print(f"secondop: {exc.reason}", file=sys.stderr)
        return 1
    for notice in result.notices:
        print(f"note: {notice}", file=sys.stderr)
    print(f"wrote {result.path} ({result.pages} pages, {result.size_text})")
    if result.email_warning:
        print(f"note: {result.email_warning}", file=sys.stderr)
    if result.dicom_folder is not None:
        print(f"DICOM files in {result.dicom_folder}")
    return 0
