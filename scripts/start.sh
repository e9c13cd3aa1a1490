#!/usr/bin/env bash
# Runs the whole service on this machine (embedded storage, no other server): http://localhost:${PORT:-3000}
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/install-deps.sh
exec npm start
