"""Dropped folders: what is skipped says so, one bad path never stops the rest, lines stay lines."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from factories import make_imaging_cd, make_pdf

from secondop_desktop import cli
from secondop_desktop.core.documents import one_line
from secondop_desktop.core.importing import Outcome

PATH_MAX = os.pathconf("/", "PC_PATH_MAX") if hasattr(os, "pathconf") else 4096
needs_posix = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and links")


def outcomes(results) -> dict[str, tuple[Outcome, str]]:
    return {r.name: (r.outcome, r.reason) for r in results}


@needs_posix
@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root reads any folder")
def test_unreadable_subfolder_is_skipped_with_a_line(vault, tmp_path):
    drop = tmp_path / "drop"
    make_pdf(drop.joinpath("a").mkdir(parents=True) or drop / "a" / "ok.pdf")
    locked = drop / "locked"
    locked.mkdir()
    make_pdf(locked / "hidden.pdf")
    locked.chmod(0)
    try:
        got = outcomes(vault.importer.import_paths([drop]))
    finally:
        locked.chmod(0o700)
    assert got["ok.pdf"][0] is Outcome.IMPORTED
    assert got["locked"] == (Outcome.SKIPPED, "the folder cannot be read (permission denied)")


@needs_posix
def test_unreadable_subfolder_reason_from_the_walk(vault, tmp_path, monkeypatch):
    """The same, where the tests run as root: the listing fails as it would for a user."""
    drop = tmp_path / "drop"
    (drop / "locked").mkdir(parents=True)
    make_pdf(drop / "ok.pdf")
    real = os.scandir

    def scandir(path=".", *args):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, *args)

    monkeypatch.setattr(os, "scandir", scandir)
    got = outcomes(vault.importer.import_paths([drop]))
    assert got["ok.pdf"][0] is Outcome.IMPORTED
    assert got["locked"] == (Outcome.SKIPPED, "the folder cannot be read (permission denied)")


@needs_posix
def test_linked_folders_and_link_loops_are_skipped_with_their_reasons(vault, tmp_path):
    drop, elsewhere = tmp_path / "drop", tmp_path / "elsewhere"
    drop.mkdir()
    elsewhere.mkdir()
    make_pdf(drop / "ok.pdf")
    make_pdf(elsewhere / "other.pdf")
    (drop / "linked").symlink_to(elsewhere, target_is_directory=True)
    (drop / "up").symlink_to(drop, target_is_directory=True)  # a loop through the folder
    (drop / "self").symlink_to(drop / "self")  # a link to itself
    (drop / "gone.pdf").symlink_to(tmp_path / "nothing.pdf")
    results = vault.importer.import_paths([drop])
    got = outcomes(results)
    assert got["ok.pdf"][0] is Outcome.IMPORTED
    assert got["linked"][0] is Outcome.SKIPPED and "link to another folder" in got["linked"][1]
    assert got["up"][0] is Outcome.SKIPPED
    assert got["self"] == (Outcome.SKIPPED, "the link leads round in a loop")
    assert got["gone.pdf"] == (Outcome.SKIPPED, "the link points to nothing")
    assert "other.pdf" not in got
    assert vault.documents.count() == 1


@needs_posix
def test_cli_prints_skipped_lines_and_fails(tmp_path, capsys):
    drop = tmp_path / "drop"
    drop.mkdir()
    make_pdf(drop / "ok.pdf")
    (drop / "self").symlink_to(drop / "self")
    code = cli.main(["--vault", str(tmp_path / "vault"), "import", str(drop)])
    out = capsys.readouterr().out
    assert code == 1
    assert out.splitlines() == ["imported 1 ok.pdf", "skipped self: the link leads round in a loop"]


def deep_folder(top: Path, length: int) -> Path:
    """Folders nested until the path is ``length`` characters long, made relative to each
    other (the whole path is too long for one system call)."""
    top.mkdir()
    fd = os.open(top, os.O_RDONLY)
    path, name = str(top), "d" * 200
    try:
        while len(path) < length:
            os.mkdir(name, dir_fd=fd)
            inner = os.open(name, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd, path = inner, f"{path}/{name}"
        inner = os.open("deep.pdf", os.O_WRONLY | os.O_CREAT, 0o600, dir_fd=fd)
        os.write(inner, (top.parent / "seed.pdf").read_bytes())
        os.close(inner)
    finally:
        os.close(fd)
    return Path(path)


@needs_posix
def test_path_longer_than_path_max_refuses_that_file_only(vault, tmp_path):
    make_pdf(tmp_path / "seed.pdf", ["Deep"])
    drop = tmp_path / "drop"
    deep_folder(drop, PATH_MAX + 300)
    make_pdf(drop / "first.pdf", ["First"])
    results = vault.importer.import_paths([drop])
    got = outcomes(results)
    assert got["first.pdf"][0] is Outcome.IMPORTED
    problems = [r for r in results if r.failed]
    assert problems and all("too long" in r.reason for r in problems)
    assert vault.documents.count() == 1


def test_dicomdir_in_a_folder_is_not_a_record(vault, tmp_path):
    cd = make_imaging_cd(tmp_path / "CD", slices=(2,))
    results = vault.importer.import_paths([cd])
    assert all(r.outcome is Outcome.IMPORTED for r in results), results
    assert "DICOMDIR" not in {r.name for r in results}


def test_control_characters_are_escaped_in_lines():
    assert one_line("a\nimported 9 fake.pdf") == "a\\nimported 9 fake.pdf"
    assert one_line("tab\there\r\x1b[2J\x7f\u2028") == "tab\\there\\r\\x1b[2J\\x7f\\u2028"
    assert one_line("Zürich ✓") == "Zürich ✓"


@needs_posix
def test_cli_import_and_list_never_print_a_forged_line(tmp_path, capsys):
    name = "report.pdf\nimported 99 forged.pdf"
    path = make_pdf(tmp_path / name, ["Letter"])
    bad = tmp_path / "bad\nrefused x.pdf"
    bad.write_bytes(b"not a record")
    vault = ["--vault", str(tmp_path / "vault")]
    cli.main([*vault, "import", str(path), str(bad)])
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0] == "imported 1 report.pdf\\nimported 99 forged.pdf"
    assert lines[1].startswith("refused bad\\nrefused x.pdf: ")
    assert cli.main([*vault, "list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    # no control character reaches a title: the newline became a space
    assert len(listed) == 1 and listed[0].endswith("Report.pdf imported 99 forged")
