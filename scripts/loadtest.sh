#!/usr/bin/env bash
# Side-by-side load test of POST /api/messages (see docs/performance.md):
#   bare  = benchmarks/Baselines/BareKestrel  (Kestrel returning a fixed JSON: the ceiling)
#   echo  = benchmarks/Baselines/EchoBot      (the stock Bot Framework echo bot with state and a small card)
#   ours  = src/IntegrationBot                (the real bot with its shipped data)
#   ours-sdk = the same bot with the host's performance options off (before/after of src/IntegrationBot/Performance)
# Each app is built in Release, started on a loopback port, warmed up (tiered JIT needs 10-15 s of load),
# measured with wrk (deliveryMode expectReplies, a NEW conversation per request) and stopped again.
# Ratios are only meaningful within one run: the machine is shared.
#
# Usage: scripts/loadtest.sh [options]
#   --duration SEC      measured seconds per app (default 30)
#   --warmup SEC        warm-up seconds per app, discarded (default 15)
#   --threads N         wrk threads (default 2)
#   --connections N     wrk connections (default 32)
#   --targets LIST      comma-separated subset of bare,echo,ours,ours-sdk (default bare,echo,ours)
#   --soak [MIN]        soak test instead: saturate each target for MIN minutes (default 10, targets default: ours),
#                       sample RSS every 10 s, report errors and memory growth; our bot also gets Web Chat traffic
#                       over the local Direct Line meanwhile (scripts/directline-traffic.py soak)
#   --conversations N   instead: send N requests (N new conversations) to each target (default target: ours) and
#                       report RSS before and after, to show what conversation state costs in memory
#   --synopsis-scale N  run our bot on the shipped synopsis grown N-fold (seed cities plus synthetic ones, written by
#                       benchmarks/IntegrationBot.Benchmarks write-synopsis)
#   --ours-text TEXT    question our bot gets (default: the seed question "Wo ist Integration in Stuttgart angebunden?")
#   --ours-arg ARG      extra argument for our bot, repeatable (e.g. --ours-arg --Synopsis:Path=/tmp/big.tsv)
#   --no-build          use the existing Release build
#   --out DIR           where raw wrk output, logs and RSS samples go (default artifacts/loadtest/<UTC time>)
# Needs: dotnet, wrk (Debian: apt-get install -y wrk), curl. Uses only 127.0.0.1 ports 4201-4204.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LUA="$REPO/benchmarks/LoadTest/new-conversation.lua"

DURATION=30
WARMUP=15
THREADS=2
CONNECTIONS=32
TARGETS=""
SOAK_MINUTES=""
CONVERSATIONS=""
SYNOPSIS_SCALE=""
OURS_TEXT=""
BUILD=1
OUT=""
OURS_ARGS=()

while [[ $# -gt 0 ]]; do
  case "$1" in
    --duration) DURATION="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --targets) TARGETS="$2"; shift 2 ;;
    --soak)
      if [[ $# -gt 1 && "$2" =~ ^[0-9]+$ ]]; then SOAK_MINUTES="$2"; shift 2; else SOAK_MINUTES=10; shift; fi ;;
    --conversations) CONVERSATIONS="$2"; shift 2 ;;
    --synopsis-scale) SYNOPSIS_SCALE="$2"; shift 2 ;;
    --ours-text) OURS_TEXT="$2"; shift 2 ;;
    --ours-arg) OURS_ARGS+=("$2"); shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --out) OUT="$2"; shift 2 ;;
    -h|--help) sed -n '2,27p' "$0"; exit 0 ;;
    *) echo "Unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

if [[ -z "$TARGETS" ]]; then
  if [[ -n "$SOAK_MINUTES" || -n "$CONVERSATIONS" ]]; then TARGETS="ours"; else TARGETS="bare,echo,ours"; fi
fi
OUT="${OUT:-$REPO/artifacts/loadtest/$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$OUT"

