#!/usr/bin/env bash
# Side-by-side min-cost-flow benchmark: multivector vs LEMON vs networkx on the very same DIMACS files.
# usage: bench/mcf/run.sh [NODES] [LINKS] [COMMODITIES] [CRITICAL_LINKS] [PEER_FAILURES]
# Defaults: 100000 400000 3 1000 5. Writes to ${MCF_WORK:-/tmp/multivector-mcf}; prints one report.
# Needs python3 and a JDK 21+; LEMON (g++ and liblemon-dev) and networkx (python3-networkx) are used
# when installed; the script installs them with apt-get when run as root, and skips them with a message
# otherwise. Not part of ./run-tests.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
nodes="${1:-100000}"; links="${2:-400000}"; commodities="${3:-3}"; critical="${4:-1000}"; peer_failures="${5:-5}"
work="${MCF_WORK:-/tmp/multivector-mcf}"
mkdir -p "$work"
prefix="$work/corridors-${nodes}-${links}"

. "$root/bin/find-jdk.sh"; find_jdk >/dev/null
java_bin="$JAVA_HOME/bin/java"
if [ ! -f "$root/bench/target/benchmarks.jar" ]; then
  (cd "$root" && ./mvnw -B -q -pl bench -am package -DskipTests)
fi

if [ ! -f "$prefix-c1.dimacs" ]; then
  echo "generating $nodes nodes, $links links, $commodities commodities ..." >&2
  python3 "$here/gen_corridors.py" "$nodes" "$links" "$commodities" 1 "$prefix"
fi

# the peers are Debian packages: install them when missing and apt-get can (root), else skip them
missing=""
[ -f /usr/include/lemon/network_simplex.h ] || missing="$missing liblemon-dev"
command -v g++ >/dev/null || missing="$missing g++"
/usr/bin/python3 -c 'import networkx' 2>/dev/null || missing="$missing python3-networkx"
if [ -n "$missing" ] && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  echo "installing$missing ..." >&2
  apt-get install -y $missing >/dev/null 2>&1 || (apt-get update >/dev/null 2>&1 && apt-get install -y $missing >/dev/null 2>&1) \
    || echo "could not install$missing; those peers are skipped" >&2
fi

have_lemon=0
if command -v g++ >/dev/null && [ -f /usr/include/lemon/network_simplex.h ]; then
  g++ -O2 -o "$work/lemon_side" "$here/lemon_side.cc" && have_lemon=1
else
  echo "LEMON skipped: install g++ and liblemon-dev (apt-get install -y liblemon-dev)" >&2
fi
have_nx=0
if /usr/bin/python3 -c 'import networkx' 2>/dev/null; then have_nx=1; else
  echo "networkx skipped: install python3-networkx (apt-get install -y python3-networkx)" >&2
fi

value() { awk -v k="$1" '$1 == k { print $2; exit }' "$2"; }
costof() { awk -v k="$1" '$1 == k { for (i = 1; i <= NF; i++) if ($i == "cost") { print $(i + 1); exit } }' "$2"; }
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%dT%H:%MZ)"
printf '%-10s %14s %14s %14s %14s %10s %10s %s\n' commodity multivector_ms lemon_ns_ms lemon_cs_ms networkx_ms vs_lemon_ns vs_networkx costs
for c in $(seq 1 "$commodities"); do
  file="$prefix-c$c.dimacs"
  k=0; [ "$c" = 1 ] && k="$critical"
  "$java_bin" -Xmx4g -cp "$root/bench/target/benchmarks.jar" org.multivector.bench.mcf.SideBySide "$file" "$k" 1 0 > "$work/mv-c$c.txt"
  mv_ms=$(value network_simplex_ms "$work/mv-c$c.txt"); mv_cost=$(awk '$1 == "cost" { print $2 }' "$work/mv-c$c.txt")
  ln_ms=-; lc_ms=-; ln_cost=-; nx_ms=-; nx_cost=-
  if [ $have_lemon = 1 ]; then
    if [ "$c" = 1 ]; then "$work/lemon_side" "$file" 1 "$file.critical-arcs" "$peer_failures" > "$work/lemon-c$c.txt"
    else "$work/lemon_side" "$file" 1 > "$work/lemon-c$c.txt"; fi
    ln_ms=$(value network_simplex_ms "$work/lemon-c$c.txt"); lc_ms=$(value cost_scaling_ms "$work/lemon-c$c.txt")
    ln_cost=$(costof network_simplex_ms "$work/lemon-c$c.txt")
  fi
  if [ $have_nx = 1 ] && [ "$c" = 1 ]; then
    /usr/bin/python3 "$here/nx_side.py" "$file" > "$work/nx-c$c.txt"
    nx_ms=$(value network_simplex_ms "$work/nx-c$c.txt"); nx_cost=$(costof network_simplex_ms "$work/nx-c$c.txt")
  fi
  ratio_l=-; ratio_n=-
  [ "$ln_ms" != - ] && ratio_l=$(awk -v a="$mv_ms" -v b="$ln_ms" 'BEGIN { printf "%.2fx", a / b }')
  [ "$nx_ms" != - ] && ratio_n=$(awk -v a="$mv_ms" -v b="$nx_ms" 'BEGIN { printf "%.3fx", a / b }')
  agree="mv=$mv_cost lemon=$ln_cost nx=$nx_cost"
  printf '%-10s %14s %14s %14s %14s %10s %10s %s\n' "c$c" "$mv_ms" "$ln_ms" "$lc_ms" "$nx_ms" "$ratio_l" "$ratio_n" "$agree"
done
echo
echo "single-failure criticality, commodity c1 (links drawn, seed 1, among those carrying flow):"
mv_links=$(value criticality_links "$work/mv-c1.txt"); mv_crit=$(value criticality_ms "$work/mv-c1.txt")
echo "  multivector warm re-optimisation: $mv_links links in $mv_crit ms = $(awk -v a="$mv_crit" -v n="$mv_links" 'BEGIN { printf "%.1f", a / n }') ms per failure"
if [ $have_lemon = 1 ]; then
  l_links=$(value criticality_links "$work/lemon-c1.txt"); l_crit=$(value criticality_ms "$work/lemon-c1.txt")
  echo "  LEMON NetworkSimplex from scratch: $l_links links in $l_crit ms = $(awk -v a="$l_crit" -v n="$l_links" 'BEGIN { printf "%.1f", a / n }') ms per failure"
  echo "  per-failure ratio multivector / LEMON: $(awk -v a="$mv_crit" -v n="$mv_links" -v b="$l_crit" -v m="$l_links" 'BEGIN { printf "%.3fx", (a / n) / (b / m) }')"
  "$java_bin" -cp "$root/bench/target/benchmarks.jar" org.multivector.bench.mcf.CheckFailures "$prefix-c1.dimacs.failure-costs" "$peer_failures" "$(value criticality_cost_sum "$work/lemon-c1.txt")"
fi
echo "raw outputs in $work"
