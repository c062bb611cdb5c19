#!/usr/bin/env bash
# Runs the Jazzer fuzz targets one after another, each on one core (taskset) at low priority
# (nice -n 10), for EXECUTIONS inputs or SECONDS, whichever comes first, and prints one line per
# target: executions, exec/s, findings, corpus size. New corpus entries go to target/fuzz/corpus/,
# crashing inputs to target/fuzz/findings/ (copy one into the target's committed
# src/fuzz/resources/.../<Class>Inputs/<method>/ folder, with a regression test, once fixed).
#
#   scripts/fuzz.sh [EXECUTIONS (10000000)] [SECONDS per target (0: no limit)] [Class#method ...]
#
# FUZZ_JFR=1 records each campaign with Java Flight Recorder (target/fuzz/<Class>-<method>.jfr) and
# prints its ten hottest methods (jfr print --events jdk.ExecutionSample), to find the cost of one input.
# FUZZ_SKIP_BUILD=1 reuses the compiled classes of the last build.
# FUZZ_MERGE=1 fuzzes nothing: it adds to each target's committed corpus (src/fuzz/resources/...) the
# inputs of its campaign corpus (target/fuzz/corpus/) that reach coverage the committed ones do not
# (libFuzzer's -merge=1), so that regression mode in the build runs what the campaigns found.
# FUZZ_CPU=N pins the fuzzer to core N (default: the last core), so that two runs of this script
# with different targets can use two cores at once (FUZZ_CPU=0,1 lets it run on either). Two runs of
# the same target at once share its corpus (libFuzzer reloads it) but also its log and time files:
# the second truncates the first's log, whose final figures are then read from the log with grep -a.
#
# Without targets it runs all of them: the request bodies (app RequestBodyFuzzTest), the importers'
# CSV and workbook readers (core ImportReaderFuzzTest), the dataset manifest (ManifestFuzzTest), the
# corridor files (CorridorFilesFuzzTest) and the DEU III readers (DeuReaderFuzzTest).
#
# Besides exec/s (wall clock, which on a shared machine measures the load as much as the target) it
# prints the CPU time the fuzzer used and the cost of one execution in CPU microseconds.
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
    org.multivector.imports.ImportReaderFuzzTest#comtrade
    org.multivector.imports.ImportReaderFuzzTest#imfDots
    org.multivector.imports.ImportReaderFuzzTest#imfDotsWorkbook
    org.multivector.imports.ImportReaderFuzzTest#bnsWorkbook
    org.multivector.imports.ImportReaderFuzzTest#wdi
    org.multivector.imports.ImportReaderFuzzTest#unga
    org.multivector.imports.ImportReaderFuzzTest#sipriRegister
    org.multivector.world.io.ManifestFuzzTest#manifest
    org.multivector.corridors.io.CorridorFilesFuzzTest#corridorFiles
    org.multivector.bargaining.deu.DeuReaderFuzzTest#deuIssues
    org.multivector.bargaining.deu.DeuReaderFuzzTest#deuProcedures
  )
