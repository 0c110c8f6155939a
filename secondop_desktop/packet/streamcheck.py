"""What a copied page needs, and whether its compressed streams are sound and of a sane size.

Each Flate stream a page reaches is inflated once, a megabyte at a time into nothing, with a
budget per page: a page that would unpack past it (a "zip bomb"), or whose own content is not
Flate, is left out with a notice; a stream that was cut short is re-encoded from what it holds,
as every viewer shows it, so that the packet carries no damaged stream. A font, picture or form
the page uses whose data cannot be decoded does not keep the page out: viewers show the page
without it (a font falls back to a standard one), so it is copied as qpdf decodes it, or empty
when qpdf cannot either, and the repair is noted. Image data in other filters (JPEG, JBIG2,
CCITT...) is never decoded: it is copied as it is.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from pathlib import Path

import pikepdf
from pypdf import PageObject
from pypdf.errors import PdfReadError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, PdfObject, StreamObject

from .errors import BadPage
from .pdfstream import DROPPED_KEYS, STREAM_EXTERNAL_KEYS
from .pypdf_raw import filters_of, raw_bytes

PAGE_LIMIT = 256 * 2**20  # decoded bytes one page may reach (a 600 dpi A4 colour scan is 105 MB)
CHUNK = 2**20
FLATE = ("/FlateDecode", "/Fl")
# Filters qpdf decodes by default besides Flate: a rescued stream must not be decoded further
# than its /Filter says once Flate is taken off.
GENERAL_FILTERS = {"/LZWDecode", "/LZW", "/ASCII85Decode", "/A85", "/ASCIIHexDecode", "/AHx",
                   "/RunLengthDecode", "/RL"}
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


Rescue = Callable[[int], bytes | None]  # object number -> its Flate-decoded data, by qpdf


class PageChecker:
    """Checks the pages of one source PDF; remembers repaired streams by object number.

    ``rescue`` decodes a stream with qpdf when zlib gives up on it at once.
    """

    def __init__(self, rescue: Rescue | None = None) -> None:
        self.fixes: dict[int, bytes] = {}
        self.repaired = False  # the page just checked had a resource replaced
        self._rescue = rescue
        self._seen: set[int] = set()

    def check(self, page: PageObject) -> None:
        """Raise BadPage when ``page`` cannot be included; record repairs in ``fixes`` (and
        in ``repaired``, when a resource of this page had to be replaced)."""
        budget = [PAGE_LIMIT]
        self.repaired = False
        try:
            if "/Contents" in page:
                self._walk([page.raw_get("/Contents")], budget, content=True)
            if "/Resources" in page:
                self._walk([rendering_resources(page.raw_get("/Resources"))], budget,
                           content=False)
        except PdfReadError as exc:
            raise BadPage(DAMAGED) from exc

    def _walk(self, stack: list[PdfObject], budget: list[int], content: bool) -> None:
        while stack:
            obj: PdfObject | None = stack.pop()
            if isinstance(obj, IndirectObject):
                if obj.idnum in self._seen:
                    continue
                self._seen.add(obj.idnum)
                resolved = obj.get_object()
                if isinstance(resolved, StreamObject):
                    self._check_stream(obj.idnum, resolved, budget, content)
                obj = resolved
            if isinstance(obj, DictionaryObject):
                skip = STREAM_EXTERNAL_KEYS if isinstance(obj, StreamObject) else frozenset()
                stack.extend(v for k, v in obj.items() if k not in DROPPED_KEYS and k not in skip)
            elif isinstance(obj, ArrayObject):
                stack.extend(obj)

    def _check_stream(self, number: int, stream: StreamObject, budget: list[int],
                      content: bool) -> None:
        filters = filters_of(stream)
        if not filters or filters[0] not in FLATE:
            return
        data = raw_bytes(stream)
        try:
            size, whole, _ = inflate(data, budget[0], keep=False)
        except zlib.error as exc:
            if content:  # the page's own drawing: nothing of it would show
                raise BadPage(DAMAGED) from exc
            self._replace(number, stream, filters, budget)
            return
        if size > budget[0]:
            raise BadPage(TOO_LARGE)
        budget[0] -= size
        if not whole:  # cut short: keep what decodes, as viewers show it
            self.fixes[number] = zlib.compress(inflate(data, size, keep=True)[2], 6)


    def _replace(self, number: int, stream: StreamObject, filters: list[str],
                 budget: list[int]) -> None:
        """A font, picture or form the page uses that zlib cannot decode: as qpdf decodes it
        (when that is all Flate does to it: no other general filter, no predictor), else
        empty, as viewers leave it out."""
        decoded = None
        if (self._rescue is not None and not set(filters[1:]) & GENERAL_FILTERS
                and "/DecodeParms" not in stream):
            decoded = self._rescue(number)
        if decoded is not None and len(decoded) > budget[0]:
            raise BadPage(TOO_LARGE)
        budget[0] -= len(decoded or b"")
        self.fixes[number] = zlib.compress(decoded or b"", 6)
        self.repaired = True


def content_bytes(part: PdfObject, fixes: dict[int, bytes]) -> bytes:
    """The inflated bytes of one content stream of a page (already checked by PageChecker)."""
    if isinstance(part, IndirectObject) and part.idnum in fixes:
        return zlib.decompress(fixes[part.idnum])
    stream = part.get_object()
    return stream.get_data() if isinstance(stream, StreamObject) else b""


class QpdfRescue:
    """Decodes single streams of one PDF with qpdf, opened once on the first need."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._pdf: pikepdf.Pdf | None = None

    def __call__(self, number: int) -> bytes | None:
        try:
            if self._pdf is None:
                self._pdf = pikepdf.open(self.path, attempt_recovery=True)
            stream = self._pdf.get_object((number, 0))
            return bytes(stream.read_bytes(pikepdf.StreamDecodeLevel.generalized))
        except (pikepdf.PdfError, pikepdf.DataDecodingError, ValueError, TypeError):
            return None

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None
