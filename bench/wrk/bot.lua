-- wrk script for the side-by-side runs (bench/compare.sh). One of three requests, by the first argument after "--":
--   message   POST /api/messages: "goals for Senior ML Engineer" in a Teams personal chat, deliveryMode expectReplies,
--             from one of 100,000 managers in turn (so no one reaches the bot's per-person rate limit of 30 a minute
--             at up to 50,000 requests/s), sent with its Content-Length as the Bot Framework Connector sends it
--   healthz   GET of the URL given to wrk (…/healthz), as a static request: wrk's cheapest way to ask
-- A third argument sets how many managers take turns (default 100,000).
-- A second argument "check" reads every answer: a message answer must be an expectReplies body holding the
-- Adaptive Card, a health answer must be "ok"; anything else is counted and printed (slower: for a check run only).
-- done() prints one line "wrk-result requests=N seconds=S errors=N p50_ms=X p99_ms=Y bad_bodies=N" for the script.

local kind = "message"
local check = false
local users = 100000
local counter = 0
-- Global, not local: done() reads each thread's count with thread:get, which sees only globals.
bad = 0
local prefix, suffix
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  kind = args[1] or "message"
  check = args[2] == "check"
  users = tonumber(args[3] or "") or users
  -- Each wrk thread starts at its own place in the list of managers.
  counter = math.random(0, users - 1)
  prefix = '{"type":"message","id":"bench","channelId":"msteams","serviceUrl":"' .. wrk.scheme .. '://' .. wrk.host .. ':' .. wrk.port .. '/",'
  suffix = '"recipient":{"id":"28:jobframe-bench","name":"JobFrame"},"text":"goals for Senior ML Engineer","textFormat":"plain","deliveryMode":"expectReplies"}'
  -- wrk decides after init whether requests are built per request and whether answers are read: a health run
  -- sends one static request, and only a check run reads bodies.
  if kind == "healthz" then
    request = nil
  end
  if not check then
    response = nil
  end
end

function request()
  counter = (counter + 1) % users
  local body = prefix
    .. '"from":{"id":"29:bench-user-' .. counter .. '","name":"Bench user"},'
    .. '"conversation":{"id":"a:bench-' .. counter .. '","conversationType":"personal"},'
    .. suffix
  return wrk.format("POST", "/api/messages", { ["Content-Type"] = "application/json; charset=utf-8" }, body)
end

function response(status, headers, body)
  if not check then
    return
  end
  if kind == "healthz" then
    if body ~= "ok" then bad = bad + 1 end
  elseif string.sub(body, 1, 14) ~= '{"activities":'
      or not string.find(body, "application/vnd.microsoft.card.adaptive", 1, true) then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  local bad_bodies = 0
  for _, thread in ipairs(threads) do
    bad_bodies = bad_bodies + (thread:get("bad") or 0)
  end
  io.write(string.format("wrk-result requests=%d seconds=%.3f errors=%d p50_ms=%.2f p99_ms=%.2f bad_bodies=%d\n",
    summary.requests, summary.duration / 1e6, e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, bad_bodies))
end
