"""The launcher, the AppStream metainfo and the icons: valid, and sharing one application id."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from secondop_desktop import paths

DESKTOP = paths.resource(f"{paths.APP_ID}.desktop")
METAINFO = paths.resource(f"{paths.APP_ID}.metainfo.xml")
ICONS = paths.resource("icons")
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _run_validator(tool: str, *args: str) -> None:
    exe = shutil.which(tool)
    if exe is None:
        pytest.skip(f"{tool} is not installed (Debian: desktop-file-utils / appstream)")
    done = subprocess.run([exe, *args], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, f"{tool} failed:\n{done.stdout}\n{done.stderr}"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", header[16:24])


def test_desktop_file_is_valid():
    _run_validator("desktop-file-validate", str(DESKTOP))


def test_metainfo_is_valid():
    _run_validator("appstreamcli", "validate", "--no-net", str(METAINFO))


def test_one_application_id_everywhere():
    entry = _desktop_entry()
    assert entry["Icon"] == paths.APP_ID
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == paths.APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("icon") == paths.APP_ID
    assert (ICONS / f"{paths.APP_ID}.svg").is_file()


def test_launcher_starts_the_installed_command():
    entry = _desktop_entry()
    root = ET.parse(METAINFO).getroot()
    binaries = [b.text for b in root.iter("binary")]
    command = entry["Exec"].split()[0]
    assert command in binaries
    assert entry["TryExec"] == command


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_icon_sizes(size: int):
    png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{paths.APP_ID}.png"
    assert _png_size(png) == (size, size)


def test_svg_icon_is_square_svg():
    root = ET.parse(ICONS / f"{paths.APP_ID}.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    _x, _y, width, height = (float(v) for v in root.get("viewBox", "").split())
    assert width == height


# -- install.sh / uninstall.sh from the Linux archive -------------------------------------------

LINUX_SCRIPTS = Path(__file__).resolve().parents[2] / "packaging" / "linux"


@pytest.fixture
def unpacked(tmp_path: Path) -> Path:
    """An unpacked archive (in a folder with a space) with a stand-in executable."""
    top = tmp_path / "My Apps" / "SecondOp-0"
    internal = top / "SecondOp" / "_internal" / "secondop_desktop"
    internal.mkdir(parents=True)
    shutil.copytree(paths.RESOURCES_DIR, internal / "resources")
    exe = top / "SecondOp" / "SecondOp"
    exe.write_text("#!/bin/sh\necho frozen\n")
    exe.chmod(0o755)
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(LINUX_SCRIPTS / script, top / script)
    return top


def _run_script(script: Path, home: Path) -> str:
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(["sh", str(script)], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _files_under(home: Path) -> set[Path]:
    return {p.relative_to(home) for p in home.rglob("*") if p.is_file() or p.is_symlink()}


def _folders_under(home: Path) -> set[Path]:
    return {p.relative_to(home) for p in home.rglob("*") if p.is_dir() and not p.is_symlink()}


def test_install_then_uninstall_leaves_only_the_patients_data(unpacked: Path, tmp_path: Path):
    home = tmp_path / "home"
    record = home / ".local" / "share" / "SecondOp" / "vault" / "vault.sqlite3"
    record.parent.mkdir(parents=True)
    record.write_bytes(b"records")
    (home / ".local" / "share" / "applications").mkdir()  # there before: stays
    before = _files_under(home)
    folders_before = _folders_under(home)

    _run_script(unpacked / "install.sh", home)
    share = home / ".local" / "share"
    launcher = share / "applications" / DESKTOP.name
    exe = unpacked / "SecondOp" / "SecondOp"
    assert f'Exec="{exe}"' in launcher.read_text().splitlines()
    for size in PNG_SIZES:
        icon = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{paths.APP_ID}.png"
        assert _png_size(icon) == (size, size)
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{paths.APP_ID}.svg").is_file()
    link = home / ".local" / "bin" / "secondop-desktop"
    assert link.resolve() == exe.resolve()
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(launcher)], check=True, capture_output=True)

    farewell = _run_script(unpacked / "uninstall.sh", home)
    assert _files_under(home) == before
    assert _folders_under(home) == folders_before  # no empty folder of ours left behind
    assert record.read_bytes() == b"records"
    assert "NOT removed" in farewell and str(record.parent.parent) in farewell


def test_uninstall_keeps_a_command_it_did_not_install(unpacked: Path, tmp_path: Path):
    home = tmp_path / "home"
    own = home / ".local" / "bin" / "secondop"
    own.parent.mkdir(parents=True)
    own.write_text("#!/bin/sh\necho installed another way\n")
    _run_script(unpacked / "install.sh", home)
    assert not own.is_symlink()
    _run_script(unpacked / "uninstall.sh", home)
    assert own.read_text().endswith("installed another way\n")


# -- the wheel ---------------------------------------------------------------------------------


def test_built_wheel_carries_the_resources(tmp_path: Path) -> None:
    """resources/ lives at the top of the tree; a wheel must still install it with the package."""
    import sys
    import zipfile

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(tmp_path),
         str(root)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    (wheel,) = tmp_path.glob("secondop_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {f"secondop_desktop/resources/{p.relative_to(root / 'resources').as_posix()}"
               for p in (root / "resources").rglob("*") if p.is_file()}
    assert shipped and shipped <= names, sorted(shipped - names)[:5]
    assert "secondop_desktop/resources/questions/suggestions.json" in names


def test_launcher_names_the_window_class():
    """StartupWMClass is the class Qt gives the window on X11: the application's name."""
    assert _desktop_entry()["StartupWMClass"] == paths.APP_NAME
