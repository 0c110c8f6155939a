"""The ``secondop`` command: one module per group of commands, ``main`` the entry point."""

from .commands import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "main"]
