"""DICOM previews are decoded with pydicom + Pillow alone: checked against pydicom's numpy decoders
where numpy is installed, and run in a subprocess that blocks numpy to prove the app needs none."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pydicom
import pytest
from factories import dicom_rgb, dicom_value, make_dicom

from secondop_desktop.core.errors import RefusedFile
from secondop_desktop.core.formats.dicom import (
    DAMAGED_PICTURE,
    NO_PICTURE,
    UNKNOWN_COMPRESSION,
    PixelLayout,
    decoded_frame,
    preview_image,
)

ROOT = Path(__file__).resolve().parents[2]

CASES = {  # make_dicom keyword arguments for each layout the preview decodes
    "8-bit": {},
    "16-bit signed, CT window and rescale": dict(bits=16, signed=True, window=(40, 400),
                                                 rescale=(1, -1024)),
    "12 of 16 bits, overlay bits set": dict(bits=16, bits_stored=12, high_bits=True),
    "signed 12 of 16 bits, window": dict(bits=16, bits_stored=12, signed=True, high_bits=True,
                                         window=(-200, 1000)),
    "implicit VR": dict(syntax="implicit", bits=16),
    "big endian, signed": dict(syntax="big", bits=16, signed=True),
    "MONOCHROME1": dict(photometric="MONOCHROME1", bits=16, window=(30000, 20000)),
    "RGB": dict(photometric="RGB"),
    "RGB by plane, 3 frames": dict(photometric="RGB", planar=True, frames=3),
    "5 frames": dict(frames=5, bits=16),
    "RLE 16-bit signed, 3 frames": dict(syntax="rle", bits=16, signed=True, frames=3),
    "RLE RGB, 2 frames": dict(syntax="rle", photometric="RGB", frames=2),
    "JPEG grey": dict(syntax="jpeg"),
    "JPEG colour, 3 frames": dict(syntax="jpeg", photometric="RGB", frames=3),
    "JPEG 2000 16-bit, 3 frames": dict(syntax="j2k", bits=16, frames=3, window=(20000, 30000)),
    "JPEG 2000 12 of 16 bits, window": dict(syntax="j2k", bits=16, bits_stored=12,
                                            window=(1000, 1500)),
}


def case_file(folder: Path, name: str) -> Path:
    return make_dicom(folder / f"case{list(CASES).index(name)}.dcm", **CASES[name])


def reference_preview(path: Path):
    """What the preview looked like when it was made with numpy from pydicom's pixel_array."""
    np = pytest.importorskip("numpy")
    ds = pydicom.dcmread(path)
    pixels = ds.pixel_array
    frames = int(ds.get("NumberOfFrames", 1) or 1)
    if frames > 1:
        pixels = pixels[frames // 2]
    if pixels.ndim == 3:
        return pixels.astype(np.uint8)
    data = pixels.astype(np.float64)
    if "WindowCenter" in ds:
        slope, intercept = float(ds.get("RescaleSlope", 1)), float(ds.get("RescaleIntercept", 0))
        center = (float(ds.WindowCenter) - intercept) / slope
        width = float(ds.WindowWidth) / slope
    else:
        center, width = (data.min() + data.max()) / 2, max(data.max() - data.min(), 1.0)
    data = np.clip((data - (center - width / 2)) / width, 0, 1) * 255
    if ds.PhotometricInterpretation == "MONOCHROME1":
        data = 255 - data
    return data.astype(np.uint8)


@pytest.mark.parametrize("name", CASES)
def test_stored_values_match_pydicom(tmp_path, name):
    np = pytest.importorskip("numpy")
    ds = pydicom.dcmread(case_file(tmp_path, name))
    middle = PixelLayout.of(ds).frames // 2
    expected = ds.pixel_array
    if middle:
        expected = expected[middle]
    frame = decoded_frame(ds, middle)
    got = np.array(frame, dtype=np.int64) if frame.mode == "RGB" else np.array(
        list(frame.get_flattened_data()), dtype=np.int64).reshape(expected.shape)
    tolerance = 1 if ds.file_meta.TransferSyntaxUID.name.startswith("JPEG Baseline") else 0
    assert np.abs(got - expected.astype(np.int64)).max() <= tolerance


@pytest.mark.parametrize("name", CASES)
def test_preview_matches_numpy_windowing(tmp_path, name):
    np = pytest.importorskip("numpy")
    path = case_file(tmp_path, name)
    expected = reference_preview(path)
    image = preview_image(path)
    assert image.mode == ("RGB" if expected.ndim == 3 else "L")
    got = np.asarray(image, dtype=np.int16)
    assert np.abs(got - expected.astype(np.int16)).max() <= 1
    assert got.min() < 40 and got.max() > 200, "the preview is not a flat image"


def test_window_rescale_and_inversion_by_hand(tmp_path):
    """Without numpy: a few pixels through the CT window, and MONOCHROME1 the other way up."""
    kwargs = dict(bits=16, signed=True, window=(-1000, 20000), rescale=(2, -1000))
    ct = preview_image(make_dicom(tmp_path / "ct.dcm", **kwargs))
    inverted = preview_image(make_dicom(tmp_path / "m1.dcm", photometric="MONOCHROME1", **kwargs))
    low = (-1000 - 10000 + 1000) / 2  # the window's bottom edge in stored values
    checked = 0
    for x, y in [(0, 0), (27, 30), (32, 32), (40, 30), (63, 63)]:
        stored = dicom_value(x, y, bits_stored=16, signed=True)
        expected = min(max((stored - low) / 10000 * 255, 0), 255)
        assert abs(ct.getpixel((x, y)) - expected) <= 1
        assert abs(inverted.getpixel((x, y)) - (255 - expected)) <= 1
        checked += 0 < expected < 255
    assert checked == 3, "the sampled pixels no longer straddle the window"


def test_middle_frame_and_full_range_by_hand(tmp_path):
    image = preview_image(make_dicom(tmp_path / "mf.dcm", frames=5))
    values = [dicom_value(x, y, 2) for y in range(64) for x in range(64)]
    low, high = min(values), max(values)
    for x, y in [(0, 0), (10, 3), (63, 63)]:
        expected = (dicom_value(x, y, 2) - low) / (high - low) * 255
        assert abs(image.getpixel((x, y)) - expected) <= 1
    rgb = preview_image(make_dicom(tmp_path / "rgb.dcm", photometric="RGB", frames=3))
    assert rgb.mode == "RGB" and rgb.getpixel((5, 9)) == dicom_rgb(5, 9, 1)


def test_preview_is_scaled_to_max_px(tmp_path):
    image = preview_image(make_dicom(tmp_path / "big.dcm", size=300, bits=16), max_px=100)
    assert image.size == (100, 100) and image.mode == "L"


def test_refusals_give_one_line_reasons(tmp_path):
    with pytest.raises(RefusedFile, match=UNKNOWN_COMPRESSION):
        preview_image(make_dicom(tmp_path / "ls.dcm", syntax="jpeg-ls"))
    ds = pydicom.dcmread(make_dicom(tmp_path / "cut.dcm", bits=16))
    ds.PixelData = ds.PixelData[:1000]
    ds.save_as(tmp_path / "cut.dcm")
    with pytest.raises(RefusedFile, match=DAMAGED_PICTURE):
        preview_image(tmp_path / "cut.dcm")
    del ds.PixelData
    ds.save_as(tmp_path / "none.dcm")
    with pytest.raises(RefusedFile, match=NO_PICTURE):
        preview_image(tmp_path / "none.dcm")
    for reason in (UNKNOWN_COMPRESSION, DAMAGED_PICTURE, NO_PICTURE):
        assert "\n" not in reason and len(reason) < 100


NO_NUMPY = """
import json, sys
sys.modules["numpy"] = None  # any `import numpy` now raises ImportError
from secondop_desktop.core.errors import RefusedFile
from secondop_desktop.core.formats.dicom import preview_image
out = {}
for path in sys.argv[1:]:
    try:
        image = preview_image(path)
        out[path] = [image.mode, image.size, image.tobytes().hex()]
    except RefusedFile as exc:
        out[path] = ["refused", str(exc)]
print(json.dumps(out))
"""


def test_previews_need_no_numpy(tmp_path):
    """Every layout, and a refusal, gives the same result in a process where numpy cannot load."""
    paths = [case_file(tmp_path, name) for name in CASES]
    paths.append(make_dicom(tmp_path / "ls.dcm", syntax="jpeg-ls"))
    run = subprocess.run([sys.executable, "-c", NO_NUMPY, *map(str, paths)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    results = json.loads(run.stdout)
    for path in paths[:-1]:
        image = preview_image(path)
        mode, size, pixels = results[str(path)]
        assert (mode, tuple(size)) == (image.mode, image.size)
        assert bytes.fromhex(pixels) == image.tobytes()
    assert results[str(paths[-1])] == ["refused", UNKNOWN_COMPRESSION]
