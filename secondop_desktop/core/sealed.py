"""A passphrase-sealed byte stream: AES-256-GCM in chunks, the key derived with scrypt.

Layout: header (magic, salt, scrypt parameters, nonce prefix, a key check), then chunks, each
``length (4 bytes) | last flag (1 byte) | ciphertext``. Every chunk is authenticated with its
number and its last flag, so reordered, altered or cut-off data is refused; the key check tells
a wrong passphrase apart from damage. Chunks keep memory flat however large the stream is.
"""

from __future__ import annotations

import io
import os
import struct
import threading
from collections.abc import Buffer
from typing import BinaryIO

from .errors import QT_TRANSLATE_NOOP, SecondOpError

MAGIC = b"SECONDOP-SEALED-1\n"
# 1 MiB: one chunk is sealed in a few milliseconds, so the GUI thread never waits long for
# Python's lock while a backup is written.
CHUNK = 1 << 20
SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P = 17, 8, 1  # 128 MiB and about half a second (current advice)
# Reading accepts only the settings SecondOp has written (2^15 until it was raised), nothing
# else: a crafted file could otherwise ask for gigabytes and minutes before any check.
READABLE_SETTINGS = frozenset({(15, 8, 1), (17, 8, 1)})
_HEAD = struct.Struct(">16sBBB8s")  # salt, log2 n, r, p, nonce prefix
_CHUNK_HEAD = struct.Struct(">IB")
_CHECK_COUNTER = 0xFFFFFFFF  # never reached by a data chunk
_TAG = 16  # the GCM tag follows each ciphertext


class _Aead:
    """AES-256-GCM with the tag appended to the ciphertext (the layout the format fixes)."""

    def __init__(self, key: bytes) -> None:
        # Cryptodome is imported when something is sealed or opened, never merely because a
        # vault opens (its cffi parses C declarations on import: about 80 ms).
        from Cryptodome.Cipher import AES

        self._key = key
        self._aes = AES

    def seal(self, nonce: bytes, plain: bytes | bytearray | memoryview, aad: bytes) -> bytes:
        cipher = self._aes.new(self._key, self._aes.MODE_GCM, nonce=nonce, mac_len=_TAG)
        cipher.update(aad)
        sealed, tag = cipher.encrypt_and_digest(plain)
        return sealed + tag

    def open(self, nonce: bytes, sealed: bytes, aad: bytes) -> bytes | None:
        """The plaintext, or None when the data or its context is not authentic."""
        if len(sealed) < _TAG:
            return None
        cipher = self._aes.new(self._key, self._aes.MODE_GCM, nonce=nonce, mac_len=_TAG)
        cipher.update(aad)
        try:
            return cipher.decrypt_and_verify(sealed[:-_TAG], sealed[-_TAG:])
        except ValueError:  # Cryptodome's word for a tag that does not match
            return None


class SealError(SecondOpError):
    """The sealed data cannot be opened: damaged, cut short, or not ours."""


class WrongPassphrase(SealError):
    """The passphrase does not open this file."""


