#!/bin/sh
# CoopGraph benchmark: builds release, runs `coopgraph bench` over the corpus and the Python
# baseline (Benchmarks/baseline.py) over the same files, and prints them side by side.
#
#   Benchmarks/run.sh [CORPUS] [REPLICATE]
#
# CORPUS defaults to ../shared/corpus (beside the repository), REPLICATE to 1,2,4.
# Results: Benchmarks/results/bench.json, Benchmarks/results/baseline.json.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-$root/../shared/corpus}
replicate=${2:-1,2,4}
out=$root/Benchmarks/results
if [ ! -d "$corpus" ]; then
    echo "run.sh: no corpus at $corpus; pass its folder as the first argument" >&2
    exit 64
fi
mkdir -p "$out"
cd "$root"
swift build -c release >&2
bin=$(swift build -c release --show-bin-path)/coopgraph

echo "== coopgraph bench $corpus --replicate $replicate" >&2
"$bin" bench "$corpus" --replicate "$replicate" --json > "$out/bench.json"
echo "== python3 Benchmarks/baseline.py $corpus" >&2
python3 "$root/Benchmarks/baseline.py" "$corpus" > "$out/baseline.json"

python3 - "$out/bench.json" "$out/baseline.json" <<'PY'
import json, sys
bench = json.load(open(sys.argv[1]))
base = json.load(open(sys.argv[2]))
mb = bench["bytes"] / 1e6
stages = {(s["name"], s["cores"]): s for s in bench["stages"]}
one = [stages[(n, 1)] for n in ("read (file I/O)", "decode", "clean", "extract")]
full_s = sum(s["seconds"] for s in one)
full_cpu = sum(s["cpuSeconds"] for s in one)
ex1 = stages[("extract", 1)]
exn = [s for s in bench["stages"] if s["name"] == "extract" and s["cores"] > 1]
m = bench["machine"]
print(f"machine: {m['cores']} cores, {m['cpuModel']}, {m['memoryBytes'] / 2**30:.1f} GiB")
print(f"corpus: {bench['files']} files, {mb:.1f} MB")
print(f"{'':44}{'seconds':>9}{'MB/s':>9}")
print(f"{'python baseline (read+decode+match, 1 core)':44}{base['seconds']:9.2f}{base['mb_per_s']:9.1f}")
print(f"{'coopgraph read+decode+clean+extract, 1 core':44}{full_s:9.2f}{mb / full_s:9.1f}")
print(f"{'coopgraph extract alone, 1 core':44}{ex1['seconds']:9.2f}{ex1['megabytesPerSecond']:9.1f}")
for s in exn:
    print(f"{'coopgraph extract alone, %d cores' % s['cores']:44}{s['seconds']:9.2f}{s['megabytesPerSecond']:9.1f}")
print(f"ratio coopgraph full extraction / python baseline: {base['seconds'] / full_s:.2f}x wall, "
      f"{base['cpu_seconds'] / full_cpu:.2f}x CPU ({base['cpu_seconds']:.2f} / {full_cpu:.2f} CPU s)")
for r in bench["ingests"]:
    print(f"full ingest {r['replicas']}x: {r['files']} files in {r['seconds']:.2f} s ({r['cpuSeconds']:.2f} CPU s), "
          f"{r['megabytesPerSecond']:.1f} MB/s, peak {r['peakMemoryBytes'] / 1e6:.0f} MB")
PY
