"""GUI fixtures: headless Qt, tasks run inline, dialogs scripted, URLs recorded."""

from __future__ import annotations

import pytest
from fakes import ScriptedDialogs

from secondop_desktop.ui.services import Services
from secondop_desktop.ui.tasks import SynchronousRunner


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def opened_urls() -> list:
    return []


@pytest.fixture
def services(dialogs, opened_urls) -> Services:
    return Services(dialogs=dialogs, tasks=SynchronousRunner(),
                    open_url=lambda url: opened_urls.append(url) or True)
