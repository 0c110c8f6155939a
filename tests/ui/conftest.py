"""GUI fixtures: headless Qt, background work run at once by a fake pool, dialogs scripted, URLs
recorded."""

from __future__ import annotations

import pytest
from english import english  # noqa: F401 - the language every Qt test reads
from fakes import FakeThreadPool, ScriptedDialogs

from secondop_desktop.ui.services import Services


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
