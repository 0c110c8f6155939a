"""A PDF writer that streams: each object goes to the file as soon as it is made.

pypdf's PdfWriter keeps every page (and every scanned image) in memory until ``write``; a packet of
hundreds of scans would not fit the memory budget. Here object numbers are handed out first, so
pages, links and bookmarks can refer to each other before they are written, and the bytes of an
image or a copied page leave memory once written. Objects are pypdf generic objects (for their
serialisation) or raw bytes.
"""

from __future__ import annotations

import os
import zlib
from typing import BinaryIO

from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    StreamObject,
    TextStringObject,
)

# Copied-page keys that carry actions, attachments, old metadata or links back into the source.
DROPPED_KEYS = frozenset({
    "/AA", "/A", "/JS", "/JavaScript", "/OpenAction", "/Metadata", "/PieceInfo", "/EmbeddedFiles",
    "/EF", "/P", "/Parent", "/Popup", "/IRT", "/StructParent", "/StructParents", "/Thumb", "/B",
    "/Dest", "/Next", "/ID", "/Names", "/AcroForm", "/URI",
})


def name(text: str) -> NameObject:
    return NameObject(text if text.startswith("/") else "/" + text)


def ref(number: int) -> IndirectObject:
    return IndirectObject(number, 0, None)  # type: ignore[arg-type] - only serialised, never read


def dictionary(**items: PdfObject) -> DictionaryObject:
    out = DictionaryObject()
    for key, value in items.items():
        out[name(key)] = value
    return out


def numbers(*values: float) -> ArrayObject:
    return ArrayObject(NumberObject(int(v)) if float(v).is_integer() else _Real(v) for v in values)


class _Real(NumberObject):
    """A real number written compactly (pypdf's FloatObject writes many digits)."""

    def __new__(cls, value: float) -> _Real:  # type: ignore[misc]
        obj = int.__new__(cls, 0)
        obj.real_value = float(value)  # type: ignore[attr-defined]
        return obj

    def write_to_stream(self, stream, encryption_key=None) -> None:  # noqa: ARG002
        stream.write(fmt(self.real_value).encode())  # type: ignore[attr-defined]


def fmt(value: float) -> str:
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def text_string(text: str) -> TextStringObject:
    return TextStringObject(text)


class StreamingPdfWriter:
    def __init__(self, handle: BinaryIO) -> None:
        self.out = handle
        self.offsets: dict[int, int] = {}
        self._next = 1
        self.out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")

    def alloc(self) -> int:
        number = self._next
        self._next += 1
        return number

    def write(self, number: int, obj: PdfObject) -> None:
        self.offsets[number] = self.out.tell()
        self.out.write(b"%d 0 obj\n" % number)
        obj.write_to_stream(self.out)
        self.out.write(b"\nendobj\n")

    def write_stream(self, number: int, header: DictionaryObject, data: bytes) -> None:
        """A stream whose (already encoded) bytes are written as they are."""
        header[NameObject("/Length")] = NumberObject(len(data))
        self.offsets[number] = self.out.tell()
        self.out.write(b"%d 0 obj\n" % number)
        header.write_to_stream(self.out)
        self.out.write(b"\nstream\n")
        self.out.write(data)
        self.out.write(b"\nendstream\nendobj\n")

    def add(self, obj: PdfObject) -> int:
        number = self.alloc()
        self.write(number, obj)
        return number

    def add_stream(self, header: DictionaryObject, data: bytes) -> int:
        number = self.alloc()
        self.write_stream(number, header, data)
        return number

    def add_content(self, content: bytes, resources: DictionaryObject | None = None) -> int:
        header = dictionary(Filter=name("FlateDecode"))
        if resources is not None:
            header[NameObject("/Resources")] = resources
        return self.add_stream(header, zlib.compress(content, 6))

    def finish(self, root: int, info: int) -> None:
        missing = [n for n in range(1, self._next) if n not in self.offsets]
        for number in missing:  # allocated but never needed: keep the xref table whole
            self.write(number, NumberObject(0))
        xref = self.out.tell()
        self.out.write(b"xref\n0 %d\n0000000000 65535 f \n" % self._next)
        for number in range(1, self._next):
            self.out.write(b"%010d 00000 n \n" % self.offsets[number])
        file_id = os.urandom(16).hex().encode()
        self.out.write(
            b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\n"
            b"startxref\n%d\n%%%%EOF\n" % (self._next, root, info, file_id, file_id, xref)
        )


class ObjectCopier:
    """Copies objects of one source PDF into the writer, each shared object once.

    Keys that could carry actions, attachments, metadata or references to other pages are dropped
    on the way (see DROPPED_KEYS), so nothing reachable from a copied page can run or leak.
    """

    def __init__(self, writer: StreamingPdfWriter) -> None:
        self.writer = writer
        self.memo: dict[tuple[int, int], int] = {}
        self._queue: list[tuple[int, IndirectObject]] = []

    def convert(self, obj: PdfObject) -> PdfObject:
        if isinstance(obj, IndirectObject):
            key = (obj.idnum, obj.generation)
            if key not in self.memo:
                self.memo[key] = self.writer.alloc()
                self._queue.append((self.memo[key], obj))
            return ref(self.memo[key])
        if isinstance(obj, StreamObject):
            out = StreamObject()
            out._data = obj._data  # the encoded bytes, copied as they are
            for key, value in obj.items():
                if key not in DROPPED_KEYS and key != "/Length":
                    out[NameObject(key)] = self.convert(value)
            return out
        if isinstance(obj, DictionaryObject):
            out_dict = DictionaryObject()
            for key, value in obj.items():
                if key not in DROPPED_KEYS:
                    out_dict[NameObject(key)] = self.convert(value)
            return out_dict
        if isinstance(obj, ArrayObject):
            return ArrayObject(self.convert(v) for v in obj)
        return obj

    def flush(self) -> None:
        """Write every object the converted ones refer to (and what those refer to)."""
        while self._queue:
            number, source = self._queue.pop()
            resolved = source.get_object()
            self.writer.write(number, self.convert(resolved if resolved is not None else
                                                    NumberObject(0)))
