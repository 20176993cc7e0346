#!/usr/bin/env bash
# A national final report over generated records: time and heap (see bench/README.md).
# Usage: bench/benchmark-reports.sh [items=100000] [--dynamodb]
#   without --dynamodb: figures and files from records in memory (the part after the read)
#   with --dynamodb:    the records written into dynalite through the services, then the whole report, read included
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
size="${1:-100000}"
main=org.hundredparks.bench.ReportBenchmark
if [ "${2:-}" = "--dynamodb" ]; then main=org.hundredparks.bench.ReportReadBenchmark; fi

cd "$root"
mvn -B -q install -pl bench -am -DskipTests >/dev/null
mvn -B -q -pl bench dependency:build-classpath -Dmdep.outputFile="$root/bench/target/classpath.txt" >/dev/null
cp="$(cat bench/target/classpath.txt):bench/target/classes"
exec java -Xmx512m -XX:+UseSerialGC -Dhundredparks.root="$root" -cp "$cp" "$main" "$size"
