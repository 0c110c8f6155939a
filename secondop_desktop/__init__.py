"""SecondOp Desktop: prepare for a second medical opinion."""

__version__ = "0.1.0"
