#!/usr/bin/env bash
# Installs whatever is missing to build and test Fulcrum; idempotent, one line per tool.
# Pinned versions: trunk 0.21.14, wasm-bindgen-cli = the wasm-bindgen in Cargo.lock,
# wasm-opt 132 and axe-core 4.14.1 (npm, package-lock.json), Debian chromium + chromium-driver.
# `scripts/setup.sh fuzz` checks only the fuzzing tools instead (the nightly toolchain and
# cargo-fuzz 0.13.2): scripts/fuzz.sh runs it, so serve.sh and the other stages never wait
# for them.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FULCRUM_ROOT"

TRUNK_VERSION=0.21.14
WASM_OPT_VERSION=132
AXE_CORE_VERSION=4.14.1
CARGO_FUZZ_VERSION=0.13.2

say() { printf '%s\n' "$*"; }
need() { command -v "$1" >/dev/null 2>&1 || { say "error: '$1' is required but not on PATH" >&2; exit 1; }; }
need cargo
need rustup

# Fuzzing: the nightly toolchain (sanitizers) and cargo-fuzz, only when asked for.
setup_fuzz() {
  if rustup toolchain list | grep -q '^nightly'; then
    say "ok: rust toolchain nightly (present)"
  else
    say "installing: rust toolchain nightly"
    rustup toolchain install nightly --profile minimal
  fi
  local have
  have="$(cargo fuzz --version 2>/dev/null | awk '{print $2}' || true)"
  if [[ "$have" == "$CARGO_FUZZ_VERSION" ]]; then
    say "ok: cargo-fuzz ${CARGO_FUZZ_VERSION} (present)"
  else
    say "installing: cargo-fuzz ${CARGO_FUZZ_VERSION} (found: ${have:-none}; takes about 2 min)"
    cargo install --locked cargo-fuzz --version "$CARGO_FUZZ_VERSION"
  fi
}
if [[ "${1:-}" == fuzz ]]; then
  setup_fuzz
  exit 0
elif [[ $# -gt 0 ]]; then
  say "usage: scripts/setup.sh [fuzz]" >&2
  exit 2
fi

# Rust target and components.
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "ok: rust target wasm32-unknown-unknown (present)"
else
  say "installing: rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if rustup component list --installed | grep -q "^${component}"; then
    say "ok: rust component ${component} (present)"
  else
    say "installing: rust component ${component}"
    rustup component add "${component}"
  fi
done

# Trunk.
trunk_have="$(trunk --version 2>/dev/null | awk '{print $2}' || true)"
if [[ "$trunk_have" == "$TRUNK_VERSION" ]]; then
  say "ok: trunk ${TRUNK_VERSION} (present)"
else
  say "installing: trunk ${TRUNK_VERSION} (found: ${trunk_have:-none}; takes about 6 min)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# wasm-bindgen CLI: exactly the wasm-bindgen version resolved in Cargo.lock.
# Not --locked: the CLI's own lock pins a webpki-roots version the registry lacks.
wbg_want="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
if [[ -z "$wbg_want" ]]; then
  say "error: no wasm-bindgen package in Cargo.lock" >&2
  exit 1
fi
wbg_have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
runner_have="$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $2}' || true)"
if [[ "$wbg_have" == "$wbg_want" && "$runner_have" == "$wbg_want" ]]; then
  say "ok: wasm-bindgen-cli ${wbg_want} (present)"
else
  say "installing: wasm-bindgen-cli ${wbg_want} (found: ${wbg_have:-none}; takes about 2 min)"
  cargo install wasm-bindgen-cli --version "=${wbg_want}"
fi
if ! grep -q "^wasm_bindgen = \"${wbg_want}\"" Trunk.toml; then
  say "warning: Trunk.toml [tools] wasm_bindgen does not match Cargo.lock (${wbg_want}); trunk will refuse to build" >&2
fi

# wasm-opt from npm binaryen (Debian's binaryen is too old for current wasm-bindgen output).
need npm
wasm_opt_have="$(node_modules/.bin/wasm-opt --version 2>/dev/null | awk '{print $3}' || true)"
if [[ "$wasm_opt_have" == "$WASM_OPT_VERSION" ]]; then
  say "ok: wasm-opt ${WASM_OPT_VERSION} (present)"
else
  say "installing: wasm-opt ${WASM_OPT_VERSION} (npm ci; found: ${wasm_opt_have:-none})"
  npm ci --no-audit --no-fund --loglevel=error
fi

# axe-core from npm (package-lock.json): the accessibility audit of the end-to-end tests.
axe_have="$(node -p 'require("./node_modules/axe-core/package.json").version' 2>/dev/null || true)"
if [[ "$axe_have" == "$AXE_CORE_VERSION" ]]; then
  say "ok: axe-core ${AXE_CORE_VERSION} (present)"
else
  say "installing: axe-core ${AXE_CORE_VERSION} (npm ci; found: ${axe_have:-none})"
  npm ci --no-audit --no-fund --loglevel=error
fi

# Chromium and chromedriver from Debian (downloaded browsers do not work here).
if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  say "ok: chromium + chromedriver ($(/usr/bin/chromedriver --version 2>/dev/null | awk '{print $2}') present)"
else
  say "installing: chromium chromium-driver (apt)"
  sudo_cmd=()
  [[ "$(id -u)" -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
fi

# Crates: trunk builds with `cargo build --offline`, so everything must be fetched first.
if cargo fetch --locked --quiet; then
  say "ok: crates fetched (cargo fetch --locked)"
else
  say "error: cargo fetch --locked failed; if Cargo.toml changed, update Cargo.lock (cargo update -w) and commit it" >&2
  exit 1
fi
