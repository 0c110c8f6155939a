"""Images (JPEG, PNG, TIFF incl. multi-page, HEIC): validate fully, read the EXIF date."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path
from typing import BinaryIO

from PIL import Image, UnidentifiedImageError

from ..errors import RefusedFile
from .info import FileInfo

try:  # HEIC phone photos: pi-heif is the decode-only build of pillow-heif (no 22 MB encoder)
    import pi_heif as heif_plugin
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
        raise RefusedFile(
            f"the image is too large to open safely ({pixels / 1e6:.0f} megapixels; "
            f"the limit is {MAX_PIXELS / 1e6:.0f})"
        )


def _decode(img: Image.Image, family: str) -> None:
    """Decode the pixels to find truncation and corruption; JPEG at 1/8 scale, which is fast."""
    if family == "jpeg":
        img.draft(img.mode, (max(1, img.width // 8), max(1, img.height // 8)))
    img.load()


def inspect(path: Path | BinaryIO, family: str) -> FileInfo:
    if family == "heic" and not HEIF_AVAILABLE:
        raise RefusedFile("HEIC photos need the pi-heif package, which is not installed")
    try:
        with Image.open(path) as img:
            _check_size(img)
            width, height = img.size  # before draft() shrinks a JPEG to 1/8 scale
            date = exif_date(img)
            pages = getattr(img, "n_frames", 1) if family == "tiff" else 1
            for frame in range(pages):
                if frame:
                    img.seek(frame)
                    _check_size(img)
                _decode(img, family)
    except RefusedFile:
        raise
    except Image.DecompressionBombError as exc:
        raise RefusedFile("the image is too large to open safely") from exc
    except UnidentifiedImageError as exc:
        raise RefusedFile("the image is damaged and cannot be read") from exc
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, MemoryError) as exc:
        if "truncated" in str(exc):
            raise RefusedFile("the image is incomplete (the file was cut off)") from exc
        raise RefusedFile("the image is damaged and cannot be read") from exc
    return FileInfo(
        format=family,
        pages=pages,
        record_date=date,
        meta={"width": width, "height": height},
    )
