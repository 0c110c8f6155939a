"""A bug in one of our format readers is ours, never "the file is damaged"; a parser library
failing on a damaged file still is the file's."""

from __future__ import annotations

import pytest
from factories import make_jpeg, make_pdf

from secondop_desktop.core import formats
from secondop_desktop.core.formats import is_our_bug, pdf
from secondop_desktop.core.importing import OUR_BUG_REASON, Outcome


def _raise(exc: BaseException):
    def reader(*_args, **_kwargs):
        raise exc
    return reader


def test_a_bug_in_our_pdf_reader_goes_on_up(vault, tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(pdf, "_read_docinfo", None)  # our reader then calls None: a TypeError
    with pytest.raises(TypeError):
        formats.inspect(make_pdf(tmp_path / "a.pdf"))
    # The import reports it as ours, not as a refusal, and the rest of the drop goes on.
    results = vault.importer.import_paths([tmp_path / "a.pdf",
                                            make_jpeg(tmp_path / "b_scan.jpg")])
    assert [r.outcome for r in results] == [Outcome.FAILED, Outcome.IMPORTED]
    assert isinstance(results[0].error, TypeError) and results[0].failed
    assert results[0].reason == OUR_BUG_REASON and "damaged" not in results[0].reason
    assert results[0].line().startswith("failed a.pdf: SecondOp ran into a problem of its own")
    logged = [r for r in caplog.records if r.exc_info]
    assert logged and logged[0].exc_info[0] is TypeError  # with its traceback
    assert "a.pdf" not in caplog.text  # the file's name is the patient's, not the log's
    assert vault.documents.count() == 1 and not vault.verify()


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
