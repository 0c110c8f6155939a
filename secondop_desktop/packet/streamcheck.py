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

import base64
import zlib
from collections.abc import Callable
from pathlib import Path

import pikepdf
from pypdf import PageObject
from pypdf.errors import PdfReadError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, PdfObject, StreamObject

from .errors import BadImage, BadPage
from .jpeg import strip_jpeg
from .pdfstream import DROPPED_KEYS, STREAM_EXTERNAL_KEYS
from .pypdf_raw import filters_of, raw_bytes

PAGE_LIMIT = 256 * 2**20  # decoded bytes one page may reach (a 600 dpi A4 colour scan is 105 MB)
CHUNK = 2**20
FLATE = ("/FlateDecode", "/Fl")
DCT = ("/DCTDecode", "/DCT")
ASCII85 = ("/ASCII85Decode", "/A85")
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
        self.repaired = False  # the page just checked had a part replaced
        self.unparsed = False  # pypdf could not parse some object (qpdf may)
        self._rescue = rescue
        self._seen: set[int] = set()

    def check(self, page: PageObject) -> None:
        """Raise BadPage when ``page`` cannot be included; record repairs in ``fixes`` (and
        in ``repaired``, when a resource of this page had to be replaced)."""
        budget = [PAGE_LIMIT]
        self.repaired = False
        try:
            if "/Contents" in page:
                self._check_contents(page.raw_get("/Contents"), budget)
            if "/Resources" in page:
                self._walk([rendering_resources(page.raw_get("/Resources"))], budget,
                           content=False)
        except PdfReadError as exc:
            self.unparsed = True
            raise BadPage(DAMAGED) from exc

    def _check_contents(self, contents: PdfObject, budget: list[int]) -> None:
        """The page's drawing, in one stream or several: a damaged one of several is left
        out (viewers draw the others); the page goes only when none of them decodes."""
        resolved = contents.get_object()
        parts = list(resolved) if isinstance(resolved, ArrayObject) else [contents]
        damaged = []
        for part in parts:
            try:
                self._walk([part], budget, content=True)
            except BadPage as exc:
                if str(exc) != DAMAGED or not isinstance(part, IndirectObject):
                    raise
                damaged.append(part)
        if damaged and len(damaged) == len(parts):
            raise BadPage(DAMAGED)
        for part in damaged:
            self.fixes[part.idnum] = zlib.compress(b"", 6)
            self.repaired = True

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
        data = raw_bytes(stream)
        # A plain /DCTDecode JPEG loses its EXIF when copied (and may be shrunk for email).
        if filters and filters[-1] in DCT and isinstance(stream.get("/Filter"), ArrayObject):
            self._strip_jpeg(number, filters, data)
        if filters and filters[0] in ASCII85:
            clean = clean_ascii85(data)
            if clean != data:  # re-encoded from what decodes, so that no reader stumbles
                self.fixes[number] = clean
            return
        if not filters or filters[0] not in FLATE:
            return
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


    def _strip_jpeg(self, number: int, filters: list[str], data: bytes) -> None:
        """A JPEG inside a filter array ([/DCTDecode], or compressed again with Flate) loses
        its EXIF (camera, GPS) here."""
        if filters == ["/FlateDecode", "/DCTDecode"] or filters == ["/Fl", "/DCT"]:
            try:
                jpeg = zlib.decompress(data)
            except zlib.error:
                return  # the Flate check below deals with it
            stripped = _stripped(jpeg)
            if stripped is not None and stripped != jpeg:
                self.fixes[number] = zlib.compress(stripped, 6)
        elif len(filters) == 1:
            stripped = _stripped(data)
            if stripped is not None and stripped != data:
                self.fixes[number] = stripped

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


def _stripped(jpeg: bytes) -> bytes | None:
    try:
        return strip_jpeg(jpeg) if jpeg.startswith(b"\xff\xd8") else None
    except BadImage:  # not a JPEG we can walk: copied as it is, as viewers may still show it
        return None


def clean_ascii85(data: bytes) -> bytes:
    """ASCII85 data as a strict decoder wants it: what a tolerant reading of ``data`` decodes
    to (characters outside the alphabet skipped, the end marker added when missing),
    encoded again. Data that is clean already is returned as it is."""
    body = data.strip()
    if body.startswith(b"<~"):
        body = body[2:]
    end = body.find(b"~>")
    ended = end >= 0
    body = body[:end] if ended else body
    letters = bytes(c for c in body if 33 <= c <= 117 or c == 122)  # '!'..'u' and 'z'
    if ended and letters == bytes(c for c in body if not chr(c).isspace()):
        return data
    try:
        decoded = base64.a85decode(letters)
    except ValueError:  # a group cut short at the end: as far as whole groups go
        usable = _whole_groups(letters)
        decoded = base64.a85decode(usable) if usable else b""
    return base64.a85encode(decoded, wrapcol=76) + b"~>"


def _whole_groups(letters: bytes) -> bytes:
    count, cut = 0, 0
    for index, c in enumerate(letters):
        count = 0 if c == 122 else count + 1
        if count in (0, 5):
            count, cut = 0, index + 1
    return letters[:cut]


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
