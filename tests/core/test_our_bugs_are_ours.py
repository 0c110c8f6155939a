"""A bug in one of our format readers is ours, never "the file is damaged"; a parser library
failing on a damaged file still is the file's."""

from __future__ import annotations

import pytest
from factories import make_pdf

from secondop_desktop.core import formats
from secondop_desktop.core.formats import is_our_bug, pdf


def _raise(exc: BaseException):
    def reader(*_args, **_kwargs):
        raise exc
    return reader


def test_a_bug_in_our_pdf_reader_goes_on_up(vault, tmp_path, monkeypatch):
    monkeypatch.setattr(pdf, "_read_docinfo", None)  # our reader then calls None: a TypeError
    with pytest.raises(TypeError):
        formats.inspect(make_pdf(tmp_path / "a.pdf"))
    with pytest.raises(TypeError):  # the import reports it as ours, not as a refusal
        vault.documents.import_paths([tmp_path / "a.pdf"])


def test_odd_data_in_our_reader_and_a_parser_failing_are_the_files(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf, "inspect", _raise(ValueError("not a number")))
    with pytest.raises(formats.RefusedFile, match="damaged"):
        formats.inspect(make_pdf(tmp_path / "a.pdf"))

    import pypdf

    def parser_fails(*_args, **_kwargs):
        return pypdf.PdfReader(tmp_path / "missing-object.pdf").pages[0].get_contents()

    (tmp_path / "missing-object.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    try:
        parser_fails()
    except Exception as exc:  # noqa: BLE001 - whatever pypdf raises on this file
        assert not is_our_bug(exc), repr(exc)
    else:
        pytest.fail("pypdf read an empty PDF")
