#!/usr/bin/env bash
# The whole check, in order, stopping at the first failure:
#   setup    scripts/setup.sh (installs only what is missing)
#   fmt      cargo fmt --all --check
#   clippy   clippy -D warnings: host (workspace, all targets) and wasm32 (fulcrum)
#   native   cargo test -p fulcrum
#   browser  cargo test -p fulcrum --target wasm32-unknown-unknown --test browser
#            (wasm-bindgen-test-runner + headless Chromium, see .cargo/config.toml, webdriver.json)
#   release  trunk build --release into target/dist-release + gzip size budget
#   e2e      cargo test -p fulcrum-e2e against target/dist-release
# Usage: scripts/test.sh [stage ...]   (default: all; setup always runs first)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FULCRUM_ROOT"

SIZE_BUDGET_BYTES=$((200 * 1024)) # total gzip -9 of everything a visitor downloads
ALL_STAGES=(fmt clippy native browser release e2e)

if [[ $# -gt 0 ]]; then
  for s in "$@"; do
    [[ " ${ALL_STAGES[*]} " == *" $s "* ]] || { echo "unknown stage '$s' (stages: ${ALL_STAGES[*]})" >&2; exit 2; }
  done
  SELECTED=("$@")
else
  SELECTED=("${ALL_STAGES[@]}")
fi

declare -a DONE_NAMES=() DONE_TIMES=()
CURRENT=""
STAGE_START=""
RUN_START="$EPOCHREALTIME"

elapsed() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }

summary() {
  local line="timings:" i
  for i in "${!DONE_NAMES[@]}"; do
    line+=" ${DONE_NAMES[$i]} ${DONE_TIMES[$i]}s,"
  done
  line+=" total $(elapsed "$RUN_START")s"
  echo "$line"
}

on_exit() {
  local rc=$?
  if [[ $rc -ne 0 && -n "$CURRENT" ]]; then
    echo
    echo "======== FAILED: ${CURRENT} (exit ${rc}, after $(elapsed "$STAGE_START")s) ========"
    summary
  fi
}
trap on_exit EXIT

stage() {
  CURRENT="$1"
  STAGE_START="$EPOCHREALTIME"
  echo
  echo "======== ${CURRENT} ========"
}

stage_done() {
  local t
  t="$(elapsed "$STAGE_START")"
  DONE_NAMES+=("$CURRENT")
  DONE_TIMES+=("$t")
  echo "-------- ok: ${CURRENT} (${t}s) --------"
  CURRENT=""
}

run() {
  echo "+ $*"
  "$@"
}

size_report() {
  local dist="$1" out="$FULCRUM_ROOT/target/size-report.txt"
  local total_raw=0 total_gz=0 raw gz rel f
  local -a files others
  mapfile -t files < <(cd "$dist" && find . -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' \) | sed 's|^\./||' | sort)
  mapfile -t others < <(cd "$dist" && find . -type f ! \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' \) | sed 's|^\./||' | sort)
  if [[ ${#files[@]} -eq 0 ]]; then
    echo "size report: no html/js/wasm/css files in $dist" >&2
    return 1
  fi
  {
    echo "Release build size ($dist), what a visitor downloads:"
    printf '%-48s %12s %14s\n' "file" "raw bytes" "gzip -9 bytes"
    for rel in "${files[@]}"; do
      f="$dist/$rel"
      raw=$(wc -c <"$f")
      gz=$(gzip -9 -n -c "$f" | wc -c)
      total_raw=$((total_raw + raw))
      total_gz=$((total_gz + gz))
      printf '%-48s %12d %14d\n' "$rel" "$raw" "$gz"
    done
    printf '%-48s %12d %14d\n' "TOTAL" "$total_raw" "$total_gz"
    printf 'budget: %d bytes gzip (%d KiB); used %d bytes = %.1f KiB (%d%%)\n' \
      "$SIZE_BUDGET_BYTES" $((SIZE_BUDGET_BYTES / 1024)) "$total_gz" "$(awk -v g="$total_gz" 'BEGIN { print g / 1024 }')" \
      $((total_gz * 100 / SIZE_BUDGET_BYTES))
    for rel in "${others[@]}"; do
      echo "not counted (not html/js/wasm/css): $rel"
    done
  } >"$out" # a redirect, not a pipe: the totals must stay in this shell
  cat "$out"
  if ((total_gz > SIZE_BUDGET_BYTES)); then
    echo "size budget exceeded: total gzip ${total_gz} bytes > budget ${SIZE_BUDGET_BYTES} bytes ($((SIZE_BUDGET_BYTES / 1024)) KiB)" >&2
    return 1
  fi
}

stage setup
"$FULCRUM_ROOT/scripts/setup.sh"
stage_done

for s in "${SELECTED[@]}"; do
  case "$s" in
    fmt)
      stage fmt
      run cargo fmt --all --check
      stage_done
      ;;
    clippy)
      stage clippy
      run cargo clippy --locked --workspace --all-targets -- -D warnings
      run cargo clippy --locked -p fulcrum --target wasm32-unknown-unknown --lib --bins --tests -- -D warnings
      stage_done
      ;;
    native)
      stage native
      run cargo test --locked -p fulcrum
      stage_done
      ;;
    browser)
      stage browser
      run cargo test --locked -p fulcrum --target wasm32-unknown-unknown --test browser
      stage_done
      ;;
    release)
      stage release
      run trunk build --release --dist "$FULCRUM_DIST"
      size_report "$FULCRUM_DIST"
      stage_done
      ;;
    e2e)
      stage e2e
      if [[ ! -f "$FULCRUM_DIST/index.html" ]]; then
        echo "no release build at $FULCRUM_DIST: run the 'release' stage first" >&2
        exit 1
      fi
      run env FULCRUM_DIST="$FULCRUM_DIST" cargo test --locked -p fulcrum-e2e
      stage_done
      ;;
  esac
done

echo
echo "======== all stages passed ========"
summary
