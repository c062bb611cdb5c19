#!/usr/bin/env bash
# The dashboard server's heap under concurrent work (issue 17: 48 concurrent 1 MiB YAML bodies once
# drove it to its 6.3 GB cap, which it kept). Starts a server on a loopback port with a fresh store,
# samples its heap (jstat) and RSS every 0.5 s, and runs two phases:
#   A. BODIES (48) concurrent POST /api/scenarios/validate, each a ~1 MiB scenario (a 1,000,000-
#      character description, the largest YAML value accepted);
#   B. JOBS (20) concurrent POST /api/scenarios/runs?runs=RUNS (baseline.yaml), then waits for every
#      accepted job to end.
# For each phase: the status codes, the peak heap used, the heap after a full GC, the peak RSS.
# Loopback only, bounded work. MULTIVECTOR_CMD="java -jar OTHER/app/target/multivector.jar" measures
# another build. Usage: scripts/memory-under-load.sh [BODIES] [JOBS] [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bodies=${1:-48}
jobs=${2:-20}
runs=${3:-5000}
. "$root/bin/find-jdk.sh"
find_jdk
work=$(mktemp -d)
trap 'kill "$sampler" 2>/dev/null || true; kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
port=$(( 20000 + RANDOM % 20000 ))
read -r -a launcher <<<"${MULTIVECTOR_CMD:-$root/multivector}"
"${launcher[@]}" --version >/dev/null
"${launcher[@]}" serve --port "$port" --store "$work/runs.duckdb" >"$work/server.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 240); do curl -fs "$base/api/health" >/dev/null && break; sleep 0.5; done
pid=$(pgrep -P "$server" java || echo "$server")
heap_mb() { # heap in use: survivor, eden and old generation, from jstat (KB)
  "$JAVA_HOME/bin/jstat" -gc "$pid" | awk 'NR==2 {printf "%d", ($3+$4+$6+$8)/1024}'
}
rss_mb() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status"; }
max_heap=$("$JAVA_HOME/bin/jcmd" "$pid" VM.flags | tr ' ' '\n' | sed -n 's/^-XX:MaxHeapSize=//p')
( while kill -0 "$pid" 2>/dev/null; do echo "$(heap_mb) $(rss_mb)" >>"$work/samples"; sleep 0.5; done ) &
sampler=$!
mark() { wc -l <"$work/samples" 2>/dev/null || echo 0; }
peaks() { # peak heap and RSS among the samples after line $1
  tail -n +"$(( $1 + 1 ))" "$work/samples" | awk 'BEGIN {h=0; r=0} {if ($1>h) h=$1; if ($2>r) r=$2} END {printf "%d %d", h, r}'
}
after_gc() { "$JAVA_HOME/bin/jcmd" "$pid" GC.run >/dev/null; sleep 1; heap_mb; }
histogram() { sort "$1" | uniq -c | awk '{printf "%s×%s ", $1, $2}'; }

baseline="$root/examples/scenarios/baseline.yaml"
python3 - "$baseline" "$work/big.yaml" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
lines, skipping = [], False
for line in text.splitlines():
    if line.startswith("description:"):
        skipping = True
        continue
    if skipping and line.startswith(" "):
        continue
    skipping = False
    lines.append(line)
lines.append("description: \"" + "x" * 1_000_000 + "\"")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(lines) + "\n")
PY
printf 'server pid %s, max heap %s MB, load average %s\n' "$pid" "$(( max_heap / 1048576 ))" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-44s %-28s %10s %12s %9s %9s\n' phase statuses "peak heap" "heap after GC" "peak RSS" "RSS after"
start_heap=$(heap_mb); start_rss=$(rss_mb)
printf '%-44s %-28s %10s %12s %9s %9s\n' "idle" "-" "${start_heap} MB" "-" "${start_rss} MB" "-"

m=$(mark)
for i in $(seq 1 "$bodies"); do
  curl -s -o /dev/null -w '%{http_code}\n' --max-time 300 -H 'Content-Type: application/yaml' --data-binary @"$work/big.yaml" \
    "$base/api/scenarios/validate" >>"$work/a.codes" &
done
wait $(jobs -p | grep -v "^$sampler$" | grep -v "^$server$") 2>/dev/null || true
read -r peak_heap peak_rss <<<"$(peaks "$m")"
printf '%-44s %-28s %10s %12s %9s %9s\n' "A: $bodies x $(( $(stat -c %s "$work/big.yaml") / 1024 )) KiB validate, at once" "$(histogram "$work/a.codes")" \
  "${peak_heap} MB" "$(after_gc) MB" "${peak_rss} MB" "$(rss_mb) MB"

m=$(mark)
for i in $(seq 1 "$jobs"); do
  curl -s -o "$work/job$i.json" -w '%{http_code}\n' --max-time 300 -H 'Content-Type: application/yaml' --data-binary @"$baseline" \
    "$base/api/scenarios/runs?runs=$runs&seed=$i" >>"$work/b.codes" &
done
wait $(jobs -p | grep -v "^$sampler$" | grep -v "^$server$") 2>/dev/null || true
for _ in $(seq 1 1800); do # every accepted job ends (at most 30 minutes)
  curl -s "$base/api/jobs" >"$work/jobs.json" || true
  [ "$(jq '[.[] | select(.state == "queued" or .state == "running")] | length' "$work/jobs.json" 2>/dev/null || echo 1)" = 0 ] && break
  sleep 1
done
jq -r '.[].state' "$work/jobs.json" >"$work/b.states" 2>/dev/null || true
read -r peak_heap peak_rss <<<"$(peaks "$m")"
printf '%-44s %-28s %10s %12s %9s %9s\n' "B: $jobs scenario jobs x $runs runs, at once" "$(histogram "$work/b.codes")" \
  "${peak_heap} MB" "$(after_gc) MB" "${peak_rss} MB" "$(rss_mb) MB"
echo "jobs ended: $(histogram "$work/b.states"); ensembles stored: $(curl -s "$base/api/runs" | jq length)"
