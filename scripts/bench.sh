#!/usr/bin/env bash
# The benchmark command (not a test): builds the release, measures it, prints the figures and
# appends them, dated, to bench/FIGURES.md. Budgets are printed beside each figure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --for-tests
source scripts/env.sh

echo "Building the release…"
trunk build --release >/dev/null

wasm=$(ls dist/*_bg.wasm)
glue=$(ls dist/partner-blueprint-*.js)
size() { stat -c %s "$1"; }
gz() { gzip -9 -c "$1" | wc -c; }
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1000 }'; }

figures=()
figure() { figures+=("| $1 | $2 | $3 |"); printf '  %-34s %-12s %s\n' "$1" "$2" "$3"; }

echo "Figures:"
figure "wasm, raw" "$(kb "$(size "$wasm")")" ""
wasm_gz=$(gz "$wasm")
figure "wasm, gzip -9" "$(kb "$wasm_gz")" "≤ 380 KB"
figure "JS glue, raw" "$(kb "$(size "$glue")")" ""
figure "JS glue, gzip -9" "$(kb "$(gz "$glue")")" ""

# Where the bytes go: the same release build's code, bound by wasm-bindgen and optimised by
# wasm-opt as Trunk does, with its function names kept (the shipped file drops them).
echo "Reading where the .wasm's bytes go (names kept)…"
named=bench/tmp/named
mkdir -p "$named"
wasm-bindgen --keep-debug --target web --out-dir "$named" \
  target/wasm32-unknown-unknown/release/partner-blueprint.wasm
wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$named/partner-blueprint_bg.wasm" -o "$named/optimised.wasm"
sizes=$(node bench/sizes.mjs "$named/optimised.wasm" 12 --markdown)

if [ -f examples/bench_engine.rs ]; then
  line=$(cargo run --quiet --release --example bench_engine | tail -n 1)
  median=$(sed -n 's/.*engine_recompute_us_median=\([0-9.]*\).*/\1/p' <<<"$line")
  p95=$(sed -n 's/.*p95=\([0-9.]*\).*/\1/p' <<<"$line")
  figure "engine full recompute, median" "${median} µs" "≤ 1000 µs"
  figure "engine full recompute, p95" "${p95} µs" "≤ 1000 µs"
fi

if [ -f examples/bench_decision.rs ]; then
  line=$(cargo run --quiet --release --example bench_decision | tail -n 1)
  median=$(sed -n 's/.*decision_support_ms_median=\([0-9.]*\).*/\1/p' <<<"$line")
  p95=$(sed -n 's/.*p95=\([0-9.]*\).*/\1/p' <<<"$line")
  figure "decision support (must be true + tornado), median" "${median} ms" "≤ 10 ms"
  figure "decision support (must be true + tornado), p95" "${p95} ms" "≤ 10 ms"
fi

if [ -f examples/bench_charts.rs ]; then
  echo "Timing each chart's draw (native, to SVG)…"
  while read -r line; do
    chart=$(sed -n 's/.*chart=\([a-z_-]*\).*/\1/p' <<<"$line")
    median=$(sed -n 's/.*}=\([0-9.]*\).*/\1/p' <<<"$line")
    [ -n "$chart" ] && figure "chart draw, $chart (SVG, median)" "${median} µs" "≤ 5000 µs"
  done < <(cargo run --quiet --release --example bench_charts | grep chart_draw_us_median)
fi

echo "Timing keystroke to repaint on the large design (4× CPU slowdown)…"
mkdir -p bench/tmp
cargo run --quiet --release --example large_design >bench/tmp/large-design.json
while IFS='=' read -r name value; do
  case "$name" in
    keystroke_ms_p50) figure "keystroke to repaint, p50" "${value} ms" "" ;;
    keystroke_ms_p95) figure "keystroke to repaint, p95" "${value} ms" "≤ 16 ms" ;;
    keystroke_ms_p95_*) figure "keystroke to repaint, p95, ${name#keystroke_ms_p95_} field" "${value} ms" "≤ 16 ms" ;;
    keystroke_settled_ms_p95) figure "keystroke to findings and charts repainted, p95" "${value} ms" "" ;;
  esac
