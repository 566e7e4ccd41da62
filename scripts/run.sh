#!/usr/bin/env bash
# One command for a newcomer: installs what is missing, builds, and starts Warta.
# Arguments go to the app, e.g. `scripts/run.sh --demo` for the bundled offline demo.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh build-release -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWARTA_BUILD_TESTS=OFF
# Chromium refuses to run its sandbox as root; a normal user keeps the sandbox on.
if [ "$(id -u)" -eq 0 ]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: starting Warta inside a virtual X server (xvfb-run)." >&2
  exec xvfb-run -a build-release/warta "$@"
fi
exec build-release/warta "$@"
