#!/usr/bin/env bash
# Development server: a debug build in dist/ served on http://127.0.0.1:8080 (Trunk.toml),
# rebuilt on change. Extra arguments go to `trunk serve` (e.g. --release).
# The tests never use dist/; they build into target/dist-release.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$FULCRUM_ROOT/scripts/setup.sh"
cd "$FULCRUM_ROOT"
exec trunk serve --dist dist "$@"
