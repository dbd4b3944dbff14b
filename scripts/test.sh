#!/usr/bin/env bash
# Command two: install whatever is missing, then run every test layer in order, stopping at the
# first failure: formatting, lints (host and wasm32), native tests, browser unit tests in headless
# Chromium, then end-to-end tests in headless Chromium against the release build served over HTTP.
set -euo pipefail
cd "$(dirname "$0")/.."

# A clean run leaves about 3 GB in target/, and installing the tools on a new machine needs about
# 1 GB more; a disk that fills mid-build shows only as a linker killed by SIGBUS, so say so first.
free_kb=$(df -Pk . 2>/dev/null | awk 'NR == 2 { print $4 }' || true)
if [ -n "$free_kb" ] && [ "$free_kb" -lt 4000000 ]; then
  printf 'Warning: %s MB free on this disk; a clean test run needs about 4,000 MB.\n' \
    $((free_kb / 1000)) >&2
fi

scripts/setup.sh --for-tests
source scripts/env.sh

# A one-off build gains nothing from incremental state, which only fills the disk.
if [[ "${CI:-}" == true ]]; then
  export CARGO_INCREMENTAL=0
fi
# The browsers the tests start keep their profiles in the temporary directory, and chromedriver
# leaves each one behind (about 110 MB): give the run a directory of its own and remove it after.
TMPDIR="$(mktemp -d)"
export TMPDIR
trap 'rm -rf "$TMPDIR"' EXIT

step() {
  local name=$1
  shift
  printf '\n==> %s\n' "$name"
  local start=$SECONDS
  if ! "$@"; then
    printf '\nFAILED: %s\n' "$name" >&2
    exit 1
  fi
  printf '    (%s: %ss)\n' "$name" $((SECONDS - start))
}

step "formatting (cargo fmt --check)" cargo fmt --all --check
step "lints, host (clippy -D warnings)" cargo clippy --all-targets --locked -- -D warnings
step "lints, wasm32 (clippy -D warnings)" \
  cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
step "native tests (cargo test)" cargo test --locked
step "browser unit tests (wasm-bindgen-test in headless Chromium)" \
  cargo test --locked --target wasm32-unknown-unknown --test 'web*'
step "release build (trunk build --release)" trunk build --release
step "end-to-end tests (headless Chromium against dist/ over HTTP)" \
  node --test --test-concurrency=1 tests/e2e/
