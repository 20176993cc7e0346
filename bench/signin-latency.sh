#!/usr/bin/env bash
# Sign-in latency through the local run, each timed N times after a warm-up: a bound person's WeChat sign-in
# (POST /auth/wechat with a fresh wx.login code from the stand-in; getting the code is not timed), the
# client-credentials grant (POST /auth/token), and GET /health (the local front's own cost per request, see
# issue 15). Needs the platform up (local/run.sh) on $BASE. Usage: bench/signin-latency.sh [requests, default 200]
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
# a person bound to a fresh openid, through an invitation of the same organisation
openid="bench-openid-$(date +%s)"
invitation=$(curl -sf -X POST "$BASE/organisations/$org/invitations" -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' -d '{}' | sed 's/.*"code":"\([^"]*\)".*/\1/')
code() { curl -sf "$BASE/_local/wechat/login?openid=$openid" | sed 's/.*"code":"\([^"]*\)".*/\1/'; }
ticket=$(curl -sf -X POST "$BASE/auth/wechat" -H 'Content-Type: application/json' -d "{\"code\": \"$(code)\"}" \
  | sed 's/.*"bindingTicket":"\([^"]*\)".*/\1/')
curl -sf -o /dev/null -X POST "$BASE/auth/wechat/bind" -H 'Content-Type: application/json' \
  -d "{\"bindingTicket\": \"$ticket\", \"invitationCode\": \"$invitation\"}"
wechat() { c=$(code); curl -s -o /dev/null -w "%{time_total}\n" -X POST "$BASE/auth/wechat" -H 'Content-Type: application/json' -d "{\"code\": \"$c\"}"; }
for _ in $(seq 1 20); do grant >/dev/null; wechat >/dev/null; done
echo "| request | n | p50 | p99 |"
echo "|---|---|---|---|"
for _ in $(seq 1 "$N"); do wechat; done | stats "POST /auth/wechat (a bound person)"
for _ in $(seq 1 "$N"); do grant; done | stats "POST /auth/token (client credentials)"
for _ in $(seq 1 "$N"); do curl -s -o /dev/null -w "%{time_total}\n" "$BASE/health"; done | stats "GET /health (the local front alone)"
