#!/bin/sh
# Remove what install.sh added: the launcher, the icons and the two command links.
# It never touches your records: they stay where they are until you delete them yourself.
set -eu

APP_ID=io.github.secondop.Desktop
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
APPS="$DATA/applications"
ICONS="$DATA/icons/hicolor"
BIN="$HOME/.local/bin"

rm -f "$APPS/$APP_ID.desktop"
for size in 16 24 32 48 64 128 256 512; do
    rm -f "$ICONS/${size}x${size}/apps/$APP_ID.png"
done
rm -f "$ICONS/scalable/apps/$APP_ID.svg"

# Only links to a SecondOp bundle; a pip-installed `secondop` stays.
for name in secondop-desktop secondop; do
    if [ -L "$BIN/$name" ]; then
        case "$(readlink "$BIN/$name")" in
            */SecondOp/SecondOp) rm -f "$BIN/$name" ;;
        esac
    fi
done

# The folders install.sh made, deepest first, if nothing else was put in them since.
HERE=$(cd "$(dirname "$0")" && pwd)
if [ -f "$HERE/.created-folders" ]; then
    sort -r -u "$HERE/.created-folders" | while IFS= read -r dir; do
        rmdir "$dir" 2>/dev/null || true
    done
    rm -f "$HERE/.created-folders"
fi

if [ -f "$ICONS/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q "$ICONS" || true
fi

echo "SecondOp is uninstalled from the applications menu."
echo "Your records were NOT removed. They are in $DATA/SecondOp"
echo "(and in any other vault folder you chose). To remove them too, quit SecondOp and delete"
echo "that folder. Settings: ${XDG_CONFIG_HOME:-$HOME/.config}/secondop.github.io/"
echo "The program itself is the folder this script is in; delete it when you like."
