#!/usr/bin/env bash
# Refresh benchmark: Warta against newsboat on the same generated feeds, in the same run.
#
# Generates FEEDS x ITEMS Indonesian-news RSS feeds, serves them with nginx on 127.0.0.1
# (ETag + Last-Modified, gzip for XML), then measures, interleaving the two readers so that
# a busy shared machine hurts both alike:
#   Warta:    warta-cli --db fresh.db import-opml; timed `refresh --jobs 8 --no-fulltext`
#   newsboat: newsboat -x reload with a fresh cache and `reload-threads 8`
# RUNS times each (median wall time and peak RSS from /usr/bin/time -v), then a second Warta
# refresh of the unchanged feeds, counting 200s and 304s in nginx's access log.
# Prints a markdown table and PASS/FAIL against issue 3's target: Warta at most 1/5 of
# newsboat's wall time, no more peak memory, and only 304s on the second refresh.
#
# Environment: FEEDS (500), ITEMS (50), RUNS (3), JOBS (8), WARTA_CLI (path to warta-cli;
# built into build-bench/ if missing), KEEP=1 keeps the temp dir, OUTPUT=FILE also writes the
# report there. Exit status 0 when the measurements ran (whatever the verdict), 1 otherwise.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
FEEDS="${FEEDS:-500}"
ITEMS="${ITEMS:-50}"
RUNS="${RUNS:-3}"
JOBS="${JOBS:-8}"
KEEP="${KEEP:-0}"
OUTPUT="${OUTPUT:-}"
WARTA_CLI="${WARTA_CLI:-$REPO/build-bench/app/cli/warta-cli}"

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] error: %s\n' "$*" >&2; exit 1; }

# --- Packages ---------------------------------------------------------------------------
missing=()
for pkg in nginx newsboat time; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$pkg")
    fi
