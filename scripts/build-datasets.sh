#!/usr/bin/env bash
# Rebuilds the official-statistics figures of the embedded Kazakhstan dataset
# (core/src/main/resources/datasets/kazakhstan/) from the publishers' raw files, with the
# `multivector import` readers; every figure cites the public source (publisher, title, year, URL).
#
#   scripts/build-datasets.sh [DATA_DIR]      DATA_DIR defaults to ../shared/data (relative to the repo)
#
# DATA_DIR holds the raw files as published: kz-bns-trade/*.xls (stat.gov.kz), imf-dots/*.xlsx
# (data.imf.org DOTS), wdi-gdp/gdp.csv (World Bank NY.GDP.MKTP.CD), sipri-register/*.csv
# (sipri.org/databases/armstransfers), unga-ideal-points/*.csv (Harvard Dataverse hdl:1902.1/12379).
# Skips cleanly (exit 0) when DATA_DIR is absent. Hand-curated files (fdi, crude, membership) are kept.
set -euo pipefail
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
