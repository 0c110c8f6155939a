"""Exceptions a user can see. Each carries a one-line reason a patient understands.

A reason is written in English with named fields and marked for Qt Linguist (context
``Reason``): ``RefusedFile(QT_TRANSLATE_NOOP("Reason", "the file is larger than {limit} MB"),
limit=32)``. ``.reason`` is the English text (the CLI, the log, comparisons); the app shows
``.translated(translate)``, which translates the template first and fills the fields after, so
a translation can put them where its language wants them. Core stays free of Qt: the app hands
its ``translate`` in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

CONTEXT = "Reason"
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Marks ``text`` for lupdate in ``context`` (always ``Reason`` in core) and returns it."""
    return text


class Reason(str):
    """A reason as English text that remembers its template and fields, to be shown in another
    language later. Being a ``str``, it goes wherever a reason went before; a field may be a
    ``Reason`` itself (a marked phrase put into a sentence), translated along with it. A plain
    string given where a Reason is expected is looked up as a template with no fields."""

    template: str
    fields: Mapping[str, Any]

    def __new__(cls, template: str, /, **fields: Any) -> Reason:
        self = super().__new__(cls, template.format(**fields) if fields else template)
        self.template = template
        self.fields = fields
        return self

    def translated(self, translate: Translate) -> str:
        return translated(self, translate)


def translated(text: str, translate: Translate) -> str:
    """``text`` in the language of ``translate`` (``QCoreApplication.translate`` in the app, the
    packet's own at export): a Reason with its fields filled after translating, a plain string
    as a template without fields (a stored English reason still reads in the patient's language
    when it is one of ours); English where there is no translation."""
    if not isinstance(text, Reason):
        return (translate(CONTEXT, text) or text) if text else text
    # the patient's own words in a field (a file name, a title) stay as they are
    fields = {key: translated(value, translate) if isinstance(value, Reason) else value
              for key, value in text.fields.items()}
    wanted = translate(CONTEXT, text.template) or text.template
    if not fields:
        return wanted
    try:
        return wanted.format(**fields)
    except (KeyError, IndexError, ValueError):  # a translation that lost a field: English
        return text.template.format(**fields)


class SecondOpError(Exception):
    """Base of every error whose message is shown to the user as it is."""

    def __init__(self, reason: str = "", /, **fields: Any) -> None:
        if not isinstance(reason, str):  # an exception handed on as the reason
            reason = str(reason)
        self._reason = Reason(reason, **fields) if fields or not isinstance(reason, Reason) \
            else reason
        super().__init__(str(self._reason))

    @property
    def reason(self) -> Reason:
        """The reason in English (the CLI, the log); ``translated`` for the app."""
        return self._reason

    def translated(self, translate: Translate) -> str:
        return translated(self._reason, translate)


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

    def __init__(self, why: str, /, **fields: Any) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Reason", "{why}; your stored files are untouched. Run `secondop recover` to rebuild "
                      "the records from them."), why=Reason(why, **fields))


class VaultNeedsUpgrade(VaultError):
    """A vault of an older schema opened read-only: it cannot be updated without writing."""
