#!/usr/bin/env bash
# Matching speed, size and memory on a generated corpus, next to Lucene BM25 (see bench/README.md).
# Usage: bench/benchmark-matching.sh [items=100000] [eval-dir]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
size="${1:-100000}"
dir="$(cd "${2:-$root/../shared/eval/matching}" && pwd)"
cd "$root"
mvn -B -q install -pl bench -am -DskipTests >/dev/null
mvn -B -q -pl bench dependency:build-classpath -Dmdep.outputFile="$root/bench/target/classpath.txt" >/dev/null
cp="$(cat bench/target/classpath.txt):bench/target/classes"
exec java -Xmx512m -XX:+UseSerialGC -cp "$cp" org.hundredparks.bench.MatchingBenchmark "$size" "$dir"
