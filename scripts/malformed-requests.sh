#!/usr/bin/env bash
# Sends COUNT (default 20,000) random malformed HTTP requests to a dashboard server on loopback and
# fails if any gets a 5xx (app/src/test/.../MalformedRequestTest.java). Loopback only; bounded count.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
count=${1:-20000}
. "$root/bin/find-jdk.sh"
find_jdk
cd "$root"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
./mvnw -B -q -pl app -am test -Dtest=MalformedRequestTest -Dsurefire.failIfNoSpecifiedTests=false -Dmalformed.count="$count" >"$log" 2>&1 || status=$?
grep -a 'malformed-requests histogram' "$log" || true
if [ "$status" -ne 0 ]; then
  grep -a -A20 'FAIL' "$log" | head -60
  exit "$status"
fi
echo "malformed-requests: $count requests, no 5xx (505 only for request lines naming another HTTP version)"
