#!/usr/bin/env bash
# Installs what the tests need, and does nothing when it is all there already:
#   - Debian's chromium (the card renderer and web chat tests drive it; never a downloaded browser)
#   - Debian's redis-server (the shared-state tests start their own on a free port)
#   - Debian's clang and zlib1g-dev (the published-host tests publish the host native, as the Dockerfile does, and
#     native linking needs both)
#   - the npm packages of tools/cardcheck (card and manifest checks) and tools/teamsapp (the Teams app validator),
#     from their lock files, again whenever a lock file is newer than what is installed.
# Every test project's build runs it, so `dotnet test JobFrame.Bot.sln` on a fresh clone needs only the .NET SDK,
# Node.js and npm, and root (or sudo without a password) the first time, for apt-get.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

# Test projects build in parallel, and apt and npm must not run twice at once.
exec 9>"${TMPDIR:-/tmp}/jobframe-test-prerequisites.lock"
flock 9

debian=()
[ -x /usr/bin/chromium ] || debian+=(chromium)
command -v redis-server >/dev/null 2>&1 || debian+=(redis-server)
command -v clang >/dev/null 2>&1 || debian+=(clang)
[ -f /usr/include/zlib.h ] || debian+=(zlib1g-dev)
if [ "${#debian[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt=(apt-get)
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    apt=(sudo -n apt-get)
  else
    echo "error: the tests need Debian's ${debian[*]}; install it as root: apt-get update && apt-get install -y ${debian[*]}" >&2
    exit 1
  fi
  echo "Installing Debian's ${debian[*]} for the tests..."
  "${apt[@]}" update -qq
  DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq "${debian[@]}" >/dev/null
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "error: the tests need Node.js and npm; install them: apt-get install -y nodejs npm" >&2
  exit 1
fi

for dir in "$root/tools/cardcheck" "$root/tools/teamsapp"; do
  installed="$dir/node_modules/.package-lock.json"
  if [ ! -f "$installed" ] || [ "$dir/package-lock.json" -nt "$installed" ]; then
    echo "npm ci in ${dir#"$root"/}"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done
