"""Pages we drew ourselves with Qt (the margin stamps, the cover, contents, notices...) as form
XObjects of the packet.

A record's PDF is parsed with pypdf, checked stream by stream and copied object by object
(sources.py). Our own drawings need none of that, and there are many of them: one stamp overlay
page per packet page. qpdf's parser (pikepdf) reads them several times faster, and what Qt
writes again for every page (the same resources dictionary, naming the same font, colour spaces
and graphics states) goes into the packet once and is shared by every page that names it.
The same keys are left behind as for a record's pages (pdfstream.DROPPED_KEYS).
"""

from __future__ import annotations

import zlib
from decimal import Decimal
from pathlib import Path

import pikepdf
from pikepdf import ObjectType
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DictionaryObject,
    NameObject,
    NullObject,
    NumberObject,
    PdfObject,
)

from .pdfstream import (
    DROPPED_KEYS,
    STREAM_EXTERNAL_KEYS,
    StreamingPdfWriter,
    fmt_bytes,
    ref,
    serialise,
)
from .streamcheck import RENDERING_RESOURCES

_CODING = ("/Filter", "/DecodeParms")


class _Unparsed(PdfObject):
    """A scalar written as qpdf writes it (a string with its escapes, a real number)."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def write_to_stream(self, stream, encryption_key=None) -> None:  # noqa: ARG002
        stream.write(self.data)


class DrawnPdf:
    """One PDF we drew, open while its pages are copied: each of its objects is written once."""

    def __init__(self, path: Path, writer: StreamingPdfWriter) -> None:
        self.pdf = pikepdf.open(path)
        self.pages = list(self.pdf.pages)  # looked up by index, pikepdf takes 40 times longer
        self.writer = writer
        self._numbers: dict[tuple[int, int], int] = {}  # its object: the packet's number
        self._queue: list[tuple[int, pikepdf.Object]] = []
        self._resources: dict[bytes, int] = {}  # a resources dictionary, as written: its number

    def close(self) -> None:
        self.pdf.close()

    def __enter__(self) -> DrawnPdf:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def page_form(self, index: int) -> int:
        """Page ``index`` as a form XObject (its content and what that needs); its number."""
        page = self.pages[index]
        x0, y0, x1, y1 = (float(v) for v in page.cropbox)
        obj = page.obj
        header = [b"/Type/XObject/Subtype/Form/BBox[%s]/Resources %d 0 R" % (
            fmt_bytes(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)),
            self._shared_resources(obj.get("/Resources")))]
        contents = obj.get("/Contents")
        if contents is not None and contents._type_code == ObjectType.stream:
            data = contents.read_raw_bytes()  # as Qt compressed it
            for key in _CODING:
                if key in contents:
                    header += [key.encode(), b" "]
                    serialise(self._convert(contents.get(key)), header)
        else:  # several streams (or none): one stream of their joined content
            parts = list(contents) if contents is not None else []
            data = zlib.compress(b"\n".join(p.read_bytes() for p in parts), 6)
            header.append(b"/Filter/FlateDecode")
        if "/Group" in obj:
            header.append(b"/Group ")
            serialise(self._convert(obj.get("/Group")), header)
        number = self.writer.alloc()
        self.writer.write_stream(number, b"".join(header), data)
        self._flush()
        return number

    def _shared_resources(self, resources: pikepdf.Object | None) -> int:
        """The packet's copy of a page's resources: written once for all the pages whose
        resources say the same (Qt writes an identical dictionary for every page)."""
        if resources is None or resources._type_code != ObjectType.dictionary:
            resources = pikepdf.Dictionary()
        # Written with its references as references: the same objects named the same way
        # give the same text, whichever page's dictionary it is.
        text = resources.unparse(resolved=True)
        number = self._resources.get(text)
        if number is None:
            kept = pikepdf.Dictionary({key: value for key, value in resources.items()
                                       if key in RENDERING_RESOURCES})
            number = self._resources[text] = self.writer.add(self._convert(kept))
        return number

    def _convert(self, obj: object) -> PdfObject:
        """``obj`` as a pypdf object for the writer; what it refers to is queued to be written."""
        if isinstance(obj, bool):
            return BooleanObject(obj)
        if isinstance(obj, int):
            return NumberObject(obj)
        if isinstance(obj, Decimal):
            return _Unparsed(format(obj, "f").encode())
        if not isinstance(obj, pikepdf.Object):
            return NullObject()
        if obj.is_indirect:
            number = self._numbers.get(obj.objgen)
            if number is None:
                number = self._numbers[obj.objgen] = self.writer.alloc()
                self._queue.append((number, obj))
            return ref(number)
        return self._direct(obj, stream=False)

    def _direct(self, obj: pikepdf.Object, stream: bool) -> PdfObject:
        kind = obj._type_code
        if kind in (ObjectType.dictionary, ObjectType.stream):
            skip = STREAM_EXTERNAL_KEYS | {"/Length", *_CODING} if stream else frozenset()
            out = DictionaryObject()
            for key, value in obj.items():
                if key not in DROPPED_KEYS and key not in skip:
                    out[NameObject(key)] = self._convert(value)
            if stream:
                for key in _CODING:
                    if key in obj:
                        out[NameObject(key)] = self._convert(obj.get(key))
            return out
        if kind == ObjectType.array:
            return ArrayObject(self._convert(v) for v in obj)
        if kind == ObjectType.name_:
            return NameObject(str(obj))
        if kind == ObjectType.null:
            return NullObject()
        return _Unparsed(obj.unparse())

    def _flush(self) -> None:
        """Write every object queued (and what those refer to)."""
        while self._queue:
            number, obj = self._queue.pop()
            if obj._type_code == ObjectType.stream:
                header = self._direct(obj, stream=True)
                assert isinstance(header, DictionaryObject)
                self.writer.write_stream(number, header, obj.read_raw_bytes())
            else:
                self.writer.write(number, self._direct(obj, stream=False))
