"""The command line of ``secondop-desktop``: a launcher's start is read without argparse (for the
first frame's sake), with the very result argparse gives; anything else is argparse's."""

from __future__ import annotations

from pathlib import Path

import pytest

from secondop_desktop import __version__
from secondop_desktop.app import _parsed_options, _plain_options, parse_args

PLAIN = [[], ["--demo"], ["--vault", "/some/vault"], ["--vault=/some/vault"],
         ["--vault", "a", "--vault", "b", "--demo"], ["--demo", "--vault", "folder with space"]]


@pytest.mark.parametrize("argv", PLAIN)
def test_a_launchers_start_is_read_as_argparse_reads_it(argv):
    plain = _plain_options(argv)
    assert plain is not None
    assert vars(plain) == vars(_parsed_options(argv))


@pytest.mark.parametrize("argv", [["--selftest"], ["--dem"], ["--vault"], ["--vault", "--demo"],
                                  ["--vault="], ["-platform", "xcb"], ["--help"], ["extra"]])
def test_anything_else_goes_to_argparse(argv):
    assert _plain_options(argv) is None


def test_abbreviations_and_qt_options_still_work():
    options = parse_args(["--dem", "-style", "fusion", "--vault", "v"])
    assert options.demo and options.vault == Path("v") and not options.selftest
    assert parse_args(["--selftest"]).selftest


def test_version_and_help_are_argparse_s(capsys):
    with pytest.raises(SystemExit):
        parse_args(["--version"])
    assert __version__ in capsys.readouterr().out
    with pytest.raises(SystemExit):
        parse_args(["--help"])
    assert "--vault DIR" in capsys.readouterr().out
