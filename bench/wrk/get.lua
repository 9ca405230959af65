-- GET one path, each request with the cookies of a randomly chosen visitor
-- (signed-in fellows), or none (anonymous visitors, the baseline).
-- wrk ... -s get.lua URL -- CONFIG.lua, where CONFIG returns
-- {path = "/en/...", expect = 200,
--  cookies = {"sessionid=...; csrftoken=...", ...}}

local here = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
dofile(here .. "report.lua")

local config

function init(args)
  seed_random()
  config = load_config(args[1])
end

function request()
  local headers = {}
  local cookies = config.cookies or {}
  if #cookies > 0 then
    headers["Cookie"] = cookies[math.random(#cookies)]
  end
  return wrk.format("GET", config.path, headers)
end
