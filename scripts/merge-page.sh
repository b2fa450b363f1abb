#!/usr/bin/env bash
# Usage: merge-page.sh FROM_DIST INTO_DIST PAGE
# Trunk writes every page as index.html; this copies a second page's build into another dist
# under its own name, with the files it links.
set -euo pipefail
from="$1" into="$2" page="$3"
[[ -f "$from/index.html" ]] || { echo "merge-page: no index.html in $from" >&2; exit 1; }
find "$from" -mindepth 1 -maxdepth 1 ! -name index.html -exec cp -R {} "$into/" \;
cp "$from/index.html" "$into/$page"
