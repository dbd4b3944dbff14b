#!/usr/bin/env bash
# Command one: install whatever is missing, then serve the app at http://127.0.0.1:8080 with live
# rebuild on every change.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
echo "Serving Partner Blueprint at http://127.0.0.1:8080 (Ctrl+C to stop)…"
exec trunk serve "$@"
