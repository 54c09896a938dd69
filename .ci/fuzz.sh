#!/usr/bin/env bash
# Short cargo-fuzz run of every target under fuzz/ when a nightly toolchain and cargo-fuzz are at
# hand; otherwise say why it is skipped (the target bodies also run on stable in
# `cargo test -p mim-emulator --test fuzz_bodies`, part of the test step).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! cargo +nightly --version >/dev/null 2>&1; then
  echo "fuzz: skipped - no nightly Rust toolchain here (cargo-fuzz needs nightly); the target bodies ran on stable in the test step"
  exit 0
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  echo "fuzz: skipped - cargo-fuzz is not installed (cargo install cargo-fuzz); the target bodies ran on stable in the test step"
  exit 0
fi
cd fuzz
for target in filter datetime odata_literal; do
  cargo +nightly fuzz run "$target" -- -max_total_time="${FUZZ_SECONDS:-30}" -rss_limit_mb=2048
done
