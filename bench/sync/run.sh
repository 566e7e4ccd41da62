#!/usr/bin/env bash
# Sync benchmark: `warta-cli sync` against the real Tiny Tiny RSS on loopback
# (scripts/ttrss.sh), with a baseline measured in the same run.
#
# Fills a new tt-rss user with ARTICLES articles of CONTENT_BYTES each by SQL straight into
# tt-rss's PostgreSQL (ttrss_entries + ttrss_user_entries of one feed whose last_updated is
# now, so update.php leaves it alone; the same method as tests/sync's addBulkArticles).
# Then, RUNS times, interleaved:
#   baseline first:  raw_api_pull.py first  (same getHeadlines pages, JSON parsed, nothing stored)
#   Warta first:     fresh database, `account add`, timed `warta-cli sync` (all articles)
#   server changes:  CHANGES/2 unread articles marked read, CHANGES/2 marked starred (SQL)
#   Warta incr.:     timed `warta-cli sync` (new articles, then the unread and starred id sets)
#   baseline incr.:  raw_api_pull.py incremental (the same calls)
# Wall time and peak RSS from /usr/bin/time; medians; Warta checked to hold every article
# and the server's read/starred counts after each sync. Prints a markdown table.
#
# Environment: ARTICLES (10000), CONTENT_BYTES (4000), CHANGES (100), RUNS (3),
# WARTA_CLI (default build-bench/app/cli/warta-cli, a Release build), OUTPUT=FILE also writes
# the report there, KEEP=1 keeps the temp dir.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
ARTICLES="${ARTICLES:-10000}"
CONTENT_BYTES="${CONTENT_BYTES:-4000}"
CHANGES="${CHANGES:-100}"
RUNS="${RUNS:-3}"
OUTPUT="${OUTPUT:-}"
KEEP="${KEEP:-0}"
WARTA_CLI="${WARTA_CLI:-$REPO/build-bench/app/cli/warta-cli}"
TTRSS="$REPO/scripts/ttrss.sh"

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] error: %s\n' "$*" >&2; exit 1; }

[ -x "$WARTA_CLI" ] || die "no warta-cli at $WARTA_CLI (build it Release, or set WARTA_CLI)"
[ -x /usr/bin/time ] || die "needs /usr/bin/time (apt-get install time)"
bash "$TTRSS" start >/dev/null
API="$(bash "$TTRSS" env | sed -n 's/^TTRSS_API=//p')"

WORK="$(mktemp -d /tmp/warta-sync-bench.XXXXXX)"
cleanup() { [ "$KEEP" = 1 ] && log "kept $WORK" || rm -rf "$WORK"; }
trap cleanup EXIT
# Passwords go to a private file in this folder (no keyring on a bench machine).
export XDG_DATA_HOME="$WORK/data" WARTA_KEYRING=off

USER_NAME="benchsync_$$"
PASSWORD="pw-$USER_NAME"
bash "$TTRSS" user "$USER_NAME" "$PASSWORD"
printf '%s' "$PASSWORD" >"$WORK/password"
sql() { bash "$TTRSS" sql "$1"; }

log "filling tt-rss with $ARTICLES articles of ~$CONTENT_BYTES bytes"
FEED_URL="http://[::ffff:127.0.0.1]/bench-$USER_NAME.xml"
fill_start=$(date +%s.%N)
sql "INSERT INTO ttrss_feeds (owner_uid, title, feed_url, last_updated) SELECT id, 'Bench', '$FEED_URL', NOW() + interval '1 day'
       FROM ttrss_users WHERE login = '$USER_NAME';
     INSERT INTO ttrss_entries (title, guid, link, updated, content, content_hash, date_entered, date_updated)
       SELECT 'Berita bench ' || g, '$USER_NAME-' || g, 'http://example.com/$USER_NAME/' || g,
              NOW() - g * interval '1 second', repeat('Isi berita yang cukup panjang. ', $((CONTENT_BYTES / 31))),
              'h' || g, NOW(), NOW() FROM generate_series(1, $ARTICLES) g;
     INSERT INTO ttrss_user_entries (ref_id, uuid, feed_id, owner_uid, tag_cache, label_cache, unread)
       SELECT e.id, '', f.id, f.owner_uid, '', '', true FROM ttrss_entries e JOIN ttrss_feeds f ON f.feed_url = '$FEED_URL'
       WHERE e.guid LIKE '$USER_NAME-%';" >/dev/null
fill_s=$(awk -v a="$(date +%s.%N)" -v b="$fill_start" 'BEGIN {printf "%.1f", a - b}')
UID_SQL="(SELECT id FROM ttrss_users WHERE login = '$USER_NAME')"
server_count() { sql "SELECT count(*) FROM ttrss_user_entries WHERE owner_uid = $UID_SQL AND $1" | tr -d ' '; }
[ "$(server_count true)" = "$ARTICLES" ] || die "tt-rss holds $(server_count true) articles, not $ARTICLES"

