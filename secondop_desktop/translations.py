"""The languages of the app and of the packet (Qt Linguist: translations/*.ts, compiled to .qm).

The app's language follows the system (``LANGUAGE``, ``LANG``, the OS setting) unless Settings
names one; it is installed once, at start. The packet's language is chosen at each export and may
differ from the app's (a German patient writing to a Spanish clinic), so the packet's generated
text goes through ``packet_text.translate(...)``: the translator of the export's own thread, never
the application-wide one, which the window keeps using meanwhile. lupdate extracts
``anything.translate("Context", "Text")`` calls, so both kinds of call are found alike.

English is the source language; its .qm only carries the plural forms ("%n record(s)").
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from . import paths
from .core.errors import SecondOpError, translated

SOURCE_LANGUAGE = "en"
# The languages shipped, by their own names (the Settings and export choices show these).
LANGUAGES = {"en": "English", "de": "Deutsch", "es": "Español"}


def translations_dir() -> Path:
    return paths.resource("translations")


def system_language() -> str:
    """The first shipped language the user's environment asks for, else English."""
    wanted = [part for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
              for part in os.environ.get(var, "").split(":") if part]
    wanted += QLocale.system().uiLanguages()
    for name in wanted:
        code = name.replace("-", "_").split("_")[0].split(".")[0].lower()
        if code in LANGUAGES:
            return code
        if code in ("c", "posix"):
            continue
    return SOURCE_LANGUAGE


def resolve(setting: str) -> str:
    """A Settings value ("" for the system's) as a shipped language code."""
    return setting if setting in LANGUAGES else system_language()


def load_translator(language: str) -> QTranslator | None:
    """Our compiled messages for ``language``; None when the .qm file is not there (a source
    tree where `make translations` has not run): the app then speaks English."""
    translator = QTranslator()
    if translator.load(f"secondop_{language}", str(translations_dir())):
        return translator
    return None


def install_app_language(app: QCoreApplication, setting: str = "") -> str:
    """Install the app's language (and Qt's own, for its standard buttons); returns its code."""
    language = resolve(setting)
    QLocale.setDefault(QLocale(language))
    kept: list[QTranslator] = [EnglishPlurals()]  # installed first: asked last
    ours = load_translator(language)
    if ours is not None:
        kept.append(ours)
    if language != SOURCE_LANGUAGE:
        from PySide6.QtCore import QLibraryInfo  # its enums cost an English first frame 0.2 ms

        qt_own = QTranslator()
        if qt_own.load(f"qtbase_{language}",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            kept.append(qt_own)
    for translator in kept:
        translator.setParent(app)  # the app owns them: Python's collector would delete them
        app.installTranslator(translator)
    return language


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's name
    """Marks ``text`` for lupdate in ``context`` and returns it as it is (Qt's own is typed as
    returning ``object``); shown later through ``QCoreApplication.translate(context, text)``."""
    return text


def shown_reason(error: BaseException | str) -> str:
    """What the patient reads of an error or a reason: ours in the app's language (the CLI and
    the log keep the English ``.reason``); anything else as it is."""
    if isinstance(error, SecondOpError):
        return error.translated(QCoreApplication.translate)
    if isinstance(error, str):
        return translated(error, QCoreApplication.translate)
    return str(error)


def app_language() -> str:
    """The app's language as installed (``install_app_language`` sets QLocale's default to it);
    English when none of ours is."""
    code = QLocale().name().split("_")[0].lower()
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def english_plural(text: str, n: int) -> str:
    """``"%n record(s)"`` as English when no .qm supplied its forms (a source tree before
    `make translations`, the tests): "1 record", "2 records". A translation has no "(s)"."""
    return re.sub(r"(\w+)\(s\)", lambda m: m.group(1) if n == 1 else (
        m.group(1)[:-1] + "ies" if m.group(1).endswith("y") else m.group(1) + "s"), text)


class EnglishPlurals(QTranslator):
    """The translator asked last: a message no compiled file has is its English source, with
    "%n record(s)" said as English does. The app is never left saying "1 record(s)", whether or
    not `make translations` compiled the English forms (a source tree, a test run)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return english_plural(source, n) if n >= 0 else source


class PacketText:
    """Translations of the packet's generated text, in the language of the export running on
    this thread; elsewhere (the same drawing code on a screen or a printer: the symptom chart,
    the question sheet) in the app's language."""

    def __init__(self) -> None:
        self._local = threading.local()
        self._cache: dict[str, QTranslator | None] = {}
        self._lock = threading.Lock()

    @property
    def language(self) -> str:
        return getattr(self._local, "language", None) or app_language()

    def _translator(self, language: str) -> QTranslator | None:
        with self._lock:
            if language not in self._cache:
                self._cache[language] = load_translator(language)
            return self._cache[language]

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        text: str | None = ""
        for language in dict.fromkeys((self.language, SOURCE_LANGUAGE)):
            translator = self._translator(language)
            if translator is not None:
                text = translator.translate(context, source, disambiguation, n)
                if text:
                    break
        if not text:
            text = english_plural(source, n) if n >= 0 else source
        return text.replace("%n", str(n)) if n >= 0 else text

    @contextmanager
    def language_of_this_thread(self, language: str) -> Iterator[None]:
        """Generated text made inside is in ``language`` (this thread only)."""
        previous = getattr(self._local, "language", None)  # None: the app's, as it is then
        self._local.language = language if language in LANGUAGES else SOURCE_LANGUAGE
        try:
            yield
        finally:
            self._local.language = previous


packet_text = PacketText()
