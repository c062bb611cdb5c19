#!/usr/bin/env bash
# Import benchmark: generates a UN Comtrade CSV in the exact bulk layout (1,000,000 rows by default),
# times `multivector import comtrade` on it in-process and DuckDB's read_csv on the same file (through
# its JDBC driver, fetched from Maven Central into bench/target only), and prints rows per second side
# by side. Then it imports the file once more with a 64 MB heap to show the import streams.
# Usage: bench/import/run.sh [ROWS] [REPEATS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
. bin/find-jdk.sh
find_jdk
rows=${1:-1000000}
repeats=${2:-3}
work="$root/bench/target/import-bench"
mkdir -p "$work"

./mvnw -B -q -pl bench -am package -DskipTests
duck="$root/bench/target/duckdb"
if [ ! -f "$duck/duckdb_jdbc-2.0.0.1.jar" ]; then
  ./mvnw -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact=org.duckdb:duckdb_jdbc:2.0.0.1 -DoutputDirectory="$duck" -Dmdep.overWriteIfNewer=true
fi
cp="$root/bench/target/benchmarks.jar"
flags=(--enable-native-access=ALL-UNNAMED)
[ "$(jdk_major "$JAVA_HOME")" -ge 24 ] && flags+=(--sun-misc-unsafe-memory-access=allow)

file="$work/comtrade-$rows.csv"
if [ ! -f "$file" ]; then
  "$JAVA_HOME/bin/java" "${flags[@]}" -cp "$cp" org.multivector.bench.imports.ComtradeFileGenerator "$file" "$rows"
fi
echo "== side by side (one JVM, default heap)"
"$JAVA_HOME/bin/java" "${flags[@]}" -cp "$cp:$duck/duckdb_jdbc-2.0.0.1.jar" \
  org.multivector.bench.imports.ImportComparison "$file" "$work" "$repeats"
echo "== streaming: the same import with a 64 MB heap"
"$JAVA_HOME/bin/java" "${flags[@]}" -Xmx64m -cp "$cp" \
  org.multivector.bench.imports.ImportComparison "$file" "$work/small-heap" 1
