-- wrk script for scripts/loadtest.sh: every request is one message activity with deliveryMode "expectReplies"
-- in a NEW conversation (unique conversation and activity ids), so that a bot pays for creating conversation
-- state on every turn instead of hitting one hot conversation.
-- Usage: wrk -t2 -c32 -d30s --latency -s new-conversation.lua http://127.0.0.1:4203/api/messages -- "<text>" "<run id>" [<requests per thread> <flag file prefix>]
-- With a request count, each thread stops after that many responses and creates "<prefix><thread number>"; wrk itself
-- only ends after its duration, so scripts/loadtest.sh --conversations waits for the files and ends wrk with SIGINT.

local thread_count = 0

function setup(thread)
  thread:set("tid", thread_count)
  thread_count = thread_count + 1
end

local function json_string(s)
  return '"' .. s:gsub('[%c"\\]', function(c)
    if c == '"' then return '\\"' end
    if c == '\\' then return '\\\\' end
    return string.format('\\u%04x', c:byte())
  end) .. '"'
end

local counter = 0
local prefix
local body_head
local body_tail

function init(args)
  local text = args[1] or "Hallo"
  local run = args[2] or tostring(os.time())
  prefix = "lt-" .. run .. "-" .. tostring(tid or 0) .. "-"
  body_head = '{"type":"message","text":' .. json_string(text) ..
    ',"locale":"de-DE","channelId":"emulator","serviceUrl":"http://127.0.0.1:9/",' ..
    '"from":{"id":"load-user","name":"Load"},"recipient":{"id":"bot","name":"Bot"},' ..
    '"deliveryMode":"expectReplies","timestamp":"2026-11-26T12:00:00Z",'
  body_tail = '}'
  local limit = tonumber(args[3])
  if limit then
    -- Defined only when needed: a response() callback makes wrk hand every response to Lua, which costs.
    local seen = 0
    local flag = (args[4] or "/tmp/wrk-done-") .. tostring(tid or 0)
    response = function()
      seen = seen + 1
      if seen == limit then
        local file = io.open(flag, "w")
        if file then file:close() end
        wrk.thread:stop()
      end
    end
  end
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  counter = counter + 1
  local id = prefix .. counter
  local body = body_head .. '"id":"' .. id .. '-a","conversation":{"id":"' .. id .. '"}' .. body_tail
  return wrk.format(nil, nil, nil, body)
end
