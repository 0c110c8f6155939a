"""Generated scans with real printed words for the OCR tests (Pillow and DejaVu, no Qt)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
A4_300DPI = (2480, 3508)

LAB_REPORT = """St Mary's Hospital Laboratory
Pathology Department, 12 Station Road
Patient: John Smith    DOB: 12/03/1960
Collected: 14/02/2024 08:30
Reported: 15/02/2024
Printed: 20/02/2024
FULL BLOOD COUNT
Haemoglobin 135 g/L reference range 130-170
Platelets 250 reference range 150-400"""


def font(size: int = 42) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT, size)


def scan_image(text: str, size: tuple[int, int] = A4_300DPI, rotate: int = 0,
               point: int = 42) -> Image.Image:
    """A white page with ``text`` printed at about 10 pt at 300 dpi, turned ``rotate`` degrees
    counter-clockwise (as a page fed sideways into a scanner)."""
    img = Image.new("L", size, 255)
    draw = ImageDraw.Draw(img)
    face = font(point)
    for number, line in enumerate(text.splitlines()):
        draw.text((200, 220 + number * round(point * 1.9)), line, font=face, fill=0)
    return img.rotate(rotate, expand=True) if rotate else img


def make_scan(path: Path, text: str, rotate: int = 0, fmt: str = "PNG",
              size: tuple[int, int] = A4_300DPI) -> Path:
    image = scan_image(text, size, rotate)
    options = {"quality": 85} if fmt == "JPEG" else {}
    image.save(path, fmt, dpi=(300, 300), **options)
    return path
