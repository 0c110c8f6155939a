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
from .pdfstream import StreamingPdfWriter, dictionary, name, numbers, ref

DEFAULT_DPI = 150.0
EMAIL_DPI = 150.0
EMAIL_QUALITY = 72
ORIENTATION_TAG = 0x0112
_KEEP_APP = {0xEE}  # APP14 "Adobe": colour transform, needed to decode CMYK/YCCK right
_STANDALONE = {0x01} | set(range(0xD0, 0xD8))  # TEM, RSTn: markers without a length


class BadImage(Exception):
    """The image cannot be read; the message is the reason shown in the packet."""


def strip_jpeg(data: bytes) -> bytes:
    """The JPEG without APP0-APP13, APP15 and COM segments; scan data untouched."""
    if not data.startswith(b"\xff\xd8"):
        raise BadImage("the JPEG file is damaged")
    out = bytearray(b"\xff\xd8")
    pos = 2
    while pos < len(data):
        if data[pos] != 0xFF:
            raise BadImage("the JPEG file is damaged")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in _STANDALONE:
            out += data[pos:pos + 2]
            pos += 2
            continue
        if pos + 4 > len(data):
            raise BadImage("the JPEG file is incomplete")
        length = int.from_bytes(data[pos + 2:pos + 4], "big")
        end = pos + 2 + length
        if marker == 0xDA:  # start of scan: the rest is image data, copied as it is
            out += data[pos:]
            return bytes(out)
        drop = (0xE0 <= marker <= 0xEF and marker not in _KEEP_APP) or marker == 0xFE
        if not drop:
            out += data[pos:end]
        pos = end
    raise BadImage("the JPEG file is incomplete")


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
                frames.append(Frame(index, img.width, img.height, _dpi(img.info),
                                    orientation if 1 <= orientation <= 8 else 1, img.mode,
                                    "adobe" in img.info))
            return frames
    except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError) as exc:
        raise BadImage("the image is damaged and cannot be read") from exc


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


def write_frame(writer: StreamingPdfWriter, path: Path, fmt: str, frame: Frame,
                placed_width: float, email: bool) -> tuple[int, int]:
    """Write the frame as an image XObject; returns (object number, orientation still to apply).

    ``placed_width`` (points) decides the email-size downsampling: only images above 150 dpi at
    the size they are shown are re-encoded.
    """
    target_px = round(placed_width / 72 * EMAIL_DPI)
    reencode = email and frame.display_px[0] > target_px * 1.05
    if fmt == "jpeg" and not reencode:
        try:
            data = strip_jpeg(path.read_bytes())
        except OSError as exc:
            raise BadImage(f"the image cannot be read ({exc.strerror or exc})") from exc
        return _jpeg_xobject(writer, data, frame.width, frame.height, frame.mode,
                             frame.adobe), frame.orientation
    try:
        with Image.open(path) as img:
            img.seek(frame.index)
            if reencode and fmt == "jpeg":  # decode at a reduced scale straight away
                img.draft(img.mode, (target_px, target_px * 4))
            upright = ImageOps.exif_transpose(img)
            if reencode:
                scale = target_px / upright.width
                upright = upright.resize((max(1, target_px), max(1, round(upright.height * scale))),
                                         Image.Resampling.LANCZOS)
            return _pixels_xobject(writer, upright, jpeg=reencode), 1
    except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError) as exc:
        raise BadImage("the image is damaged and cannot be read") from exc


def _jpeg_xobject(writer: StreamingPdfWriter, data: bytes, width: int, height: int, mode: str,
                  adobe: bool) -> int:
    spaces = {"L": "DeviceGray", "CMYK": "DeviceCMYK"}
    header = dictionary(Type=name("XObject"), Subtype=name("Image"), Width=numbers(width)[0],
                        Height=numbers(height)[0], ColorSpace=name(spaces.get(mode, "DeviceRGB")),
                        BitsPerComponent=numbers(8)[0], Filter=name("DCTDecode"))
    if mode == "CMYK" and adobe:  # Adobe writes CMYK inverted
        header[name("Decode")] = numbers(1, 0, 1, 0, 1, 0, 1, 0)
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
        if alpha.getextrema() == (255, 255):
            alpha = None
        base = rgba.convert("L") if img.mode in ("LA", "La") else rgba.convert("RGB")
        return base, alpha
    return img.convert("RGB"), None


def _pixels_xobject(writer: StreamingPdfWriter, img: Image.Image, jpeg: bool) -> int:
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
        base.save(buffer, "JPEG", quality=EMAIL_QUALITY, optimize=True)
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
