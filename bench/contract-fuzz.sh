#!/usr/bin/env bash
# The contract fuzzer against the local run (README "The API contract", bench/README.md "Contract fuzzer"):
# requests generated from openapi/openapi.yaml, valid and hostile, under every role's token, a forged one and none.
# Fails on any 5xx, dropped connection, error that is not problem+json, or answer the contract does not declare.
# Start the platform first (local/run.sh). Usage: bench/contract-fuzz.sh [requests=10000] [seed=1] [base=http://localhost:8080]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
requests="${1:-10000}"
seed="${2:-1}"
base="${3:-http://localhost:8080}"
mvn -B -q install -DskipTests -pl local/fuzzer -am >/dev/null
mvn -B -q -pl local/fuzzer dependency:build-classpath -Dmdep.outputFile=target/fuzzer-classpath.txt >/dev/null
java -cp "$(cat local/fuzzer/target/fuzzer-classpath.txt):local/fuzzer/target/classes" \
  org.hundredparks.local.fuzz.FuzzLocalRun "$base" "$requests" "$seed" openapi/openapi.yaml
