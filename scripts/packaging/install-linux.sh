#!/bin/sh
# Install Resokit Desktop for the current user: the program stays in this folder; the menu entry
# and icon go into ~/.local/share. Run from the unpacked folder: ./install.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/icons/hicolor/256x256/apps" "$data/metainfo"
cp "$here/share/icons/be.resokit.Desktop.png" "$data/icons/hicolor/256x256/apps/"
cp "$here/share/metainfo/be.resokit.Desktop.metainfo.xml" "$data/metainfo/"
sed "s|^Exec=.*|Exec=\"$here/resokit/resokit\" %f|" "$here/share/applications/be.resokit.Desktop.desktop" \
  > "$data/applications/be.resokit.Desktop.desktop"
echo "Resokit Desktop is in your applications menu; start it from there or with $here/resokit/resokit"
