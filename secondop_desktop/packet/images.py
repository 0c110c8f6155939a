"""Image records as PDF pages: JPEG data kept as it is (minus metadata), the rest losslessly.

A JPEG's compressed bytes go into the PDF unchanged, as img2pdf does, but every APPn segment that
can carry EXIF, GPS, XMP, IPTC or a thumbnail is cut out first; only the Adobe segment stays, since
decoders need it to get CMYK and YCCK colours right. EXIF orientation becomes the placement
matrix, so the page shows the photo upright and the margin stamp stays readable.
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

from ..core.formats import image as _image_formats  # noqa: F401 - registers the HEIC opener
from .errors import BadImage
from .jpeg import strip_jpeg, stripped_parts
from .pdfstream import Data, StreamingPdfWriter, dictionary, name, numbers, ref

DEFAULT_DPI = 150.0
EMAIL_DPI = 150.0
EMAIL_QUALITY = 72
PHOTO_QUALITY = 88  # HEIC/AVIF photos as JPEG: small print on a photographed letter stays sharp
PHOTO_FORMATS = {"heic", "avif"}
ORIENTATION_TAG = 0x0112

__all__ = ["BadImage", "Frame", "OpenImages", "probe", "strip_jpeg", "write_frame"]


@dataclass
class Frame:
    index: int
    width: int  # stored pixels
    height: int
    dpi: float
    orientation: int  # EXIF 1-8; applied by the placement matrix (JPEG) or on decoding
    mode: str
    adobe: bool

    @property
    def display_px(self) -> tuple[int, int]:
        return (self.height, self.width) if self.orientation in (5, 6, 7, 8) else (
            self.width, self.height)

    def natural_points(self) -> tuple[float, float]:
        w, h = self.display_px
        return w / self.dpi * 72, h / self.dpi * 72


def _dpi(info: dict) -> float:
    try:
        value = float(info.get("dpi", (0, 0))[0])
    except (TypeError, ValueError, IndexError):
        return DEFAULT_DPI
    return value if 20 <= value <= 4800 else DEFAULT_DPI


def probe(path: Path, fmt: str) -> list[Frame]:
    """The frames of an image file, read from its headers (JPEG pixels are not decoded)."""
    plain = _plain_jpeg(path) if fmt == "jpeg" else None
    if plain is not None:
        return [plain]
    try:
        with Image.open(path) as img:
            count = getattr(img, "n_frames", 1) if fmt == "tiff" else 1
            frames = []
            for index in range(count):
                img.seek(index)
                try:
                    orientation = int(img.getexif().get(ORIENTATION_TAG, 1) or 1)
                except Exception:  # noqa: BLE001 - a broken EXIF block: show as stored
                    orientation = 1
                width, height = _stored_size(img)
                frames.append(Frame(index, width, height, _dpi(img.info),
                                    orientation if 1 <= orientation <= 8 else 1, img.mode,
                                    "adobe" in img.info))
            return frames
    except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError) as exc:
        raise BadImage("the image is damaged and cannot be read") from exc


# The segments before a scan that Pillow reads by their length: frames (and DHP, which it reads
# as one), tables, restart interval, application segments, comments. Any other: Pillow reads it.
_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF, 0xDE}
_SEGMENTS = _SOF | {0xC4, 0xCC, 0xDB, 0xDC, 0xDD, 0xDF, 0xFE} | set(range(0xE0, 0xF0))
_MODES = {1: "L", 3: "RGB", 4: "CMYK"}  # Pillow's, by the frame's components
HEADER_BYTES = 2**16  # read at most for the segments before the scan
FIRST_BYTES = 2**12


def _plain_jpeg(path: Path) -> Frame | None:
    """The frame of a JPEG without EXIF or XMP (a scanner's), from its segments as Pillow
    reads them (it parses its tables too, in Python, five times slower). None for anything
    else (an APP1, a segment past the first 64 KB, one Pillow would refuse...): Pillow reads
    those, and the orientation and resolution EXIF and XMP give are its to tell."""
    try:
        with open(path, "rb") as handle:
            return _plain_frame(handle)
    except OSError:
        return None


def _plain_frame(handle) -> Frame | None:
    head = handle.read(FIRST_BYTES)  # a scanner's headers: about 600 bytes
    if head[:2] != b"\xff\xd8":
        return None
    pos, frame, dpi, adobe = 2, None, None, False
    while True:
        if pos + 4 > len(head) and len(head) == FIRST_BYTES:  # headers beyond: up to 64 KB
            head += handle.read(HEADER_BYTES - FIRST_BYTES)
        if pos + 4 > len(head) or head[pos] != 0xFF:
            return None  # no scan where one was expected: Pillow says what is wrong
        marker, length = head[pos + 1], int.from_bytes(head[pos + 2:pos + 4], "big")
        if marker == 0xDA:  # the scan: every header segment was read
            break
        end = pos + 2 + length
        if end > len(head) and len(head) == FIRST_BYTES:
            head += handle.read(HEADER_BYTES - FIRST_BYTES)
        if marker not in _SEGMENTS or marker == 0xE1 or length < 2 or end > len(head):
            return None
        body = head[pos + 4:end]
        if marker in _SOF:
            if len(body) < 6:
                return None
            frame = (body[0], int.from_bytes(body[3:5], "big"), int.from_bytes(body[1:3], "big"),
                     body[5])
        elif marker == 0xDB and not _tables_whole(body):
            return None
        elif marker == 0xE0 and body.startswith(b"JFIF") and len(body) >= 12:
            unit, density = body[7], int.from_bytes(body[8:10], "big")
            dpi = density if unit == 1 else density * 2.54 if unit == 2 else dpi
        elif marker == 0xEE and body.startswith(b"Adobe"):
            if len(body) < 7:
                return None
            adobe = True
        pos = end
    if frame is None or frame[0] != 8 or frame[3] not in _MODES:
        return None
    _bits, width, height, components = frame
    limit = Image.MAX_IMAGE_PIXELS
    if not width or not height or (limit is not None and width * height > 2 * limit):
        return None
    info = {"dpi": (dpi, dpi)} if dpi is not None else {}
    return Frame(0, width, height, _dpi(info), 1, _MODES[components], adobe)


def _tables_whole(body: bytes) -> bool:
    """Whether a DQT segment holds whole tables (Pillow refuses the image otherwise)."""
    while body:
        size = 1 + (1 if body[0] // 16 == 0 else 2) * 64
        if len(body) < size:
            return False
        body = body[size:]
    return True


def _stored_size(img: Image.Image) -> tuple[int, int]:
    """The pixels as stored. Newer Pillows report a TIFF's size already turned by its
    orientation tag (and turn the pixels on loading); the page is planned from stored pixels."""
    tags = getattr(img, "tag_v2", None)
    if tags is not None:
        width, height = tags.get(256), tags.get(257)
        if isinstance(width, int) and isinstance(height, int):
            return width, height
    return img.width, img.height


class OpenImages:
    """The image file being written, kept open from one frame to the next: seeking a multi-page
    TIFF from its start for every page would take time growing with the square of its pages."""

    def __init__(self) -> None:
        self._path: Path | None = None
        self._image: Image.Image | None = None

    def frame(self, path: Path, index: int) -> Image.Image:
        if self._path != path or self._image is None:
            self.close()
            self._image = Image.open(path)
            self._path = path
        if index != self._image.tell():
            self._image.seek(index)
        return self._image

    def close(self) -> None:
        if self._image is not None:
            self._image.close()
        self._image, self._path = None, None


def orientation_matrix(orientation: int, x: float, y: float, w: float, h: float
                       ) -> tuple[float, ...]:
    """The ``cm`` matrix that draws the stored image upright into the rectangle (PDF units)."""
    return {
        1: (w, 0, 0, h, x, y),
        2: (-w, 0, 0, h, x + w, y),
        3: (-w, 0, 0, -h, x + w, y + h),
        4: (w, 0, 0, -h, x, y + h),
        5: (0, -h, -w, 0, x + w, y + h),
        6: (0, -h, w, 0, x, y + h),
        7: (0, h, w, 0, x, y),
        8: (0, h, -w, 0, x + w, y),
    }[orientation]


def turned_into(turn: int, x: float, y: float, w: float, h: float) -> tuple[float, ...]:
    """The ``cm`` matrix from the unit square (y up) turned ``turn`` degrees counter-clockwise
    into the rectangle: how a page turned upright by hand or by OCR is placed."""
    return {
        0: (w, 0, 0, h, x, y),
        90: (0, h, -w, 0, x + w, y),
        180: (-w, 0, 0, -h, x + w, y + h),
        270: (0, -h, w, 0, x, y + h),
    }[turn % 360]


def compose(first: tuple[float, ...], then: tuple[float, ...]) -> tuple[float, ...]:
    """The one matrix doing ``first`` and then ``then`` (PDF's row-vector convention)."""
    a1, b1, c1, d1, e1, f1 = first
    a2, b2, c2, d2, e2, f2 = then
    return (a1 * a2 + b1 * c2, a1 * b2 + b1 * d2, c1 * a2 + d1 * c2, c1 * b2 + d1 * d2,
            e1 * a2 + f1 * c2 + e2, e1 * b2 + f1 * d2 + f2)


def placed(orientation: int, turn: int, rect: tuple[float, float, float, float]
           ) -> tuple[float, ...]:
    """The ``cm`` matrix drawing a stored image into ``rect``: set upright by its EXIF
    ``orientation``, then turned ``turn`` degrees counter-clockwise (the bytes stay as stored)."""
    return compose(orientation_matrix(orientation, 0, 0, 1, 1), turned_into(turn, *rect))


def write_frame(writer: StreamingPdfWriter, path: Path, fmt: str, frame: Frame,
                placed_width: float, email: bool, opened: OpenImages | None = None
                ) -> tuple[int, int]:
    """Write the frame as an image XObject; returns (object number, orientation still to apply).

    ``placed_width`` (points) decides the email-size downsampling: only images above 150 dpi at
    the size they are shown are re-encoded. Phone photos in HEIC or AVIF become JPEG at a
    quality that keeps text sharp (kept lossless they are ten times their size); faxes and
    other 1-bit images stay 1-bit.
    """
    target_px = round(placed_width / 72 * EMAIL_DPI)
    reencode = email and frame.display_px[0] > target_px * 1.05 and frame.mode != "1"
    photo = fmt in PHOTO_FORMATS
    if fmt == "jpeg" and not reencode:
        try:
            data = stripped_parts(path.read_bytes())
        except OSError as exc:
            raise BadImage(f"the image cannot be read ({exc.strerror or exc})") from exc
        return _jpeg_xobject(writer, data, frame.width, frame.height, frame.mode,
                             frame.adobe), frame.orientation
    own = opened is None
    files = opened or OpenImages()
    try:
        img = files.frame(path, frame.index)
        if reencode and fmt == "jpeg":  # decode at a reduced scale straight away
            img.draft(img.mode, (target_px, target_px * 4))
        upright = ImageOps.exif_transpose(img)
        if reencode:
            scale = target_px / upright.width
            upright = upright.resize((max(1, target_px), max(1, round(upright.height * scale))),
                                     Image.Resampling.LANCZOS)
        quality = EMAIL_QUALITY if reencode else PHOTO_QUALITY
        return _pixels_xobject(writer, upright, jpeg=reencode or photo, quality=quality), 1
    except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError) as exc:
        raise BadImage("the image is damaged and cannot be read") from exc
    finally:
        if own:
            files.close()


def _jpeg_xobject(writer: StreamingPdfWriter, data: Data, width: int, height: int, mode: str,
                  adobe: bool) -> int:
    spaces = {"L": b"DeviceGray", "CMYK": b"DeviceCMYK"}
    header = (b"/Type/XObject/Subtype/Image/Width %d/Height %d/ColorSpace/%s"
              b"/BitsPerComponent 8/Filter/DCTDecode" % (width, height,
                                                          spaces.get(mode, b"DeviceRGB")))
    if mode == "CMYK" and adobe:  # Adobe writes CMYK inverted
        header += b"/Decode[1 0 1 0 1 0 1 0]"
    return writer.add_stream(header, data)


def _flat(img: Image.Image) -> tuple[Image.Image, Image.Image | None]:
    """Pixels PDF can take (1, L, RGB, CMYK) and the alpha channel, if any."""
    if img.mode in ("1", "L", "RGB", "CMYK"):
        return img, None
    if img.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        flat = img.convert("F")  # deep greys (16-bit scans): stretch the brightest to white
        peak = flat.getextrema()[1] or 1.0
        return flat.point(lambda v: v * 255 / peak).convert("L"), None
    if img.mode == "P" and "transparency" not in img.info:
        return img.convert("RGB"), None
    if img.mode in ("LA", "La", "PA", "P", "RGBA", "RGBa"):
        rgba = img.convert("RGBA")
        alpha = rgba.getchannel("A")
        base = rgba.convert("L") if img.mode in ("LA", "La") else rgba.convert("RGB")
        return base, None if alpha.getextrema() == (255, 255) else alpha
    return img.convert("RGB"), None


def _pixels_xobject(writer: StreamingPdfWriter, img: Image.Image, jpeg: bool,
                    quality: int = EMAIL_QUALITY) -> int:
    base, alpha = _flat(img)
    if jpeg and alpha is not None:  # email size: flatten onto white paper, then JPEG
        paper = Image.new(base.mode, base.size, "white")
        paper.paste(base, mask=alpha)
        base, alpha = paper, None
    spaces = {"1": "DeviceGray", "L": "DeviceGray", "RGB": "DeviceRGB", "CMYK": "DeviceCMYK"}
    header = dictionary(Type=name("XObject"), Subtype=name("Image"),
                        Width=numbers(base.width)[0], Height=numbers(base.height)[0],
                        ColorSpace=name(spaces[base.mode]),
                        BitsPerComponent=numbers(1 if base.mode == "1" else 8)[0])
    if jpeg and base.mode != "1":
        buffer = io.BytesIO()
        base.save(buffer, "JPEG", quality=quality, optimize=True)
        header[name("Filter")] = name("DCTDecode")
        if base.mode == "CMYK":  # Pillow writes Adobe CMYK, inverted like Photoshop's
            header[name("Decode")] = numbers(1, 0, 1, 0, 1, 0, 1, 0)
        return writer.add_stream(header, buffer.getvalue())
    if alpha is not None:
        mask = dictionary(Type=name("XObject"), Subtype=name("Image"),
                          Width=numbers(alpha.width)[0], Height=numbers(alpha.height)[0],
                          ColorSpace=name("DeviceGray"), BitsPerComponent=numbers(8)[0],
                          Filter=name("FlateDecode"))
        mask_ref = writer.add_stream(mask, zlib.compress(alpha.tobytes(), 6))
        header[name("SMask")] = ref(mask_ref)
    header[name("Filter")] = name("FlateDecode")
    return writer.add_stream(header, zlib.compress(base.tobytes(), 6))
