#!/usr/bin/env bash
# Sign-in latency through the local run: the client-credentials grant (POST /auth/token) timed N times after a
# warm-up, beside GET /health (the local front's own cost per request, see issue 15). Needs the platform up
# (local/run.sh) on $BASE. Usage: bench/signin-latency.sh [requests, default 200]
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
N=${1:-200}
org="bench-$(date +%s)"
token=$(curl -sf "$BASE/_local/tokens?role=UNIVERSITY&org=$org&region=440300" | sed 's/.*"token":"\([^"]*\)".*/\1/')
registered=$(curl -sf -X POST "$BASE/organisations/$org/clients" -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' -d '{"name": "latency bench"}')
id=$(echo "$registered" | sed 's/.*"clientId":"\([^"]*\)".*/\1/')
secret=$(echo "$registered" | sed 's/.*"clientSecret":"\([^"]*\)".*/\1/')
grant() { curl -s -o /dev/null -w "%{time_total}\n" -X POST "$BASE/auth/token" -d grant_type=client_credentials -d "client_id=$id" -d "client_secret=$secret"; }
stats() { sort -n | awk -v what="$1" '{a[NR]=$1} END{printf "| %s | %d | %.1f ms | %.1f ms |\n", what, NR, a[int(NR*0.5)]*1000, a[int(NR*0.99)]*1000}'; }
for _ in $(seq 1 20); do grant >/dev/null; done
echo "| request | n | p50 | p99 |"
echo "|---|---|---|---|"
for _ in $(seq 1 "$N"); do grant; done | stats "POST /auth/token (client credentials)"
for _ in $(seq 1 "$N"); do curl -s -o /dev/null -w "%{time_total}\n" "$BASE/health"; done | stats "GET /health (the local front alone)"
