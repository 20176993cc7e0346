#!/usr/bin/env bash
# Search speed, memory, snapshot size and cold start on a generated corpus (see bench/README.md, "Search").
# Usage: bench/benchmark-search.sh [items=100000] [eval-dir]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
size="${1:-100000}"
dir="$(cd "${2:-$root/../shared/eval/matching}" && pwd)"
cd "$root"
mvn -B -q install -pl bench -am -DskipTests >/dev/null
mvn -B -q -pl bench dependency:build-classpath -Dmdep.outputFile="$root/bench/target/classpath.txt" >/dev/null
cp="$(cat bench/target/classpath.txt):bench/target/classes"
exec java -Xmx512m -XX:+UseSerialGC -Dhundredparks.root="$root" -cp "$cp" org.hundredparks.bench.SearchBenchmark "$size" "$dir"
