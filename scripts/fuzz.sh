#!/usr/bin/env bash
# Fuzzes every decoder (cargo-fuzz targets in fuzz/, nightly toolchain), one target after
# another, each for the given number of seconds on one core, then prints a table of target,
# seconds, executions and crashes (also written to target/fuzz-report.txt).
# Exits non-zero if any target crashed; the crashing input is in fuzz/artifacts/<target>/.
# Corpora: fuzz/corpus/<target>/ (committed seeds seed-*, plus what libFuzzer adds, ignored).
# Logs: target/fuzz-logs/<seconds>s/<target>.log (by duration, so the test stage's smoke run,
# `scripts/fuzz.sh 5`, never writes into the log of a longer run going on in the same tree).
# Usage: scripts/fuzz.sh [seconds-per-target] [target ...]   (default: 600 s, every target)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FULCRUM_ROOT"

SECONDS_PER_TARGET="${1:-600}"
[[ "$SECONDS_PER_TARGET" =~ ^[1-9][0-9]*$ ]] || {
  echo "usage: scripts/fuzz.sh [seconds-per-target] [target ...]" >&2
  exit 2
}
shift $(($# > 0 ? 1 : 0))

"$FULCRUM_ROOT/scripts/setup.sh" fuzz

mapfile -t ALL_TARGETS < <(cargo +nightly fuzz list)
if [[ $# -gt 0 ]]; then TARGETS=("$@"); else TARGETS=("${ALL_TARGETS[@]}"); fi
for t in "${TARGETS[@]}"; do
  [[ " ${ALL_TARGETS[*]} " == *" $t "* ]] || {
    echo "unknown fuzz target '$t' (targets: ${ALL_TARGETS[*]})" >&2
    exit 2
  }
done

echo "+ cargo +nightly fuzz build"
cargo +nightly fuzz build

LOGS="$FULCRUM_ROOT/target/fuzz-logs/${SECONDS_PER_TARGET}s"
REPORT="$FULCRUM_ROOT/target/fuzz-report.txt"
mkdir -p "$LOGS"
declare -a ROWS=() FOUND=()
for t in "${TARGETS[@]}"; do
  log="$LOGS/$t.log"
  echo "+ cargo +nightly fuzz run $t -- -max_total_time=$SECONDS_PER_TARGET (log: ${log#"$FULCRUM_ROOT"/})"
  # One process, one thread: -jobs/-workers would fork workers that log to ./fuzz-N.log.
  # -rss_limit_mb and -timeout turn unbounded memory or time on one input into a finding.
  # libFuzzer exits non-zero on a finding; the table reports it.
  start=$SECONDS
  cargo +nightly fuzz run "$t" -- \
    -max_total_time="$SECONDS_PER_TARGET" -rss_limit_mb=1024 -timeout=10 -print_final_stats=1 \
    >"$log" 2>&1 || true
  # "Done N runs in S second(s)" on a normal end; the final stats also after a crash.
  runs="$(sed -nE 's/^Done ([0-9]+) runs in ([0-9]+) second.*/\1/p' "$log" | tail -1)"
  secs="$(sed -nE 's/^Done ([0-9]+) runs in ([0-9]+) second.*/\2/p' "$log" | tail -1)"
  [[ -n "$runs" ]] || runs="$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+).*/\1/p' "$log" | tail -1)"
  [[ -n "$secs" ]] || secs=$((SECONDS - start))
  crashes="$(grep -c 'Test unit written to' "$log" || true)"
  if [[ -z "$runs" ]]; then
    # No stats at all: the target did not start (build or set-up error); show the log's end.
    tail -20 "$log" >&2
    runs="?" secs="?" crashes="${crashes:-0}"
    FOUND+=("$t: did not run, see ${log#"$FULCRUM_ROOT"/}")
  fi
  while read -r artifact; do
    FOUND+=("$t: $artifact")
  done < <(sed -nE 's/.*Test unit written to (.*)$/\1/p' "$log")
  ROWS+=("$(printf '%-18s %8s %14s %8s' "$t" "$secs" "$runs" "$crashes")")
done

{
  printf '%-18s %8s %14s %8s\n' target seconds executions crashes
  printf '%s\n' "${ROWS[@]}"
  for f in "${FOUND[@]}"; do echo "finding: $f"; done
} | tee "$REPORT"
((${#FOUND[@]} == 0))
