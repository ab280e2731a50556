#!/usr/bin/env bash
# Renders the HTML compliance report of a synthetic 10,000-record export in headless Chromium and
# writes a PNG to look at: scripts/report-screenshot.sh [OUT_DIR] [RECORDS]
# Needs python3 and Debian's chromium package. Prints the page's size and the PNG's path.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/mcred-report-screenshot}"
records="${2:-10000}"
mkdir -p "$out"
swift build -c release >/dev/null
python3 Fixtures/tools/generate-report-export.py "$records" > "$out/export.csv"
status=0
.build/release/mcred report --mapping Fixtures/tools/report-screenshot-mapping.json --today 2026-11-30 \
    --html "$out/report.html" --md "$out/report.md" --csv "$out/report.csv" --json "$out/report.json" \
    "$out/export.csv" || status=$?
[ "$status" -le 1 ] || exit "$status"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
    echo "no chromium found: install Debian's chromium package to take the screenshot" >&2
    exit 2
fi
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,4000 \
    --screenshot="$out/report.png" "file://$(realpath "$out/report.html")" 2>/dev/null
echo "report.html: $(wc -c < "$out/report.html") bytes; screenshot: $out/report.png"
