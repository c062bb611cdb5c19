#!/usr/bin/env bash
# The scenario-ensemble benchmark of docs/model.md: a 10,000-run ensemble of the 10-year quarterly
# Kazakhstan baseline on 1 and 2 threads (runs/s per core, peak heap, speed-up, determinism check).
# Usage (from anywhere): bench/ensemble.sh [SCENARIO.yaml] [RUNS] [REPEATS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. bin/find-jdk.sh
find_jdk
[ -f bench/target/benchmarks.jar ] || ./mvnw -B -q -pl bench -am package -DskipTests
exec "$JAVA_HOME/bin/java" -Xmx4g -cp bench/target/benchmarks.jar org.multivector.bench.scenario.EnsembleMeasurement \
  "${1:-examples/scenarios/baseline.yaml}" "${2:-10000}" "${3:-3}"
