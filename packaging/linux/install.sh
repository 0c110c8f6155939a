#!/bin/sh
# Install SecondOp for the current user, from the folder this archive was unpacked into:
# the launcher in the applications menu, its icons, and the commands `secondop-desktop` and
# `secondop` in ~/.local/bin. Nothing is copied out of this folder, so keep it where it is
# (move it? run install.sh again from the new place). Undo with uninstall.sh.
set -eu

APP_ID=io.github.secondop.Desktop
HERE=$(cd "$(dirname "$0")" && pwd)
EXE="$HERE/SecondOp/SecondOp"
RES="$HERE/SecondOp/_internal/secondop_desktop/resources"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
APPS="$DATA/applications"
ICONS="$DATA/icons/hicolor"
BIN="$HOME/.local/bin"

if [ ! -x "$EXE" ] || [ ! -f "$RES/$APP_ID.desktop" ]; then
    echo "install.sh: SecondOp/ is incomplete here; unpack the whole archive and try again." >&2
    exit 1
fi
case "$HERE" in
    *'"'* | *'`'* | *'$'* | *'\'* | *'%'*)
        echo "install.sh: the folder name $HERE contains \" \` \$ \\ or %; move it elsewhere." >&2
        exit 1 ;;
esac

# Folders made here are listed beside this script, so uninstall.sh removes them again (when
# empty) and never a folder that was there before.
CREATED="$HERE/.created-folders"
touch "$CREATED"
make_dir() {
    missing=""
    dir=$1
    while [ ! -d "$dir" ]; do
        missing="$dir
$missing"
        dir=$(dirname "$dir")
    done
    mkdir -p "$1"
    printf '%s' "$missing" | while IFS= read -r made; do
        [ -n "$made" ] && printf '%s\n' "$made" >> "$CREATED"
    done
    return 0
}

# The launcher, with Exec pointing at this folder (quoted: the path may contain spaces).
make_dir "$APPS"
while IFS= read -r line; do
    case "$line" in
        Exec=*) printf 'Exec="%s"\n' "$EXE" ;;
        TryExec=*) printf 'TryExec=%s\n' "$EXE" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$RES/$APP_ID.desktop" > "$APPS/$APP_ID.desktop"
chmod 644 "$APPS/$APP_ID.desktop"

# The icons: every PNG size plus the SVG.
for png in "$RES"/icons/hicolor/*/apps/"$APP_ID.png"; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    make_dir "$ICONS/$size/apps"
    cp "$png" "$ICONS/$size/apps/$APP_ID.png"
done
make_dir "$ICONS/scalable/apps"
cp "$RES/icons/$APP_ID.svg" "$ICONS/scalable/apps/$APP_ID.svg"

# Commands: one executable, two names (`secondop` is the command-line tool). A file that is not
# a link (say, a pip-installed secondop) is left alone.
make_dir "$BIN"
for name in secondop-desktop secondop; do
    if [ -e "$BIN/$name" ] && [ ! -L "$BIN/$name" ]; then
        echo "install.sh: $BIN/$name exists and is not ours; left as it is."
    else
        ln -sfn "$EXE" "$BIN/$name"
    fi
done

# Refresh caches only where the desktop already keeps them (never create new files).
if [ -f "$ICONS/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q "$ICONS" || true
fi
if [ -f "$APPS/mimeinfo.cache" ] && command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$APPS" || true
fi

echo "SecondOp is installed: find it in your applications menu, or run secondop-desktop."
case ":$PATH:" in
    *":$BIN:"*) ;;
    *) echo "($BIN is not on your PATH; the menu entry works without it.)" ;;
esac
