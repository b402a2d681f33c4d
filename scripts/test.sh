#!/usr/bin/env bash
# Installs what is missing and runs every test: the engine's and the CLI's (cargo test), the
# app's plain-Rust tests, then the release build of the page and the JavaScript API in headless
# Chromium (node --test), which also runs the browser benchmark and prints its figures.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/setup.sh" --test
export PATH="$HOME/.cargo/bin:$PATH"
# One build per run: incremental caches would only cost time and disk (about 200 MB).
export CARGO_INCREMENTAL=0
cd "$root"

echo "== cargo test (engine, CLI, app logic)"
cargo test --workspace

echo "== trunk build --release"
trunk build --release

echo "== JavaScript API (scripts/build-js.sh → target/js)"
bash "$root/scripts/build-js.sh" "$root/target/js"

port="${E2E_PORT:-8091}"
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$root/dist" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  python3 -c "import urllib.request as u; u.urlopen('http://127.0.0.1:'"$port"'/')" 2>/dev/null && break
  sleep 0.1
done

echo "== browser tests (headless Chromium)"
APP_URL="http://127.0.0.1:$port/" node --test tests/e2e/
