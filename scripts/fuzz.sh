#!/usr/bin/env bash
# Runs the Jazzer fuzz targets one after another, each on one core (taskset) at low priority
# (nice -n 10), for EXECUTIONS inputs or SECONDS, whichever comes first, and prints one line per
# target: executions, exec/s, findings, corpus size. New corpus entries go to target/fuzz/corpus/,
# crashing inputs to target/fuzz/findings/ (copy one into the target's committed
# ...FuzzTestInputs/<method>/ folder, with a regression test, once fixed).
#
#   scripts/fuzz.sh [EXECUTIONS (10000000)] [SECONDS per target (0: no limit)] [Class#method ...]
#
# Without targets it runs all of them: the request bodies (app RequestBodyFuzzTest), the importers'
# CSV readers (core ImportReaderFuzzTest) and the dataset manifest (core ManifestFuzzTest).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
executions=${1:-10000000}
seconds=${2:-0}
shift $(( $# > 2 ? 2 : $# ))
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(
    org.multivector.app.server.RequestBodyFuzzTest#scenarioYaml
    org.multivector.app.server.RequestBodyFuzzTest#issueCsv
    org.multivector.app.server.RequestBodyFuzzTest#issueYaml
    org.multivector.app.server.RequestBodyFuzzTest#datasetUpload
    org.multivector.imports.ImportReaderFuzzTest#wdi
    org.multivector.imports.ImportReaderFuzzTest#unga
    org.multivector.imports.ImportReaderFuzzTest#sipriRegister
    org.multivector.world.io.ManifestFuzzTest#manifest
  )
fi
. "$root/bin/find-jdk.sh"
find_jdk
cd "$root"
./mvnw -B -q -pl app -am test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
out="$root/target/fuzz"
mkdir -p "$out"
# a copy of the compiled classes, so a build during the campaign cannot change them under a running fuzzer
rm -rf "$out/classes"
for dir in core/target/classes core/target/test-classes app/target/classes app/target/test-classes; do
  mkdir -p "$out/classes/$dir" && cp -r "$dir/." "$out/classes/$dir/"
done
c="$out/classes"
cp="$c/app/target/test-classes:$c/app/target/classes:$c/core/target/test-classes:$c/core/target/classes:$(tr ':' '\n' < app/target/test-classpath.txt | grep -v '/core/target/classes$' | paste -sd:)"
cpu=$(( $(nproc) - 1 ))
printf '%-58s %12s %8s %8s %10s %s\n' target executions exec/s findings corpus "load average before"
for target in "${targets[@]}"; do
  class=${target%%#*}
  method=${target##*#}
  simple=${class##*.}
  module=core
  [[ $class == org.multivector.app.* ]] && module=app
  seeds="$root/$module/src/test/resources/$(echo "${class%.*}" | tr . /)/${simple}Inputs/$method"
  corpus="$out/corpus/$simple/$method"
  findings="$out/findings/$simple/$method"
  log="$out/$simple-$method.log"
  mkdir -p "$corpus" "$findings"
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  set +e
  (cd "$out" && nice -n 10 taskset -c "$cpu" "$JAVA_HOME/bin/java" -XX:+EnableDynamicAgentLoading --enable-native-access=ALL-UNNAMED \
      -Xmx2g -cp "$cp" com.code_intelligence.jazzer.Jazzer --target_class="$class" --target_method="$method" --keep_going=1000 \
      --instrumentation_includes='org.multivector.**' \
      -runs="$executions" -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$findings/" "$corpus" "$seeds") >"$log" 2>&1
  status=$?
  set -e
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
  crashes=$(find "$findings" -type f | wc -l)
  size=$(find "$corpus" -type f | wc -l)
  printf '%-58s %12s %8s %8s %10s %s (exit %s)\n' "$target" "${runs:-?}" "${rate:-?}" "$crashes" "$size" "$load" "$status"
done
