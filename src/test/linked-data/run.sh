#!/usr/bin/env bash
# The linked-data check against a RUNNING Tigris server, as clients nobody here wrote fetch
# an entity: curl (303, conditional GET, gzip), rdflib's Graph().parse(IRI), and a client
# asking the way Comunica does (quads first).
#   src/test/linked-data/run.sh SERVER_URL
# Needs rdflib: Debian's python3-rdflib is installed (apt) when no python3 here has it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ $# -ne 1 ]; then
  echo "usage: $0 SERVER_URL" >&2
  exit 2
fi
python=""
for candidate in python3 /usr/bin/python3; do
  if command -v "$candidate" > /dev/null && "$candidate" -c 'import rdflib' 2> /dev/null; then
    python="$candidate"; break
  fi
done
if [ -z "$python" ]; then
  echo "Installing rdflib (Debian package python3-rdflib)..."
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q python3-rdflib
  python=/usr/bin/python3
fi
exec "$python" "$here/check.py" "$1"
