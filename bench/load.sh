#!/usr/bin/env bash
# Load on the local run (bench/README.md, "Load"): autocannon on a mix of 8 reads and 2 writes in every 10 requests,
# 60 s at 1, 4 and 16 connections; throughput, latency, errors and the API function's own time per level.
# Start the platform first (local/run.sh). Usage: bench/load.sh [seconds=60] [levels=1,4,16] [base=http://localhost:8080]
set -euo pipefail
cd "$(dirname "$0")/load"
npm ci --no-audit --no-fund --silent
node load.mjs "${3:-http://localhost:8080}" "${1:-60}" "${2:-1,4,16}"
