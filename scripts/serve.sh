#!/usr/bin/env bash
# Builds the three pages (the self-assessment, index.html; peer feedback, feedback.html; progress,
# goals and the mentor report, growth.html) into
# dist/ and serves them on http://127.0.0.1:8080. Trunk builds one page per run, so the
# builds are merged and served by a plain static server. `--release` builds optimised wasm.
# The tests never use dist/; they build into target/dist-release.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$FULCRUM_ROOT/scripts/setup.sh"
cd "$FULCRUM_ROOT"
command -v python3 >/dev/null || { echo "python3 is needed to serve dist/ (apt-get install python3)" >&2; exit 1; }
trunk build "$@" --dist dist index.html
for page in feedback growth; do
  trunk build "$@" --dist "target/dist-$page-dev" "$page.html"
  scripts/merge-page.sh "target/dist-$page-dev" dist "$page.html"
done
scripts/package.py dist
echo "Serving Fulcrum on http://127.0.0.1:8080/ (peer feedback: /feedback.html, progress and goals: /growth.html); Ctrl-C stops."
exec python3 -m http.server 8080 --bind 127.0.0.1 --directory dist
