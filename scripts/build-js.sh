#!/usr/bin/env bash
# Builds the JavaScript API: an ES module wrapping the engine, in target/js/ (or the folder given
# as the first argument). See README.md, "JavaScript API".
#
#   bash scripts/build-js.sh [OUT_DIR]
#
# Steps: cargo builds crates/js for wasm32 (release) with WebAssembly SIMD, wasm-bindgen
# (`--target web`, the CLI version must equal Cargo.lock's wasm-bindgen) writes the glue module,
# wasm-opt (npm's binaryen, see scripts/setup.sh) optimizes the .wasm for speed, and the entry
# module article-explorer.js is copied next to them.
#
# SIMD (simd128: Chrome/Edge 91+, Firefox 89+, Safari 16.4+) made the whole analysis 15-25 %
# faster in headless Chromium (1,000-word article 1.62 vs 1.95 ms, 1 MB 200 vs 230-267 ms, the
# model's start-up 121 vs 201 ms; measured with tests/e2e/bench.test.mjs, each variant twice,
# alternating). Different RUSTFLAGS would make cargo rebuild the page's wasm32 artifacts on every
# switch, so this build has its own target folder.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/target/js}"
export PATH="$HOME/.cargo/bin:$PATH"
cd "$root"

build="$root/target/js-build"
RUSTFLAGS="-C target-feature=+simd128" CARGO_TARGET_DIR="$build" \
  cargo build --release --locked -p article-explorer-js --target wasm32-unknown-unknown
rm -rf "$out"
mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" \
  "$build/wasm32-unknown-unknown/release/article_explorer_wasm.wasm"
# -O3, not -Oz: this module is for throughput; the engine crate is already built at opt-level 3
# (Cargo.toml); giving every crate opt-level 3 (serde_json, the inflater) changed nothing
# measurable. The features are those Rust's wasm32 target enables by default, plus SIMD.
wasm-opt -O3 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue --enable-simd \
  -o "$out/article_explorer_wasm_bg.wasm" "$out/article_explorer_wasm_bg.wasm"
cp crates/js/js/article-explorer.js "$out/"
for f in "$out"/*; do
  printf '[build-js] %-32s %9d bytes, %9d gzip\n' "$(basename "$f")" "$(stat -c %s "$f")" "$(gzip -9c "$f" | wc -c)"
done
