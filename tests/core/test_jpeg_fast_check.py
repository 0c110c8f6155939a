"""A JPEG that ends with its end-of-image marker is taken without decoding its pixels (the costly
part of importing scans); one that does not is decoded, and refused when it was cut off."""

from __future__ import annotations

import io

import pytest
from factories import make_jpeg

from secondop_desktop.core.formats import image
from secondop_desktop.core.importing import Outcome


@pytest.fixture
def no_decode(monkeypatch):
    decoded = []
    monkeypatch.setattr(image, "_decode", lambda img, family: decoded.append(family))
    return decoded


def test_a_whole_jpeg_is_not_decoded(vault, tmp_path, no_decode):
    path = make_jpeg(tmp_path / "scan.jpg", size=(600, 800))
    [result] = vault.importer.import_paths([path])
    assert result.outcome is Outcome.IMPORTED
    assert no_decode == []


@pytest.mark.parametrize("keep", [0.5, -2, -1])
def test_a_cut_jpeg_is_decoded_and_refused(vault, tmp_path, keep):
    data = make_jpeg(tmp_path / "whole.jpg", size=(600, 800), text="x").read_bytes()
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(data[:int(len(data) * keep)] if keep > 0 else data[:keep])
    assert not image.ends_whole(io.BytesIO(cut.read_bytes()))
    assert not image.ends_whole(cut)
    [result] = vault.importer.import_paths([cut])
    assert result.outcome is Outcome.REFUSED and "incomplete" in result.reason


def test_ends_whole_reads_files_and_bytes_alike(tmp_path):
    path = make_jpeg(tmp_path / "scan.jpg", size=(60, 80))
    assert image.ends_whole(path) and image.ends_whole(io.BytesIO(path.read_bytes()))
    (tmp_path / "tiny.jpg").write_bytes(b"\xff\xd9")
    assert not image.ends_whole(tmp_path / "tiny.jpg")
