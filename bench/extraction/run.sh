#!/usr/bin/env bash
# Extraction speed: warta::content::extractArticle vs Mozilla Readability 0.6.0 on jsdom,
# same corpus, same machine, one run. Prints a markdown report on stdout (progress on stderr).
#
#   bench/extraction/run.sh [corpus dir]
#   env: REPS (C++ repetitions, default 5), NODE_REPS (default 3), BUILD_DIR (default build-bench)
#
# Needs the top-level CMakeLists to include bench/ (add_subdirectory(bench) under
# WARTA_BUILD_BENCH). Numbers are wall-clock medians per page; on a shared machine run it
# when the load is low (the load average is printed with the results).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
corpus="${1:-$root/../shared/corpora/readability-test-pages}"
reps="${REPS:-5}"
node_reps="${NODE_REPS:-3}"
build="${BUILD_DIR:-$root/build-bench}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

log() { echo "run.sh: $*" >&2; }

if [[ ! -d "$here/node_modules/@mozilla/readability" || ! -d "$here/node_modules/jsdom" ]]; then
  log "installing @mozilla/readability and jsdom (pinned in package-lock.json)"
  (cd "$here" && npm ci --no-fund --no-audit >&2)
fi

log "building extraction_bench (Release) in $build"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DWARTA_BUILD_UI=OFF \
  -DWARTA_BUILD_TESTS=OFF -DWARTA_BUILD_BENCH=ON ${WARTA_CMAKE_ARGS:-} >&2
cmake --build "$build" --target extraction_bench >&2

log "timing warta ($reps repetitions)"
"$build/bench/extraction/extraction_bench" "$corpus" "$reps" > "$work/warta.tsv"
log "timing readability on jsdom ($node_reps repetitions)"
node "$here/readability_bench.mjs" "$corpus" "$node_reps" > "$work/readability.tsv"

# Both sides list the case folders sorted by name; join on the name all the same.
join -t $'\t' <(sort "$work/warta.tsv") <(sort "$work/readability.tsv") > "$work/both.tsv"

awk -F '\t' -v reps="$reps" -v node_reps="$node_reps" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" \
    -v node="$(node --version)" -v when="$(date -u +%Y-%m-%dT%H:%MZ)" '
  { name[NR] = $1; w[NR] = $2; r[NR] = $3; sw += $2; sr += $3 }
  function median(a, n,   i, j, t, b) {
    for (i = 1; i <= n; i++) b[i] = a[i]
    for (i = 2; i <= n; i++) { t = b[i]; for (j = i - 1; j >= 1 && b[j] > t; j--) b[j + 1] = b[j]; b[j + 1] = t }
    return n % 2 ? b[(n + 1) / 2] : (b[n / 2] + b[n / 2 + 1]) / 2
  }
  END {
    n = NR
    printf "## Extraction speed: %d pages, %s, load %s, node %s\n\n", n, when, load, node
    printf "| | warta (C++, Release) | Readability 0.6.0 + jsdom | ratio |\n|---|---|---|---|\n"
    printf "| mean of per-page medians, ms | %.2f | %.1f | **%.1f×** |\n", sw / n, sr / n, sr / sw
    printf "| median page, ms | %.2f | %.1f | %.1f× |\n", median(w, n), median(r, n), median(r, n) / median(w, n)
    printf "| repetitions per page | %d | %d | |\n\n", reps, node_reps
    printf "<details><summary>per page (median ms)</summary>\n\n| page | warta | readability | ratio |\n|---|---|---|---|\n"
    for (i = 1; i <= n; i++) printf "| %s | %.2f | %.1f | %.1f× |\n", name[i], w[i], r[i], (w[i] > 0 ? r[i] / w[i] : 0)
    printf "\n</details>\n"
  }' "$work/both.tsv"
