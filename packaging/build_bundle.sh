#!/usr/bin/env bash
# Build the one-folder app dist/SecondOp/ with PyInstaller, then the archive users download:
#   dist/SecondOp-<version>-linux-<arch>.tar.gz  ->  SecondOp-<version>/{SecondOp/, install.sh,
#                                                     uninstall.sh}
# Run from anywhere; PYTHON picks the interpreter that has PyInstaller (default: .venv).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-.venv/bin/python}
version=$("$PYTHON" -c 'from secondop_desktop import __version__; print(__version__)')
arch=$(uname -m)
started=$(date +%s)

"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/secondop.spec

# install.sh takes the launcher and icons from here: fail now if the layout ever changes.
resources=dist/SecondOp/_internal/secondop_desktop/resources
[ -f "$resources/io.github.secondop.Desktop.desktop" ] \
    || { echo "bundle: $resources is missing the launcher" >&2; exit 1; }

[ "$(uname -s)" = Linux ] || { echo "bundle: dist/SecondOp built; the archive is Linux-only."; exit 0; }

stage=build/archive/SecondOp-$version
rm -rf build/archive
mkdir -p "$stage"
cp -a dist/SecondOp "$stage/"
install -m 755 packaging/linux/install.sh packaging/linux/uninstall.sh "$stage/"
archive=dist/SecondOp-$version-linux-$arch.tar.gz
tar -C build/archive -czf "$archive" "SecondOp-$version"
rm -rf build/archive

echo "bundle: dist/SecondOp $(du -sh dist/SecondOp | cut -f1) unpacked," \
     "$archive $(du -h "$archive" | cut -f1), built in $(( $(date +%s) - started )) s"
