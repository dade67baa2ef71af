#!/usr/bin/env bash
# One command, one run, one table for docs/PERFORMANCE.md: the host as shipped (published with the Dockerfile's own
# `dotnet publish` command, run without credentials, so in the Development environment with Production's log level)
# on loopback.
#
#   bash bench/measure.sh            everything below, then the table
#   bash bench/measure.sh startup    start-up time (median of 5) and idle resident memory only
#   bash bench/measure.sh compare    the two wrk ratios only (messages/healthz, this bot/the peer)
#
# Settings (environment): BENCH_HOST_DIR=<folder> uses a host already published there instead of publishing;
# STARTS=5; RATE=500 HEALTHZ_RATE=100 LATENCY_SECONDS=30 (the scheduled latency run); WRK_SECONDS=10 ROUNDS=2
# WRK_CONNECTIONS=32 WRK_THREADS=1 WRK_USERS=100000 (the side-by-side runs; WRK_USERS managers take turns asking).
#
# What is measured:
# - start-up: from the moment the process is started to the first 200 from GET /readyz (the canon loaded and its
#   indexes built), polled every 2 ms through bash's own socket; five starts, the median.
# - idle memory: resident set (VmRSS) 5 s after /readyz first answered, nothing asked.
# - p50/p99 and loaded memory: bench/JobFrame.LoadTest on schedule, RATE messages/s (the realistic mix of goals,
#   level, compare, needs-review and no-match questions, expectReplies) and HEALTHZ_RATE /healthz/s for
#   LATENCY_SECONDS, after a 5 s warm-up; the resident set right after.
# - the ratios: wrk (closed loop, WRK_CONNECTIONS connections) against /api/messages with "goals for Senior ML
#   Engineer" (deliveryMode expectReplies, 100,000 managers in turn), against /healthz, and against the peer
#   (bench/peer: botbuilder-js answering the same activity with the same card as a static attachment). Each target
#   is warmed up and its answers checked once (every body read), then the three are run in turn, messages, healthz,
#   peer, ROUNDS times: A B A B, so a change in the machine's speed during the run touches both sides of each ratio.
#   Every process is stopped by the script; every request goes to 127.0.0.1.
set -euo pipefail
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# shellcheck source=bench/scripts/host.sh
source "$(dirname "$0")/scripts/host.sh"

what=${1:-all}
case "$what" in all | startup | compare) ;; *) echo "usage: bash bench/measure.sh [all|startup|compare]" >&2; exit 2 ;; esac

STARTS=${STARTS:-5}
RATE=${RATE:-500}
HEALTHZ_RATE=${HEALTHZ_RATE:-100}
LATENCY_SECONDS=${LATENCY_SECONDS:-30}
WRK_SECONDS=${WRK_SECONDS:-10}
ROUNDS=${ROUNDS:-2}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-32}
WRK_THREADS=${WRK_THREADS:-1}
WRK_USERS=${WRK_USERS:-100000}

host_dir=${BENCH_HOST_DIR:-}
if [ -z "$host_dir" ]; then
  host_dir="$bench_logs/host"
  publish_host "$host_dir"
fi
host_dir=$(cd "$host_dir" && pwd)
image_mb=$(du -sm "$host_dir" | cut -f1)
executable_mb=$(du -sm "$host_dir/JobFrame.Bot" | cut -f1)
echo "host: $(host_command "$host_dir") ($image_mb MB published); logs in $bench_logs" >&2

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# --- start-up and idle memory -------------------------------------------------------------------------------------
measure_startup() {
  local i port t0 t1 times=()
  for ((i = 1; i <= STARTS; i++)); do
    port=$(free_port)
    t0=$EPOCHREALTIME
    start_host "$host_dir" "$port"
    until [ "$(http_status "$port" /readyz)" = 200 ]; do
      if ! kill -0 "$host_pid" 2>/dev/null; then
        tail -20 "$bench_logs/host-$port.log" >&2
        echo "the host exited before /readyz answered" >&2
        return 1
      fi
      sleep 0.002
    done
    t1=$EPOCHREALTIME
    times+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.0f", (b - a) * 1000 }')")
    echo "start $i: /readyz 200 after ${times[-1]} ms" >&2
    if [ "$i" -lt "$STARTS" ]; then
      stop "$host_pid"
    fi
  done
  startup_ms=$(printf '%s\n' "${times[@]}" | median)
  startup_all=$(IFS=,; echo "${times[*]}")
  sleep 5
  idle_mb=$(rss_mb "$host_pid")
  host_port=$port
  echo "start-up median ${startup_ms} ms (${startup_all}); idle resident ${idle_mb} MB" >&2
}

