"""The languages the reader uses: the models present, less those switched off in Settings."""

from __future__ import annotations

import pytest

from secondop_desktop.core.ocr import engine
from secondop_desktop.core.ocr.engine import Engine, language_string, languages, user_tessdata


@pytest.fixture
def models(tmp_path, monkeypatch):
    """A bundled folder with English and the orientation model; the user folder with two more
    (fake models: only their names are looked at)."""
    bundled = tmp_path / "bundled"
    bundled.mkdir()
    for name in ("eng", "osd"):
        (bundled / f"{name}.traineddata").write_bytes(b"model")
    monkeypatch.setattr(engine, "bundled_tessdata", lambda: bundled)
    user_tessdata().mkdir(parents=True)
    for name in ("deu", "xyz"):
        (user_tessdata() / f"{name}.traineddata").write_bytes(b"model")
    return bundled


def test_every_language_present_is_used_unless_switched_off(models):
    assert languages() == ["deu", "eng", "xyz"]  # osd orients pages: not a language
    assert language_string() == "deu+eng+xyz"
    assert language_string(["xyz"]) == "deu+eng"
    assert language_string(["xyz", "deu", "not-there"]) == "eng"


def test_the_reader_never_goes_without_a_language(models, monkeypatch):
    assert language_string(["deu", "eng", "xyz"]) == "deu+eng+xyz"
    monkeypatch.setattr(engine, "bundled_tessdata", lambda: None)
    for model in user_tessdata().iterdir():
        model.unlink()
    assert language_string() == "eng"


def test_the_engine_reads_with_the_languages_it_is_given():
    pytest.importorskip("tesserocr")
    if engine.bundled_tessdata() is None:
        pytest.skip("the English model is not installed")
    reader = Engine(language_string(["not-there"]))
    try:
        assert reader.lang == "eng"
    finally:
        reader.close()


def test_a_page_scanned_finer_than_reading_needs_is_read_reduced():
    from scans import scan_image

    from secondop_desktop.core.ocr.engine import MAX_READ_DPI, Engine

    fine = scan_image("Creatinine result normal", size=(2480 * 2, 1200 * 2))  # 600 dpi
    engine = Engine()
    try:
        page = engine.read(fine, dpi=600)
    finally:
        engine.close()
    # Read at 400 dpi: the words, with boxes and the stored size in the reduced page's pixels.
    assert page.width == round(fine.width * MAX_READ_DPI / 600)
    assert "Creatinine" in page.text
    assert all(w.box[2] <= page.width and w.box[3] <= page.height for w in page.words)
