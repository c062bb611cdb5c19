#!/usr/bin/env bash
# Re-reads the raw files (default ../shared/data) with the `multivector import` readers and checks
# every official figure embedded in core/src/main/resources/datasets/kazakhstan/official-*.csv
# against them; prints how many were checked, mismatched and not found. Then reads the IMF DOTS
# workbooks a second, independent way (scripts/crosscheck-dots.py: Python's zip and XML parsers, not
# Apache POI) and compares Kazakhstan's figures with its main partners cell by cell. Skips cleanly
# (exit 0) when the raw files are absent.   scripts/validate-official-data.sh [DATA_DIR]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
data="${1:-$repo/../shared/data}"
if [ ! -d "$data" ]; then
  echo "validate-official-data: $data not found; skipped"
  exit 0
fi
status=0
VALIDATE_ONLY=1 "$repo/scripts/build-datasets.sh" "$data" || status=1
python3 "$repo/scripts/crosscheck-dots.py" "$data/imf-dots" "$repo/core/src/main/resources/datasets/kazakhstan" || status=1
exit $status
