#!/usr/bin/env bash
# Runs the black-box scripts of tests/blackbox against the built host, as it is deployed: publishes the bot, starts an
# anonymous and an authenticated instance on loopback (no credentials: the authenticated one has a made-up app id,
# so every token must be refused), waits for /healthz, runs replies.py and hostile.py, stops both instances.
# CI runs it after `dotnet test` (.ci/run) and fails when it fails. replies.py needs `npm ci` in tests/node.
# Usage: scripts/blackbox.sh [PORT]   (default 4400; PORT+1 is the authenticated instance)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-4400}
auth_port=$((port + 1))
out=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$out"
}
trap cleanup EXIT

dotnet publish src/IntegrationBot -c Release -o "$out" -v q --nologo
export Logging__LogLevel__Default=Warning
dotnet "$out/IntegrationBot.dll" --urls "http://127.0.0.1:$port" >"$out/anonymous.log" 2>&1 &
pids+=($!)
dotnet "$out/IntegrationBot.dll" --urls "http://127.0.0.1:$auth_port" \
  --MicrosoftAppId 11111111-1111-1111-1111-111111111111 --MicrosoftAppPassword blackbox-not-a-secret >"$out/authenticated.log" 2>&1 &
pids+=($!)

for p in "$port" "$auth_port"; do
  for _ in $(seq 1 60); do
    curl -fsS "http://127.0.0.1:$p/healthz" >/dev/null 2>&1 && break
    sleep 1
  done
  curl -fsS "http://127.0.0.1:$p/healthz" >/dev/null || { echo "the bot on port $p did not start:"; cat "$out"/*.log; exit 1; }
done

status=0
python3 tests/blackbox/replies.py "http://127.0.0.1:$port/api/messages" || status=1
python3 tests/blackbox/hostile.py --anon "http://127.0.0.1:$port" --auth "http://127.0.0.1:$auth_port" || status=1
exit "$status"
