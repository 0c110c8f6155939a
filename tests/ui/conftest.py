"""GUI fixtures: headless Qt, background work run at once by a fake pool, dialogs scripted, URLs
recorded."""

from __future__ import annotations

import pytest
from fakes import FakeThreadPool, ScriptedDialogs

from secondop_desktop.translations import install_app_language
from secondop_desktop.ui.services import Services


@pytest.fixture(scope="session", autouse=True)
def english(qapp) -> None:
    """The app installs its language at start; the tests read English, its plural forms
    ("2 records", not "2 record(s)") included."""
    install_app_language(qapp, "en")


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def opened_urls() -> list:
    return []


@pytest.fixture
def services(dialogs, opened_urls) -> Services:
    return Services(dialogs=dialogs, pool=FakeThreadPool(), view_pool=FakeThreadPool(),
                    search_pool=FakeThreadPool(),
                    open_url=lambda url: opened_urls.append(url) or True)
