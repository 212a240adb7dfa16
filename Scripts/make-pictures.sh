#!/usr/bin/env bash
# Regenerates the pictures in Docs/pictures/ with the project's own commands + Graphviz:
# the seed graph, the who-met-whom ego graph of one official, and the MSP timeline.
#   Scripts/make-pictures.sh        (needs graphviz and fonts-nanum)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release
bin=.build/release/coopgraph
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
store="$tmp/pictures.sqlite"
mkdir -p Docs/pictures
"$bin" ingest Fixtures/press-releases --store "$store" --quiet
"$bin" export --format dot --store "$store" | dot -Tsvg > Docs/pictures/seed-graph.svg
"$bin" export --format dot --around 강인선 --depth 2 --store "$store" | dot -Tsvg > Docs/pictures/ego-강인선.svg
"$bin" timeline MSP --format svg --store "$store" > Docs/pictures/timeline-MSP.svg
ls -l Docs/pictures
