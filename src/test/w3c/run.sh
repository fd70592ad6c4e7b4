#!/usr/bin/env bash
# The W3C SPARQL 1.1 protocol and query-evaluation suites (npm rdf-test-suite) against a
# running Tigris server started with admin credentials (the suites load their data through
# /kg/update and /kg/data; the queries of the evaluation suite go to the public /kg/sparql).
#
#   TIGRIS_W3C_LOGIN=admin:PASSWORD src/test/w3c/run.sh http://localhost:PORT SUITES_DIR \
#       [--protocol-floor N] [--query-floor N] [--out DIR]
#
# SUITES_DIR is an unchanged copy of the suites (w3c/rdf-tests, with sparql/sparql11/ in it),
# read where it is: the runner maps the suites' published addresses onto it, offline.
# The runner is installed from npm, pinned, into a cache directory (TIGRIS_W3C_CACHE,
# default ~/.cache/tigris-w3c), never into the repository. Exits non-zero when a suite
# passes fewer tests than its floor; the failures are listed.
set -euo pipefail

usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
[ $# -ge 2 ] || usage
base="${1%/}"
suites="$(cd "$2" && pwd)"
shift 2
protocol_floor=34
query_floor=307
out=""
while [ $# -gt 0 ]; do
    case "$1" in
        --protocol-floor) protocol_floor="$2"; shift 2 ;;
        --query-floor) query_floor="$2"; shift 2 ;;
        --out) out="$2"; shift 2 ;;
        *) usage ;;
    esac
done
: "${TIGRIS_W3C_LOGIN:?set TIGRIS_W3C_LOGIN=user:password of the admin}"
[ -f "$suites/sparql/sparql11/protocol/manifest.ttl" ] || { echo "no SPARQL 1.1 suites under $suites" >&2; exit 2; }

here="$(cd "$(dirname "$0")" && pwd)"
cache="${TIGRIS_W3C_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/tigris-w3c}"
# rdf-test-suite 2.8.0 with n3 2.7.12 beside it: newer n3 versions crash on the query manifest
if [ "$(node -p "require('$cache/node_modules/rdf-test-suite/package.json').version" 2>/dev/null)" != "2.8.0" ] \
    || [ "$(node -p "require('$cache/node_modules/n3/package.json').version" 2>/dev/null)" != "2.7.12" ]; then
    mkdir -p "$cache"
    npm install --prefix "$cache" --no-audit --no-fund --no-save rdf-test-suite@2.8.0 n3@2.7.12 >&2
fi
if [ -z "$out" ]; then out="$(mktemp -d)"; fi
mkdir -p "$out"

export NODE_PATH="$cache/node_modules"
export TIGRIS_W3C_BASE="$base"
export TIGRIS_W3C_AUTH_PREFIX="$base/kg/"
export TIGRIS_W3C_LOGIN
runner="$cache/node_modules/rdf-test-suite/bin/Runner.js"
published="https://w3c.github.io/rdf-tests/sparql/"

# run NAME MANIFEST FLOOR [runner options...]
run() {
    local name="$1" manifest="$2" floor="$3"; shift 3
    local log="$out/$name.txt"
    # the runner loads the engine module relative to its working directory
    (cd "$here" && node --require ./auth.cjs "$runner" tigris-engine.cjs "$published$manifest" \
        -m "$published~$suites/sparql/" -d 60000 -e "$@") > "$log" 2>&1 || true
    local summary passed
    summary="$(grep -E '[0-9]+ / [0-9]+ tests succeeded' "$log" | tail -n 1 || true)"
    passed="$(echo "$summary" | sed -E 's/.* ([0-9]+) \/ [0-9]+ tests.*/\1/')"
    if [ -z "$summary" ]; then summary="no summary, see $log"; fi
    echo "W3C $name: $summary"
    grep -E '^✖ .*\(http' "$log" | sed 's/\x1b\[[0-9;]*m//g' || true
    if [ -z "$passed" ] || [ "$passed" -lt "$floor" ]; then
        echo "W3C $name: below the floor of $floor (log: $log)" >&2
        return 1
    fi
}

status=0
run protocol sparql11/protocol/manifest.ttl "$protocol_floor" \
    -i "{\"protocolEndpoint\":\"$base/kg/update\"}" || status=1
run query sparql11/manifest-sparql11-query.ttl "$query_floor" || status=1
exit "$status"
