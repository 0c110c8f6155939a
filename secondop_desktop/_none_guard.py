"""Keep ``None`` alive under PySide6 6.12 on Python 3.11.

Shiboken 6.12 returns ``None`` from void Qt methods without taking a reference, so every such call
lowers None's reference count by one; after enough calls Python aborts with "none_dealloc". From
Python 3.12 on, None is immortal (PEP 683) and the bug is harmless. On older Pythons we give None
the same immortality by raising its count far beyond what any session can spend (and True and
False, which lose references on some return paths too).
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 60


def make_none_immortal() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False):  # True/False lose references on some return paths too
        refcount = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt is the first field
        if refcount.value < _HEADROOM:
            refcount.value += _HEADROOM