# --- p50/p99 at RATE messages/s and loaded memory -----------------------------------------------------------------
measure_latency() {
  local load="$bench_root/bench/JobFrame.LoadTest/bin/Release/net10.0/jobframe-load.dll" out="$bench_logs/latency.txt" row
  (cd "$bench_root" && dotnet build -c Release bench/JobFrame.LoadTest -v q -nologo) >"$bench_logs/load-build.log" 2>&1 \
    || { tail -20 "$bench_logs/load-build.log" >&2; return 1; }
  # The warm-up's figures are not kept; a busy machine may make it skip a send, which is not a reason to stop.
  dotnet "$load" --url "http://127.0.0.1:$host_port" --rate 200 --duration 5 >/dev/null || true
  dotnet "$load" --url "http://127.0.0.1:$host_port" --rate "$RATE" --healthz-rate "$HEALTHZ_RATE" --duration "$LATENCY_SECONDS" >"$out" || true
  loaded_mb=$(rss_mb "$host_pid")
  cat "$out" >&2
  row=$(grep -E '^all messages ' "$out")
  p50_ms=$(awk '{ print $6 }' <<<"$row")
  p99_ms=$(awk '{ print $8 }' <<<"$row")
  # Not answered: non-2xx, empty, exceptions, cancelled, and sends skipped beyond the in-flight bound.
  latency_errors=$(awk '/^(all messages|healthz) / { s += $NF } END { print s + 0 }' <(sed -E 's/  \(.*//' "$out"))
  echo "p50 ${p50_ms} ms, p99 ${p99_ms} ms at $RATE messages/s; errors ${latency_errors}; loaded resident ${loaded_mb} MB" >&2
}

# --- the side-by-side wrk runs ------------------------------------------------------------------------------------
# run_wrk NAME URL KIND [check]: prints "requests-per-second errors". A check run reads every answer and fails on any
# socket error, non-2xx or answer that is not what was asked; a measured run counts its errors (timeouts of 5 s
# included) into the table instead.
run_wrk() {
  local name=$1 url=$2 kind=$3 check=${4:-} seconds=$WRK_SECONDS out line requests secs errors bad
  [ -n "$check" ] && seconds=3
  out="$bench_logs/wrk-$name-$(date +%s%N).txt"
  wrk -t "$WRK_THREADS" -c "$WRK_CONNECTIONS" -d "${seconds}s" --timeout 5s -s "$bench_root/bench/wrk/bot.lua" "$url" -- "$kind" "${check:-measure}" "$WRK_USERS" >"$out" 2>&1
  line=$(grep '^wrk-result ' "$out")
  requests=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$line")
  secs=$(sed -E 's/.*seconds=([0-9.]+).*/\1/' <<<"$line")
  errors=$(sed -E 's/.*errors=([0-9]+).*/\1/' <<<"$line")
  bad=$(sed -E 's/.*bad_bodies=([0-9]+).*/\1/' <<<"$line")
  if [ -n "$check" ] && { [ "$errors" != 0 ] || [ "$bad" != 0 ]; }; then
    cat "$out" >&2
    echo "$name: $errors socket or status errors, $bad answers that were not what was asked" >&2
    return 1
  fi
  awk -v r="$requests" -v s="$secs" -v e="$errors" 'BEGIN { printf "%.0f %d", r / s, e }'
}

