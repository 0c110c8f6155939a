"""A PDF writer that streams: each object goes to the file as soon as it is made.

pypdf's PdfWriter keeps every page (and every scanned image) in memory until ``write``; a packet of
hundreds of scans would not fit the memory budget. Here object numbers are handed out first, so
pages, links and bookmarks can refer to each other before they are written, and the bytes of an
image or a copied page leave memory once written. Objects are pypdf generic objects (for their
serialisation) or raw bytes.
"""

from __future__ import annotations

import io
import os
import zlib
from collections.abc import Sequence
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

from . import shrink
from .errors import BadImage
from .jpeg import strip_jpeg
from .pypdf_raw import raw_bytes

# Copied-page keys that carry actions, attachments, old metadata or links back into the source.
DROPPED_KEYS = frozenset({
    "/AA", "/A", "/JS", "/JavaScript", "/OpenAction", "/Metadata", "/PieceInfo", "/EmbeddedFiles",
    "/EF", "/P", "/Parent", "/Popup", "/IRT", "/StructParent", "/StructParents", "/Thumb", "/B",
    "/Dest", "/Next", "/ID", "/Names", "/AcroForm", "/URI", "/URL", "/Launch", "/FS", "/Annots",
    "/SubmitForm", "/XFA", "/RichMedia",
})
# Stream keys naming data outside the file (PDF 7.3.8.2): the stream is copied without them.
STREAM_EXTERNAL_KEYS = frozenset({"/F", "/FFilter", "/FDecodeParms", "/DL"})
Data = bytes | Sequence[bytes | memoryview]  # a stream's bytes, whole or in pieces
# Bytes under which a content stream is written as it is: zlib takes ~50 us to set up for each
# (its window), and deflating a few operators saves no byte.
SMALL = 1024


def name(text: str) -> NameObject:
    return NameObject(text if text.startswith("/") else "/" + text)


def ref(number: int) -> IndirectObject:
    # Only serialised, never resolved: it needs no reader.
    return IndirectObject(number, 0, None)  # type: ignore[arg-type]


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


def fmt_bytes(*values: float) -> bytes:
    """Numbers as PDF writes them, separated by spaces (the inside of an array)."""
    return " ".join(fmt(v) for v in values).encode()


def text_string(text: str) -> TextStringObject:
    return TextStringObject(text)


_NAMES: dict[str, bytes] = {}  # a name's written form: the same few hundred names recur


def serialise(obj: PdfObject, parts: list[bytes]) -> None:
    """Append ``obj``'s PDF syntax to ``parts``: the common types directly (pypdf escapes every
    name on every write, the writer's largest cost), anything else through pypdf."""
    if isinstance(obj, DictionaryObject):
        parts.append(b"<<")
        for key, value in obj.items():
            parts.append(_name(key))
            parts.append(b" ")
            serialise(value, parts)
            parts.append(b"\n")
        parts.append(b">>")
    elif isinstance(obj, ArrayObject):
        parts.append(b"[")
        for value in obj:
            serialise(value, parts)
            parts.append(b" ")
        parts.append(b"]")
    elif isinstance(obj, NameObject):
        parts.append(_name(obj))
    elif isinstance(obj, IndirectObject):
        parts.append(b"%d %d R" % (obj.idnum, obj.generation))
    elif type(obj) is NumberObject:
        parts.append(b"%d" % obj)
    else:
        buffer = io.BytesIO()
        obj.write_to_stream(buffer)
        parts.append(buffer.getvalue())


