# setup.sh — shared by ./run and ./test: install missing Debian packages, configure, build.
# Copyright 2026 The Pathways authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced, not executed. Idempotent: nothing is installed or rebuilt when nothing changed.

PW_BUILD_PACKAGES=(
  gcc pkg-config meson ninja-build gettext
  libgtk-4-dev libgtk-4-bin libxml2-dev libcjson-dev
  desktop-file-utils appstream shared-mime-info
  adwaita-icon-theme librsvg2-common fonts-cantarell fonts-dejavu-core
)
PW_TEST_PACKAGES=(
  xvfb xauth dbus dbus-x11 at-spi2-core python3 python3-pyatspi python3-gi gir1.2-atspi-2.0
  libxml2-utils poppler-utils clang libclang-rt-14-dev yelp-tools groff-base
  libglib2.0-bin
)

pw_missing_packages () {
  local missing=() p
  for p in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$p")
    fi
  done
  echo "${missing[@]}"
}

pw_install_packages () {
  local missing
  missing=$(pw_missing_packages "$@")
  [ -z "$missing" ] && return 0
  echo "Installing Debian packages: $missing"
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
  elif command -v sudo >/dev/null 2>&1; then
    sudo DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
      sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
  else
    echo "Please install the missing packages, then run this again:" >&2
    echo "  apt-get install --no-install-recommends $missing" >&2
    return 1
  fi
}

# pw_build DIR [meson options…]: configure once, then let ninja decide what to rebuild.
pw_build () {
  local dir=$1; shift
  if [ ! -f "$dir/build.ninja" ]; then
    meson setup "$dir" "$@" >"$dir.setup.log" 2>&1 || { cat "$dir.setup.log" >&2; rm -f "$dir.setup.log"; return 1; }
    rm -f "$dir.setup.log"
  fi
  ninja -C "$dir" >"$dir.ninja.log" 2>&1 || { cat "$dir.ninja.log" >&2; rm -f "$dir.ninja.log"; return 1; }
  rm -f "$dir.ninja.log"
}
