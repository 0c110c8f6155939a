"""Words of the packet that need more than ``packet_text.translate``: counted ones (plurals),
and why a record (or a page of one) is not in the packet.

The reasons are made in English (the export's notices, the CLI and the log keep them so) and
translated where the packet prints them; a reason not listed here (one with a file's own
error in it) is printed as it is.
"""

from __future__ import annotations

from ..core.errors import translated
from ..translations import QT_TRANSLATE_NOOP, packet_text

# lupdate finds translate("Context", "Text") calls; the packet's language is this thread's
translate = packet_text.translate

CONTEXT = "PacketReasons"
_KNOWN = frozenset({
    QT_TRANSLATE_NOOP("PacketReasons", "an error in SecondOp Desktop kept it out (the details "
                                       "were saved to the log; please report it)"),
    QT_TRANSLATE_NOOP("PacketReasons", "names another patient"),
    QT_TRANSLATE_NOOP("PacketReasons", "its stored file is missing"),
    QT_TRANSLATE_NOOP("PacketReasons", "its stored file is damaged (it changed after import)"),
    QT_TRANSLATE_NOOP("PacketReasons", "its date is not from 1900 to a year from today; "
                                       "correct it on the Symptoms screen"),
    QT_TRANSLATE_NOOP("PacketReasons", "a page of it unpacks to far more data than any page "
                                       "needs, too much to include safely"),
    QT_TRANSLATE_NOOP("PacketReasons", "a page of it holds damaged data that cannot be shown"),
    QT_TRANSLATE_NOOP("PacketReasons", "the image is damaged and cannot be read"),
    QT_TRANSLATE_NOOP("PacketReasons", "the JPEG file is damaged"),
    QT_TRANSLATE_NOOP("PacketReasons", "the JPEG file is incomplete"),
    QT_TRANSLATE_NOOP("PacketReasons", "the PDF is damaged and cannot be read"),
    QT_TRANSLATE_NOOP("PacketReasons", "the PDF has no pages"),
    QT_TRANSLATE_NOOP("PacketReasons", "the PDF needs a password to open"),
    QT_TRANSLATE_NOOP("PacketReasons", "the study has no image to show"),
})


def reason_text(reason: str) -> str:
    """``reason`` in the packet's language when it is one of ours (the packet's own, or a
    core reason: ``core.errors.Reason``), else as it is."""
    if reason in _KNOWN:
        return packet_text.translate(CONTEXT, reason)
    return translated(reason, packet_text.translate)
