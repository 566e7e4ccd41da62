#!/usr/bin/env bash
# Launches Warta under Xvfb on the demo database and saves a screenshot of the window
# with an article open (default: docs/screenshot.png).
# Usage: scripts/screenshot.sh [OUTPUT.png]   (WARTA_BUILD_DIR picks the build, default build/)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${WARTA_BUILD_DIR:-$root/build}
out=${1:-$root/docs/screenshot.png}
for bin in "$build/warta" "$build/app/cli/warta-cli"; do
  [[ -x $bin ]] || { echo "missing $bin: build the warta and warta-cli targets first" >&2; exit 1; }
done

# A private home: the demo database and settings never touch the user's.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config XDG_CACHE_HOME=$scratch/cache
export LANG=id_ID.UTF-8 LC_ALL=   # the primary UI language
export QT_LOGGING_RULES="qt.webenginecontext.info=false"
# WebEngine's sandbox cannot run as root (CI); a normal user keeps it.
[[ $(id -u) -ne 0 ]] || export QTWEBENGINE_DISABLE_SANDBOX=1

shoot() { # shoot ARTICLE_ID: run the app, wait for it to draw, grab the screen
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    "$0" --demo ${1:+--article "$1"} & app=$!
    sleep 12
    [[ -n "$2" ]] && import -window root "$2"
    kill $app; wait $app || true' "$build/warta" "${1:-}" "${2:-}"
}

# First run fills the demo database (as a newcomer would see it), then pick an article
# with "Baca Juga" links through the CLI and open it for the picture.
shoot "" ""
db=$(find "$scratch/data" -name 'warta-demo.db' | head -n1)
[[ -n $db ]] || { echo "the demo database was not created" >&2; exit 1; }
id=$("$build/app/cli/warta-cli" --db "$db" articles --json | python3 -c '
import json, sys
articles = json.load(sys.stdin)
cached = [a for a in articles if a.get("cached")]
print((cached or articles)[0]["id"] if articles else "")')
shoot "$id" "$out.tmp.png"
# Cut the window out of the black root window (a black frame makes -trim find it).
/usr/bin/convert "$out.tmp.png" -bordercolor black -border 1 -trim +repage -strip "$out"
rm -f "$out.tmp.png"
echo "saved $out (article $id)"
