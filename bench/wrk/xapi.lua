-- POST xAPI statements as the H5P player does: JSON, the session cookie and
-- CSRF token of a randomly chosen enrolled fellow, a fresh UUID per statement.
-- One request carries `batch` statements (a list when batch > 1).
-- Every fifth statement is a scored answer about the activity itself (an
-- attempt, which recomputes the fellow's result); the others are
-- interactions with a part of it (?subContentId=...), as H5P sends them.
-- wrk ... -s xapi.lua URL -- CONFIG.lua, where CONFIG returns
-- {path = "/xapi/statements", expect = 200, batch = 10,
--  iri = "http://.../block/<uuid>",
--  fellows = {{cookie = "sessionid=...; csrftoken=...", csrf = "..."}, ...}}

local here = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
dofile(here .. "report.lua")

local config
local sequence = 0
local hex = "0123456789abcdef"

local function uuid4()
  local parts = {}
  for i = 1, 32 do
    local value = math.random(0, 15)
    if i == 13 then value = 4 end
    if i == 17 then value = 8 + math.random(0, 3) end
    parts[i] = hex:sub(value + 1, value + 1)
  end
  local s = table.concat(parts)
  return s:sub(1, 8) .. "-" .. s:sub(9, 12) .. "-" .. s:sub(13, 16) .. "-" ..
    s:sub(17, 20) .. "-" .. s:sub(21, 32)
end

local function statement()
  sequence = sequence + 1
  local stamp = os.date("!%Y-%m-%dT%H:%M:%SZ")
  local actor = '{"objectType":"Agent","name":"replaced by the server"}'
  if sequence % 5 == 0 then
    local raw = math.random(0, 5)
    return string.format(
      '{"id":"%s","actor":%s,' ..
      '"verb":{"id":"http://adlnet.gov/expapi/verbs/answered","display":{"en-US":"answered"}},' ..
      '"object":{"objectType":"Activity","id":"%s"},' ..
      '"result":{"score":{"min":0,"max":5,"raw":%d,"scaled":%.1f},' ..
      '"success":%s,"completion":true,"duration":"PT12S"},"timestamp":"%s"}',
      uuid4(), actor, config.iri, raw, raw / 5, raw >= 3 and "true" or "false", stamp)
  end
  return string.format(
    '{"id":"%s","actor":%s,' ..
    '"verb":{"id":"http://adlnet.gov/expapi/verbs/interacted","display":{"en-US":"interacted"}},' ..
    '"object":{"objectType":"Activity","id":"%s?subContentId=%s"},' ..
    '"context":{"contextActivities":{"parent":[{"id":"%s","objectType":"Activity"}]}},' ..
    '"timestamp":"%s"}',
    uuid4(), actor, config.iri, uuid4(), config.iri, stamp)
end

function init(args)
  seed_random()
  config = load_config(args[1])
end

function request()
  local fellow = config.fellows[math.random(#config.fellows)]
  local body
  if config.batch == 1 then
    body = statement()
  else
    local items = {}
    for i = 1, config.batch do items[i] = statement() end
    body = "[" .. table.concat(items, ",") .. "]"
  end
  return wrk.format("POST", config.path, {
    ["Content-Type"] = "application/json",
    ["Cookie"] = fellow.cookie,
    ["X-CSRFToken"] = fellow.csrf,
  }, body)
end
