#!/usr/bin/env bash
# Installs what Partner Blueprint needs to build and serve (and, with --for-tests, to test), and
# only what is missing: a second run installs nothing and says so. Needs only Rust (rustup) and
# Node.js on the machine; everything else comes from crates.io, npm and Debian's packages.
#
#   scripts/setup.sh              wasm32 target, Trunk, wasm-bindgen CLI, wasm-opt
#   scripts/setup.sh --for-tests  the above, plus headless Chromium and its driver
set -euo pipefail
cd "$(dirname "$0")/.."

# Trunk 0.22 needs a newer rustc than these machines have; 0.21.14 is the newest that installs.
TRUNK_VERSION=0.21.14

for_tests=false
[ "${1:-}" = "--for-tests" ] && for_tests=true

installed=()
say() { printf '  %-18s %s\n' "$1" "$2"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# The wasm-bindgen CLI must be exactly the wasm-bindgen the app links against.
wasm_bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
pinned=$(sed -n 's/^wasm_bindgen = "\(.*\)"/\1/p' Trunk.toml)
if [ "$wasm_bindgen_version" != "$pinned" ]; then
  echo "Trunk.toml pins wasm_bindgen = \"$pinned\" but Cargo.lock has wasm-bindgen $wasm_bindgen_version." >&2
  echo "Set [tools] wasm_bindgen = \"$wasm_bindgen_version\" in Trunk.toml." >&2
  exit 1
fi

echo "Checking tools:"
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "wasm32 target" "present"
else
  rustup target add wasm32-unknown-unknown
  installed+=("wasm32 target")
fi

for component in rustfmt clippy; do
  if rustup component list --installed | grep -q "^$component"; then
    say "$component" "present"
  else
    rustup component add "$component"
    installed+=("$component")
  fi
done

if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
  say "trunk" "$TRUNK_VERSION present"
else
  echo "Installing Trunk $TRUNK_VERSION (several minutes on two cores)…"
  cargo install trunk --version "$TRUNK_VERSION" --locked
  installed+=("trunk $TRUNK_VERSION")
fi

# Without --locked: the CLI's own lock file names a crate version the registry may not serve.
if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $wasm_bindgen_version" ] &&
  command -v wasm-bindgen-test-runner >/dev/null; then
  say "wasm-bindgen" "$wasm_bindgen_version present"
else
  echo "Installing wasm-bindgen-cli $wasm_bindgen_version (a few minutes on two cores)…"
  cargo install wasm-bindgen-cli --version "$wasm_bindgen_version" --force
  installed+=("wasm-bindgen $wasm_bindgen_version")
fi

if ! command -v npm >/dev/null; then
  echo "Installing Node.js and npm from Debian's packages…"
  as_root apt-get update -qq
  as_root apt-get install -y -qq nodejs npm
  installed+=("nodejs")
fi

# Node packages: wasm-opt (binaryen; Debian's older build produces a module that fails at
# start-up) and the browser-test drivers. Reinstalled only when package-lock.json changes.
stamp=node_modules/.installed-from-lock
if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then
  say "node packages" "present"
else
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
  installed+=("node packages")
fi

if $for_tests; then
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
    say "chromium" "present"
  else
    echo "Installing Chromium and ChromeDriver from Debian's packages…"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver
    installed+=("chromium")
  fi
fi

# Trunk builds offline (it must never try to download a tool), so crates are fetched here.
cargo fetch --quiet

if [ ${#installed[@]} -eq 0 ]; then
  echo "Nothing to install: every tool is present."
else
  echo "Installed: ${installed[*]}"
fi
