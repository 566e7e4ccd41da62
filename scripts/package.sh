#!/usr/bin/env bash
# Builds the Debian package and checks it the way a reader's machine would see it:
#   Release build in build-pkg -> cpack -G DEB -> desktop-file-validate, appstreamcli
#   validate --no-net, man page covers every warta-cli command -> dpkg -i (apt-get -f install
#   for missing dependencies) -> installed warta-cli --version, Indonesian UI strings from the
#   installed binary, headless start of the installed warta -> lintian (fails on errors, not
#   warnings) -> dpkg -r.
# Installs the Debian packages it needs when they are missing. Exit status 0 only when every
# check passed. The package is left in build-pkg/ (warta_<version>-1_<arch>.deb).
# WARTA_PACKAGE_SKIP_BUILD=1 packages what build-pkg already holds (no configure, no build).
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
export DEBIAN_FRONTEND=noninteractive
export CCACHE_DIR=${CCACHE_DIR:-$PWD/.cache/ccache}
build=${WARTA_PACKAGE_BUILD_DIR:-build-pkg}
step() { echo "=== package: $*"; }

step "tools"
scripts/install-deps.sh
need=()
for tool in rsvg-convert:librsvg2-bin desktop-file-validate:desktop-file-utils appstreamcli:appstream \
            lintian:lintian dpkg-shlibdeps:dpkg-dev file:file gzip:gzip man:man-db; do
  command -v "${tool%%:*}" >/dev/null 2>&1 || need+=("${tool#*:}")
done
if [ ${#need[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

if [ "${WARTA_PACKAGE_SKIP_BUILD:-0}" = 1 ]; then
  step "packaging the existing build in $build (WARTA_PACKAGE_SKIP_BUILD=1)"
else
  step "Release build in $build"
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DWARTA_BUILD_TESTS=OFF -DWARTA_BUILD_UI=ON >/dev/null
  cmake --build "$build" -j"$(nproc)"
fi

step "cpack -G DEB"
rm -f "$build"/warta_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/warta_*.deb)
echo "$deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'

step "desktop entry and AppStream metadata"
desktop-file-validate packaging/id.warta.Warta.desktop
appstreamcli validate --no-net --explain "$build/packaging/id.warta.Warta.metainfo.xml"

status=0
fail() { echo "FAIL: $*" >&2; status=1; }
tmp=$(mktemp -d)
installed=0
cleanup() {
  if [ "$installed" = 1 ]; then step "dpkg -r warta"; $SUDO dpkg -r warta >/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

step "dpkg -i"
installed=1
if ! $SUDO dpkg -i "$deb"; then
  $SUDO apt-get update -qq
  $SUDO apt-get -f install -y -qq
fi
dpkg -s warta | grep -q '^Status: install ok installed' || fail "warta is not installed"
for f in /usr/bin/warta /usr/bin/warta-cli /usr/share/applications/id.warta.Warta.desktop \
         /usr/share/metainfo/id.warta.Warta.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/id.warta.Warta.svg \
         /usr/share/icons/hicolor/48x48/apps/id.warta.Warta.png \
         /usr/share/icons/hicolor/512x512/apps/id.warta.Warta.png \
         /usr/share/man/man1/warta-cli.1.gz /usr/share/man/man1/warta.1.gz /usr/share/doc/warta/copyright; do
  [ -e "$f" ] || fail "not installed: $f"
done
desktop-file-validate /usr/share/applications/id.warta.Warta.desktop || fail "installed desktop entry"

step "installed warta-cli"
version=$(sed -n 's/^project(Warta VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
out=$(/usr/bin/warta-cli --version)
echo "$out"
[ "$out" = "warta-cli $version" ] || fail "warta-cli --version said '$out', expected 'warta-cli $version'"
# Every command of --help has its entry in the man page.
commands=$(/usr/bin/warta-cli --help | sed -n '/^Commands:/,$p' | awk 'NR > 1 && NF { print $1 }')
page=$(MANWIDTH=200 man -P cat warta-cli 2>/dev/null)
for c in $commands; do
  grep -Eq "^ {7}$c( |$)" <<<"$page" || fail "warta-cli.1 does not document '$c'"
done
echo "man page documents: $(echo $commands)"
(cd "$tmp" && HOME="$tmp" /usr/bin/warta-cli --db "$tmp/cli.db" stats --json) || fail "warta-cli stats"

step "installed warta: translations compiled in, headless start"
mkdir -p "$tmp/run" && chmod 700 "$tmp/run"
run_env=(env HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache"
         XDG_RUNTIME_DIR="$tmp/run" QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1
         QT_LOGGING_RULES="qt.webenginecontext.info=false")
help_id=$("${run_env[@]}" LANG=id_ID.UTF-8 LANGUAGE=id timeout 30 /usr/bin/warta --help)
grep -q "Warta, pembaca berita Indonesia" <<<"$help_id" || fail "the installed warta does not speak Indonesian: $help_id"
help_en=$("${run_env[@]}" LANG=C.UTF-8 LANGUAGE= timeout 30 /usr/bin/warta --help)
grep -q "Warta, a reader for Indonesian news" <<<"$help_en" || fail "the installed warta --help in English: $help_en"
if "${run_env[@]}" LANG=id_ID.UTF-8 WARTA_QUIT_AFTER_MS=4000 timeout 90 /usr/bin/warta --demo; then
  echo "warta --demo started and quit"
  [ -s "$tmp/data/Warta/warta/warta-demo.db" ] || fail "warta --demo left no database in \$XDG_DATA_HOME"
else
  fail "headless start of the installed warta (exit $?)"
fi

step "lintian"
# Errors fail the build; warnings and info are shown. --suppress-tags: none.
lintian --fail-on error --display-info "$deb" || fail "lintian reported errors"

step "result"
if [ $status = 0 ]; then echo "package OK: $deb"; else echo "package checks FAILED" >&2; fi
exit $status