for tool in dotnet wrk curl awk; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    case "$tool" in
      wrk) echo "wrk is not installed. On Debian/Ubuntu: apt-get install -y wrk" >&2 ;;
      *) echo "$tool is required but not installed." >&2 ;;
    esac
    exit 1
  fi
done

# --- the three apps -----------------------------------------------------------------------------------------
declare -A PROJECT=(
  [bare]="benchmarks/Baselines/BareKestrel/BareKestrel.csproj"
  [echo]="benchmarks/Baselines/EchoBot/EchoBot.csproj"
  [ours]="src/IntegrationBot/IntegrationBot.csproj"
  [ours-sdk]="src/IntegrationBot/IntegrationBot.csproj")
declare -A DLL=(
  [bare]="benchmarks/Baselines/BareKestrel/bin/Release/net10.0/BareKestrel.dll"
  [echo]="benchmarks/Baselines/EchoBot/bin/Release/net10.0/EchoBot.dll"
  [ours]="src/IntegrationBot/bin/Release/net10.0/IntegrationBot.dll"
  [ours-sdk]="src/IntegrationBot/bin/Release/net10.0/IntegrationBot.dll")
declare -A PORT=([bare]=4201 [echo]=4202 [ours]=4203 [ours-sdk]=4204)
SEED_QUESTION="${OURS_TEXT:-Wo ist Integration in Stuttgart angebunden?}"
declare -A TEXT=([bare]="Hallo" [echo]="Hallo Echo" [ours]="$SEED_QUESTION" [ours-sdk]="$SEED_QUESTION")
# What a correct reply must contain (checked with curl before and after the load).
# Our bot must answer with a card (any question); the seed question must name Stuttgart.
OURS_EXPECT='application/vnd.microsoft.card.adaptive'
if [[ -z "$OURS_TEXT" ]]; then OURS_EXPECT='Stuttgart'; fi
declare -A EXPECT=([bare]='"activities"' [echo]='Echo: Hallo Echo' [ours]="$OURS_EXPECT" [ours-sdk]="$OURS_EXPECT")
# The host's performance options switched off: the SDK's own per-turn behaviour.
SDK_ARGS=(--Performance:ClientCaching=false --Performance:CompactResponses=false)

IFS=',' read -r -a TARGET_LIST <<<"$TARGETS"
for t in "${TARGET_LIST[@]}"; do
  [[ -n "${PROJECT[$t]:-}" ]] || { echo "Unknown target '$t' (use bare, echo, ours, ours-sdk)" >&2; exit 2; }
done

STARTED_PIDS=()
stop_pid() {
  local pid="$1"
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.2; done
  kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
  for pid in "${STARTED_PIDS[@]}"; do stop_pid "$pid"; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ "$BUILD" == 1 ]]; then
  for t in $(printf '%s\n' "${TARGET_LIST[@]}" | sed 's/^ours-sdk$/ours/' | sort -u); do
    echo "Building ${PROJECT[$t]} (Release)..."
    dotnet build -c Release -v q -nologo "$REPO/${PROJECT[$t]}" >"$OUT/build-$t.log" 2>&1 \
      || { tail -20 "$OUT/build-$t.log"; echo "Build of $t failed" >&2; exit 1; }
  done
fi

if [[ -n "$SYNOPSIS_SCALE" ]]; then
  dotnet build -c Release -v q -nologo "$REPO/benchmarks/IntegrationBot.Benchmarks/IntegrationBot.Benchmarks.csproj" >"$OUT/build-benchmarks.log" 2>&1 \
    || { tail -20 "$OUT/build-benchmarks.log"; echo "Build of the benchmarks failed" >&2; exit 1; }
  dotnet "$REPO/benchmarks/IntegrationBot.Benchmarks/bin/Release/net10.0/IntegrationBot.Benchmarks.dll" \
    write-synopsis "$OUT/synopsis-x$SYNOPSIS_SCALE.tsv" "$SYNOPSIS_SCALE" | tee -a "$OUT/summary.txt"
  OURS_ARGS+=("--Synopsis:Path=$OUT/synopsis-x$SYNOPSIS_SCALE.tsv")
