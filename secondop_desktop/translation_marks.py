"""A text marked for translation where it is defined as data, and translated where it is shown.

lupdate finds ``QT_TRANSLATE_NOOP("Context", "Text")`` by the call's name, wherever it comes from;
this one returns ``str`` (PySide6's is typed ``object``), so marked constants keep their type.
It lives outside ui/ so that the packet's modules can mark their labels too.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """``text`` itself; show it with ``QCoreApplication.translate(context, text)`` (or, on paper,
    ``packet_text.translate(context, text)``)."""
    return text
