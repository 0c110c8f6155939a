"""JPEG data without its metadata, the compressed image itself untouched (no re-encoding).

Every APPn segment that can carry EXIF, GPS, XMP, IPTC or a thumbnail is cut out, and so are
comments; only the Adobe segment stays, since decoders need it to get CMYK and YCCK colours
right. Used for image records and for the JPEG images inside source PDFs alike.
"""

from __future__ import annotations

import re

from .errors import BadImage

_KEEP_APP = {0xEE}  # APP14 "Adobe": colour transform, needed to decode CMYK/YCCK right
_STANDALONE = {0x01} | set(range(0xD0, 0xD8))  # TEM, RSTn: markers without a length
_MARKER = re.compile(rb"\xff[^\x00\x01\xd0-\xd7\xff]")  # searched in C: scans are large


def strip_jpeg(data: bytes) -> bytes:
    """The JPEG without APP0-APP13, APP15 and COM segments, and nothing after its end.

    Segments are followed through the whole file, not only up to the first scan: a progressive
    JPEG can carry an APP1 (EXIF, GPS) between its scans. Whatever follows the end marker goes:
    a phone's "motion photo" video or the second frame of an MPO, with their own EXIF. The
    scan data (the compressed image itself) is copied byte for byte.
    """
    return b"".join(stripped_parts(data))


def stripped_parts(data: bytes | memoryview) -> list[bytes | memoryview]:
    """``strip_jpeg``'s result as the pieces of ``data`` it keeps, in order, not copied: a
    writer writes them in turn (a scan's megabytes are copied once, into the file)."""
    if data[:2] != b"\xff\xd8":
        raise BadImage("the JPEG file is damaged")
    view = memoryview(data)
    out: list[bytes | memoryview] = [b"\xff\xd8"]
    pos = 2
    while pos < len(data):
        if data[pos] != 0xFF:
            raise BadImage("the JPEG file is damaged")
        marker = data[pos + 1] if pos + 1 < len(data) else 0xD9
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xD9:  # end of image: what follows is not this picture
            break
        if marker in _STANDALONE:
            out.append(view[pos:pos + 2])
            pos += 2
            continue
        if pos + 4 > len(data):
            raise BadImage("the JPEG file is incomplete")
        length = int.from_bytes(data[pos + 2:pos + 4], "big")
        end = pos + 2 + length
        drop = (0xE0 <= marker <= 0xEF and marker not in _KEEP_APP) or marker == 0xFE
        if marker == 0xDA:  # start of scan: its entropy-coded data runs to the next marker
            end = _scan_end(data, end)
        if not drop:
            out.append(view[pos:end])
        pos = end
    out.append(b"\xff\xd9")
    return out


def _scan_end(data: bytes | memoryview, pos: int) -> int:
    """Where the entropy-coded data starting at ``pos`` ends: the next real marker (not a
    stuffed 0xFF00, a restart marker or a fill byte)."""
    found = _MARKER.search(data, pos)
    return found.start() if found else len(data)
