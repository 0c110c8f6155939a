"""Rendering a PDF page the way a specialist's viewer would: pdfium (Chrome, Edge), poppler
(most Linux viewers) and Ghostscript; and the checks every packet must pass."""

from __future__ import annotations

import io
import subprocess
import tempfile
from pathlib import Path

import pypdfium2
from PIL import Image, ImageChops

INK_LEVEL = 235  # a pixel darker than this (in any channel) carries ink


def pdfium_pages(path: Path, dpi: float) -> list[Image.Image]:
    doc = pypdfium2.PdfDocument(str(path))
    try:
        return [page.render(scale=dpi / 72).to_pil().convert("RGB") for page in doc]
    finally:
        doc.close()


def poppler_pages(path: Path, dpi: float) -> list[Image.Image]:
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(path), f"{folder}/p"],
                       check=True, capture_output=True)
        return [_load(p) for p in sorted(Path(folder).glob("p-*.png"),
                                         key=lambda p: int(p.stem.split("-")[-1]))]


def ghostscript_pages(path: Path, dpi: float) -> list[Image.Image]:
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=png16m",
                        f"-r{dpi}", f"-sOutputFile={folder}/p-%04d.png", str(path)],
                       check=True, capture_output=True)
        return [_load(p) for p in sorted(Path(folder).glob("p-*.png"))]


def qtpdf_pages(path: Path, dpi: float) -> list[Image.Image]:
    """QtPdf, which the app's own preview uses (pdfium inside, with Qt's own set-up)."""
    from PySide6.QtCore import QBuffer, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions

    options = QPdfDocumentRenderOptions()  # comments drawn, as in the app's preview
    options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.Annotations)
    doc = QPdfDocument()
    doc.load(str(path))
    pages = []
    try:
        for index in range(doc.pageCount()):
            points = doc.pagePointSize(index)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = doc.render(index, size, options)
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG")
            with Image.open(io.BytesIO(bytes(buffer.data()))) as img:
                flat = Image.new("RGB", img.size, "white")
                flat.paste(img.convert("RGBA"), mask=img.convert("RGBA").getchannel("A"))
                pages.append(flat)
    finally:
        doc.close()
    return pages


RENDERERS = {"pdfium": pdfium_pages, "poppler": poppler_pages, "ghostscript": ghostscript_pages,
             "qtpdf": qtpdf_pages}


def _load(path: Path) -> Image.Image:
    with Image.open(path) as img:
        return img.convert("RGB")


def ink(img: Image.Image) -> float:
    """The fraction of the page's pixels that carry ink (are not white)."""
    r, g, b = img.convert("RGB").split()
    darkest = ImageChops.darker(ImageChops.darker(r, g), b)
    return darkest.point(lambda v: 255 if v < INK_LEVEL else 0).histogram()[255] / (
        img.width * img.height)


def colour_share(img: Image.Image, target: tuple[int, int, int], spread: int = 70) -> float:
    """The fraction of pixels close to ``target`` (each channel within ``spread``)."""
    r, g, b = target
    bands = img.convert("RGB").split()
    masks = [band.point(lambda v, t=t: 255 if abs(v - t) <= spread else 0)
             for band, t in zip(bands, (r, g, b), strict=True)]
    both = ImageChops.multiply(ImageChops.multiply(masks[0], masks[1]), masks[2])
    return both.histogram()[255] / (img.width * img.height)


def qpdf_warnings(path: Path, password: str = "") -> str:
    """What ``qpdf --check`` has to say beyond a clean bill; '' when the file is sound."""
    done = subprocess.run(["qpdf", "--check", f"--password={password}", str(path)],
                          capture_output=True, text=True)
    if done.returncode == 0 and "WARNING" not in done.stdout + done.stderr:
        return ""
    return (done.stdout + done.stderr)[-2000:]


def ink_disagreements(path: Path, dpi: float = 40, tolerance: float = 0.01) -> list[str]:
    """Pages on which pdfium and poppler put clearly different amounts of ink."""
    found = []
    ours, theirs = pdfium_pages(path, dpi), poppler_pages(path, dpi)
    if len(ours) != len(theirs):
        return [f"pdfium sees {len(ours)} pages, poppler {len(theirs)}"]
    for number, (a, b) in enumerate(zip(ours, theirs, strict=True), start=1):
        ia, ib = ink(a), ink(b)
        if abs(ia - ib) > tolerance + 0.2 * max(ia, ib):
            found.append(f"page {number}: pdfium {ia:.4f}, poppler {ib:.4f}")
    return found


def packet_images(packet: Path) -> list:
    """Every image XObject of a packet, inside the pages' forms too (pypdf objects)."""
    from pypdf import PdfReader

    found = []

    def walk(resources) -> None:
        for obj in resources.get_object().get("/XObject", {}).values():
            obj = obj.get_object()
            if obj.get("/Subtype") == "/Image":
                found.append(obj)
            elif "/Resources" in obj:
                walk(obj["/Resources"])

    for page in PdfReader(packet).pages:
        walk(page["/Resources"])
    return found
