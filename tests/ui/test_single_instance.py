"""One window per vault: a second launch knocks, the first window comes forward, the second
process leaves; the CLI still works beside the running window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from secondop_desktop import cli
from secondop_desktop.ui.main_window import MainWindow
from secondop_desktop.ui.settings import Settings
from secondop_desktop.ui.single_instance import SingleInstance, knock, nobody_listens, server_name


def test_a_knock_on_the_open_vault_is_answered(qtbot, tmp_path):
    vault = tmp_path / "vault"
    first = SingleInstance()
    assert first.listen(vault)
    assert not knock(tmp_path / "another-vault")  # nobody has that one open
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert knock(tmp_path / "." / "vault")  # the same folder, spelt otherwise
    first.stop()
    assert not knock(vault)  # closed: a new launch opens its own window


@pytest.mark.skipif(os.name != "posix", reason="a socket file exists on POSIX only")
def test_a_first_launch_sees_nobody_listens_without_knocking(tmp_path):
    """The socket file tells, before QtNetwork is loaded, that there is no one to knock at."""
    instance = SingleInstance()
    assert nobody_listens(tmp_path / "vault")
    assert instance.listen(tmp_path / "vault")
    assert not nobody_listens(tmp_path / "vault") and nobody_listens(tmp_path / "other")
    instance.stop()
    assert nobody_listens(tmp_path / "vault")


def test_the_first_window_waits_for_no_network_module():
    """Starting the app imports QtNetwork only once its window is up (or to knock)."""
    code = ("import sys; from secondop_desktop import app, logs; "
            "from secondop_desktop.ui import main_window, single_instance; "
            "sys.exit('PySide6.QtNetwork' in sys.modules or 'logging.handlers' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parents[2])
    assert done.returncode == 0


@pytest.mark.skipif(os.name != "posix", reason="a socket file exists on POSIX only")
def test_a_socket_left_by_a_crash_is_taken_over(tmp_path):
    import socket

    from PySide6.QtNetwork import QLocalServer

    probe = QLocalServer()
    assert probe.listen(server_name(tmp_path))
    path = probe.fullServerName()
    probe.close()
    left = socket.socket(socket.AF_UNIX)  # what a crashed app leaves: a file nobody answers
    left.bind(path)
    left.close()
    assert Path(path).exists() and not knock(tmp_path)
    instance = SingleInstance()
    assert instance.listen(tmp_path)
    assert instance.listen(tmp_path)  # listening already: nothing changes
    instance.stop()


def test_the_window_follows_its_vault_and_comes_to_the_front(qtbot, vault, services, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(vault, services=services, settings=settings)
    qtbot.addWidget(window)
    instance = SingleInstance()
    window.vault_opened.connect(instance.listen)
    instance.activated.connect(window.bring_to_front)
    services.dialogs.folders.append(tmp_path / "other")
    window.open_vault()
    assert window.vault is not vault
    assert instance.name == server_name(window.vault.root)
    window.showMinimized()
    with qtbot.waitSignal(instance.activated, timeout=5000):
        knock(window.vault.root)
    assert not window.isMinimized()
    instance.stop()


def test_a_second_launch_leaves_and_the_cli_still_works(qtbot, vault, tmp_path):
    """A real second process of the app on a vault held open here."""
    instance = SingleInstance()
    assert instance.listen(vault.root)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with qtbot.waitSignal(instance.activated, timeout=20_000):
        second = subprocess.Popen(
            [sys.executable, "-c", "import sys; from secondop_desktop.app import main; "
             "sys.exit(main(sys.argv[1:]))", "--vault", str(vault.root)],
            env=env, cwd=Path(__file__).parents[2])
    assert second.wait(timeout=60) == 0  # it left without a window of its own
    assert cli.main(["--vault", str(vault.root), "question", "add", "Beside the window?"]) == 0
    assert [q.text for q in vault.questions.entries()] == ["Beside the window?"]
    instance.stop()
