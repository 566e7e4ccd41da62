#!/usr/bin/env bash
# Builds Warta's libFuzzer targets with clang (ASan + UBSan) in build-fuzz and runs each one
# for a bounded time over seed corpora copied from the test fixtures at run time (nothing
# third-party is committed). Exits non-zero if any target crashes, leaks, hangs or fails to build.
#
#   scripts/fuzz.sh [TARGET...]        targets: feed opml date extract sanitize (default: all)
#
# Environment:
#   WARTA_FUZZ_SECONDS   seconds per target (default 60)
#   WARTA_FUZZ_DIR       build folder (default build-fuzz)
#   WARTA_FUZZ_ARGS      extra libFuzzer arguments (e.g. "-jobs=2 -workers=2")
#   WARTA_FUZZ_BUILD=0   skip configure/build (reuse the binaries)
#
# A crash leaves its input in $WARTA_FUZZ_DIR/artifacts/<target>/; replay it with
#   $WARTA_FUZZ_DIR/fuzz/fuzz_<target> <file>
# then save it under tests/fixtures/hardening/fuzz/<target>/ so that test_fuzz_regressions
# replays it in every normal (g++) and sanitizer test run.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

seconds=${WARTA_FUZZ_SECONDS:-60}
dir=${WARTA_FUZZ_DIR:-build-fuzz}
shared=${WARTA_SHARED_DIR:-$root/../shared}
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(feed opml date extract sanitize)

if [ "${WARTA_FUZZ_BUILD:-1}" != 0 ]; then
  # clang and its runtime (libFuzzer, ASan, UBSan) only when missing.
  scripts/install-deps.sh clang libclang-rt-14-dev
  export CCACHE_DIR=${CCACHE_DIR:-$root/.cache/ccache}
  CC=clang CXX=clang++ cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DWARTA_BUILD_FUZZERS=ON -DWARTA_BUILD_UI=OFF -DWARTA_BUILD_TESTS=OFF >/dev/null
  cmake --build "$dir" -j"$(nproc)" --target fuzzers
fi

# --- seed corpora, rebuilt on every run from what is on disk ------------------------------
seeds=$dir/seeds
rm -rf "$seeds"
mkdir -p "$seeds"/{feed,opml,date,extract,sanitize}

copy_into() { # copy_into TARGET FILE... (flattened, unique names)
  local t=$1; shift
  local f
  for f in "$@"; do
    [ -f "$f" ] || continue
    cp "$f" "$seeds/$t/$(printf '%s' "$f" | md5sum | cut -c1-12)-$(basename "$f")"
  done
}

shopt -s nullglob globstar
copy_into feed tests/fixtures/feeds/*.xml tests/fixtures/feeds/jsonfeed*.json tests/fixtures/hardening/**/*.xml
copy_into feed "$shared"/fixtures/id-news/*/feed.xml
# The feedparser conformance corpus is large; a few hundred of its files cover its formats.
for sub in wellformed illformed encoding entities json; do
  mapfile -t files < <(find "$shared/corpora/feedparser-tests/$sub" -type f -size -64k 2>/dev/null | sort | awk 'NR % 4 == 1')
  copy_into feed "${files[@]}"
done
copy_into opml tests/fixtures/opml/*.opml resources/*.opml tests/fixtures/hardening/**/*.opml
copy_into extract "$shared"/fixtures/id-news/*/pages/*.html
mapfile -t pages < <(find "$shared/corpora/readability-test-pages" -name source.html -size -128k 2>/dev/null | sort | head -40)
copy_into extract "${pages[@]}"
copy_into sanitize "$shared"/fixtures/id-news/*/pages/*.html
mapfile -t pages < <(find "$shared/corpora/readability-test-pages" -name expected.html -size -64k 2>/dev/null | sort | head -60)
copy_into sanitize "${pages[@]}"
# Dates: every date string of the feedparser date table, plus the dates of our own feeds.
python3 - "$shared/corpora/feedparser-tests/date-cases.json" "$seeds/date" tests/fixtures/feeds/*.xml "$shared"/fixtures/id-news/*/feed.xml <<'EOF'
import json, re, sys, os, hashlib
out = sys.argv[2]
texts = set()
try:
    for case in json.load(open(sys.argv[1], encoding="utf-8"))["cases"]:
        texts.add(case["input"])
except OSError:
    pass
for path in sys.argv[3:]:
    data = open(path, "rb").read().decode("utf-8", "replace")
    for m in re.finditer(r"<(pubDate|dc:date|updated|published|issued|modified|created)>([^<]{1,80})<", data):
        texts.add(m.group(2))
texts |= {"Rabu, 26 Agustus 2020 08:02 WIB", "26/08/2020, 08:02 WIB", "Senin, 31 Agustus 2020 | 14:05 WITA"}
for t in texts:
    name = hashlib.md5(t.encode()).hexdigest()[:12]
    open(os.path.join(out, name), "w", encoding="utf-8").write(t)
EOF
# Saved regression inputs seed their own target too.
for t in feed opml date extract sanitize; do
  copy_into "$t" tests/fixtures/hardening/fuzz/$t/*
done

# --- run ---------------------------------------------------------------------------------
declare -A dict=([feed]=xml [opml]=xml [date]=date [extract]=html [sanitize]=html)
declare -A maxlen=([feed]=65536 [opml]=16384 [date]=256 [extract]=131072 [sanitize]=65536)
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0
failed=()
for t in "${targets[@]}"; do
  bin=$dir/fuzz/fuzz_$t
  [ -x "$bin" ] || { echo "no fuzzer binary $bin" >&2; status=1; failed+=("$t(missing)"); continue; }
  corpus=$dir/corpus/$t          # grows across runs; libFuzzer writes new inputs here
  artifacts=$dir/artifacts/$t
  mkdir -p "$corpus" "$artifacts"
  echo "=== fuzz_$t: ${seconds}s, $(ls "$seeds/$t" | wc -l) seeds, $(ls "$corpus" | wc -l) corpus entries"
  # shellcheck disable=SC2086
  if ! "$bin" "$corpus" "$seeds/$t" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 \
        -max_len="${maxlen[$t]}" -dict="fuzz/dict/${dict[$t]}.dict" -artifact_prefix="$artifacts/" \
        -print_final_stats=1 ${WARTA_FUZZ_ARGS:-} >"$dir/fuzz_$t.log" 2>&1; then
    status=1
    failed+=("$t")
    echo "!!! fuzz_$t failed; last lines of $dir/fuzz_$t.log:"
    tail -n 40 "$dir/fuzz_$t.log"
    echo "!!! inputs: $(ls "$artifacts")"
  else
    grep -E "stat::number_of_executed_units|cov:" "$dir/fuzz_$t.log" | tail -n 2
  fi
done
if [ $status -ne 0 ]; then
  echo "fuzzing found problems in: ${failed[*]}" >&2
fi
exit $status