done < <(node bench/run.mjs keystroke bench/tmp/large-design.json)

echo "Building the bare page (the same stack, a minimal mount)…"
(cd bench/bare && CARGO_TARGET_DIR="$PWD/../../target" trunk build --release >/dev/null)
bare_wasm=$(ls bench/tmp/bare-dist/*_bg.wasm)
figure "bare page wasm, gzip -9" "$(kb "$(gz "$bare_wasm")")" ""

echo "Building the engine floor (the app's engine behind one field, no UI)…"
(cd bench/floor && CARGO_TARGET_DIR="$PWD/../../target" trunk build --release >/dev/null)
floor_wasm=$(ls bench/tmp/floor-dist/*_bg.wasm)
floor_gz=$(gz "$floor_wasm")
figure "engine floor wasm, gzip -9" "$(kb "$floor_gz")" \
  "the UI adds $(kb $((wasm_gz - floor_gz)))"

# A floor's keystroke figures, named "keystroke to repaint, <label>, p50/p95"; the rest of the
# arguments are the bench/run.mjs command that measures it.
floor_keystrokes() {
  local label=$1
  shift
  while IFS='=' read -r name value; do
    case "$name" in
      *_ms_p50) figure "keystroke to repaint, $label, p50" "${value} ms" "" ;;
      *_ms_p95) figure "keystroke to repaint, $label, p95" "${value} ms" "" ;;
    esac
  done < <(node bench/run.mjs "$@")
}

echo "Timing keystroke to repaint in the bare page's one field (the floor, 4× CPU slowdown)…"
floor_keystrokes "bare page field" keystroke-bare bench/tmp/bare-dist

echo "Timing keystroke to repaint in a static copy of the firm page (its HTML and CSS, no script)…"
floor_keystrokes "firm page as static HTML" keystroke-static bench/tmp/large-design.json

echo "Measuring load in headless Chromium…"
declare -A load
while IFS='=' read -r name value; do
  load[$name]=$value
done < <(node bench/run.mjs load dist app; node bench/run.mjs load bench/tmp/bare-dist bare)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f×", a / b }'; }
for cpu in 1x 4x; do
  app=${load["load_ms_app_$cpu"]}
  bare=${load["load_ms_bare_$cpu"]}
  figure "load to interactive, CPU $cpu" "${app} ms" "bare page ${bare} ms: $(ratio "$app" "$bare")"
done

echo "Counting main-thread tasks over 50 ms from navigation to a settled page (4× CPU)…"
declare -A tasks
while IFS='=' read -r name value; do
  tasks[$name]=$value
done < <(node bench/run.mjs tasks dist app; node bench/run.mjs tasks bench/tmp/bare-dist bare)
figure "tasks over 50 ms to interactive, 4x, median" "${tasks[tasks_app_over_50ms_to_ready]}" \
  "0; bare page ${tasks[tasks_bare_over_50ms_to_ready]}"
figure "longest task to interactive, 4x, median" "${tasks[tasks_app_longest_to_ready_ms]} ms" \
  "≤ 50 ms; bare page ${tasks[tasks_bare_longest_to_ready_ms]} ms"
figure "longest task to settled, 4x, median" "${tasks[tasks_app_longest_ms]} ms" \
  "bare page ${tasks[tasks_bare_longest_ms]} ms"
figure "blocking time (tasks' time past 50 ms), 4x, median" "${tasks[tasks_app_blocking_ms]} ms" \
  "bare page ${tasks[tasks_bare_blocking_ms]} ms"

{
  printf '\n## %s · %s\n\n' "$(date -u +%Y-%m-%dT%H:%MZ)" "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "| figure | value | budget |"
  echo "|---|---|---|"
  printf '%s\n' "${figures[@]}"
  printf '\nWhere the .wasm'"'"'s bytes go. %s\n' "$sizes"
} >>bench/FIGURES.md
echo "Appended to bench/FIGURES.md."
