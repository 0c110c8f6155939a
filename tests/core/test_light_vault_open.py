"""Opening a vault imports no encryption: Cryptodome (cffi parses C declarations when it loads)
is for sealed backups only, and the records list waits for the vault's modules at start."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_opening_a_vault_imports_no_cryptography(tmp_path):
    code = ("import sys; from pathlib import Path; from secondop_desktop.core.vault import Vault; "
            f"Vault.open(Path({str(tmp_path / 'vault')!r})).close(); "
            "sys.exit('Cryptodome' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parents[2])
    assert done.returncode == 0
