# Sourced by start.sh and test.sh: Node 24 (when the machine's is older) and the project's packages.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/bootstrap-node.sh"
# npm ci again only when package-lock.json changed since the last install.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	npm ci --no-audit --no-fund
fi
