#!/usr/bin/env bash
# Damaged copies of the example and dataset files (MutatedInputs, the cases MutatedInputTest runs
# in-process), each read by its command through the real launcher, one process per case, with its
# wall time and peak memory (/usr/bin/time: elapsed seconds and maximum resident set size).
# Prints the exit codes, the cases that failed as a bug ("internal error", a stack trace, an exit code
# other than 0, 1 or 2, or more than 60 s), and the slowest and largest cases.
#
#   scripts/mutate-inputs.sh [PER_FILE (26: 650 cases)] [SEED (20261201)]
#
# MUTATE_SKIP_BUILD=1 reuses the compiled test classes of the last build; MUTATE_KEEP=FILE keeps the
# table of every case (name, exit code, seconds, peak MB, bug).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
per_file=${1:-26}
seed=${2:-20261201}
. "$root/bin/find-jdk.sh"
find_jdk
cd "$root"
if [ "${MUTATE_SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q -pl app -am test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
fi
"$root/multivector" --version >/dev/null # builds the launcher's jar when the sources changed
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp="app/target/test-classes:app/target/classes:core/target/classes:$(cat app/target/test-classpath.txt)"
"$JAVA_HOME/bin/java" -cp "$cp" org.multivector.app.cli.MutatedInputs "$work/cases" "$per_file" "$seed" >"$work/cases.tsv"
total=$(wc -l <"$work/cases.tsv")
echo "mutate-inputs: $total cases ($per_file per file, seed $seed), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
: >"$work/results.tsv"
while IFS=$'\t' read -r -a fields; do
  name=${fields[0]}
  args=("${fields[@]:1}")
  set +e
  MULTIVECTOR_NO_BUILD=1 timeout 60 /usr/bin/time -o "$work/time" -f '%e %M' "$root/multivector" "${args[@]}" >/dev/null 2>"$work/err" </dev/null
  code=$?
  set -e
  read -r seconds kb < <(tail -1 "$work/time" | awk 'NF == 2')
  bug=""
  if grep -q "internal error\|Exception\|	at org\." "$work/err"; then bug="internal error"; fi
  if [ "$code" -gt 2 ]; then bug="${bug:+$bug, }exit $code"; fi
  printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$code" "${seconds:-?}" "$(( ${kb:-0} / 1024 ))" "$bug" >>"$work/results.tsv"
  if [ -n "$bug" ]; then
    echo "BUG $name ($bug): $(head -3 "$work/err" | tr '\n' ' ')"
  fi
done <"$work/cases.tsv"
echo "exit codes: $(cut -f2 "$work/results.tsv" | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')"
echo "bugs: $(awk -F'\t' '$5 != ""' "$work/results.tsv" | wc -l) of $total"
echo "slowest (s):"
sort -t$'\t' -k3,3 -g -r "$work/results.tsv" | awk 'NR <= 5' | awk -F'\t' '{printf "  %6s s %6s MB  exit %s  %s\n", $3, $4, $2, $1}'
echo "largest peak RSS (MB):"
sort -t$'\t' -k4,4 -n -r "$work/results.tsv" | awk 'NR <= 5' | awk -F'\t' '{printf "  %6s MB %6s s  exit %s  %s\n", $4, $3, $2, $1}'
# a refused file must be refused quickly; a file that still reads runs its command's real work
# (a strategy study or a backtest takes about 2 s on the sound example too)
awk -F'\t' '$2 != 0 && ($3 + 0 > 2 || $4 + 0 > 512) {n++} $2 != 0 {r++} END {printf "refused cases above 2 s or 512 MB: %d of %d\n", n + 0, r + 0}' "$work/results.tsv"
awk -F'\t' '$2 == 0 && ($3 + 0 > 2 || $4 + 0 > 512) {n++} $2 == 0 {r++} END {printf "cases that ran, above 2 s or 512 MB: %d of %d\n", n + 0, r + 0}' "$work/results.tsv"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "${MUTATE_KEEP:-}" ]; then cp "$work/results.tsv" "$MUTATE_KEEP"; fi
