"""Email size for the images inside source PDFs: those finer than 150 dpi at the largest size
their page can show them are re-encoded smaller, as JPEG.

Only plain 8-bit grey or colour images are touched (JPEG or Flate without a predictor); 1-bit
faxes, masks, CMYK and images with decode arrays stay exactly as they are.
"""

from __future__ import annotations

import io
import zlib

from PIL import Image
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject, StreamObject

from .pypdf_raw import filters_of, raw_bytes

EMAIL_DPI = 150.0
QUALITY = 72
_MODES = {"/DeviceRGB": "RGB", "/DeviceGray": "L"}


def _mode(stream: StreamObject) -> str | None:
    space = stream.get("/ColorSpace")
    if isinstance(space, NameObject):
        return _MODES.get(space)
    if isinstance(space, ArrayObject) and len(space) == 2 and space[0] == "/ICCBased":
        components = space[1].get_object().get("/N")
        return {1: "L", 3: "RGB"}.get(int(components or 0))
    return None


def shrunk(stream: StreamObject, page_size: tuple[float, float]
           ) -> tuple[dict[str, object], bytes] | None:
    """(header changes, new data) for an image finer than needed on a page this size, or None."""
    if stream.get("/Subtype") != "/Image" or stream.get("/BitsPerComponent") != 8:
        return None
    if stream.get("/ImageMask") or any(k in stream for k in ("/Mask", "/Decode", "/DecodeParms")):
        return None
    mode = _mode(stream)
    width, height = int(stream.get("/Width", 0)), int(stream.get("/Height", 0))
    if mode is None or width <= 0 or height <= 0:
        return None
    max_w, max_h = (round(side / 72 * EMAIL_DPI) for side in page_size)
    scale = min(max_w / width, max_h / height)
    if scale >= 1 / 1.05:
        return None
    data = raw_bytes(stream)
    target = (max(1, round(width * scale)), max(1, round(height * scale)))
    try:
        filters = filters_of(stream)
        img: Image.Image
        if filters == ["/DCTDecode"]:
            jpeg = Image.open(io.BytesIO(data))
            jpeg.draft(mode, target)  # decode at a reduced scale straight away
            img = jpeg.convert(mode)
        elif filters == ["/FlateDecode"]:
            expected = width * height * len(mode)
            pixels = zlib.decompressobj().decompress(data, expected)
            if len(pixels) < expected:
                return None
            img = Image.frombytes(mode, (width, height), pixels)
        else:
            return None
        small = img.resize(target, Image.Resampling.LANCZOS)
    except (OSError, ValueError, zlib.error, Image.DecompressionBombError):
        return None  # not what its header says: copied as it is
    buffer = io.BytesIO()
    small.save(buffer, "JPEG", quality=QUALITY, optimize=True)
    if buffer.tell() >= len(data):
        return None
    return ({"/Width": NumberObject(target[0]), "/Height": NumberObject(target[1]),
             "/Filter": NameObject("/DCTDecode")}, buffer.getvalue())


def apply(out: DictionaryObject, changes: dict[str, object]) -> None:
    for key, value in changes.items():
        out[NameObject(key)] = value  # type: ignore[assignment]
