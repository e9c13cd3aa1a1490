#!/usr/bin/env bash
# Runs every check and test: types, lint, unit tests, the build, and the browser journeys in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
	if [ "$(id -u)" = 0 ]; then
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq
		apt-get install -y -qq chromium >/dev/null
	else
		echo "Debian's Chromium is missing: sudo apt-get install chromium" >&2
		exit 1
	fi
fi

# PostgreSQL, for the data-layer tests that run on both SQLite and PostgreSQL: start it if it has stopped.
if command -v pg_ctlcluster >/dev/null 2>&1 && ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
	pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || echo "PostgreSQL could not be started" >&2
fi

. scripts/install-deps.sh
exec npm test
