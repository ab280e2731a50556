#!/bin/sh
# Builds mcred (release) and runs the side-by-side benchmark: Benchmarks/run.sh [ROWS] (default 1000000).
# Extra arguments go to benchmark.py (--work DIR, --no-file, --no-small); see Benchmarks/README.md.
set -eu
cd "$(dirname "$0")/.."
rows=${1:-1000000}
[ $# -gt 0 ] && shift
swift build -c release >&2
exec python3 Benchmarks/benchmark.py --mcred .build/release/mcred --rows "$rows" "$@"
