#!/usr/bin/env bash
# The local run's own overhead per request (bench/README.md, "The local run's overhead"): autocannon on GET /health,
# which does no work in the function, at 1 and 10 connections after a 5 s warm-up.
# Start the platform first (local/run.sh). Usage: bench/local-overhead.sh [seconds=20] [levels=1,10] [base=http://localhost:8080]
set -euo pipefail
cd "$(dirname "$0")/load"
npm ci --no-audit --no-fund --silent
node overhead.mjs "${3:-http://localhost:8080}" "${1:-20}" "${2:-1,10}"
