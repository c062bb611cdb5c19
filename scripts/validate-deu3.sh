#!/usr/bin/env bash
# Scores every bargaining-model variant and the baselines on DEU III (353 real EU decisions).
# Usage: scripts/validate-deu3.sh [DIR]   (DIR holds deu3.tsv; default $DEU3_DIR, else data/deu3 in the clone,
#        else ../shared/data/deu3 beside it)
# Skips cleanly (exit 0) when the data is absent: DEU III is not shipped with multivector.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
dir=${1:-${DEU3_DIR:-}}
if [ -z "$dir" ]; then
  dir="$root/data/deu3"
  [ -f "$dir/deu3.tsv" ] || [ ! -f "$root/../shared/data/deu3/deu3.tsv" ] || dir=$(cd "$root/../shared/data/deu3" && pwd)
fi
if [ ! -f "$dir/deu3.tsv" ] && [ ! -f "$dir" ]; then
  echo "validate-deu3: no DEU III data at $dir (deu3.tsv); skipping." >&2
  echo "Get it from Arregui & Perarnaud (2021), doi:10.34810/data53, in the layout of blksv/predictioneers_game, and pass its folder." >&2
  exit 0
fi
shift $(( $# > 0 ? 1 : 0 ))
exec "$root/multivector" bargain-validate "$dir" "$@"
