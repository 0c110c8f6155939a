"""Images (JPEG, PNG, TIFF incl. multi-page and BigTIFF, HEIC, WebP, BMP, GIF): validate fully,
read the EXIF date.

Decoding is how a damaged file is found, and it is the memory an import needs: decodes share one
budget of pixel bytes (a JPEG is checked at 1/8 scale), so however many workers run, only about
one huge picture is held at a time. A JPEG that ends with its end-of-image marker is whole (a cut
file never does; PIL has read its headers) and is not decoded: its entropy data costs as much to
decode at 1/8 scale as to copy ten times, and a decoder passes damage inside it with a warning.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from PIL import Image, UnidentifiedImageError

from ..errors import QT_TRANSLATE_NOOP, RefusedFile
from .info import FileInfo

try:  # HEIC phone photos: pi-heif is the decode-only build of pillow-heif (no 22 MB encoder)
    import pi_heif as heif_plugin  # type: ignore[import-untyped]
except ImportError:  # pragma: no cover - either package registers the same opener
    try:
        import pillow_heif as heif_plugin
    except ImportError:
        heif_plugin = None
if heif_plugin is not None:
    heif_plugin.register_heif_opener()
HEIF_AVAILABLE = heif_plugin is not None

# Pillow warns at 89 MP and refuses at twice that; we refuse at its warning limit. Its warning
# adds nothing to our own check, and silencing it per call (catch_warnings) is not thread-safe:
# files are inspected on several threads at once.
MAX_PIXELS = Image.MAX_IMAGE_PIXELS or 89_478_485
warnings.filterwarnings("ignore", category=Image.DecompressionBombWarning)
EXIF_DATETIME_ORIGINAL = 0x9003
EXIF_DATETIME = 0x0132
EXIF_IFD = 0x8769


def exif_date(img: Image.Image) -> dt.date | None:
    try:
        exif = img.getexif()
        raw = exif.get_ifd(EXIF_IFD).get(EXIF_DATETIME_ORIGINAL) or exif.get(EXIF_DATETIME)
    except Exception:  # noqa: BLE001 - a broken EXIF block only loses the date
        return None
    if not isinstance(raw, str):
        return None
    try:
        return dt.datetime.strptime(raw.strip()[:19], "%Y:%m:%d %H:%M:%S").date()
    except ValueError:
        return None


def _check_size(img: Image.Image) -> None:
    pixels = img.width * img.height
    if pixels > MAX_PIXELS:
        raise RefusedFile(QT_TRANSLATE_NOOP(
            "Reason", "the image is too large to open safely ({megapixels} megapixels; the "
                      "limit is {limit})"),
            megapixels=f"{pixels / 1e6:.0f}", limit=f"{MAX_PIXELS / 1e6:.0f}")


class PixelBudget:
    """Bytes of decoded pixels held at once across threads. One picture bigger than the whole
    budget still goes ahead, alone; the others wait until it is done."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0
        self._changed = threading.Condition()

    @contextmanager
    def hold(self, amount: int) -> Iterator[None]:
        amount = min(amount, self.limit)
        with self._changed:
            self._changed.wait_for(lambda: self.used + amount <= self.limit)
            self.used += amount
        try:
            yield
        finally:
            with self._changed:
                self.used -= amount
                self._changed.notify_all()


# 9400 x 9400 RGBA is 353 MB: one such picture at a time keeps an import under 500 MB.
DECODE_BUDGET = PixelBudget(192 * 1024**2)
_BYTES_PER_PIXEL = {"1": 1, "L": 1, "P": 1, "LA": 2, "I;16": 2, "RGB": 4, "YCbCr": 4, "CMYK": 4}

