"""Conditions of a record's file that keep it (or one page of it) out of the packet.

Each carries the plain reason printed on the "could not be included" page. Anything else that
goes wrong while the packet is written is a bug of ours and is reported as such.
"""

from __future__ import annotations


class BadPdf(Exception):
    """The PDF cannot be read; the message is the reason shown in the packet."""


class BadPage(Exception):
    """One page of a PDF cannot be included; the message says why."""


class BadImage(Exception):
    """The image cannot be read; the message is the reason shown in the packet."""
