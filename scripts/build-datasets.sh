#!/usr/bin/env bash
# Rebuilds the official-statistics figures of the embedded Kazakhstan dataset
# (core/src/main/resources/datasets/kazakhstan/) from the publishers' raw files, with the
# `multivector import` readers; every figure cites the public source (publisher, title, year, URL).
#
#   scripts/build-datasets.sh [DATA_DIR]          DATA_DIR defaults to ../shared/data (relative to the repo)
#   scripts/build-datasets.sh --world [DATA_DIR]  builds the shipped world dataset instead
#                                                 (core/src/main/resources/datasets/world/, scripts/assemble-world.py)
#
# DATA_DIR holds the raw files as published: kz-bns-trade/*.xls (stat.gov.kz), imf-dots/*.xlsx
# (data.imf.org DOTS), wdi-gdp/gdp.csv (World Bank NY.GDP.MKTP.CD), sipri-register/*.csv
# (sipri.org/databases/armstransfers), unga-ideal-points/*.csv (Harvard Dataverse hdl:1902.1/12379).
# Skips cleanly (exit 0) when DATA_DIR is absent. Hand-curated files (fdi, crude, membership) are kept.
set -euo pipefail
world=""
if [ "${1:-}" = "--world" ]; then world=1; shift; fi
repo="$(cd "$(dirname "$0")/.." && pwd)"
data="${1:-$repo/../shared/data}"
if [ ! -d "$data" ]; then
  echo "build-datasets: $data not found; nothing rebuilt (pass the folder of raw files as the first argument)"
  exit 0
fi
data="$(cd "$data" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mv="$repo/multivector"
retrieved="${RETRIEVED:-2026-12-01}"   # the day the raw files were retrieved, cited as the download date
imp() { "$mv" import "$@" --downloaded "$retrieved" --no-check --format csv > /dev/null; }

if [ -n "$world" ]; then
  echo "build-datasets: world dataset, importing from $data"
  # every reporter's workbook (the first listed in index.tsv when a reporter has two); own figures only,
  # the mirror figures are derived by assemble-world.py. Negative cells are skipped (--lenient) and counted.
  dots=()
  declare -A seen=()
  while IFS=$'\t' read -r file reporter years; do
    [ "$file" = file ] && continue
    [ -n "${seen[$reporter]:-}" ] && continue
    seen[$reporter]=1
    dots+=("$data/imf-dots/$file")
  done < "$data/imf-dots/index.tsv"
  "$mv" import imf-dots "${dots[@]}" --into "$work/dots" --focal USA --mirror none --lenient --downloaded "$retrieved" --no-check --format csv > "$work/dots.out"
  negative=$(grep -c '^skipped,.*\[negative-value\]' "$work/dots.out" || true)
  other=$(grep '^skipped,' "$work/dots.out" | grep -vc '\[negative-value\]' || true)
  grep '^skipped,' "$work/dots.out" | sed 's/^/  /' || true
  echo "build-datasets: IMF DOTS: ${#dots[@]} workbooks, $negative negative cells skipped, $other other rows skipped"
  [ "$other" = 0 ] || { echo "build-datasets: DOTS rows skipped for another reason than a negative value; see above" >&2; exit 1; }
  imp bns-kaz "$data"/kz-bns-trade/*.xls --into "$work/bns"
  imp wdi "$data/wdi-gdp/gdp.csv" --into "$work/wdi" --focal USA
  imp sipri-register "$data"/sipri-register/*.csv --into "$work/sipri" --focal USA --mirror none
  imp unga "$data"/unga-ideal-points/*.csv --into "$work/unga" --focal USA
  python3 "$repo/scripts/assemble-world.py" "$work" "$repo/core/src/main/resources/datasets/world" "$negative"
  exec "$mv" check "$repo/core/src/main/resources/datasets/world"
fi

echo "build-datasets: importing from $data"
imp bns-kaz "$data"/kz-bns-trade/*.xls --into "$work/bns"
imp imf-dots "$data/imf-dots/$(awk -F'\t' '$2 ~ /^Kazakhstan/ {print $1}' "$data/imf-dots/index.tsv")" --into "$work/dots-kaz" --focal KAZ
# every other reporter's workbook: their figures about Kazakhstan become mirror figures
# (the download holds two workbooks for some reporters: the first listed in index.tsv is read)
others=()
declare -A seen=()
while IFS=$'\t' read -r file reporter years; do
  [ "$file" = file ] && continue
  case "$reporter" in Kazakhstan*) continue ;; esac
  [ -n "${seen[$reporter]:-}" ] && continue
  seen[$reporter]=1
  others+=("$data/imf-dots/$file")
done < "$data/imf-dots/index.tsv"
imp imf-dots "${others[@]}" --into "$work/dots-partners" --focal KAZ --mirror focal --lenient
imp wdi "$data/wdi-gdp/gdp.csv" --into "$work/wdi" --focal KAZ
imp sipri-register "$data"/sipri-register/*.csv --into "$work/sipri" --focal KAZ
imp unga "$data"/unga-ideal-points/*.csv --into "$work/unga" --focal KAZ

if [ -n "${VALIDATE_ONLY:-}" ]; then
  exec python3 "$repo/scripts/assemble-datasets.py" "$work" "$repo/core/src/main/resources/datasets/kazakhstan" --check
fi
python3 "$repo/scripts/assemble-datasets.py" "$work" "$repo/core/src/main/resources/datasets/kazakhstan"
"$mv" check "$repo/core/src/main/resources/datasets/kazakhstan"
