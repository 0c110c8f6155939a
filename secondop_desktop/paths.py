"""Every location on disk, in one place.

The default vault lives in the user data folder (platformdirs). ``SECONDOP_VAULT`` or an explicit
``--vault DIR`` picks another one, which is how tests and scripts keep away from the real vault.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "SecondOp"
# One reverse-DNS id for the .desktop file, the metainfo, QSettings and the icon name.
APP_ID = "io.github.secondop.Desktop"
ORG_DOMAIN = "secondop.github.io"

VAULT_ENV = "SECONDOP_VAULT"
PACKAGE_DIR = Path(__file__).resolve().parent
# Installed (wheel, bundle): inside the package. From the source tree (editable install, `make
# run`): the top-level resources/ folder beside the package.
RESOURCES_DIR = next(
    (d for d in (PACKAGE_DIR / "resources", PACKAGE_DIR.parent / "resources") if d.is_dir()),
    PACKAGE_DIR / "resources",
)


def user_data_dir() -> Path:
    """The per-user data folder of the app (not created here)."""
    import platformdirs  # imported on first use: it is not needed before the first window

    return platformdirs.user_data_path(APP_NAME, appauthor=False, roaming=False)


def default_vault_dir() -> Path:
    """The vault used when none is named: ``$SECONDOP_VAULT`` or ``<user data>/vault``."""
    override = os.environ.get(VAULT_ENV)
    if override:
        return Path(override).expanduser()
    return user_data_dir() / "vault"


def log_dir() -> Path:
    """The per-user log folder (not created here): Help > Show log folder opens it."""
    import platformdirs

    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def demo_vault_dir() -> Path:
    """Where ``secondop-desktop --demo`` keeps its made-up patient."""
    return user_data_dir() / "demo-vault"


def resource(*parts: str) -> Path:
    """A file shipped with the app (icons, question suggestions, launcher files)."""
    return RESOURCES_DIR.joinpath(*parts)


def resource_in_language(language: str, *parts: str) -> Path:
    """A shipped text in ``language``: its sibling ``name.<language>.json`` beside
    ``name.json``, else the English file itself (a language nobody has translated it into)."""
    english = resource(*parts)
    translated = english.with_name(f"{english.stem}.{language}{english.suffix}")
    return translated if language and translated.is_file() else english
