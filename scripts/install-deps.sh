#!/usr/bin/env bash
# Installs the Debian 12 packages Warta builds and tests with, only those missing
# (naming installed packages would make apt upgrade them). Needs root or sudo.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config ccache git
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-webengine-dev
  libgl-dev libsqlite3-dev libxml2-dev libgumbo-dev zlib1g-dev
  xvfb xauth python3 hunspell-id libstemmer-dev imagemagick librsvg2-bin
  qtkeychain-qt6-dev
)
# Extra packages a caller asks for (e.g. benchmarks: nginx newsboat).
packages+=("$@")

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
