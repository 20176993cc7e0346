#!/usr/bin/env bash
# A national final report over generated records: time and heap (see bench/README.md).
# Usage: bench/benchmark-reports.sh [items=100000]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
size="${1:-100000}"

cd "$root"
mvn -B -q install -pl bench -am -DskipTests >/dev/null
mvn -B -q -pl bench dependency:build-classpath -Dmdep.outputFile="$root/bench/target/classpath.txt" >/dev/null
cp="$(cat bench/target/classpath.txt):bench/target/classes"
exec java -Xmx512m -XX:+UseSerialGC -cp "$cp" org.hundredparks.bench.ReportBenchmark "$size"
