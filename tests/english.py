"""The language the Qt tests read: English, as the app installs it at start."""

from __future__ import annotations

import pytest

from secondop_desktop.translations import install_app_language


@pytest.fixture(scope="session", autouse=True)
def english(qapp) -> None:
    """The app installs its language at start; the tests read English, its plural forms
    ("2 records", not "2 record(s)") included."""
    install_app_language(qapp, "en")
