"""File dialogs: the Import dialog's default filter lists every kind SecondOp imports, and the
dialogs open in the folder a file was last chosen in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from secondop_desktop.ui.dialogs import DialogService
from secondop_desktop.ui.records.page import import_filters
from secondop_desktop.ui.settings import Settings


def test_the_default_import_filter_lists_portal_downloads_too():
    default = import_filters().split(";;")[0]
    for pattern in ("*.pdf", "*.jpg", "*.heic", "*.dcm", "DICOMDIR", "*.json", "*.xml",
                    "*.zip", "*.ndjson", "*.ccda"):
        assert pattern in default.split("(")[1].rstrip(")").split()
    assert import_filters().endswith("All files (*)")


def test_dialogs_open_where_a_file_was_last_chosen(tmp_path):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    dialogs = DialogService(settings)
    assert dialogs.start_folder() == Path.home()
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    (downloads / "lab.pdf").write_bytes(b"%PDF-1.4")
    dialogs.remember(downloads / "lab.pdf")
    assert dialogs.start_folder() == downloads
    again = DialogService(Settings(settings.store))  # the next start of the app
    assert again.start_folder() == downloads
    assert again.save_path(Path.home() / "packet.pdf") == downloads / "packet.pdf"
    assert again.save_path(tmp_path / "x" / "packet.pdf") == tmp_path / "x" / "packet.pdf"
    downloads.joinpath("lab.pdf").unlink()
    downloads.rmdir()
    assert again.start_folder() == Path.home()  # gone: home again
