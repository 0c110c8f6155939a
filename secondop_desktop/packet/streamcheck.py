"""What a copied page needs, and whether its compressed streams are sound and of a sane size.

Each Flate stream a page reaches is inflated once, a megabyte at a time into nothing, with a
budget per page: a page that would unpack past it (a "zip bomb") or whose data is not Flate is
left out with a notice; a stream that was cut short is re-encoded from what it holds, as every
viewer shows it, so that the packet carries no damaged stream. Image data in other filters
(JPEG, JBIG2, CCITT...) is never decoded: it is copied as it is.
"""

from __future__ import annotations

import zlib

from pypdf import PageObject
from pypdf.errors import PdfReadError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, PdfObject, StreamObject

from .errors import BadPage
from .pdfstream import DROPPED_KEYS, STREAM_EXTERNAL_KEYS
from .pypdf_raw import filters_of, raw_bytes

PAGE_LIMIT = 256 * 2**20  # decoded bytes one page may reach (a 600 dpi A4 colour scan is 105 MB)
CHUNK = 2**20
FLATE = ("/FlateDecode", "/Fl")
# The resource kinds a content stream can name; anything else in /Resources is left behind.
RENDERING_RESOURCES = frozenset({"/ExtGState", "/ColorSpace", "/Pattern", "/Shading", "/XObject",
                                 "/Font", "/ProcSet", "/Properties"})

TOO_LARGE = "a page of it unpacks to far more data than any page needs, too much to include safely"
DAMAGED = "a page of it holds damaged data that cannot be shown"


def rendering_resources(resources: PdfObject) -> DictionaryObject:
    resolved = resources.get_object() if resources is not None else None
    if not isinstance(resolved, DictionaryObject):
        return DictionaryObject()
    out = DictionaryObject()
    for key, value in resolved.items():
        if key in RENDERING_RESOURCES:
            out[key] = value
    return out


def inflate(data: bytes, limit: int, keep: bool) -> tuple[int, bool, bytes]:
    """(decoded size, whether the data ended properly, the decoded bytes if ``keep``).

    Stops once ``limit`` is passed; raises zlib.error when the data is not Flate from the start.
    """
    inflater = zlib.decompressobj()
    size, kept = 0, bytearray()
    tail = data
    try:
        while True:
            chunk = inflater.decompress(tail, CHUNK)
            size += len(chunk)
            if keep:
                kept += chunk
            if size > limit:
                return size, False, bytes(kept)
            tail = inflater.unconsumed_tail
            if not tail and len(chunk) < CHUNK:
                break
    except zlib.error:
        if size == 0:
            raise
        return size, False, bytes(kept)
    return size, inflater.eof, bytes(kept)


class PageChecker:
    """Checks the pages of one source PDF; remembers repaired streams by object number."""

    def __init__(self) -> None:
        self.fixes: dict[int, bytes] = {}
        self._seen: set[int] = set()

    def check(self, page: PageObject) -> None:
        """Raise BadPage when ``page`` cannot be included; record repairs in ``fixes``."""
        budget = [PAGE_LIMIT]
        roots: list[PdfObject] = []
        if "/Contents" in page:
            roots.append(page.raw_get("/Contents"))
        if "/Resources" in page:
            roots.append(rendering_resources(page.raw_get("/Resources")))
        try:
            self._walk(roots, budget)
        except PdfReadError as exc:
            raise BadPage(DAMAGED) from exc

    def _walk(self, stack: list[PdfObject], budget: list[int]) -> None:
        while stack:
            obj: PdfObject | None = stack.pop()
            if isinstance(obj, IndirectObject):
                if obj.idnum in self._seen:
                    continue
                self._seen.add(obj.idnum)
                resolved = obj.get_object()
                if isinstance(resolved, StreamObject):
                    self._check_stream(obj.idnum, resolved, budget)
                obj = resolved
            if isinstance(obj, DictionaryObject):
                skip = STREAM_EXTERNAL_KEYS if isinstance(obj, StreamObject) else frozenset()
                stack.extend(v for k, v in obj.items() if k not in DROPPED_KEYS and k not in skip)
            elif isinstance(obj, ArrayObject):
                stack.extend(obj)

    def _check_stream(self, number: int, stream: StreamObject, budget: list[int]) -> None:
        filters = filters_of(stream)
        if not filters or filters[0] not in FLATE:
            return
        data = raw_bytes(stream)
        try:
            size, whole, _ = inflate(data, budget[0], keep=False)
        except zlib.error as exc:
            raise BadPage(DAMAGED) from exc
        if size > budget[0]:
            raise BadPage(TOO_LARGE)
        budget[0] -= size
        if not whole:  # cut short: keep what decodes, as viewers show it
            self.fixes[number] = zlib.compress(inflate(data, size, keep=True)[2], 6)


def content_bytes(part: PdfObject, fixes: dict[int, bytes]) -> bytes:
    """The inflated bytes of one content stream of a page (already checked by PageChecker)."""
    if isinstance(part, IndirectObject) and part.idnum in fixes:
        return zlib.decompress(fixes[part.idnum])
    stream = part.get_object()
    return stream.get_data() if isinstance(stream, StreamObject) else b""
