#!/usr/bin/env bash
# Installs what is missing, builds the page and serves it at http://127.0.0.1:8080
# (rebuilding when a source file changes). Stop with Ctrl-C.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/setup.sh"
export PATH="$HOME/.cargo/bin:$PATH"
cd "$root"
exec trunk serve --release --address 127.0.0.1 --port "${PORT:-8080}"
