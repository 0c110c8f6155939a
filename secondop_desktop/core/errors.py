"""Exceptions a user can see. Each carries a one-line reason a patient understands."""

from __future__ import annotations


class SecondOpError(Exception):
    """Base of every error whose message is shown to the user as it is."""

    @property
    def reason(self) -> str:
        return str(self)


class RefusedFile(SecondOpError):
    """A file that cannot go into the vault; the message says why, in plain words."""


class VaultError(SecondOpError):
    """The vault folder or its database cannot be used."""


class ValidationError(SecondOpError, ValueError):
    """A value typed by the user is out of range or malformed."""


class NotFound(SecondOpError, LookupError):
    """A record, question or entry that does not exist (any more)."""


class VaultNeedsRecovery(VaultError):
    """The vault holds stored files its database cannot account for: it is not opened (opening
    would treat it as new); ``secondop recover`` rebuilds the records from the files."""

    def __init__(self, why: str) -> None:
        super().__init__(f"{why}; your stored files are untouched. "
                         "Run `secondop recover` to rebuild the records from them.")


class VaultNeedsUpgrade(VaultError):
    """A vault of an older schema opened read-only: it cannot be updated without writing."""
