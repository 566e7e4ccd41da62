#!/usr/bin/env bash
# Launches Warta under Xvfb and saves a screenshot of the window with an article open
# (default: docs/screenshot.png). The database is built from the shared Indonesian outlet
# fixtures (../shared/fixtures/id-news, or WARTA_FIXTURES): scripts/fixture_server.py
# serves them on loopback under their real URLs, warta-cli subscribes and refreshes (full
# text and pictures cached), the server stops, and the app reads it all offline. Without
# the fixtures it falls back to the bundled demo database (--demo).
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
export TZ=${TZ:-Asia/Jakarta}     # times as a reader in Jakarta sees them (WIB)
export QT_LOGGING_RULES="qt.webenginecontext.info=false"
# WebEngine's sandbox cannot run as root (CI); a normal user keeps it.
[[ $(id -u) -ne 0 ]] || export QTWEBENGINE_DISABLE_SANDBOX=1

fixtures=${WARTA_FIXTURES:-$root/../shared/fixtures/id-news}
cli="$build/app/cli/warta-cli"
db_args=(--demo)

shoot() { # shoot ARTICLE_ID OUTPUT: run the app, wait for it to draw, grab the screen
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    app_bin=$0; article=$1; shot=$2; shift 2
    "$app_bin" "$@" ${article:+--article "$article"} & app=$!
    sleep 12
    [[ -n "$shot" ]] && import -window root "$shot"
    kill $app; wait $app || true' "$build/warta" "${1:-}" "${2:-}" "${db_args[@]}"
}

if [[ -f $fixtures/manifest.json ]]; then
  db="$scratch/warta-id-news.db"
  python3 "$root/scripts/fixture_server.py" "$fixtures" > "$scratch/port" & server=$!
  for _ in $(seq 50); do [[ -s $scratch/port ]] && break; sleep 0.1; done
  export WARTA_TEST_ROUTE_ALL_TO="http://127.0.0.1:$(head -n1 "$scratch/port")"
  python3 -c 'import json, sys
for outlet in json.load(open(sys.argv[1]))["outlets"].values(): print(outlet["feed"]["url"])' \
      "$fixtures/manifest.json" | while read -r url; do
    "$cli" --db "$db" add "$url" --folder "Berita Indonesia" --no-check > /dev/null
  done
  "$cli" --db "$db" refresh | tail -n1  # pages whose fixture is absent answer 404: expected
  kill $server; wait $server 2> /dev/null || true
  unset WARTA_TEST_ROUTE_ALL_TO
  db_args=(--db "$db")
else
  echo "no fixtures at $fixtures: using the bundled demo database" >&2
  shoot "" ""  # the first run fills the demo database, as a newcomer would see it
  db=$(find "$scratch/data" -name 'warta-demo.db' | head -n1)
  [[ -n $db ]] || { echo "the demo database was not created" >&2; exit 1; }
fi

# Open the cached article with the most "Baca Juga" links, and keep it in a collection.
id=$("$cli" --db "$db" articles --json | python3 -c '
import json, subprocess, sys
cli, db = sys.argv[1], sys.argv[2]
articles = [a for a in json.load(sys.stdin) if a.get("cached")]
def related(a):
    out = subprocess.run([cli, "--db", db, "article", str(a["id"]), "--json"], capture_output=True, text=True)
    return len(json.loads(out.stdout).get("related", [])) if out.returncode == 0 else 0
print(max(articles, key=related)["id"] if articles else "")' "$cli" "$db")
[[ -n $id ]] && "$cli" --db "$db" collect "$id" --into "Baca Nanti" > /dev/null
shoot "$id" "$out.tmp.png"
# Cut the window out of the black root window (a black frame makes -trim find it).
/usr/bin/convert "$out.tmp.png" -bordercolor black -border 1 -trim +repage -strip "$out"
rm -f "$out.tmp.png"
echo "saved $out (article $id)"
