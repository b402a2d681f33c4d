#!/usr/bin/env bash
# Installs what Article Explorer needs to build and test, skipping whatever is already there at
# the right version. Sourced by scripts/run.sh and scripts/test.sh; safe to run again.
#
#   bash scripts/setup.sh          # build tools only (Rust wasm target, Trunk, wasm-bindgen, wasm-opt)
#   bash scripts/setup.sh --test   # also Chromium, ChromeDriver and the Node test dependencies
#
# Versions: see ../shared/TOOLCHAIN.md. Everything comes from the package registries' ordinary
# clients (cargo, npm, apt); nothing is downloaded from anywhere else.
set -euo pipefail

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
log() { printf '[setup] %s\n' "$*" >&2; }

export PATH="$HOME/.cargo/bin:$PATH"

command -v cargo >/dev/null || { log "cargo not found: install Rust with rustup first"; exit 1; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  log "adding Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION (takes several minutes once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must be exactly the wasm-bindgen version that Cargo.lock pins.
wbg_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$root/Cargo.lock")"
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $wbg_version" ]; then
  log "installing wasm-bindgen-cli $wbg_version (takes several minutes once)"
  # Not --locked: one of its locked dependency versions is no longer in the registry.
  cargo install wasm-bindgen-cli --version "$wbg_version"
fi

# wasm-opt from npm's binaryen. Debian's binaryen (108) miscompiles current wasm-bindgen output.
if ! wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
  if dpkg -s binaryen >/dev/null 2>&1; then
    log "removing Debian's binaryen: its wasm-opt breaks the page"
    apt-get remove -y binaryen
  fi
  log "installing wasm-opt (binaryen $BINARYEN_VERSION from npm)"
  npm install -g "binaryen@$BINARYEN_VERSION.0.0"
fi

if [ "${1:-}" = "--test" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    log "installing Debian's chromium and chromium-driver"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  if [ ! -d "$root/node_modules/playwright-core" ]; then
    log "installing Node test dependencies (playwright-core; it drives Debian's chromium)"
    (cd "$root" && npm ci --no-audit --no-fund)
  fi
fi
log "tools ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version | head -n1)"
