#!/usr/bin/env bash
# Builds both pages (the self-assessment, index.html, and peer feedback, feedback.html) into
# dist/ and serves them on http://127.0.0.1:8080. Trunk builds one page per run, so the two
# builds are merged and served by a plain static server. `--release` builds optimised wasm.
# The tests never use dist/; they build into target/dist-release.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$FULCRUM_ROOT/scripts/setup.sh"
cd "$FULCRUM_ROOT"
command -v python3 >/dev/null || { echo "python3 is needed to serve dist/ (apt-get install python3)" >&2; exit 1; }
trunk build "$@" --dist dist index.html
trunk build "$@" --dist target/dist-feedback-dev feedback.html
scripts/merge-page.sh target/dist-feedback-dev dist feedback.html
echo "Serving Fulcrum on http://127.0.0.1:8080/ (peer feedback: /feedback.html); Ctrl-C stops."
exec python3 -m http.server 8080 --bind 127.0.0.1 --directory dist
