#!/usr/bin/env bash
# Installs what the VS Code end-to-end test (test/e2e-vscode) needs: Debian Chromium,
# ripgrep and code-server 4.100.3 (VS Code 1.100.3, runs on Node 20). Idempotent: the
# code-server install in $SMSLINT_E2E_CACHE is reused when present.
# Prints the code-server executable path on the last line of stdout.
# Only the npm registry and Debian apt are reachable: see shared notes "real-clients".
set -euo pipefail

CODE_SERVER_VERSION="${SMSLINT_CODE_SERVER_VERSION:-4.100.3}"
CACHE="${SMSLINT_E2E_CACHE:-/var/cache/smslint-e2e}"
PREFIX="$CACHE/code-server-$CODE_SERVER_VERSION"
BIN="$PREFIX/node_modules/.bin/code-server"

log() { echo "[setup-vscode-e2e] $*" >&2; }

# code-server writes a config file into $XDG_CONFIG_HOME even for --version: keep $HOME clean.
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
code_server() { XDG_CONFIG_HOME="$SCRATCH/config" XDG_DATA_HOME="$SCRATCH/data" "$BIN" "$@"; }

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v rg >/dev/null 2>&1 || need_apt+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
command -v pkg-config >/dev/null 2>&1 || need_apt+=(pkg-config)
if [ "${#need_apt[@]}" -gt 0 ]; then
  log "installing apt packages: ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${need_apt[@]}" >&2
fi

if [ -x "$BIN" ] && code_server --version >/dev/null 2>&1; then
  log "code-server $CODE_SERVER_VERSION already installed in $PREFIX"
else
  log "installing code-server $CODE_SERVER_VERSION into $PREFIX"
  mkdir -p "$CACHE"
  WORK="$(mktemp -d "$CACHE/.install.XXXXXX")"
  trap 'rm -rf "$SCRATCH" "$WORK"' EXIT
  # @vscode/ripgrep downloads rg from GitHub in its postinstall; pre-fill its download
  # cache (keyed by TMPDIR) with Debian's rg so it never goes online.
  export TMPDIR="$WORK/tmp"
  RG_CACHE="$TMPDIR/vscode-ripgrep-cache-1.15.11"
  mkdir -p "$RG_CACHE" "$WORK/rg"
  cp "$(command -v rg)" "$WORK/rg/rg"
  tar czf "$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$WORK/rg" rg
  # root needs unsafe-perm for postinstall scripts; node-pty's postinstall runs npx (no tty).
  npm_config_unsafe_perm=true npm_config_yes=true npm_config_audit=false npm_config_fund=false \
    npm install --prefix "$WORK/cs" --no-save "code-server@$CODE_SERVER_VERSION" >&2
  rm -rf "$PREFIX"
  mv "$WORK/cs" "$PREFIX"
  code_server --version >&2
fi

echo "$BIN"
