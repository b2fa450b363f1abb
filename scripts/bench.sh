#!/usr/bin/env bash
# Benchmarks with the budgets of issue 6, reported and never asserted (not part of test.sh):
#   native   cargo bench --bench native (divan, benches/native.rs): decoding every format,
#            the 360 report over 10 / 100 / 10,000 responses, history over 100 takes
#   browser  tests/e2e/src/bin/browser_bench.rs in headless Chromium on the release build
#            (target/dist-release, built first if missing): cold loads, memory, answering
#            everything, importing 100 response files, one autosave among 1,000 records
#   floor    the smallest Yew app with radios saved to localStorage (benches/size-floor),
#            built like the release (opt-level z, LTO, wasm-bindgen, wasm-opt -Oz): how much
#            of the size budget Yew and serde_json take before any of Fulcrum's own code
# Prints one table (benchmark, median, budget, within budget) and writes it, with the raw
# outputs, to target/bench-report.txt. The size budget is read from target/size-report.txt.
# Usage: scripts/bench.sh [native] [browser] [floor]   (default: all three)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FULCRUM_ROOT"

SIZE_BUDGET_BYTES=125000 # 125 KB gzip: everything downloaded before the first question
NATIVE_OUT="$FULCRUM_ROOT/target/bench-native.txt"
BROWSER_OUT="$FULCRUM_ROOT/target/bench-browser.txt"
FLOOR_OUT="$FULCRUM_ROOT/target/bench-floor.txt"
REPORT="$FULCRUM_ROOT/target/bench-report.txt"