measure_compare() {
  local peer_port r m h p result
  if [ -z "${host_port:-}" ]; then
    host_port=$(free_port)
    start_host "$host_dir" "$host_port"
    wait_for "$host_port" /readyz 60
  fi
  peer_port=$(free_port)
  start_peer "$peer_port"
  wait_for "$peer_port" /healthz 120
  local messages="http://127.0.0.1:$host_port/api/messages" healthz="http://127.0.0.1:$host_port/healthz"
  local peer="http://127.0.0.1:$peer_port/api/messages"
  echo "checking every answer once (3 s each) ..." >&2
  for target in "messages $messages message" "healthz $healthz healthz" "peer $peer message"; do
    # shellcheck disable=SC2086
    set -- $target
    result=$(run_wrk "$1-check" "$2" "$3" check)
    echo "  $1: ${result% *}/s, every answer as expected" >&2
  done
  local sum_m=0 sum_h=0 sum_p=0 e_m e_h e_p
  compare_errors=0
  compare_rows=""
  for ((r = 1; r <= ROUNDS; r++)); do
    read -r m e_m <<<"$(run_wrk messages "$messages" message)"
    read -r h e_h <<<"$(run_wrk healthz "$healthz" healthz)"
    read -r p e_p <<<"$(run_wrk peer "$peer" message)"
    echo "round $r: this bot /api/messages $m/s, /healthz $h/s; peer /api/messages $p/s (errors $e_m, $e_h, $e_p)" >&2
    compare_rows+="| round $r | $m ($e_m) | $h ($e_h) | $p ($e_p) |"$'\n'
    sum_m=$((sum_m + m)); sum_h=$((sum_h + h)); sum_p=$((sum_p + p))
    compare_errors=$((compare_errors + e_m + e_h + e_p))
  done
  messages_per_s=$((sum_m / ROUNDS)); healthz_per_s=$((sum_h / ROUNDS)); peer_per_s=$((sum_p / ROUNDS))
  ratio_health=$(awk -v a="$sum_m" -v b="$sum_h" 'BEGIN { printf "%.2f", a / b }')
  ratio_peer=$(awk -v a="$sum_m" -v b="$sum_p" 'BEGIN { printf "%.1f", a / b }')
  echo "messages/healthz ${ratio_health}; this bot/peer ${ratio_peer}; errors ${compare_errors}" >&2
}

cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
header() {
  echo
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores ($cpu_model), .NET $(dotnet --list-runtimes | awk '/NETCore.App/ { v = $2 } END { print v }'), $(wrk --version 2>&1 | head -1 | awk '{ print $1, $2 }'), load average $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Host: $(host_command "$host_dir" | sed "s|$host_dir/||; s|$host_dir|.|"), published with: $(publish_command /app)"
  echo
}

case "$what" in
  startup)
    measure_startup
    header
    echo "| measure | result |"
    echo "|---|---:|"
    echo "| start-up, process start to \`/readyz\` 200 (median of $STARTS: $startup_all ms) | $startup_ms ms |"
    echo "| resident memory, idle | $idle_mb MB |"
    echo "| published host: the publish folder (the executable alone) | $image_mb MB ($executable_mb MB) |"
    ;;
  compare)
    measure_compare
    header
    echo "| wrk, $WRK_SECONDS s each, $WRK_CONNECTIONS connections | this bot \`/api/messages\`/s (errors) | this bot \`/healthz\`/s (errors) | peer \`/api/messages\`/s (errors) |"
    echo "|---|---:|---:|---:|"
    printf '%s' "$compare_rows"
    echo
    echo "messages/healthz: **$ratio_health**; this bot/peer: **$ratio_peer**"
    ;;
  all)
    measure_startup
    measure_latency
    measure_compare
    header
    echo "| measure | result |"
    echo "|---|---:|"
    echo "| start-up, process start to \`/readyz\` 200 (median of $STARTS: $startup_all ms) | $startup_ms ms |"
    echo "| resident memory, idle (5 s after ready) | $idle_mb MB |"
    echo "| resident memory, after $LATENCY_SECONDS s at $RATE messages/s + $HEALTHZ_RATE \`/healthz\`/s | $loaded_mb MB |"
    echo "| p50 / p99, all messages at $RATE messages/s (not answered: $latency_errors) | $p50_ms ms / $p99_ms ms |"
    echo "| \`/api/messages\` (goals, expectReplies) / \`/healthz\`, wrk, same run: $messages_per_s/s and $healthz_per_s/s | $ratio_health |"
    echo "| this bot / the botbuilder-js peer, same activity, wrk, same run: $messages_per_s/s and $peer_per_s/s (wrk errors in all runs: $compare_errors) | $ratio_peer |"
    echo "| published host: the publish folder (the executable alone) | $image_mb MB ($executable_mb MB) |"
    ;;
esac
