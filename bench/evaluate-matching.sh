#!/usr/bin/env bash
# nDCG@10 of the matching engine against the reference baseline on the graded data set.
# Usage: bench/evaluate-matching.sh [eval-dir]   (default: ../shared/eval/matching beside the repository)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$(cd "${1:-$root/../shared/eval/matching}" && pwd)"
cd "$root"
mvn -B -q install -pl bench -am -DskipTests >/dev/null
mvn -B -q -pl bench exec:java -Dexec.mainClass=org.hundredparks.bench.MatchingEvaluation -Dexec.args="$dir"
