#!/usr/bin/env bash
# Load test of the dashboard server with wrk (Debian: apt-get install wrk), on loopback only and for a
# bounded time: a cheap endpoint (health), a mid one (corridor allocation) and an expensive one
# (scenario validation, POST), each DURATION seconds (default 10) with 2 threads x 50 connections.
# Prints requests/s, p50, p99, non-2xx answers and socket errors, and the server's RSS before and after.
# MULTIVECTOR_CMD="java -jar OTHER/app/target/multivector.jar" measures another build under the same load.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
duration=${1:-10}
command -v wrk >/dev/null || { echo "load-test: wrk is missing; apt-get install wrk" >&2; exit 2; }
. "$root/bin/find-jdk.sh"
find_jdk
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
port=$(( 20000 + RANDOM % 20000 ))
read -r -a launcher <<<"${MULTIVECTOR_CMD:-$root/multivector}"
"${launcher[@]}" --version >/dev/null
"${launcher[@]}" serve --port "$port" --store "$work/runs.duckdb" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/api/health" >/dev/null && break; sleep 0.5; done
pid=$(pgrep -P "$server" java || echo "$server")
rss() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status"; }
scenario="$root/examples/scenarios/baseline.yaml"
cat >"$work/post.lua" <<LUA
local f = io.open("$scenario", "rb"); local body = f:read("*a"); f:close()
wrk.method = "POST"; wrk.body = body; wrk.headers["Content-Type"] = "application/yaml"
LUA
cat >"$work/report.lua" <<'LUA'
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.0f %.1f %.1f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status, errors))
end
LUA
before=$(rss)
printf '%-28s %10s %9s %9s %8s %8s\n' endpoint "req/s" "p50 ms" "p99 ms" non-2xx errors
run() {
  local name=$1 url=$2 script=$3
  local line
  line=$(wrk -t2 -c50 -d"${duration}s" --latency -s "$script" "$url" | grep '^RESULT')
  read -r _ rps p50 p99 status errors <<<"$line"
  printf '%-28s %10s %9s %9s %8s %8s\n' "$name" "$rps" "$p50" "$p99" "$status" "$errors"
}
cat "$work/report.lua" >"$work/get.lua"
cat "$work/post.lua" "$work/report.lua" >"$work/validate.lua"
run "GET /api/health" "http://127.0.0.1:$port/api/health" "$work/get.lua"
run "GET corridors/allocation" "http://127.0.0.1:$port/api/datasets/kazakhstan/corridors/allocation?close=RUS" "$work/get.lua"
run "POST /api/scenarios/validate" "http://127.0.0.1:$port/api/scenarios/validate" "$work/validate.lua"
echo "server RSS: ${before} MB before, $(rss) MB after"
