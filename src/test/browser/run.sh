#!/usr/bin/env bash
# Browser test of the Tigris researcher pages against a RUNNING server:
#   src/test/browser/run.sh SERVER_URL [--term WORD] [--out DIR]
# Installs what it needs first: Debian's chromium (apt) when missing, and playwright-core
# (npm ci, pinned by package-lock.json, into src/test/browser/node_modules).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ $# -lt 1 ]; then
  echo "usage: $0 SERVER_URL [--term WORD] [--out DIR]" >&2
  exit 2
fi

browser="${CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$browser" ]; then
  echo "Installing chromium (Debian package)..."
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q chromium
fi
command -v node >/dev/null || { echo "node (>= 20) is needed for the browser test" >&2; exit 1; }

# Installed beside the test; run from here, so that --out and --readme paths are the caller's.
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
exec node "$here/browser-test.mjs" "$@"
