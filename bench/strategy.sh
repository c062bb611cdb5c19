#!/usr/bin/env bash
# The strategy-experiment benchmark of docs/strategy.md: 100 policies (the example's 8 named ones and
# 92 drawn by Latin hypercube over the lever ranges) × SCENARIOS scenarios of the Kazakhstan example
# study, end to end through `multivector strategy --analyses compare` (the experiment streamed to a
# fresh DuckDB run store, then robustness, regret, satisficing, convergence and the Western view).
# Reports wall time, runs per second, peak resident memory (GNU time), the store's size, and checks
# that an experiment interrupted half-way (SIGINT) resumes and runs only what is missing.
# Usage (from anywhere): bench/strategy.sh [SCENARIOS (default 1000)] [THREADS (default all cores)]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scenarios=${1:-1000}
threads=${2:-$(nproc)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
study="$work/bench-study.yaml"
sed -e 's/scenarios: {runs: 200, design: latin-hypercube, seed: 20251201}/scenarios: {runs: 200, design: latin-hypercube, seed: 20251201, samplePolicies: 92}/' \
  examples/strategy/kazakhstan-autonomy.yaml > "$study"
grep -q 'samplePolicies: 92' "$study" || { echo "bench/strategy.sh: the example's study.scenarios line changed; update this script" >&2; exit 2; }
./multivector --version >/dev/null   # build first, outside the measurement
runs=$((100 * scenarios))
echo "strategy benchmark: 100 policies x $scenarios scenarios = $runs runs on $threads thread(s); $(date -u +%FT%TZ); load $(cut -d' ' -f1-3 /proc/loadavg)"

/usr/bin/time -v -o "$work/time.txt" ./multivector strategy "$study" --analyses compare --scenarios "$scenarios" --threads "$threads" \
  --store "$work/runs.duckdb" --no-progress > "$work/out.txt" 2> "$work/err.txt"
elapsed=$(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}')
rss=$(grep 'Maximum resident set size' "$work/time.txt" | awk '{print $NF}')
seconds=$(echo "$elapsed" | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
echo "  wall time            ${seconds} s (${elapsed})"
echo "  runs per second      $(awk -v r="$runs" -v s="$seconds" 'BEGIN { printf "%.1f", r / s }')"
echo "  peak resident memory $((rss / 1024)) MiB"
echo "  run store            $(du -k "$work/runs.duckdb" | cut -f1) KiB for $runs runs x 5 outcomes"
grep -q "100 policies × $scenarios scenarios" "$work/out.txt" || { echo "unexpected output:"; cat "$work/out.txt" "$work/err.txt"; exit 1; }
grep 'Convergence' "$work/out.txt" | sed 's/^/  /'

# interrupt half-way, then resume: the second run must say how many runs it found stored
half=$(awk -v s="$seconds" 'BEGIN { printf "%d", s / 2 + 5 }')
rm -f "$work/resume.duckdb"
timeout -s INT "$half" ./multivector strategy "$study" --analyses compare --scenarios "$scenarios" --threads "$threads" \
  --store "$work/resume.duckdb" --no-progress > "$work/first.txt" 2>&1 || true
start=$(date +%s)
./multivector strategy "$study" --analyses compare --scenarios "$scenarios" --threads "$threads" --store "$work/resume.duckdb" \
  --no-progress > "$work/second.txt" 2>&1
echo "  interrupted after ${half} s: $(grep -o 'Interrupted: [0-9]* of [0-9]* runs are stored' "$work/first.txt" || echo 'finished before the interrupt')"
echo "  resumed in $(( $(date +%s) - start )) s: $(grep -o 'resumed: [0-9]* runs were already stored' "$work/second.txt" || echo 'nothing was stored')"
if diff <(sed -n '/^Robustness/,$p' "$work/out.txt") <(sed -n '/^Robustness/,$p' "$work/second.txt") > /dev/null; then
  echo "  resumed results identical to the uninterrupted run: yes"
else
  echo "  resumed results identical to the uninterrupted run: NO"; exit 1
fi