def _name(name_: str) -> bytes:
    written = _NAMES.get(name_)
    if written is None:
        if len(_NAMES) > 50_000:  # odd files with endless generated names: stay bounded
            _NAMES.clear()
        buffer = io.BytesIO()
        NameObject(name_).write_to_stream(buffer)
        written = _NAMES[name_] = buffer.getvalue()
    return written


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
        if isinstance(obj, StreamObject):
            self.write_stream(number, obj, raw_bytes(obj))
            return
        parts = [b"%d 0 obj\n" % number]
        serialise(obj, parts)
        parts.append(b"\nendobj\n")
        self.offsets[number] = self.out.tell()
        self.out.write(b"".join(parts))

    def write_raw(self, number: int, body: bytes) -> None:
        """An object already in PDF syntax: what every page repeats is written from a template
        (through pypdf's objects it costs as much as copying the page)."""
        self.offsets[number] = self.out.tell()
        self.out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))

    def write_stream(self, number: int, header: DictionaryObject | bytes, data: Data) -> None:
        """A stream whose (already encoded) bytes are written as they are; ``data`` may come
        in pieces (a JPEG less its metadata), written in turn. ``header``: its dictionary, or
        the entries of it in PDF syntax (without /Length)."""
        pieces = [data] if isinstance(data, bytes) else data
        length = sum(len(p) for p in pieces)
        if isinstance(header, bytes):
            parts = [b"%d 0 obj\n<<%s/Length %d>>" % (number, header, length)]
        else:
            header[NameObject("/Length")] = NumberObject(length)
            parts = [b"%d 0 obj\n" % number]
            serialise(header, parts)
        parts.append(b"\nstream\n")
        self.offsets[number] = self.out.tell()
        self.out.write(b"".join(parts))
        self.out.writelines(pieces)
        self.out.write(b"\nendstream\nendobj\n")

    def add(self, obj: PdfObject) -> int:
        number = self.alloc()
        self.write(number, obj)
        return number

    def add_stream(self, header: DictionaryObject | bytes, data: Data) -> int:
        number = self.alloc()
        self.write_stream(number, header, data)
        return number

    def add_content(self, content: bytes) -> int:
        if len(content) < SMALL:  # a page's few operators: compressing them gains nothing
            return self.add_stream(b"", content)
        return self.add_stream(b"/Filter/FlateDecode", zlib.compress(content, 6))

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


def _without_metadata(stream: StreamObject) -> bytes:
    """The stored bytes; a JPEG image's without its EXIF, GPS and XMP segments."""
    data = raw_bytes(stream)
    if stream.get("/Filter") in ("/DCTDecode", "/DCT") and data.startswith(b"\xff\xd8"):
        try:
            return strip_jpeg(data)
        except BadImage:  # not a JPEG we can walk: viewers may still show it, as it is
            return data
    return data


class ObjectCopier:
    """Copies objects of one source PDF into the writer, each shared object once.

    Keys that could carry actions, attachments, metadata or references to other pages are dropped
    on the way (see DROPPED_KEYS), so nothing reachable from a copied page can run or leak.
    """

    def __init__(self, writer: StreamingPdfWriter) -> None:
        self.writer = writer
        self.memo: dict[tuple[int, int], int] = {}
        self._queue: list[tuple[int, IndirectObject]] = []
        self.fixes: dict[int, bytes] = {}  # source object number: repaired Flate data
        # Email size: the shown size of the page being copied, for shrinking its images.
        self.email_page: tuple[float, float] | None = None

    def stream_bytes(self, source: PdfObject) -> bytes:
        """The stored bytes of a source stream, or their repair."""
        if isinstance(source, IndirectObject) and source.idnum in self.fixes:
            return self.fixes[source.idnum]
        return raw_bytes(source.get_object())  # type: ignore[arg-type]

    def convert(self, obj: PdfObject) -> PdfObject:
        if isinstance(obj, IndirectObject):
            source = (obj.idnum, obj.generation)
            if source not in self.memo:
                self.memo[source] = self.writer.alloc()
                self._queue.append((self.memo[source], obj))
            return ref(self.memo[source])
        if isinstance(obj, StreamObject):
            out = StreamObject()
            smaller = shrink.shrunk(obj, self.email_page) if self.email_page else None
            # the encoded bytes, copied as they are (less a JPEG's metadata), or made smaller
            out.set_data(smaller[1] if smaller else _without_metadata(obj))
            for key, value in obj.items():
                if key not in DROPPED_KEYS and key not in STREAM_EXTERNAL_KEYS and key not in (
                        "/Length", "/Filter", "/DecodeParms"):
                    out[NameObject(key)] = self.convert(value)
            if smaller:
                shrink.apply(out, smaller[0])
                return out
            for coding in ("/Filter", "/DecodeParms"):  # after set_data, which may clear them
                if coding in obj:
                    out[NameObject(coding)] = self.convert(obj.raw_get(coding))
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
            if isinstance(resolved, StreamObject) and source.idnum in self.fixes:
                header = self.convert(resolved)
                assert isinstance(header, DictionaryObject)
                self.writer.write_stream(number, header, self.fixes[source.idnum])
                continue
            self.writer.write(number, self.convert(resolved if resolved is not None else
                                                    NumberObject(0)))
