#!/usr/bin/env bash
# One command for every test: installs what is missing, then builds and runs the whole
# suite twice: warnings as errors, and again under AddressSanitizer + UBSan.
# WARTA_TEST_SANITIZE=0 skips the sanitizer pass (quicker local runs).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh

# The sync tests talk to a real Tiny Tiny RSS on loopback (installed and started here).
bash scripts/ttrss.sh start
trap 'bash scripts/ttrss.sh stop >/dev/null 2>&1 || true' EXIT

jobs=$(nproc)
export QT_QPA_PLATFORM=offscreen
export CCACHE_DIR=${CCACHE_DIR:-$PWD/.cache/ccache}
status=0

run_suite() {
  local dir=$1; shift
  echo "=== $dir: configure and build"
  bash scripts/build.sh "$dir" "$@"
  echo "=== $dir: tests"
  ctest --test-dir "$dir" -j"$jobs" --output-on-failure --timeout 600 || status=1
}

run_suite build-ci -DCMAKE_BUILD_TYPE=Debug -DWARTA_WERROR=ON
# The .deb of that build: validators, dpkg -i, the installed binaries, lintian.
WARTA_PACKAGE_BUILD_DIR=build-ci WARTA_PACKAGE_SKIP_BUILD=1 bash scripts/package.sh || status=1
if [ "${WARTA_TEST_SANITIZE:-1}" != 0 ]; then
  run_suite build-asan -DCMAKE_BUILD_TYPE=Debug -DWARTA_WERROR=ON -DWARTA_SANITIZE=ON
fi
# Each fuzzer runs a bounded time over seeds from the fixtures; a crash fails the run.
WARTA_FUZZ_SECONDS=${WARTA_FUZZ_SECONDS:-20} bash scripts/fuzz.sh || status=1
exit $status
