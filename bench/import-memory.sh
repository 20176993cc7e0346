#!/usr/bin/env bash
# The import worker reading hostile uploads within the size limit, in a 256 MB heap (see bench/README.md).
# Usage: bench/import-memory.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -B -q install -pl bench -am -DskipTests >/dev/null
mvn -B -q -pl bench dependency:build-classpath -Dmdep.outputFile="$root/bench/target/classpath.txt" >/dev/null
cp="$(cat bench/target/classpath.txt):bench/target/classes"
exec java -Xmx256m -XX:+UseSerialGC -cp "$cp" org.hundredparks.bench.ImportMemoryBenchmark
