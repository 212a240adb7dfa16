#!/usr/bin/env bash
# Regenerates Docs/USAGE.md: every command's help and its real output on the bundled seeds.
#   Scripts/make-usage.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release >/dev/null
bin=.build/release/coopgraph
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export COOPGRAPH_STORE="$tmp/coopgraph.sqlite"
run() { echo '```'; echo "\$ coopgraph $*"; "$bin" "$@" 2>&1 | python3 -c 'import sys; [print(l.rstrip("\n")[:150]) for l in sys.stdin]'; echo '```'; echo; }
help() { echo '```'; "$bin" help "$1"; echo '```'; echo; }
{
cat <<'MD'
# Using coopgraph

Every example below is real output on the five bundled seed releases
(`Fixtures/press-releases`), made by `Scripts/make-usage.sh`. Long lines are cut at 150
characters here; the tool never cuts them.

## The store

Every command that reads or writes the graph takes `--store PATH`; without it the store is
`$COOPGRAPH_STORE`, else `./coopgraph.sqlite` in the current directory.

- The schema is `Schemas/store.sql` (mirrored in code, versioned with `PRAGMA user_version`,
  migrated in order: a store written by an older coopgraph is upgraded in place the first
  time it is opened); WAL mode, foreign keys on.
- A file that is not SQLite, an SQLite file of another application, or a store written by a
  newer coopgraph is refused with a message and is **never modified**.
- Queries read one consistent snapshot, even while an ingest commits batches.
- Every fact keeps its provenance: document, UTF-8 byte span (half-open, in the file as
  read), sentence and the rule that produced it.
- Ingest is idempotent (same path and SHA-256: skipped), replaces a changed file's facts,
  records a copy under another name as a duplicate, skips attachment-only stubs, and commits
  in batches, so an interrupted ingest leaves the store as of the last whole batch.
- `remove` takes documents out again (files, folders, or with `--missing` files gone from
  disk), with every fact only they supported.

## ingest
MD
help ingest
run ingest Fixtures/press-releases
echo "Run again, nothing changes:"
echo
run ingest Fixtures/press-releases
echo "## who-met"
help who-met
run who-met 강인선
run who-met 한국철강협회 --kind person
echo "## timeline"
help timeline
run timeline MSP
run timeline 산업부
echo "## show"
help show
run show 생기원
echo "## search"
help search
run search 연구원
echo "## stats"
help stats
run stats
echo "## export"
help export
echo '```'; echo '$ coopgraph export --format dot --around 강인선 --depth 1'; "$bin" export --format dot --around 강인선 --depth 1 | sed -n '1,25p'; echo '…'; echo '```'; echo
echo "## extract"
help extract
echo '```'; echo '$ coopgraph extract Fixtures/press-releases/004_e6ad473aa1b0f41c.txt --format json'; "$bin" extract Fixtures/press-releases/004_e6ad473aa1b0f41c.txt --format json | sed -n '1,40p'; echo '…'; echo '```'; echo
echo "## eval"
help eval
run eval --gold Fixtures/gold
echo "## remove"
help remove
run remove Fixtures/press-releases/001_cacad3f253e56116.txt
echo "The store is now as if that file had never been ingested; ingesting the folder again adds it back:"
echo
run ingest Fixtures/press-releases
} > Docs/USAGE.md
echo "wrote Docs/USAGE.md"
