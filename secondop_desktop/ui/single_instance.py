"""One window per vault: a second launch on a vault already open brings that window forward.

The running app listens on a local socket named after the vault's folder (and the user's home,
so two people on one machine never meet); a new launch first knocks there and, if answered,
leaves. The CLI never knocks: it reads and writes the vault beside a running window.

QtNetwork is imported only when there is someone to knock at, or once the window is up to listen:
a first launch does not wait for it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QObject, Signal

try:  # the interpreter's own SHA-256: hashlib would load OpenSSL first, before the window shows
    from _sha2 import sha256  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import sha256

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = b"activate\n"
KNOCK_MS = 1000  # a running app answers at once; a dead socket refuses at once


def server_name(vault: Path) -> str:
    """The socket name of ``vault``: the same for every spelling of its path."""
    key = f"{Path.home()}\0{Path(vault).expanduser().resolve()}"
    return "secondop-" + sha256(key.encode()).hexdigest()[:24]


def nobody_listens(vault: Path) -> bool:
    """True when no app can be listening for ``vault``: on POSIX a listening app's socket is a
    file in the temp folder (QLocalServer puts it there); elsewhere this cannot be told."""
    return os.name == "posix" and not (Path(QDir.tempPath()) / server_name(vault)).exists()


def knock(vault: Path) -> bool:
    """Ask a running app that has ``vault`` open to come to the front; True if one answered."""
    if nobody_listens(vault):
        return False
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(vault))
    if not socket.waitForConnected(KNOCK_MS):
        return False
    socket.write(ACTIVATE)
    socket.waitForBytesWritten(KNOCK_MS)
    socket.disconnectFromServer()
    return True


class SingleInstance(QObject):
    """Listens for later launches on the open vault; ``activated`` when one knocked."""

    activated = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server: QLocalServer | None = None
        self._sockets: list[QLocalSocket] = []  # knocks not read to the end yet

    @property
    def name(self) -> str:
        return self._server.serverName() if self._server is not None else ""

    def listen(self, vault: Path) -> bool:
        """Answer knocks for ``vault`` (instead of the vault listened for before)."""
        name = server_name(vault)
        if self._server is not None and self._server.serverName() == name:
            return True
        self.stop()
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            QLocalServer.removeServer(name)  # the socket of an app that crashed
            if not server.listen(name):
                return False
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def stop(self) -> None:
        for socket in self._sockets:
            socket.abort()
            socket.deleteLater()
        self._sockets.clear()
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None

    def _accept(self) -> None:
        server = self._server
        while server is not None and (socket := server.nextPendingConnection()) is not None:
            socket.setParent(self)  # owned here, not by a server that may close first
            self._sockets.append(socket)
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(self._read)
        self._read()

    def _read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        for socket in list(self._sockets):
            if socket.bytesAvailable() and \
                    bytes(socket.readAll().data()).strip() == ACTIVATE.strip():
                self.activated.emit()
            if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                self._sockets.remove(socket)
                socket.deleteLater()
