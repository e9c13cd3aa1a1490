#!/usr/bin/env bash
# Runs the whole service on this machine (embedded storage, no other server): http://localhost:${PORT:-3000}
# Builds only when there is no build yet, a source is newer than it, or a build-time variable changed; then
# starts the built server, so restarts (and a new ORIGIN, read at run time) need no rebuild.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/install-deps.sh
stamp=build/.porchlight-build
# What is fixed into the build: the neutral site of quick exit and the region's crisis resources.
wanted="QUICK_EXIT_URL=${QUICK_EXIT_URL:-} CRISIS_RESOURCES_FILE=${CRISIS_RESOURCES_FILE:-}"
crisis_file="${CRISIS_RESOURCES_FILE:-config/crisis-resources.json}"
if [ ! -f build/handler.js ] || [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ] ||
	[ -n "$(find src static config scripts/build-client.ts vite.config.ts package-lock.json "$crisis_file" \
		-newer "$stamp" -print -quit 2>/dev/null)" ]; then
	npm run build
	printf '%s' "$wanted" >"$stamp"
fi
exec npm start
