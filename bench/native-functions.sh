#!/usr/bin/env bash
# Native builds of the bare reference (bench/bare: a Quarkus Lambda function with nothing in it) and of the three
# native functions (matching runs on the JVM everywhere: its embedding model needs ONNX Runtime's JNI library) with
# the experimental toolchain (../shared/tools/native-toolchain), then start-up of each, native and JVM, against the
# local AWS stack and a Lambda runtime-API stand-in, every first result also as a multiple of the bare reference's
# and broken down by phase (see bench/README.md, "Native functions"). Not part of CI: the toolchain is not a
# supported builder.
# Usage: bench/native-functions.sh [toolchain dir=../shared/tools/native-toolchain]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
toolchain="${1:-$root/../shared/tools/native-toolchain}"
gvm="$root/target/gvm-home"
out="$root/target/native-check"
functions=(bare api jobs reminders)
module() { [ "$1" = bare ] && echo bench/bare || echo "functions/$1"; }
mkdir -p "$out"
cd "$root"

[ -x "$gvm/bin/native-image" ] || bash "$toolchain/setup-gvm-home.sh" "$gvm"
mvn -B -q install -DskipTests -pl local/aws-stack,functions/core -am >/dev/null

echo "| function | native build | executable | function.zip |" > "$out/builds.md"
echo "|---|---|---|---|" >> "$out/builds.md"
for f in "${functions[@]}"; do
  start=$(date +%s)
  m=$(module "$f")
  mvn -B package -Dnative -DskipTests -Dquarkus.native.graalvm-home="$gvm" -pl "$m" > "$out/build-$f.log" 2>&1
  seconds=$(( $(date +%s) - start ))
  runner=$(ls $m/target/*-runner)
  echo "| $f | ${seconds} s | $(( $(stat -c %s "$runner") / 1000000 )) MB | $(( $(stat -c %s $m/target/function.zip) / 1000000 )) MB |" >> "$out/builds.md"
  cp "$m/target/function.zip" "$out/$f-native.zip"
done
cat "$out/builds.md"

# The executables need the JDK libraries the toolchain links against, beside them in lib/.
libs="$out/native-libs"
mkdir -p "$libs/svmstub"
cp "$gvm"/lib/lib{java,nio,net,zip,extnet,management_ext}.so "$libs/"
cp "$gvm/lib/svmstub/libjvm.so" "$libs/svmstub/"
cp "$gvm/lib/svmstub/libjvm.so" "$libs/"

# matching runs on the JVM in both rounds: its package is the JVM one
mvn -B -q package -DskipTests -pl functions/matching >/dev/null
mvn -B -q install -DskipTests -pl local/run >/dev/null
mvn -B -q -pl local/run dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" >/dev/null
cp="$(cat "$out/classpath.txt"):local/run/target/classes"
java -Dhundredparks.root="$root" -cp "$cp" org.hundredparks.local.FunctionStartup native "$root" "$libs" | tee "$out/startup-native.md"

# The same functions in JVM mode (this also puts the JVM function.zip files back for the local run and tests).
mvn -B -q package -DskipTests -pl bench/bare,functions/api,functions/matching,functions/jobs,functions/reminders >/dev/null
java -Dhundredparks.root="$root" -cp "$cp" org.hundredparks.local.FunctionStartup jvm "$root" | tee "$out/startup-jvm.md"
