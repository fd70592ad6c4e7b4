#!/usr/bin/env bash
# Federation test with Comunica against a RUNNING Tigris server:
#   src/test/federation/run.sh SPARQL_ENDPOINT     e.g. http://localhost:3030/kg/sparql
# Installs Comunica (npm ci, pinned by package-lock.json, into src/test/federation/node_modules).
# Needs node >= 20 (Comunica 4.x; version 5 would need node 22).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ $# -lt 1 ]; then
  echo "usage: $0 SPARQL_ENDPOINT [LOCAL_FILE]" >&2
  exit 2
fi
command -v node >/dev/null || { echo "node (>= 20) is needed for the federation test" >&2; exit 1; }
cd "$here"
npm ci --no-audit --no-fund --loglevel=error
exec node comunica-join.mjs "$@"
