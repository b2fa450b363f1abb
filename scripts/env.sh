# shellcheck shell=bash
# Environment shared by scripts/*.sh. Source it; it changes nothing on disk.
#   . "$(dirname "${BASH_SOURCE[0]}")/env.sh"

FULCRUM_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export FULCRUM_ROOT

# Tools: wasm-opt (npm binaryen) and cargo-installed trunk / wasm-bindgen.
export PATH="$FULCRUM_ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

# Trunk must never try to download tools (only package registries are reachable):
# offline mode turns a version mismatch into a clear error and skips the update check.
export TRUNK_OFFLINE=true
export TRUNK_SKIP_VERSION_CHECK=true

# Browser tests: wasm-bindgen-test-runner drives this chromedriver with the capabilities
# in webdriver.json (named explicitly so the working directory does not matter).
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$FULCRUM_ROOT/webdriver.json"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"

# Release build used by the size report and the end-to-end tests (never dist/, which
# `trunk serve` owns).
export FULCRUM_DIST="$FULCRUM_ROOT/target/dist-release"