fi

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }

# Converts a wrk latency such as 812.00us, 5.12ms or 1.02s to milliseconds.
to_ms() { awk -v v="$1" 'BEGIN {
  n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; else if (v ~ /m$/) n *= 60000;
  printf "%.2f", n }'; }

probe() { # target -> 0 when one request is answered correctly
  local t="$1" body
  body=$(printf '{"type":"message","id":"probe-%s","text":"%s","locale":"de-DE","channelId":"emulator","serviceUrl":"http://127.0.0.1:9/","from":{"id":"probe-user"},"recipient":{"id":"bot"},"conversation":{"id":"probe-%s-%s"},"deliveryMode":"expectReplies"}' \
    "$RANDOM" "${TEXT[$t]}" "$t" "$RANDOM$RANDOM")
  curl -s --max-time 10 -X POST "http://127.0.0.1:${PORT[$t]}/api/messages" -H 'Content-Type: application/json' \
    --data-binary "$body" >"$OUT/probe-$t.json" || return 1
  grep -q -- "${EXPECT[$t]}" "$OUT/probe-$t.json"
}

start_app() { # target -> sets APP_PID
  local t="$1" port="${PORT[$t]}"
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port is already in use; not starting $t." >&2; exit 1
  fi
  local args=(--urls "http://127.0.0.1:$port" --Logging:LogLevel:Default=Warning --Logging:LogLevel:Microsoft.AspNetCore=Warning)
  if [[ "$t" == ours* && ${#OURS_ARGS[@]} -gt 0 ]]; then args+=("${OURS_ARGS[@]}"); fi
  if [[ "$t" == ours-sdk ]]; then args+=("${SDK_ARGS[@]}"); fi
  (cd "$OUT" && exec dotnet "$REPO/${DLL[$t]}" "${args[@]}") >"$OUT/app-$t.log" 2>&1 &
  APP_PID=$!
  STARTED_PIDS+=("$APP_PID")
  for _ in $(seq 1 120); do
    if curl -s --max-time 2 -o /dev/null "http://127.0.0.1:$port/healthz"; then return 0; fi
    kill -0 "$APP_PID" 2>/dev/null || { tail -20 "$OUT/app-$t.log"; echo "$t exited during start-up" >&2; exit 1; }
    sleep 0.5
  done
  echo "$t did not become ready on port $port within 60 s" >&2; exit 1
}

run_wrk() { # target seconds output-file [requests-per-thread flag-prefix]
  local t="$1" secs="$2" file="$3"
  timeout --foreground $((secs + 60)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${secs}s" --timeout 10s --latency -s "$LUA" \
    "http://127.0.0.1:${PORT[$t]}/api/messages" -- "${TEXT[$t]}" "$t$(date +%s)" "${@:4}" >"$file" 2>&1
}

# Parses wrk output into: rps p50ms p99ms requests non2xx socketerrors
parse_wrk() {
  local file="$1" rps p50 p99 reqs non2xx sock
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$file")
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$file")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$file")")
  reqs=$(awk '/requests in/ {print $1}' "$file")
  non2xx=$(awk -F': ' '/Non-2xx or 3xx responses/ {print $2}' "$file"); non2xx=${non2xx:-0}
  sock=$(awk '/Socket errors/ {gsub(/,/, ""); print $4 + $6 + $8 + $10}' "$file"); sock=${sock:-0}
  echo "${rps:-0} $p50 $p99 ${reqs:-0} $non2xx $sock"
}

logged_errors() { grep -cE '^(fail|crit)' "$OUT/app-$1.log" || true; }

machine_line() {
  echo "$(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), .NET $(dotnet --version), load before run: $(cut -d' ' -f1-3 /proc/loadavg)"
}

echo "Machine: $(machine_line)" | tee -a "$OUT/summary.txt"
echo "wrk -t$THREADS -c$CONNECTIONS, warm-up ${WARMUP}s, expectReplies, new conversation per request; output in $OUT" | tee -a "$OUT/summary.txt"

# --- soak mode ----------------------------------------------------------------------------------------------
if [[ -n "$SOAK_MINUTES" ]]; then
  for t in "${TARGET_LIST[@]}"; do
    echo "== soak $t: ${SOAK_MINUTES} min at saturation" | tee -a "$OUT/summary.txt"
    start_app "$t"; pid=$APP_PID
    probe "$t" || { echo "$t answered the probe wrongly: $(head -c 400 "$OUT/probe-$t.json")" >&2; exit 1; }
    run_wrk "$t" "$WARMUP" "$OUT/warmup-$t.txt"
    samples="$OUT/rss-$t.csv"; echo "elapsed_s,rss_kb" >"$samples"
    run_wrk "$t" $((SOAK_MINUTES * 60)) "$OUT/soak-$t.txt" &
    wrk_pid=$!
    # Web Chat traffic alongside: the local Direct Line (token, start, post, poll, refresh; hostile 200 KB values).
    dl_pid=""
    if [[ "$t" == ours* ]]; then
      python3 "$(dirname "$0")/directline-traffic.py" "http://127.0.0.1:${PORT[$t]}" soak $((SOAK_MINUTES * 60)) 4 >"$OUT/directline-$t.txt" 2>&1 &
      dl_pid=$!
    fi
    elapsed=0
    while kill -0 "$wrk_pid" 2>/dev/null; do
      echo "$elapsed,$(rss_kb "$pid")" >>"$samples"
      sleep 10; elapsed=$((elapsed + 10))
    done
    wait "$wrk_pid" || true
    [[ -n "$dl_pid" ]] && { wait "$dl_pid" || true; cat "$OUT/directline-$t.txt" | tee -a "$OUT/summary.txt"; }
    probe "$t" && after="answers correctly" || after="WRONG ANSWER after soak"
    read -r rps p50 p99 reqs non2xx sock <<<"$(parse_wrk "$OUT/soak-$t.txt")"
    errs=$(logged_errors "$t")
    # Flat memory: compare the mean RSS of the last third of the samples with the middle third.
    growth=$(awk -F, 'NR > 1 { v[++n] = $2 } END {
      a = int(n / 3); b = int(2 * n / 3); for (i = a + 1; i <= b; i++) m += v[i]; for (i = b + 1; i <= n; i++) l += v[i];
      if (b - a == 0 || n - b == 0) { print "n/a"; exit } printf "%.1f", 100 * ((l / (n - b)) / (m / (b - a)) - 1) }' "$samples")
    minmax=$(awk -F, 'NR > 1 { if (min == "" || $2 < min) min = $2; if ($2 > max) max = $2 } END { printf "%.0f-%.0f MiB", min / 1024, max / 1024 }' "$samples")
    {
      printf '%s: %s req/s, p50 %s ms, p99 %s ms, %s requests, non-2xx %s, socket errors %s, logged errors %s\n' \
        "$t" "$rps" "$p50" "$p99" "$reqs" "$non2xx" "$sock" "$errs"
      printf '%s: RSS %s over the soak, last third vs middle third %s%%; after the soak it %s\n' "$t" "$minmax" "$growth" "$after"
    } | tee -a "$OUT/summary.txt"
    stop_pid "$pid"
  done
  exit 0
fi

# --- conversations mode -------------------------------------------------------------------------------------
if [[ -n "$CONVERSATIONS" ]]; then
  for t in "${TARGET_LIST[@]}"; do
    echo "== $t: $CONVERSATIONS requests, each in a new conversation" | tee -a "$OUT/summary.txt"
    start_app "$t"; pid=$APP_PID
    probe "$t" || { echo "$t answered the probe wrongly: $(head -c 400 "$OUT/probe-$t.json")" >&2; exit 1; }
    before=$(( $(rss_kb "$pid") / 1024 ))
    flags="$OUT/done-$t-"; rm -f "$flags"*
    run_wrk "$t" 1800 "$OUT/conversations-$t.txt" $(( (CONVERSATIONS + THREADS - 1) / THREADS )) "$flags" &
    wrk_job=$!
    # Each wrk thread drops a flag file when it has its share of responses; SIGINT makes wrk print its summary.
    while kill -0 "$wrk_job" 2>/dev/null && [[ $(ls "$flags"* 2>/dev/null | wc -l) -lt "$THREADS" ]]; do sleep 0.5; done
    timeout_pid=$(pgrep -P "$wrk_job" -x timeout || true)
    wrk_pid=$(pgrep -P "${timeout_pid:-$wrk_job}" -x wrk || true)
    if [[ -n "$wrk_pid" ]]; then kill -INT "$wrk_pid" 2>/dev/null || true; fi
    wait "$wrk_job" || true
    sleep 2
    after=$(( $(rss_kb "$pid") / 1024 ))
    read -r rps p50 p99 reqs non2xx sock <<<"$(parse_wrk "$OUT/conversations-$t.txt")"
    probe "$t" && state="answers correctly" || state="WRONG ANSWER afterwards"
    printf '%s: %s requests at %s req/s (p99 %s ms, non-2xx %s, socket errors %s, logged errors %s); RSS %s MiB after start-up, %s MiB after; it %s\n' \
      "$t" "$reqs" "$rps" "$p99" "$non2xx" "$sock" "$(logged_errors "$t")" "$before" "$after" "$state" | tee -a "$OUT/summary.txt"
    stop_pid "$pid"
  done
  exit 0
fi

# --- side-by-side mode --------------------------------------------------------------------------------------
declare -A RPS P50 P99
printf '%-8s %10s %8s %8s %10s %7s %7s %7s %9s\n' target req/s p50_ms p99_ms requests non2xx sockerr logerr rss_MiB | tee -a "$OUT/summary.txt"
for t in "${TARGET_LIST[@]}"; do
  start_app "$t"; pid=$APP_PID
  probe "$t" || { echo "$t answered the probe wrongly: $(head -c 400 "$OUT/probe-$t.json")" >&2; exit 1; }
  run_wrk "$t" "$WARMUP" "$OUT/warmup-$t.txt"
  run_wrk "$t" "$DURATION" "$OUT/wrk-$t.txt"
  rss=$(( $(rss_kb "$pid") / 1024 ))
  probe "$t" || echo "WARNING: $t answered wrongly after the load" | tee -a "$OUT/summary.txt"
  read -r rps p50 p99 reqs non2xx sock <<<"$(parse_wrk "$OUT/wrk-$t.txt")"
  RPS[$t]=$rps; P50[$t]=$p50; P99[$t]=$p99
  printf '%-8s %10s %8s %8s %10s %7s %7s %7s %9s\n' "$t" "$rps" "$p50" "$p99" "$reqs" "$non2xx" "$sock" "$(logged_errors "$t")" "$rss" | tee -a "$OUT/summary.txt"
  stop_pid "$pid"
done

ratio() { awk -v a="${RPS[$1]:-0}" -v b="${RPS[$2]:-0}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
if [[ -n "${RPS[ours]:-}" && -n "${RPS[echo]:-}" ]]; then echo "ours/echo throughput: $(ratio ours echo)x" | tee -a "$OUT/summary.txt"; fi
if [[ -n "${RPS[ours]:-}" && -n "${RPS[bare]:-}" ]]; then echo "ours/bare throughput: $(ratio ours bare)x" | tee -a "$OUT/summary.txt"; fi
if [[ -n "${RPS[echo]:-}" && -n "${RPS[bare]:-}" ]]; then echo "echo/bare throughput: $(ratio echo bare)x" | tee -a "$OUT/summary.txt"; fi
if [[ -n "${RPS[ours]:-}" && -n "${RPS[ours-sdk]:-}" ]]; then echo "ours/ours-sdk throughput: $(ratio ours ours-sdk)x" | tee -a "$OUT/summary.txt"; fi