# The first bytes of a JPEG frame header: SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC).
_SOF_MARKERS = set(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_JPEG_PROCESSES = {0xC3: "lossless JPEG", 0xC7: "lossless JPEG", 0xCB: "lossless JPEG",
                   0xCF: "lossless JPEG"}
_STANDALONE = {0x01} | set(range(0xD0, 0xD8))


def jpeg_frame(head: bytes) -> tuple[int, int] | None:
    """(SOF marker, sample precision) of a JPEG from its first bytes, or None if not found."""
    pos = 2
    while pos + 4 <= len(head):
        if head[pos] != 0xFF:
            return None
        marker = head[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker in _STANDALONE:
            pos += 2
            continue
        if marker in _SOF_MARKERS:
            return (marker, head[pos + 4]) if pos + 4 < len(head) else None
        if marker == 0xDA:
            return None
        pos += 2 + int.from_bytes(head[pos + 2:pos + 4], "big")
    return None


def check_jpeg_kind(head: bytes) -> None:
    """Refuse, saying so, a JPEG variant no decoder here reads (12-bit, lossless)."""
    frame = jpeg_frame(head)
    if frame is None:
        return
    marker, precision = frame
    if marker in _JPEG_PROCESSES:
        raise RefusedFile(QT_TRANSLATE_NOOP(
            "Reason", "{kind} images are not supported; save it as an ordinary JPEG or PNG first"),
            kind=_JPEG_PROCESSES[marker])
    if precision != 8:
        raise RefusedFile(QT_TRANSLATE_NOOP(
            "Reason", "{precision}-bit JPEG images are not supported; save it as an ordinary "
                      "8-bit JPEG or PNG first"), precision=precision)


def ends_whole(source: Path | BinaryIO) -> bool:
    """Whether a JPEG's last bytes are its end-of-image marker (never so in a cut file: inside
    the entropy data a 0xFF byte is always followed by 0x00 or a restart marker)."""
    if isinstance(source, io.BytesIO):
        return bytes(source.getbuffer()[-2:]) == b"\xff\xd9"
    if isinstance(source, Path):
        with open(source, "rb") as handle:
            if handle.seek(0, os.SEEK_END) < 4:
                return False
            handle.seek(-2, os.SEEK_END)
            return handle.read(2) == b"\xff\xd9"
    return False


def _decode(img: Image.Image, family: str) -> None:
    """Decode the pixels to find truncation and corruption; JPEG at 1/8 scale, which is fast."""
    if family == "jpeg":
        img.draft(img.mode, (max(1, img.width // 8), max(1, img.height // 8)))
    cost = img.width * img.height * _BYTES_PER_PIXEL.get(img.mode, 4)
    with DECODE_BUDGET.hold(cost):
        img.load()


def _frames(img: Image.Image, family: str) -> int:
    frames = getattr(img, "n_frames", 1)
    if family in ("gif", "webp") and frames > 1:
        raise RefusedFile(QT_TRANSLATE_NOOP(
            "Reason", "animated {family} images are not supported; save the picture you need as a "
                      "still image first"), family=family.upper())
    return frames if family == "tiff" else 1


def inspect(path: Path | BinaryIO, family: str) -> FileInfo:
    if family == "heic" and not HEIF_AVAILABLE:
        raise RefusedFile(QT_TRANSLATE_NOOP(
            "Reason", "HEIC photos need the pi-heif package, which is not installed"))
    try:
        with Image.open(path) as img:
            _check_size(img)
            width, height = img.size  # before draft() shrinks a JPEG to 1/8 scale
            pages = _frames(img, family)
            whole = family == "jpeg" and ends_whole(path)
            for frame in range(pages):
                if frame:
                    img.seek(frame)
                    _check_size(img)
                if not whole:
                    _decode(img, family)
                if not frame:  # after decoding: a broken file must not pass as "no date"
                    date = exif_date(img)
    except RefusedFile:
        raise
    except Image.DecompressionBombError as exc:
        raise RefusedFile(QT_TRANSLATE_NOOP(
            "Reason", "the image is too large to open safely")) from exc
    except UnidentifiedImageError as exc:
        raise RefusedFile(QT_TRANSLATE_NOOP(
            "Reason", "the image is damaged and cannot be read")) from exc
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, MemoryError) as exc:
        if "truncated" in str(exc):
            raise RefusedFile(QT_TRANSLATE_NOOP(
                "Reason", "the image is incomplete (the file was cut off)")) from exc
        raise RefusedFile(QT_TRANSLATE_NOOP(
            "Reason", "the image is damaged and cannot be read")) from exc
    return FileInfo(
        format=family,
        pages=pages,
        record_date=date,
        date_is_file_date=date is not None,
        meta={"width": width, "height": height},
    )
