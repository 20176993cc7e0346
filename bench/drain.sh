#!/usr/bin/env bash
# Matching's drain on the local run (bench/README.md, "Matching drain"): publish N items through the API, time until
# every list is settled, and count the write units. Start the platform first (local/run.sh) on an empty or used table.
# Usage: bench/drain.sh [N=100] [eval-dir=../shared/eval/matching] [base=http://localhost:8080]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$(cd "${2:-$root/../shared/eval/matching}" && pwd)"
cd "$root/bench/load"
npm ci --no-audit --no-fund --silent
node drain.mjs "${3:-http://localhost:8080}" "${1:-100}" "$dir"
