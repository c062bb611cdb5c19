#!/usr/bin/env bash
# Re-reads the raw files (default ../shared/data) with the `multivector import` readers and checks
# every official figure embedded in core/src/main/resources/datasets/kazakhstan/official-*.csv
# against them; prints how many were checked, mismatched and not found. Skips cleanly (exit 0)
# when the raw files are absent.   scripts/validate-official-data.sh [DATA_DIR]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
data="${1:-$repo/../shared/data}"
if [ ! -d "$data" ]; then
  echo "validate-official-data: $data not found; skipped"
  exit 0
fi
VALIDATE_ONLY=1 exec "$repo/scripts/build-datasets.sh" "$data"
