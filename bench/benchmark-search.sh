#!/usr/bin/env bash
# Search speed, memory, snapshot size and cold start on a generated corpus (see bench/README.md, "Search").
# Usage: bench/benchmark-search.sh [items=100000] [eval-dir]
#        bench/benchmark-search.sh --native [toolchain dir=../shared/tools/native-toolchain]
#          the API function itself, native, from process start to its first GET /search, over the snapshot the
#          run above left in bench/target/search-snapshot.bin (builds the native API with the experimental toolchain)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [ "${1:-}" = "--native" ]; then
  toolchain="${2:-$root/../shared/tools/native-toolchain}"
  gvm="$root/target/gvm-home"
  out="$root/target/native-check"
  [ -f bench/target/search-snapshot.bin ] || { echo "run bench/benchmark-search.sh first: it writes the snapshot" >&2; exit 1; }
  [ -x "$gvm/bin/native-image" ] || bash "$toolchain/setup-gvm-home.sh" "$gvm"
  mvn -B -q install -DskipTests -pl local/run -am >/dev/null
  mvn -B package -Dnative -DskipTests -Dquarkus.native.graalvm-home="$gvm" -pl functions/api > "$root/target/search-native-build.log" 2>&1
  libs="$out/native-libs"
  mkdir -p "$libs/svmstub"
  cp "$gvm"/lib/lib{java,nio,net,zip,extnet,management_ext}.so "$libs/"
  cp "$gvm/lib/svmstub/libjvm.so" "$libs/svmstub/"
  cp "$gvm/lib/svmstub/libjvm.so" "$libs/"
  mvn -B -q -pl local/run dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" >/dev/null
  cp="$(cat "$out/classpath.txt"):local/run/target/classes"
  java -cp "$cp" org.hundredparks.local.SearchStartup native "$root" bench/target/search-snapshot.bin "$libs"
  # put the JVM function.zip back for the local run and the tests, and time the same on the JVM
  mvn -B -q package -DskipTests -pl functions/api >/dev/null
  exec java -cp "$cp" org.hundredparks.local.SearchStartup jvm "$root" bench/target/search-snapshot.bin
fi
size="${1:-100000}"
dir="$(cd "${2:-$root/../shared/eval/matching}" && pwd)"
mvn -B -q install -pl bench -am -DskipTests >/dev/null
mvn -B -q -pl bench dependency:build-classpath -Dmdep.outputFile="$root/bench/target/classpath.txt" >/dev/null
cp="$(cat bench/target/classpath.txt):bench/target/classes"
exec java -Xmx512m -XX:+UseSerialGC -Dhundredparks.root="$root" -cp "$cp" org.hundredparks.bench.SearchBenchmark "$size" "$dir"