fi
. "$root/bin/find-jdk.sh"
find_jdk
cd "$root"
if [ "${FUZZ_SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q -pl app -am test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
fi
out="$root/target/fuzz"
mkdir -p "$out"
# a copy of the compiled classes, so a build during the campaign cannot change them under a running fuzzer
# (one copy per run of this script, so that a second run started later cannot replace them either)
c="$out/classes.$$"
trap 'rm -rf "$c"' EXIT
for dir in core/target/classes core/target/test-classes app/target/classes app/target/test-classes; do
  mkdir -p "$c/$dir" && cp -r "$dir/." "$c/$dir/"
done
cp="$c/app/target/test-classes:$c/app/target/classes:$c/core/target/test-classes:$c/core/target/classes:$(tr ':' '\n' < app/target/test-classpath.txt | grep -v '/core/target/classes$' | paste -sd:)"
cpu=${FUZZ_CPU:-$(( $(nproc) - 1 ))}
# The longest input each target is given (libFuzzer's -max_len). The readers work row by row or node
# by node with no state that grows past a few rows, so a longer input only repeats what a short one
# already reaches, at a cost proportional to its length: 4 KiB for the CSV readers and the JSON upload,
# 8 KiB for the YAML documents (the largest example scenario in the seeds is 6 KB) and 64 KiB for the
# workbooks (the smallest valid .xlsx POI writes is ~3.5 KB, an .xls ~4 KB).
max_len() {
  case $1 in
    *#scenarioYaml|*#issueYaml|*#manifest) echo 8192 ;;
    *Workbook*) echo 65536 ;;
    *) echo 4096 ;;
  esac
}
printf '%-58s %12s %8s %8s %10s %8s %10s %s\n' target executions exec/s findings corpus cpu-s "cpu-us/exec" "load average before"
for target in "${targets[@]}"; do
  class=${target%%#*}
  method=${target##*#}
  simple=${class##*.}
  module=core
  [[ $class == org.multivector.app.* ]] && module=app
  seeds="$root/$module/src/fuzz/resources/$(echo "${class%.*}" | tr . /)/${simple}Inputs/$method"
  corpus="$out/corpus/$simple/$method"
  findings="$out/findings/$simple/$method"
  log="$out/$simple-$method.log"
  mkdir -p "$corpus" "$findings"
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  jfr=()
  if [ "${FUZZ_JFR:-0}" = 1 ]; then
    jfr=("-XX:StartFlightRecording=filename=$out/$simple-$method.jfr,settings=profile,dumponexit=true")
  fi
  if [ "${FUZZ_MERGE:-0}" = 1 ]; then
    log="$out/$simple-$method.merge.log"
    before=$(find "$seeds" -type f | wc -l)
    mode=(-merge=1 -max_len="$(max_len "$target")")
    dirs=("$seeds" "$corpus")
  else
    mode=(-runs="$executions" -max_len="$(max_len "$target")" -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$findings/")
    dirs=("$corpus" "$seeds")
  fi
  set +e
  (cd "$out" && nice -n 10 taskset -c "$cpu" /usr/bin/time -o "$out/$simple-$method.time" -f '%U %S' "$JAVA_HOME/bin/java" "${jfr[@]}" -XX:+EnableDynamicAgentLoading --enable-native-access=ALL-UNNAMED \
      -Xmx2g -Djava.io.tmpdir="${FUZZ_TMPDIR:-$(test -w /dev/shm && echo /dev/shm || echo /tmp)}" -cp "$cp" com.code_intelligence.jazzer.Jazzer --target_class="$class" --target_method="$method" --keep_going=1000 \
      --instrumentation_includes='org.multivector.**' ${FUZZ_JAZZER_ARGS:-} \
      "${mode[@]}" "${dirs[@]}") >"$log" 2>&1
  status=$?
  set -e
  if [ "${FUZZ_MERGE:-0}" = 1 ]; then
    printf '%-58s merged: %s committed inputs before, %s after, from %s campaign inputs (exit %s)\n' "$target" "$before" \
      "$(find "$seeds" -type f | wc -l)" "$(find "$corpus" -type f | wc -l)" "$status" | tee -a "$out/merge-summary.txt"
    continue
  fi
  runs=$(grep -ao 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
  rate=$(grep -ao 'stat::average_exec_per_sec: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
  crashes=$(find "$findings" -type f | wc -l)
  size=$(find "$corpus" -type f | wc -l)
  cpu_s=$(tail -1 "$out/$simple-$method.time" 2>/dev/null | awk 'NF == 2 {printf "%.0f", $1 + $2}')
  per=$(awk -v c="${cpu_s:-0}" -v n="${runs:-0}" 'BEGIN {if (n > 0) printf "%.0f", c * 1e6 / n; else print "?"}')
  printf '%-58s %12s %8s %8s %10s %8s %10s %s (exit %s; load after %s)\n' "$target" "${runs:-?}" "${rate:-?}" "$crashes" "$size" \
    "${cpu_s:-?}" "$per" "$load" "$status" "$(cut -d' ' -f1-3 /proc/loadavg)" \
    | tee -a "$out/summary.txt"
  if [ "${FUZZ_JFR:-0}" = 1 ] && [ -f "$out/$simple-$method.jfr" ]; then
    # top frames of the execution samples: where one input's time goes
    "$JAVA_HOME/bin/jfr" print --events jdk.ExecutionSample "$out/$simple-$method.jfr" \
      | grep -A1 'stackTrace = \[' | grep -v 'stackTrace = \[' | grep -v '^--' | sed 's/line:.*//; s/^ *//' \
      | sort | uniq -c | sort -rn | head -10 | sed 's/^/    /' || true # (head closes the pipe early)
  fi
done
