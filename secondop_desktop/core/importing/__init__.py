"""Importing files and folders into the vault.

``walk`` finds the files a drop names; ``pipeline`` checks and stores each one on a worker
(prepare), records its row in order (record) and takes back what a cancel left (abandon);
``results`` says how each file went.
"""

from .pipeline import IMPORT_AHEAD, IMPORT_WORKERS, Importer, Passwords
from .results import OUR_BUG_REASON, PATH_TOO_LONG, ImportCancelled, ImportResult, Outcome
from .walk import DICOMDIR_NAME, expand_paths

__all__ = ["DICOMDIR_NAME", "IMPORT_AHEAD", "IMPORT_WORKERS", "OUR_BUG_REASON", "PATH_TOO_LONG",
           "ImportCancelled", "ImportResult", "Importer", "Outcome", "Passwords", "expand_paths"]
