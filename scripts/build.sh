#!/usr/bin/env bash
# Configures and builds Warta into a build folder: build.sh DIR [CMAKE ARGS...].
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$1; shift
cmake -S . -B "$dir" -G Ninja "$@"
cmake --build "$dir" -j"$(nproc)"