# timed LABEL CMD...: appends "wall_s peak_kib" to $WORK/LABEL, output of CMD in $WORK/LABEL.out
timed() {
    local label=$1; shift
    /usr/bin/time -f '%e %M' -o "$WORK/$label.time" "$@" >"$WORK/$label.out" 2>"$WORK/$label.err" ||
        die "$label failed: $(tail -3 "$WORK/$label.err")"
    cat "$WORK/$label.time" >>"$WORK/$label"
}
local_count() { sqlite3 "$WORK/warta.db" "SELECT count(*) FROM articles WHERE $1"; }
pulled() { jq -r .pulled <"$WORK/$1.out" | tail -1; }

for run in $(seq 1 "$RUNS"); do
    log "run $run/$RUNS: first sync"
    timed raw_first python3 "$HERE/raw_api_pull.py" "$API" "$USER_NAME" "$PASSWORD" first
    grep -q "articles=$ARTICLES " "$WORK/raw_first.out" || die "baseline read $(cat "$WORK/raw_first.out")"
    rm -f "$WORK"/warta.db*
    rm -rf "$XDG_DATA_HOME"
    "$WARTA_CLI" --db "$WORK/warta.db" account add ttrss "$API" --user "$USER_NAME" --password-file "$WORK/password" >/dev/null
    timed warta_first "$WARTA_CLI" --db "$WORK/warta.db" sync
    [ "$(pulled warta_first)" = "$ARTICLES" ] || die "first sync pulled $(pulled warta_first)"
    [ "$(local_count 1)" = "$ARTICLES" ] || die "Warta holds $(local_count 1) articles"

    log "run $run/$RUNS: $CHANGES changes on the server, incremental sync"
    sql "UPDATE ttrss_user_entries SET unread = false, last_read = NOW() WHERE int_id IN
           (SELECT int_id FROM ttrss_user_entries WHERE owner_uid = $UID_SQL AND unread ORDER BY random() LIMIT $((CHANGES / 2)));
         UPDATE ttrss_user_entries SET marked = true, last_marked = NOW() WHERE int_id IN
           (SELECT int_id FROM ttrss_user_entries WHERE owner_uid = $UID_SQL AND NOT marked ORDER BY random() LIMIT $((CHANGES - CHANGES / 2)));" >/dev/null
    timed warta_incr "$WARTA_CLI" --db "$WORK/warta.db" sync
    [ "$(local_count 'read = 1')" = "$(server_count 'NOT unread')" ] || die "read: Warta $(local_count 'read = 1'), server $(server_count 'NOT unread')"
    [ "$(local_count 'starred = 1')" = "$(server_count marked)" ] || die "starred: Warta $(local_count 'starred = 1'), server $(server_count marked)"
    since=$(sqlite3 "$WORK/warta.db" "SELECT since_id FROM accounts WHERE kind != 'local' ORDER BY id DESC LIMIT 1")
    timed raw_incr python3 "$HERE/raw_api_pull.py" "$API" "$USER_NAME" "$PASSWORD" incremental "$since"
done

# median COLUMN FILE
median() { awk -v c="$1" '{print $c}' "$2" | sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0) ? a / b : 0}'; }
mib() { awk -v k="$1" 'BEGIN {printf "%.1f", k / 1024}'; }
each() { awk '{printf "%s%s", (NR > 1 ? ", " : ""), $1}' "$1"; }

wf=$(median 1 "$WORK/warta_first"); rf=$(median 1 "$WORK/raw_first")
wi=$(median 1 "$WORK/warta_incr"); ri=$(median 1 "$WORK/raw_incr")
mb=$(sed -n 's/.*bytes=\([0-9]*\).*/\1/p' "$WORK/raw_first.out")
report=$(cat <<EOF
Sync benchmark ($(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores)
$ARTICLES articles of ~$CONTENT_BYTES bytes (API answers $(awk -v b="$mb" 'BEGIN {printf "%.1f", b / 1048576}') MiB), filled by SQL in ${fill_s} s; $CHANGES server changes; $RUNS runs; medians.

| | Warta (\`warta-cli sync\`) | baseline (raw_api_pull.py) | Warta / baseline |
|---|---|---|---|
| first sync, wall | ${wf} s | ${rf} s | $(ratio "$wf" "$rf")× |
| first sync, each run | $(each "$WORK/warta_first") s | $(each "$WORK/raw_first") s | |
| first sync, peak RSS | $(mib "$(median 2 "$WORK/warta_first")") MiB | $(mib "$(median 2 "$WORK/raw_first")") MiB | |
| incremental ($CHANGES changes), wall | ${wi} s | ${ri} s | $(ratio "$wi" "$ri")× |
| incremental, each run | $(each "$WORK/warta_incr") s | $(each "$WORK/raw_incr") s | |
| incremental, peak RSS | $(mib "$(median 2 "$WORK/warta_incr")") MiB | $(mib "$(median 2 "$WORK/raw_incr")") MiB | |
EOF
)
printf '%s\n' "$report"
[ -n "$OUTPUT" ] && printf '%s\n' "$report" >"$OUTPUT"
exit 0
