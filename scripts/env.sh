# Sourced by the project's scripts: puts the project's pinned tools first on PATH. npm's wasm-opt
# must come before any other (Debian's older binaryen builds a module that fails at start-up).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
unset root
