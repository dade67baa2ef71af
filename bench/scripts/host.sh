# Shared by the measurement scripts (sourced, not run): publish the host as the Dockerfile does, start it and the peer
# on loopback, wait for them, read their memory, and stop everything they started when the script ends.
# Every process started here is recorded and stopped by its id on exit.

bench_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bench_started=()

bench_cleanup() {
  local pid
  for pid in "${bench_started[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${bench_started[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
}
trap bench_cleanup EXIT

# The Dockerfile's publish command, with its output folder replaced by $1.
publish_command() {
  grep -E '^RUN dotnet publish ' "$bench_root/Dockerfile" | head -1 | sed -E "s|^RUN ||; s| -o /app| -o $1|"
}

# publish_host DIR: the host as shipped, into DIR.
publish_host() {
  local out=$1 command
  command=$(publish_command "$out")
  echo "publishing the host as the Dockerfile does: $command" >&2
  (cd "$bench_root" && eval "$command") >"$out.publish.log" 2>&1 || {
    tail -30 "$out.publish.log" >&2
    echo "publish failed (log: $out.publish.log)" >&2
    return 1
  }
}

# The published host's start command: the native executable when there is one, else the framework-dependent dll.
host_command() {
  local dir=$1
  if [ -x "$dir/JobFrame.Bot" ]; then
    echo "$dir/JobFrame.Bot"
  else
    echo "dotnet $dir/JobFrame.Bot.dll"
  fi
}

# start_host DIR PORT: starts the published host on 127.0.0.1:PORT and sets host_pid. Without credentials the host
# serves /api/messages only in the Development environment (loopback callers, no token checks); the log level is
# Production's (Warning), so the host does no more logging work than in service.
# The host runs from its own folder, as in the image (its canon at ./canon, its appsettings.json beside it).
start_host() {
  local dir=$1 port=$2
  # shellcheck disable=SC2046
  (cd "$dir" && exec env ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning \
      Logging__LogLevel__Microsoft.AspNetCore=Warning DOTNET_CLI_TELEMETRY_OPTOUT=1 \
      $(host_command "$dir") --urls "http://127.0.0.1:$port") >>"$bench_logs/host-$port.log" 2>&1 &
  host_pid=$!
  bench_started+=("$host_pid")
}

# start_peer PORT: the botbuilder-js peer (bench/peer) on 127.0.0.1:PORT; sets peer_pid. Installs it with npm ci first.
start_peer() {
  local port=$1 dir="$bench_root/bench/peer"
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) >&2
  fi
  (cd "$dir" && exec node index.js "$port") >>"$bench_logs/peer-$port.log" 2>&1 &
  peer_pid=$!
  bench_started+=("$peer_pid")
}

# stop PID: stops one process started here and waits for it.
stop() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

# http_status PORT PATH: the status code of GET PATH on 127.0.0.1:PORT through bash's own socket (no process started,
# so polling adds no fork to what is measured), or 000 when nothing answers.
http_status() {
  local port=$1 path=$2 line
  if ! { exec 9<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; then
    echo 000
    return
  fi
  printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' "$path" >&9
  IFS= read -r -t 5 line <&9 || line=""
  exec 9<&- 9>&-
  line=${line#HTTP/1.1 }
  echo "${line:0:3}"
}

# wait_for PORT PATH SECONDS: polls until GET PATH answers 200; fails after SECONDS.
wait_for() {
  local port=$1 path=$2 seconds=$3 deadline
  deadline=$(( $(date +%s) + seconds ))
  until [ "$(http_status "$port" "$path")" = 200 ]; do
    if [ "$(date +%s)" -ge "$deadline" ]; then
      echo "127.0.0.1:$port$path did not answer 200 within $seconds s" >&2
      return 1
    fi
    sleep 0.002
  done
}

# rss_mb PID: resident memory now (VmRSS) in MB.
rss_mb() {
  awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"
}

# A free loopback port from the kernel's ephemeral range, not listened on now.
free_port() {
  local port
  while :; do
    port=$(( 20000 + RANDOM % 20000 ))
    if [ "$(http_status "$port" /)" = 000 ]; then
      echo "$port"
      return
    fi
  done
}

bench_logs=$(mktemp -d /tmp/jobframe-bench.XXXXXX)
