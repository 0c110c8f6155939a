"""SecondOp Desktop: prepare for a second medical opinion."""

import sys

__version__ = "0.1.0"


def spare_pyside_the_source_reads() -> None:
    """PySide reads the whole source of every module named in an import statement once it is
    loaded itself, to see whether the module says "PySide6" (for its optional ``__feature__``
    switches, which we never use): the standard library's typing, logging, threading, os...
    about 3 ms of the first window. Modules already loaded are told now, as PySide would have
    found them (-1: "ignore"); PySide's own and ours are still read."""
    feature = sys.modules.get("shibokensupport.feature")
    known = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(known, dict):  # PySide not loaded yet, or its internals changed
        return
    for name in list(sys.modules):
        if not name.startswith(("PySide6", "shiboken6", __name__)):
            known.setdefault(name, -1)


spare_pyside_the_source_reads()
