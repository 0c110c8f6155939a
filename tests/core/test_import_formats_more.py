"""Formats phones and browsers save, and refusal reasons that say what is true."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pytest
from factories import make_imaging_cd, make_jpeg, make_png, make_raw_dicom
from PIL import Image

from secondop_desktop.core.formats import image as image_formats
from secondop_desktop.core.formats.dicom import DICOMDIR_REASON, preview_image
from secondop_desktop.core.importing import Outcome


def imported(vault, path: Path):
    result = vault.importer.import_file(path)
    assert result.outcome is Outcome.IMPORTED, result.reason
    return vault.documents.get(result.document_id)


def refused(vault, path: Path) -> str:
    result = vault.importer.import_file(path)
    assert result.outcome is Outcome.REFUSED, result
    assert vault.blobs.all_objects() == {}
    return result.reason


def picture(size=(120, 80)) -> Image.Image:
    img = Image.new("RGB", size, "white")
    img.paste((200, 30, 30), (10, 10, 60, 60))
    return img


@pytest.mark.parametrize(("name", "options", "fmt"), [
    ("photo.webp", {"format": "WEBP", "quality": 80}, "webp"),
    ("scan.bmp", {"format": "BMP"}, "bmp"),
    ("chart.gif", {"format": "GIF"}, "gif"),
    ("fax.tif", {"format": "TIFF", "big_tiff": True}, "tiff"),
])
def test_phone_and_browser_formats_import(vault, tmp_path, name, options, fmt):
    path = tmp_path / name
    picture().save(path, **options)
    doc = imported(vault, path)
    assert (doc.format, doc.pages) == (fmt, 1)
    assert (doc.meta["width"], doc.meta["height"]) == (120, 80)


def test_bigtiff_header_is_recognised(tmp_path):
    path = tmp_path / "big.tif"
    picture().save(path, big_tiff=True)
    assert path.read_bytes()[:4] == b"II+\x00"


def test_animated_gif_is_refused_with_its_reason(vault, tmp_path):
    path = tmp_path / "loop.gif"
    picture().save(path, save_all=True, append_images=[Image.new("RGB", (120, 80), "blue")],
                   duration=100, loop=0)
    assert refused(vault, path).startswith("animated GIF images are not supported")


def test_png_whose_data_cannot_be_decoded_is_refused(vault, tmp_path):
    path = make_png(tmp_path / "broken.png", (300, 300))
    data = bytearray(path.read_bytes())
    start = data.index(b"IDAT") + 12
    data[start:start + 40] = bytes(b ^ 0x5A for b in data[start:start + 40])
    path.write_bytes(bytes(data))
    assert "damaged" in refused(vault, path)


def test_png_with_exif_date_and_bad_data_is_refused(vault, tmp_path):
    """The EXIF read comes after decoding, so a decode error is never taken for "no date"."""
    path = tmp_path / "dated.png"
    exif = Image.Exif()
    exif[0x0132] = "2024:01:02 03:04:05"
    picture((300, 300)).save(path, exif=exif.tobytes())
    data = bytearray(path.read_bytes())
    start = data.index(b"IDAT") + 12
    data[start:start + 40] = bytes(40)
    path.write_bytes(bytes(data))
    assert "damaged" in refused(vault, path)


def jpeg_with_sof(path: Path, marker: int, precision: int) -> Path:
    make_jpeg(path, (64, 64))
    data = bytearray(path.read_bytes())
    at = data.index(b"\xff\xc0")
    data[at + 1], data[at + 4] = marker, precision
    path.write_bytes(bytes(data))
    return path


def test_12_bit_jpeg_is_not_supported_rather_than_damaged(vault, tmp_path):
    reason = refused(vault, jpeg_with_sof(tmp_path / "xray.jpg", 0xC1, 12))
    assert reason.startswith("12-bit JPEG images are not supported")
    assert "damaged" not in reason


def test_lossless_jpeg_is_not_supported_rather_than_damaged(vault, tmp_path):
    reason = refused(vault, jpeg_with_sof(tmp_path / "lossless.jpg", 0xC3, 8))
    assert reason.startswith("lossless JPEG images are not supported")


def test_xps_is_not_called_a_zip_archive(vault, tmp_path):
    path = tmp_path / "letter.zip"  # even under a name that says ZIP
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("FixedDocumentSequence.fdseq", "<FixedDocumentSequence/>")
        archive.writestr("Documents/1/FixedDocument.fdoc", "<FixedDocument/>")
    reason = refused(vault, path)
    assert reason.startswith("XPS documents are not supported") and "ZIP" not in reason
    plain = tmp_path / "photos.zip"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("a.txt", "x")
    assert refused(vault, plain).startswith("ZIP archives are not supported")


def test_dicom_without_part10_header_imports_and_previews(vault, tmp_path):
    path = make_raw_dicom(tmp_path / "IM0001", modality="CT", description="CT HEAD")
    assert path.read_bytes()[128:132] != b"DICM"
    doc = imported(vault, path)
    assert doc.format == "dicom" and doc.meta["modality"] == "CT"
    assert preview_image(vault.documents.path(doc)).size == (64, 64)


def test_dicom_without_header_or_anything_readable_says_so(vault, tmp_path):
    path = make_raw_dicom(tmp_path / "IM0002.dcm", pixels=False)
    reason = refused(vault, path)
    assert reason.startswith("the file has no DICOM header")
    assert "name says" not in reason


def test_dicomdir_named_directly_is_the_cd_index(vault, tmp_path):
    folder = make_imaging_cd(tmp_path / "CD", slices=(1,))
    assert refused(vault, folder / "DICOMDIR") == DICOMDIR_REASON


class WatchedBudget(image_formats.PixelBudget):
    peak = 0

    @contextmanager
    def hold(self, amount: int) -> Iterator[None]:
        with super().hold(amount):
            self.peak = max(self.peak, self.used)
            yield


def test_concurrent_decodes_share_one_pixel_budget(monkeypatch, tmp_path):
    """Four big PNGs checked at once never hold more decoded pixels than the budget."""
    one = 2000 * 2000 * 4
    budget = WatchedBudget(2 * one)
    monkeypatch.setattr(image_formats, "DECODE_BUDGET", budget)
    paths = [make_png(tmp_path / f"big{i}.png", (2000, 2000)) for i in range(4)]
    with ThreadPoolExecutor(4) as pool:
        infos = list(pool.map(lambda p: image_formats.inspect(p, "png"), paths))
    assert [i.meta["width"] for i in infos] == [2000] * 4
    assert one <= budget.peak <= 2 * one
    assert budget.used == 0


def test_a_picture_bigger_than_the_budget_goes_alone(monkeypatch, tmp_path):
    budget = WatchedBudget(1000)
    monkeypatch.setattr(image_formats, "DECODE_BUDGET", budget)
    assert image_formats.inspect(make_png(tmp_path / "a.png", (100, 100)), "png").pages == 1
    assert budget.peak == 1000 and budget.used == 0
