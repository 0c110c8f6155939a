"""SecondOp Desktop: prepare for a second medical opinion."""

from ._none_guard import make_none_immortal

__version__ = "0.1.0"

make_none_immortal()
