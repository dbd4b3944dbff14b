#!/usr/bin/env bash
# Command two: install whatever is missing, then run every test layer in order, stopping at the
# first failure: formatting, lints (host and wasm32), native tests, browser unit tests in headless
# Chromium, then end-to-end tests in headless Chromium against the release build served over HTTP.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --for-tests
source scripts/env.sh

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
