#!/usr/bin/env bash
# Install the one-folder bundle for the current user, with desktop integration:
#   packaging/install-linux.sh [BUNDLE_DIR]      (default: dist/rapport, from packaging/build.py)
#   packaging/install-linux.sh --uninstall
#
# Puts the app in ~/.local/opt/rapport, a `rapport` command in ~/.local/bin, the menu entry
# (rapport.desktop), the icon at every size (hicolor theme) and the AppStream metainfo under
# ~/.local/share. Your data (~/.local/share/Rapport) is never touched, not even by --uninstall.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PREFIX="${PREFIX:-$HOME/.local}"
APP_DIR="$PREFIX/opt/rapport"
SHARE="$PREFIX/share"
SIZES="16 24 32 48 64 128 256 512"

uninstall() {
    rm -rf "$APP_DIR"
    rm -f "$PREFIX/bin/rapport" "$SHARE/applications/rapport.desktop" \
        "$SHARE/metainfo/io.github.rapport.Rapport.metainfo.xml" \
        "$SHARE/icons/hicolor/scalable/apps/rapport.svg"
    for size in $SIZES; do rm -f "$SHARE/icons/hicolor/${size}x${size}/apps/rapport.png"; done
    echo "Rapport removed (your data in ${XDG_DATA_HOME:-$HOME/.local/share}/Rapport is kept)"
}

if [[ "${1:-}" == "--uninstall" ]]; then
    uninstall
    exit 0
fi

BUNDLE="${1:-$ROOT/dist/rapport}"
if [[ ! -x "$BUNDLE/rapport" ]]; then
    echo "install-linux.sh: no bundle at $BUNDLE (run: python packaging/build.py)" >&2
    exit 1
fi
RES="$BUNDLE/_internal/resources"
[[ -d "$RES" ]] || RES="$ROOT/resources"

rm -rf "$APP_DIR"
mkdir -p "$APP_DIR" "$PREFIX/bin" "$SHARE/applications" "$SHARE/metainfo" \
    "$SHARE/icons/hicolor/scalable/apps"
cp -a "$BUNDLE/." "$APP_DIR/"
ln -sf "$APP_DIR/rapport" "$PREFIX/bin/rapport"
# The menu entry runs the installed executable by its full path (~/.local/bin may not be
# on the PATH the desktop session uses).
sed -e "s|^Exec=rapport|Exec=$APP_DIR/rapport|" -e "s|^TryExec=rapport|TryExec=$APP_DIR/rapport|" \
    "$RES/rapport.desktop" > "$SHARE/applications/rapport.desktop"
cp "$RES/io.github.rapport.Rapport.metainfo.xml" "$SHARE/metainfo/"
cp "$RES/icons/rapport.svg" "$SHARE/icons/hicolor/scalable/apps/rapport.svg"
for size in $SIZES; do
    mkdir -p "$SHARE/icons/hicolor/${size}x${size}/apps"
    cp "$RES/icons/rapport-$size.png" "$SHARE/icons/hicolor/${size}x${size}/apps/rapport.png"
done
command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
echo "Rapport installed: $APP_DIR (command: $PREFIX/bin/rapport; menu entry: Rapport)"