done
if ((${#missing[@]})); then
    log "installing ${missing[*]}"
    # Keep package scripts from starting nginx's default site on all interfaces.
    created_policy=0
    if [[ ! -e /usr/sbin/policy-rc.d ]]; then
        printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
        chmod 755 /usr/sbin/policy-rc.d
        created_policy=1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
    if ((created_policy)); then rm -f /usr/sbin/policy-rc.d; fi
fi
NGINX_BIN="$(command -v nginx || echo /usr/sbin/nginx)"
NEWSBOAT_BIN="$(command -v newsboat || echo /usr/bin/newsboat)"
TIME_BIN=/usr/bin/time

# --- warta-cli -------------------------------------------------------------------------
if [[ ! -x "$WARTA_CLI" ]]; then
    log "building warta-cli into $REPO/build-bench"
    cmake -S "$REPO" -B "$REPO/build-bench" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DWARTA_BUILD_UI=OFF -DWARTA_BUILD_TESTS=OFF >&2
    cmake --build "$REPO/build-bench" --target warta-cli -j2 >&2
    WARTA_CLI="$REPO/build-bench/app/cli/warta-cli"
fi
[[ -x "$WARTA_CLI" ]] || die "warta-cli not found at $WARTA_CLI"

# --- Work dir, server, cleanup ---------------------------------------------------------
WORK="$(mktemp -d /tmp/warta-refresh-bench.XXXXXX)"
chmod 755 "$WORK" # nginx workers run as nobody
NGINX_PID=""
cleanup() {
    local status=$?
    if [[ -n "$NGINX_PID" ]] && kill -0 "$NGINX_PID" 2>/dev/null; then
        kill -QUIT "$NGINX_PID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$NGINX_PID" 2>/dev/null || break; sleep 0.1; done
        kill -TERM "$NGINX_PID" 2>/dev/null || true
        wait "$NGINX_PID" 2>/dev/null || true
    fi
    if [[ "$KEEP" == 1 ]]; then log "kept $WORK"; else rm -rf "$WORK"; fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Both readers get a private home, so neither reads nor writes the user's settings.
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share" \
       XDG_CACHE_HOME="$WORK/home/.cache"
mkdir -p "$HOME" "$WORK/nginx-tmp"

PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
BASE_URL="http://127.0.0.1:$PORT"
log "generating $FEEDS feeds x $ITEMS items"
python3 "$HERE/generate_feeds.py" "$WORK" "$BASE_URL" --feeds "$FEEDS" --items "$ITEMS" >&2

cat > "$WORK/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
http {
    types { application/rss+xml xml; text/x-opml opml; }
    default_type application/octet-stream;
    log_format bench '\$status \$body_bytes_sent "\$http_user_agent" "\$request" '
                     'inm="\$http_if_none_match" ims="\$http_if_modified_since" ae="\$http_accept_encoding"';
    access_log $WORK/access.log bench;
    client_body_temp_path $WORK/nginx-tmp/body;
    proxy_temp_path $WORK/nginx-tmp/proxy;
    fastcgi_temp_path $WORK/nginx-tmp/fastcgi;
    uwsgi_temp_path $WORK/nginx-tmp/uwsgi;
    scgi_temp_path $WORK/nginx-tmp/scgi;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    keepalive_requests 10000;
    # etag and if_modified_since are on by default; gzip turns a strong ETag into W/"...".
    gzip on;
    gzip_types application/rss+xml application/xml text/xml;
    gzip_vary on;
    server {
        listen 127.0.0.1:$PORT;
        root $WORK/feeds;
    }
}
EOF
"$NGINX_BIN" -p "$WORK" -c "$WORK/nginx.conf" -e "$WORK/nginx-error.log" &
NGINX_PID=$!

# Wait for the server and check what it sends: ETag, Last-Modified, gzip.
python3 - "$BASE_URL/feed000.xml" <<'EOF' >&2 || die "nginx did not serve the feeds (see nginx-error.log)"
import sys, time, urllib.request
for _ in range(100):
    try:
        req = urllib.request.Request(sys.argv[1], headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(req, timeout=2) as r:
            h = r.headers
            assert h["ETag"] and h["Last-Modified"] and h["Content-Encoding"] == "gzip", dict(h)
            print(f"[bench] nginx up: ETag {h['ETag']}, Last-Modified {h['Last-Modified']}, gzip")
            sys.exit(0)
    except (ConnectionError, OSError):
        time.sleep(0.1)
sys.exit(1)
EOF

printf 'reload-threads %s\n' "$JOBS" > "$WORK/newsboat.conf"

# --- Measuring --------------------------------------------------------------------------
log_lines() { wc -l < "$WORK/access.log"; }

# measure NAME CMD...: runs CMD under /usr/bin/time -v; sets WALL_MS, CPU_MS, RSS_KB; stdout in $WORK/NAME.out
measure() {
    local name="$1"; shift
    local t0 t1
    t0=$(date +%s%N)
    if ! "$TIME_BIN" -v -o "$WORK/$name.time" "$@" > "$WORK/$name.out" 2> "$WORK/$name.err"; then
        tail -20 "$WORK/$name.err" >&2
        die "$name failed: $*"
    fi
    t1=$(date +%s%N)
    WALL_MS=$(( (t1 - t0) / 1000000 ))
    RSS_KB=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/$name.time")
    # CPU time (user + system) in ms: steadier than wall time on a shared machine.
    CPU_MS=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%d", s * 1000}' "$WORK/$name.time")
}

# access_stats FROM_LINE: "requests 200s 304s other bytes" of log lines after FROM_LINE
access_stats() {
    tail -n +"$(( $1 + 1 ))" "$WORK/access.log" | awk '
        { n++; bytes += $2 } $1 == 200 { ok++ } $1 == 304 { nm++ } $1 != 200 && $1 != 304 { other++ }
        END { printf "%d %d %d %d %d\n", n, ok, nm, other, bytes }'
}

check_warta_json() { # FILE EXPECTED_FEEDS EXPECTED_NEW EXPECTED_NOT_MODIFIED
    python3 - "$@" <<'EOF'
import json, sys
path, feeds, new, nm = sys.argv[1], *map(int, sys.argv[2:])
s = json.loads(open(path).read().strip().splitlines()[-1])
bad = [k for k, want in (("feeds", feeds), ("errors", 0), ("new_articles", new), ("not_modified", nm))
       if s.get(k) != want]
if bad:
    sys.exit(f"unexpected Warta summary {s} (checked {bad})")
EOF
}

newsboat_items() {
    python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]);
print(c.execute("select count(*) from rss_item").fetchone()[0], c.execute("select count(*) from rss_feed").fetchone()[0])' "$1"
}

declare -a W_WALL W_CPU W_RSS W_BYTES N_WALL N_CPU N_RSS N_BYTES
EXPECT_NEW=$(( FEEDS * ITEMS ))
log "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq "$RUNS"); do
    db="$WORK/warta-$run.db"
    "$WARTA_CLI" --db "$db" import-opml "$WORK/feeds.opml" > "$WORK/import-$run.out" 2>&1 \
        || { cat "$WORK/import-$run.out" >&2; die "import-opml failed"; }
    from=$(log_lines)
    measure "warta-$run" "$WARTA_CLI" --db "$db" refresh --jobs "$JOBS" --no-fulltext --json --quiet
    check_warta_json "$WORK/warta-$run.out" "$FEEDS" "$EXPECT_NEW" 0 || die "Warta run $run was incomplete"
    read -r n ok nm other bytes <<< "$(access_stats "$from")"
    W_WALL+=("$WALL_MS"); W_CPU+=("$CPU_MS"); W_RSS+=("$RSS_KB"); W_BYTES+=("$bytes")
    log "warta    run $run: $WALL_MS ms wall, $CPU_MS ms CPU, $RSS_KB KiB peak RSS, $n requests ($ok x 200), $bytes bytes"

    mkdir -p "$WORK/newsboat-$run"
    cache="$WORK/newsboat-$run/cache.db"
    from=$(log_lines)
    measure "newsboat-$run" "$NEWSBOAT_BIN" -x reload -c "$cache" -u "$WORK/urls" -C "$WORK/newsboat.conf"
    read -r items nfeeds <<< "$(newsboat_items "$cache")"
    [[ "$items" == "$EXPECT_NEW" ]] || die "newsboat run $run stored $items items, expected $EXPECT_NEW"
    read -r n ok nm other bytes <<< "$(access_stats "$from")"
    N_WALL+=("$WALL_MS"); N_CPU+=("$CPU_MS"); N_RSS+=("$RSS_KB"); N_BYTES+=("$bytes")
    log "newsboat run $run: $WALL_MS ms wall, $CPU_MS ms CPU, $RSS_KB KiB peak RSS, $n requests ($ok x 200), $bytes bytes, $items items"
done

# Second refresh of unchanged feeds, on the last run's database.
from=$(log_lines)
measure "warta-second" "$WARTA_CLI" --db "$WORK/warta-$RUNS.db" refresh --jobs "$JOBS" --no-fulltext --json --quiet
SECOND_WALL="$WALL_MS"; SECOND_RSS="$RSS_KB"
SECOND_JSON="$(tail -1 "$WORK/warta-second.out")"
read -r S_N S_200 S_304 S_OTHER S_BYTES <<< "$(access_stats "$from")"
log "warta second refresh: $SECOND_WALL ms, $S_N requests: $S_200 x 200, $S_304 x 304, $S_OTHER other; $SECOND_JSON"

# --- Report -----------------------------------------------------------------------------
join() { local IFS=,; echo "$*"; }
REPORT="$(python3 - <<EOF
import statistics as st
w_wall, w_rss, w_bytes = [$(join "${W_WALL[@]}")], [$(join "${W_RSS[@]}")], [$(join "${W_BYTES[@]}")]
n_wall, n_rss, n_bytes = [$(join "${N_WALL[@]}")], [$(join "${N_RSS[@]}")], [$(join "${N_BYTES[@]}")]
w_cpu, n_cpu = [$(join "${W_CPU[@]}")], [$(join "${N_CPU[@]}")]
feeds, items, runs, jobs = $FEEDS, $ITEMS, $RUNS, $JOBS
s_n, s_200, s_304, s_other = $S_N, $S_200, $S_304, $S_OTHER
mw, mn = st.median(w_wall), st.median(n_wall)
rw, rn = st.median(w_rss), st.median(n_rss)
ratio = mn / mw if mw else float("inf")
speed_ok = ratio >= 5
mem_ok = rw <= rn
nm_ok = s_304 == feeds and s_200 == 0 and s_other == 0
verdict = lambda ok: "PASS" if ok else "FAIL"
runs_s = lambda xs: ", ".join(f"{x / 1000:.2f}" for x in xs)
mib = lambda kb: f"{kb / 1024:.1f} MiB"
print(f"| {feeds} feeds x {items} items, {jobs} parallel | Warta | newsboat | newsboat / Warta | target | verdict |")
print("|---|---|---|---|---|---|")
print(f"| wall time, median of {runs} | {mw / 1000:.2f} s | {mn / 1000:.2f} s | {ratio:.2f}x | >= 5x | {verdict(speed_ok)} |")
print(f"| wall time, each run (s) | {runs_s(w_wall)} | {runs_s(n_wall)} | | | |")
print(f"| CPU time (user + sys), median | {st.median(w_cpu) / 1000:.2f} s | {st.median(n_cpu) / 1000:.2f} s | {st.median(n_cpu) / st.median(w_cpu):.2f}x | | |")
print(f"| peak RSS, median | {mib(rw)} | {mib(rn)} | {rn / rw:.2f}x | Warta <= newsboat | {verdict(mem_ok)} |")
print(f"| bytes received per refresh (gzip) | {st.median(w_bytes) / 1e6:.2f} MB | {st.median(n_bytes) / 1e6:.2f} MB | | | |")
print(f"| second refresh (unchanged feeds) | {s_n} requests: {s_304} x 304, {s_200} x 200, {s_other} other; {$SECOND_WALL / 1000:.2f} s, {mib($SECOND_RSS)} | | | only 304s | {verdict(nm_ok)} |")
print()
print(f"**Overall: {verdict(speed_ok and mem_ok and nm_ok)}**")
EOF
)"
ENVLINE="$(nproc) cores, load average at end $(cut -d' ' -f1-3 /proc/loadavg); warta-cli built $(date -u -r "$WARTA_CLI" '+%Y-%m-%d %H:%M UTC') (repo HEAD $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?')), $("$NEWSBOAT_BIN" -v | head -1 | cut -d' ' -f1-2), $("$NGINX_BIN" -v 2>&1 | cut -d' ' -f3)"
printf '\n%s\n\n%s\n' "$REPORT" "Measured $(date -u +%Y-%m-%d) on $ENVLINE." | tee ${OUTPUT:+"$OUTPUT"}
