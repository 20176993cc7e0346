#!/usr/bin/env bash
# Runs the whole platform on this machine: the API on http://localhost:8080 (health: /health),
# DynamoDB (dynalite) and S3 (s3proxy) on loopback, every function as a real Lambda process.
# Data stays under .local-data/ across restarts. Ctrl-C stops everything this started.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in java mvn node npm; do
  command -v "$tool" >/dev/null || { echo "missing: $tool (see README, Requirements)" >&2; exit 1; }
done

# Builds what changed and installs dynalite from the lockfile when it is missing.
mvn -B -q install -DskipTests

exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -Dhundredparks.root="$PWD" -jar local/run/target/local-run.jar
