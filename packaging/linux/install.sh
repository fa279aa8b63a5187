#!/bin/sh
# Desktop integration of the Bienban bundle (this folder), for the current user: the `bienban`
# command in ~/.local/bin, a menu entry, the icon, and the file type *.bienban.json opened by
# Bienban on a double-click. Uses xdg-utils (xdg-desktop-menu, xdg-mime, xdg-icon-resource).
#   ./install.sh             install (run it again after moving the folder)
#   ./install.sh --uninstall remove what it installed (the folder itself stays)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bin="${XDG_BIN_HOME:-$HOME/.local/bin}"
for tool in xdg-desktop-menu xdg-mime xdg-icon-resource; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "install.sh: $tool not found; install xdg-utils (sudo apt-get install xdg-utils)" >&2
    exit 1
  fi
done

# xdg-utils handle paths with spaces badly: the files they read are copied to a temporary folder.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$here/bienban-mime.xml" "$tmp/bienban-mime.xml"

if [ "${1:-}" = "--uninstall" ]; then
  xdg-desktop-menu uninstall --mode user --novendor bienban.desktop || true
  xdg-mime uninstall --mode user --novendor "$tmp/bienban-mime.xml" || true
  for size in 16 24 32 48 64 128 256 512; do
    xdg-icon-resource uninstall --mode user --noupdate --novendor --size "$size" bienban || true
  done
  xdg-icon-resource forceupdate --mode user || true
  [ -L "$bin/bienban" ] && rm -f "$bin/bienban"
  echo "Bienban's menu entry, icon and file type removed."
  exit 0
fi

mkdir -p "$bin"
ln -sf "$here/bienban" "$bin/bienban"

# The menu entry runs this folder's executable by its full path (quoted: it may hold spaces).
sed "s|^Exec=.*|Exec=\"$here/bienban\" %f|" "$here/bienban.desktop" > "$tmp/bienban.desktop"

for size in 16 24 32 48 64 128 256 512; do
  xdg-icon-resource install --mode user --noupdate --novendor --context apps --size "$size" \
    "$here/icons/bienban-$size.png" bienban
  xdg-icon-resource install --mode user --noupdate --novendor --context mimetypes --size "$size" \
    "$here/icons/bienban-$size.png" application-x-bienban+json
done
xdg-icon-resource forceupdate --mode user
xdg-mime install --mode user --novendor "$tmp/bienban-mime.xml"
xdg-desktop-menu install --mode user --novendor "$tmp/bienban.desktop"
xdg-mime default bienban.desktop application/x-bienban+json
echo "Bienban installed: menu entry, icon, *.bienban.json opens with $here/bienban"
echo "Command: $bin/bienban"
