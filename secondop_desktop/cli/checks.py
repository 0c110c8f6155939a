"""Checks at the command line's edge: numbers, paths and text are refused here with a one-line
reason, before any of them reaches the vault (an id beyond 64 bits, an empty or 120 KB path, a
question of 120 KB, a symptom dated years ahead)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

from ..core.errors import SecondOpError, ValidationError
from ..core.validate import SHORT_TEXT, limit_text, parse_datetime, require_text

LARGEST_ID = 2**63 - 1  # SQLite's integers
NAME_MAX = 255  # bytes in one file or folder name on every system we run on
PATH_MAX = 4096


class OutputRefused(SecondOpError):
    """A file a command would write cannot go where it was asked to (exit 1)."""


def whole_number(what: str, low: int = 1, high: int = LARGEST_ID) -> Callable[[str], int]:
    """A whole number from ``low`` to ``high``."""

    def parse(text: str) -> int:
        cleaned = text.strip()
        if not cleaned.lstrip("-").isdigit() or len(cleaned) > 30:
            raise ValidationError(f"{what} must be a whole number, not '{text[:40]}'.")
        number = int(cleaned)
        if not low <= number <= high:
            raise ValidationError(f"{what} must be from {low} to {high}, not {cleaned[:40]}.")
        return number

    return parse


record_id = whole_number("A record number")


def numbers(option: str, what: str) -> Callable[[str], list[int]]:
    """An option that takes numbers separated by commas (record ids, pages)."""

    def parse(text: str) -> list[int]:
        parts = [part.strip() for part in text.split(",") if part.strip()]
        if not parts or not all(p.isdigit() for p in parts):
            raise ValidationError(f"{option} takes {what} separated by commas.")
        for part in parts:
            if len(part) > 19 or not 1 <= int(part) <= LARGEST_ID:
                raise ValidationError(f"{option} takes {what} from 1 to {LARGEST_ID}, not "
                                      f"{part[:40]}.")
        return [int(part) for part in parts]

    return parse


def path(what: str) -> Callable[[str], Path]:
    """A file or folder name: not empty (which would mean the current folder), not longer
    than the system takes."""

    def parse(text: str) -> Path:
        if not text.strip():
            raise ValidationError(f"{what} is empty; name a file or folder (use . for the "
                                  "current folder).")
        encoded = os.fsencode(text)
        if b"\0" in encoded:
            raise ValidationError(f"{what} holds a character no file name can have.")
        if len(encoded) > PATH_MAX or any(len(part) > NAME_MAX
                                           for part in encoded.split(os.fsencode(os.sep))):
            raise ValidationError(f"{what} is longer than the system takes "
                                  f"({len(encoded):,} bytes).")
        return Path(text)

    return parse


def import_path(text: str) -> Path:
    """An import names what to import: an empty path is not the current folder. (A path too
    long is refused by the import itself, for that file only.)"""
    if not text.strip():
        raise ValidationError("An empty path names no file; to import the current folder, "
                              "say '.'.")
    return Path(text)


def output_path(given: Path, option: str = "--out") -> Path:
    """One rule for every file a command writes: its folder must exist; none is made."""
    out = given.expanduser()
    if out.is_dir():
        raise OutputRefused(f"cannot write {given}: it is a folder; name a file in it with "
                            f"{option}")
    if not out.parent.is_dir():
        raise OutputRefused(f"cannot write {given}: the folder {out.parent} does not exist; "
                            f"create it first or choose another {option}")
    return out


def short_text(what: str) -> Callable[[str], str]:
    """A name, title or other short field (optional: may be empty)."""
    return lambda text: limit_text(text, what, SHORT_TEXT)


def long_text(what: str) -> Callable[[str], str]:
    """Notes and other longer text (optional)."""
    return lambda text: limit_text(text, what)


def name(what: str) -> Callable[[str], str]:
    """A name that must be given."""
    return lambda text: require_text(text, what, SHORT_TEXT)


def symptom_time(text: str) -> dt.datetime:
    """When a symptom happened: not later than now (the app asks before it takes one)."""
    at = parse_datetime(text, "The time")
    if at > dt.datetime.now().replace(second=59):
        raise ValidationError(f"The time '{text}' is in the future; log a symptom when it "
                              "happened.")
    return at
