#!/usr/bin/env bash
# Fuzzes the engine's `analyze` (fuzz/fuzz_targets/analyze.rs) with cargo-fuzz and libFuzzer for
# a fixed budget, starting from the team's articles. Not part of scripts/test.sh.
#
#   bash scripts/fuzz.sh [SECONDS] [extra libFuzzer flags…]     # default 60 s
#
# Needs the nightly toolchain (`rustup toolchain install nightly`) and cargo-fuzz
# (`cargo install cargo-fuzz`). The corpus grows in fuzz/corpus/analyze (not committed); a crash
# is written to fuzz/artifacts/analyze/ and replayed with
#   cargo +nightly fuzz run analyze fuzz/artifacts/analyze/crash-…
# Each input may take at most 10 s (-timeout) and 2 GB (-rss_limit_mb); inputs up to 64 KB (the
# 1 MB pathological cases are in crates/engine/tests/properties.rs). No sanitizer (`-s none`):
# the engine has no `unsafe` code, and AddressSanitizer halved the executions per second; debug
# assertions (overflow checks included) stay on, as cargo-fuzz builds by default.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"
seconds="${1:-60}"
shift || true
cd "$root"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
mkdir -p fuzz/corpus/analyze fuzz/seeds
# Seeds: the sample and test articles, each with no options and with a reference date.
for f in samples/*.txt tests/fixtures/*.txt; do
  name="$(basename "$f" .txt)"
  { printf '\0'; cat "$f"; } > "fuzz/seeds/$name"
  { printf '\1\x7c\x30'; cat "$f"; } > "fuzz/seeds/$name-dated"
done
cargo +nightly fuzz run -s none analyze fuzz/corpus/analyze fuzz/seeds -- \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -dict=fuzz/analyze.dict -print_final_stats=1 "$@"