STAGES=("$@")
[[ ${#STAGES[@]} -gt 0 ]] || STAGES=(native browser floor)
for s in "${STAGES[@]}"; do
  [[ "$s" == native || "$s" == browser || "$s" == floor ]] || {
    echo "unknown part '$s' (native, browser, floor)" >&2
    exit 2
  }
done
wants() { [[ " ${STAGES[*]} " == *" $1 "* ]]; }

"$FULCRUM_ROOT/scripts/setup.sh"

if wants native; then
  echo "+ cargo bench --locked -p fulcrum --bench native"
  cargo bench --locked -p fulcrum --bench native -- --color never | tee "$NATIVE_OUT"
fi

if wants browser; then
  if [[ ! -f "$FULCRUM_DIST/index.html" || ! -f "$FULCRUM_ROOT/target/size-report.txt" ]]; then
    "$FULCRUM_ROOT/scripts/test.sh" release
  fi
  echo "+ cargo run --locked -p fulcrum-e2e --bin browser_bench"
  FULCRUM_DIST="$FULCRUM_DIST" cargo run --locked -q -p fulcrum-e2e --bin browser_bench | tee "$BROWSER_OUT"
fi

if wants floor; then
  floor_src="$FULCRUM_ROOT/benches/size-floor"
  floor_target="$FULCRUM_ROOT/target/size-floor"
  floor_out="$floor_target/bindgen"
  echo "+ cargo build --locked --release --target wasm32-unknown-unknown (benches/size-floor)"
  CARGO_TARGET_DIR="$floor_target" cargo build --locked --release --target wasm32-unknown-unknown \
    --manifest-path "$floor_src/Cargo.toml"
  rm -rf "$floor_out" && mkdir -p "$floor_out"
  wasm-bindgen --target web --out-dir "$floor_out" \
    "$floor_target/wasm32-unknown-unknown/release/size-floor.wasm"
  # The wasm-opt features Trunk is given in index.html.
  wasm-opt -Oz --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$floor_out/size-floor_bg.wasm" -o "$floor_out/size-floor_bg.wasm"
  wasm_gz=$(gzip -9c "$floor_out/size-floor_bg.wasm" | wc -c)
  js_gz=$(gzip -9c "$floor_out/size-floor.js" | wc -c)
  printf 'floor\twasm\t%s\nfloor\tjs\t%s\n' "$wasm_gz" "$js_gz" | tee "$FLOOR_OUT"
fi

# Divan's tree (name, fastest │ slowest │ median │ …) → "path<TAB>median" per benchmark.
native_medians() {
  awk '
    match($0, /[├╰]─ /) {
      prefix = substr($0, 1, RSTART - 1)
      gsub(/│/, " ", prefix)
      depth = int(length(prefix) / 3)
      n = split(substr($0, RSTART + RLENGTH), f, "│")
      split(f[1], words, " ")
      names[depth] = words[1]
      median = f[3]
      gsub(/^ +| +$/, "", median)
      if (n < 3 || median == "") next
      path = names[0]
      for (d = 1; d <= depth; d++) path = path "/" names[d]
      print path "\t" median
    }' "$NATIVE_OUT"
}

# "28.32 ms" → milliseconds.
to_ms() {
  awk -v t="$1" 'BEGIN {
    split(t, p, " "); v = p[1]; u = p[2]
    if (u == "ns") v /= 1e6; else if (u == "µs" || u == "us") v /= 1e3; else if (u == "s") v *= 1e3
    printf "%.6f", v
  }'
}

within() { awk -v v="$1" -v b="$2" 'BEGIN { print (v <= b) ? "yes" : "no" }'; }

row() { printf '%-52s %14s %16s %8s\n' "$1" "$2" "$3" "$4"; }

{
  echo "Fulcrum benchmarks, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPU cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo unknown CPU))"
  echo "Medians. Native: divan, 100 samples each (bench profile, opt-level 3). Browser: headless"
  echo "Chromium on the release build, times read in the page."
  echo
  row "benchmark" "median" "budget" "within"
  if [[ -f "$NATIVE_OUT" ]] && wants native; then
    while IFS=$'\t' read -r name median; do
      budget="" ok=""
      if [[ "$name" == "aggregate/10000" ]]; then
        budget="20 ms"
        ok=$(within "$(to_ms "$median")" 20)
      fi
      row "native/$name" "$median" "${budget:--}" "${ok:--}"
    done < <(native_medians)
  fi
  if [[ -f "$BROWSER_OUT" ]] && wants browser; then
    while IFS=$'\t' read -r _ name median unit; do
      budget="" ok=""
      case "$name" in
        "importing 100 response files"*) budget=200 ;;
        "one autosave"*) budget=1 ;;
      esac
      if [[ -n "$budget" ]]; then
        ok=$(within "$median" "$budget")
        budget="$budget $unit"
      fi
      row "browser/$name" "$median $unit" "${budget:--}" "${ok:--}"
    done < <(grep $'^bench\t' "$BROWSER_OUT")
  fi
  if [[ -f "$FLOOR_OUT" ]] && wants floor; then
    floor_wasm=$(awk -F'\t' '$2 == "wasm" { print $3 }' "$FLOOR_OUT")
    floor_js=$(awk -F'\t' '$2 == "js" { print $3 }' "$FLOOR_OUT")
    row "size floor: smallest Yew app, wasm + JS glue" "$((floor_wasm + floor_js)) B" "-" "-"
  fi
  size=$(awk '/^index.html/ { page = 1; next } page && $1 == "TOTAL" { print $3; exit }' \
    "$FULCRUM_ROOT/target/size-report.txt" 2>/dev/null || true)
  if [[ -n "$size" ]]; then
    row "size: index.html downloads (gzip -9)" "$size B" "$SIZE_BUDGET_BYTES B" "$(within "$size" "$SIZE_BUDGET_BYTES")"
  else
    row "size: index.html downloads (gzip -9)" "no size report" "$SIZE_BUDGET_BYTES B" "-"
  fi
} >"$REPORT.table"

{
  cat "$REPORT.table"
  for part in "${STAGES[@]}"; do
    raw="$FULCRUM_ROOT/target/bench-$part.txt"
    [[ -f "$raw" ]] || continue
    echo
    echo "---- $(basename "$raw") ----"
    cat "$raw"
  done
} >"$REPORT"
echo
cat "$REPORT.table"
rm -f "$REPORT.table"
echo
echo "written to $REPORT"