def is_sealed(path: os.PathLike[str] | str) -> bool:
    with open(path, "rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


def _key(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    if (log2_n, r, p) not in READABLE_SETTINGS:
        raise SealError(QT_TRANSLATE_NOOP(
            "Reason", "This backup's encryption settings are not ones SecondOp writes: it was not "
                      "made by SecondOp, or it was altered."))
    from Cryptodome.Protocol.KDF import scrypt

    # Bytes, not str: Cryptodome would encode a str as Latin-1 (its stubs say str regardless).
    key = scrypt(passphrase.encode("utf-8"), salt, 32,  # type: ignore[arg-type]
                 N=1 << log2_n, r=r, p=p)
    assert isinstance(key, bytes)  # one key asked for, so not a tuple
    return key


def _nonce(prefix: bytes, counter: int) -> bytes:
    return prefix + counter.to_bytes(4, "big")


class SealingWriter(io.RawIOBase):
    """Write plaintext in; sealed chunks go to ``out``. ``close`` writes the last chunk.

    The key is derived (scrypt, about half a second) on a thread of its own while the first
    plaintext comes in; up to ``HOLD`` bytes of it wait for the key, so that most of the cost
    is hidden behind reading the vault. Nothing reaches ``out`` before the key is there.
    """

    HOLD = 64 * CHUNK

    def __init__(self, out: BinaryIO, passphrase: str) -> None:
        super().__init__()
        if not passphrase:
            raise SealError(QT_TRANSLATE_NOOP("Reason", "The passphrase cannot be empty."))
        salt, self._prefix = os.urandom(16), os.urandom(8)
        self._header = MAGIC + _HEAD.pack(salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, self._prefix)
        self._out = out
        self._aead: _Aead | None = None
        self._derived: list[bytes | BaseException] = []
        self._deriving = threading.Thread(target=self._derive, args=(passphrase, salt),
                                          name="backup key", daemon=True)
        self._deriving.start()
        self._held: list[bytes] = []  # whole chunks waiting for the key
        self._buf = bytearray()
        self._counter = 0
        self._written = 0

    def _derive(self, passphrase: str, salt: bytes) -> None:
        try:
            self._derived.append(_key(passphrase, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P))
        except BaseException as exc:  # noqa: BLE001 - raised where the key is needed
            self._derived.append(exc)

    def _ready(self) -> _Aead:
        """The cipher, once the key is derived; the header and what was held go out first."""
        if self._aead is None:
            self._deriving.join()
            key = self._derived[0]
            if isinstance(key, BaseException):
                raise key
            self._aead = _Aead(key)
            check = self._aead.seal(_nonce(self._prefix, _CHECK_COUNTER), b"", self._header)
            self._out.write(self._header + check)
            held, self._held = self._held, []
            for plain in held:
                self._seal(self._aead, plain, last=False)
        return self._aead

    def writable(self) -> bool:
        return True

    def tell(self) -> int:  # tarfile asks where it is; plaintext offset
        return self._written

    def write(self, data: Buffer) -> int:
        view = memoryview(data).cast("B")
        size = len(view)
        self._written += size
        while len(view):
            if len(self._buf) == CHUNK:  # full, and more data follows: not the last chunk
                self._emit(self._buf)
                self._buf = bytearray()
            if not self._buf and len(view) > CHUNK:  # whole chunks straight from the caller
                self._emit(view[:CHUNK])
                view = view[CHUNK:]
                continue
            take = min(CHUNK - len(self._buf), len(view))
            self._buf += view[:take]
            view = view[take:]
        return size

    def _emit(self, plain: bytearray | memoryview) -> None:
        """A chunk that is not the last: held while the key is being derived, if there is
        room, else sealed."""
        if (self._aead is None and self._deriving.is_alive()
                and (len(self._held) + 1) * CHUNK <= self.HOLD):
            self._held.append(bytes(plain))
            return
        self._seal(self._ready(), plain, last=False)

    def _seal(self, aead: _Aead, plain: bytes | bytearray | memoryview, last: bool) -> None:
        head_aad = self._counter.to_bytes(4, "big") + bytes([last])
        sealed = aead.seal(_nonce(self._prefix, self._counter), plain, self._header + head_aad)
        self._out.write(_CHUNK_HEAD.pack(len(sealed), int(last)) + sealed)
        self._counter += 1

    def close(self) -> None:
        if not self.closed and not self._out.closed:
            self._seal(self._ready(), self._buf, last=True)
            self._buf.clear()
        super().close()

    def abandon(self) -> None:
        """Close without the last chunk: the output failed, or is being thrown away."""
        self._buf.clear()
        self._held.clear()
        super().close()


class OpeningReader(io.RawIOBase):
    """Read a sealed stream back as plaintext; raises SealError on any damage."""

    def __init__(self, source: BinaryIO, passphrase: str) -> None:
        super().__init__()
        head = source.read(len(MAGIC) + _HEAD.size)
        if len(head) < len(MAGIC) + _HEAD.size or not head.startswith(MAGIC):
            raise SealError(QT_TRANSLATE_NOOP(
                "Reason", "This is not a SecondOp backup, or its beginning is damaged."))
        salt, log2_n, r, p, prefix = _HEAD.unpack(head[len(MAGIC):])
        self._aead = _Aead(_key(passphrase, salt, log2_n, r, p))
        self._header, self._prefix, self._source = head, prefix, source
        if self._aead.open(_nonce(prefix, _CHECK_COUNTER), source.read(_TAG), head) is None:
            raise WrongPassphrase(QT_TRANSLATE_NOOP(
                "Reason", "The passphrase is wrong for this backup."))
        self._counter = 0
        self._plain = b""
        self._pos = 0
        self._ended = False

    def readable(self) -> bool:
        return True

    def _next_chunk(self) -> None:
        head = self._source.read(_CHUNK_HEAD.size)
        if len(head) < _CHUNK_HEAD.size:
            raise SealError(QT_TRANSLATE_NOOP(
                "Reason", "The backup is incomplete: the file is cut short."))
        length, last = _CHUNK_HEAD.unpack(head)
        if length > CHUNK + _TAG or last > 1:
            raise SealError(QT_TRANSLATE_NOOP(
                "Reason", "The backup is damaged: its data has been altered."))
        sealed = self._source.read(length)
        if len(sealed) < length:
            raise SealError(QT_TRANSLATE_NOOP(
                "Reason", "The backup is incomplete: the file is cut short."))
        aad = self._header + self._counter.to_bytes(4, "big") + bytes([last])
        plain = self._aead.open(_nonce(self._prefix, self._counter), sealed, aad)
        if plain is None:
            raise SealError(QT_TRANSLATE_NOOP(
                "Reason", "The backup is damaged: its data has been altered."))
        self._plain = plain
        self._pos = 0
        self._counter += 1
        if last:
            self._ended = True
            if self._source.read(1):
                raise SealError(QT_TRANSLATE_NOOP(
                    "Reason", "The backup is damaged: there is data after its end."))

    def readinto(self, buffer: Buffer) -> int:
        while self._pos >= len(self._plain):
            if self._ended:
                return 0
            self._next_chunk()
        target = memoryview(buffer).cast("B")
        n = min(len(target), len(self._plain) - self._pos)
        target[:n] = self._plain[self._pos:self._pos + n]
        self._pos += n
        return n
