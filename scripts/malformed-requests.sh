#!/usr/bin/env bash
# Sends COUNT (default 20,000) random malformed HTTP requests to a dashboard server on loopback and
# fails if any gets a 5xx (app/src/test/.../MalformedRequestTest.java). Loopback only; bounded count.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
count=${1:-20000}
. "$root/bin/find-jdk.sh"
find_jdk
cd "$root"
./mvnw -B -q -pl app -am test -Dtest=MalformedRequestTest -Dsurefire.failIfNoSpecifiedTests=false -Dmalformed.count="$count"
echo "malformed-requests: $count requests, no 5xx"
