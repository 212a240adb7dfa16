#!/usr/bin/env bash
# Runs the fuzz suite for longer than `swift test` does (default 300 iterations there).
#   Scripts/fuzz.sh [ITERATIONS]   (default 200000)
set -euo pipefail
cd "$(dirname "$0")/.."
COOPGRAPH_FUZZ_ITERATIONS="${1:-200000}" swift test -c release --filter Fuzz
