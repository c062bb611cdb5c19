#!/usr/bin/env bash
# The Spark-engine benchmark of docs/spark.md: one ensemble on this machine's threads and on Spark
# local[C] with the same number of cores, the pair repeated back to back (the machine may be shared:
# each pair is printed with the load average before it); the overhead in %; a byte-for-byte check of
# the two results; and, from two ensemble sizes on Spark, a fixed cost and a per-run cost that estimate
# 10^6 runs on N executors.
# Usage (from anywhere): bench/spark.sh [SCENARIO.yaml] [RUNS] [CORES] [PAIRS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scenario=${1:-examples/scenarios/baseline.yaml}
runs=${2:-10000}
cores=${3:-2}
pairs=${4:-2}
small=$((runs / 5))
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# the ensemble time the command itself reports (compiling the scenario and writing excluded)
elapsed() { sed -n 's/.*"elapsedSeconds" *: *\([0-9.]*\).*/\1/p' "$1" | head -n 1; }
simulate() { ./multivector simulate "$scenario" --seed 7 --no-store --no-progress --format json "$@"; }

./multivector --version >/dev/null            # builds the application if needed
simulate --runs 2 --engine spark --master "local[$cores]" >/dev/null 2>&1 || true   # builds the Spark engine if needed

load() { cut -d' ' -f1-3 /proc/loadavg; }
same=yes
results=()
for pair in $(seq 1 "$pairs"); do
  before=$(load)
  simulate --runs "$runs" --threads "$cores" --out "$work/local.csv" >"$work/local.json"
  simulate --runs "$runs" --engine spark --master "local[$cores]" --out "$work/spark.csv" >"$work/spark.json" 2>/dev/null
  cmp -s "$work/local.csv" "$work/spark.csv" || same=no
  results+=("$(elapsed "$work/local.json") $(elapsed "$work/spark.json") $before")
done
simulate --runs "$small" --engine spark --master "local[$cores]" >"$work/spark-small.json" 2>/dev/null
small_s=$(elapsed "$work/spark-small.json")
small_load=$(load)
python3 - "$runs" "$cores" "$small" "$small_s" "$same" "$small_load" "${results[@]}" <<'PY'
import statistics, sys
runs, cores, small, small_s, same, small_load = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), sys.argv[5], sys.argv[6]
pairs = [r.split() for r in sys.argv[7:]]
print(f"scenario ensemble, {runs} runs, {cores} cores, {len(pairs)} pairs back to back")
overheads = []
for i, (local_s, spark_s, *load) in enumerate(pairs, 1):
    local_s, spark_s = float(local_s), float(spark_s)
    overheads.append(100 * (spark_s - local_s) / local_s)
    print(f"  pair {i} (load average before: {' '.join(load)}): local threads {local_s:7.2f} s ({runs / local_s / cores:7.1f} runs/s per core),"
          f" Spark local[{cores}] {spark_s:7.2f} s ({runs / spark_s / cores:7.1f} runs/s per core), overhead {overheads[-1]:+7.1f} %")
spark_s = statistics.median(float(p[1]) for p in pairs)
print(f"  Spark overhead, median of the pairs {statistics.median(overheads):+8.1f} %")
print(f"  same bytes (--out csv) {same}")
per_run = (spark_s - small_s) / (runs - small)          # seconds per run on `cores` cores
fixed = max(spark_s - per_run * runs, 0.0)              # job set-up, broadcast, compiling on executors
core_seconds = per_run * cores                          # one run's cost on one core
print(f"  Spark fit from {small} runs ({small_s:.2f} s, load {small_load}) and the median {runs}-run time:"
      f" fixed {fixed:.2f} s + {1e3 * core_seconds:.3f} core-ms per run")
for executors, per in ((4, 4), (16, 4), (64, 8)):
    estimate = fixed + core_seconds * 1e6 / (executors * per)
    print(f"  estimate: 10^6 runs on {executors} executors x {per} cores = {estimate:8.1f} s"
          " (compute only; a cluster adds network and scheduling delay)")
PY
