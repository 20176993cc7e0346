#!/usr/bin/env bash
# Renders a generated report to PDF pages a person can look at (bench/README.md, "Evaluation reports"): the
# generated records of the report benchmark, a mid-term report of the scope, the .docx through LibreOffice headless
# into PDF, its pages into PNG. Needs LibreOffice (soffice) and poppler (pdftoppm), with a CJK font:
#   apt-get install libreoffice-writer-nogui libreoffice-calc-nogui fonts-noto-cjk poppler-utils
# Usage: bench/render-report.sh [items=20000] [scope=NATION] [out=bench/target/report]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
size="${1:-20000}"
scope="${2:-NATION}"
out="${3:-$root/bench/target/report}"
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "missing: $tool (see the apt-get line at the top of this script)" >&2; exit 1; }
done
cd "$root"
mvn -B -q install -pl bench -am -DskipTests >/dev/null
mvn -B -q -pl bench dependency:build-classpath -Dmdep.outputFile="$root/bench/target/classpath.txt" >/dev/null
docx="$(java -cp "$(cat bench/target/classpath.txt):bench/target/classes" org.hundredparks.bench.ReportRender "$size" "$scope" "$out")"
soffice --headless --convert-to pdf --outdir "$out" "$docx" >/dev/null
pdf="${docx%.docx}.pdf"
pdftoppm -png -r 70 "$pdf" "${docx%.docx}-page"
echo "$pdf"
ls "${docx%.docx}"-page-*.png
