"""Typed settings with their defaults, in one place (QSettings under the app id)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from .. import paths

RECENT_COUNT = 8
THEMES = ("system", "light", "dark")


def qsettings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     paths.ORG_DOMAIN, paths.APP_ID)


class Settings:
    """The app's remembered choices. Each property documents its default."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or qsettings()

    @property
    def last_vault(self) -> Path | None:
        """The vault open when the app last quit; None: the default vault."""
        value = self.store.value("vault/last", "")
        return Path(str(value)) if value else None

    @last_vault.setter
    def last_vault(self, path: Path | None) -> None:
        self.store.setValue("vault/last", str(path) if path else "")

    def _strings(self, key: str) -> list[str]:
        """A list of texts (QSettings gives one alone as a plain string, none as nothing)."""
        value = self.store.value(key, [])
        names = [value] if isinstance(value, str) else \
            list(value) if isinstance(value, list | tuple) else []
        return [str(name) for name in names if name]

    @property
    def recent_vaults(self) -> list[Path]:
        """Vaults opened before, the latest first (at most RECENT_COUNT); default: none."""
        return [Path(name) for name in self._strings("vault/recent")]

    def add_recent_vault(self, path: Path) -> None:
        names = [str(path)] + [str(p) for p in self.recent_vaults if p != path]
        self.store.setValue("vault/recent", names[:RECENT_COUNT])

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self.store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self.store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self.store.value("window/state")
        return value if isinstance(value, QByteArray) else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self.store.setValue("window/state", value)

    @property
    def records_view(self) -> str:
        """'list' (default) or 'grid' of large thumbnails."""
        value = str(self.store.value("records/view", "list"))
        return value if value in ("list", "grid") else "list"

    @records_view.setter
    def records_view(self, value: str) -> None:
        self.store.setValue("records/view", value)

    @property
    def last_folder(self) -> Path:
        """The folder a file was last chosen in (opened, imported, saved); default: home. A
        folder that is gone falls back to home too."""
        value = self.store.value("dialogs/last_folder", "")
        folder = Path(str(value)) if value else Path.home()
        return folder if folder.is_dir() else Path.home()

    @last_folder.setter
    def last_folder(self, folder: Path) -> None:
        self.store.setValue("dialogs/last_folder", str(folder))

    @property
    def theme(self) -> str:
        """'system' (default: the desktop's own light or dark look), 'light' or 'dark'."""
        value = str(self.store.value("appearance/theme", "system"))
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self.store.setValue("appearance/theme", value if value in THEMES else "system")

    @property
    def language(self) -> str:
        """The app's language code, or "" to follow the system's (applies at the next start)."""
        from ..translations import LANGUAGES

        value = str(self.store.value("appearance/language", ""))
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        from ..translations import LANGUAGES

        self.store.setValue("appearance/language", value if value in LANGUAGES else "")

    @property
    def page_size(self) -> str:
        """'A4' (default) or 'Letter' for printing and the packet."""
        value = str(self.store.value("print/page_size", "A4"))
        return value if value in ("A4", "Letter") else "A4"

    @page_size.setter
    def page_size(self, value: str) -> None:
        self.store.setValue("print/page_size", value)

    @property
    def auto_backup_folder(self) -> Path | None:
        """Where a backup is written each time the app quits; None (default): nowhere."""
        value = self.store.value("backup/auto_folder", "")
        return Path(str(value)) if value else None

    @auto_backup_folder.setter
    def auto_backup_folder(self, path: Path | None) -> None:
        self.store.setValue("backup/auto_folder", str(path) if path else "")

    @property
    def auto_backup_keep(self) -> int:
        """How many automatic backups are kept (default 5; the oldest go)."""
        try:
            return max(1, int(str(self.store.value("backup/auto_keep", 5))))
        except (TypeError, ValueError):
            return 5

    @auto_backup_keep.setter
    def auto_backup_keep(self, count: int) -> None:
        self.store.setValue("backup/auto_keep", int(count))

    @property
    def ocr_automatic(self) -> bool:
        """Read scans in the background on opening a vault and after each import (default)."""
        return str(self.store.value("ocr/automatic", "true")).lower() not in ("false", "0")

    @ocr_automatic.setter
    def ocr_automatic(self, on: bool) -> None:
        self.store.setValue("ocr/automatic", "true" if on else "false")

    @property
    def ocr_skipped_languages(self) -> list[str]:
        """OCR languages present that the reader leaves out ("deu"); default none: a language
        file dropped into the languages folder is used from then on."""
        return self._strings("ocr/skipped_languages")

    @ocr_skipped_languages.setter
    def ocr_skipped_languages(self, names: list[str]) -> None:
        self.store.setValue("ocr/skipped_languages", sorted(set(names)))
