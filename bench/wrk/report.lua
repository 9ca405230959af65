-- Shared by the benchmark scripts: thread ids for seeding, a count of
-- responses whose status is not the one expected (config.expect), and done(),
-- which prints one line of JSON that bench/load.py reads.

local threads = {}
unexpected = 0
expect = nil

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_number", #threads)
end

function seed_random()
  -- Each thread its own sequence, so generated statement ids never repeat.
  local number = thread_number or 0
  math.randomseed(os.time() * 1000 + number * 104729 + math.floor(os.clock() * 1e6))
  for _ = 1, 10 do math.random() end
end

function load_config(path)
  local chunk = assert(loadfile(path))
  local config = chunk()
  expect = config.expect
  return config
end

function response(status, headers, body)
  if expect ~= nil and status ~= expect then
    unexpected = unexpected + 1
  end
end

function done(summary, latency, requests)
  local errors = summary.errors
  local seconds = summary.duration / 1e6
  local wrong = 0
  for _, thread in ipairs(threads) do
    wrong = wrong + (thread:get("unexpected") or 0)
  end
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"duration_s":%.3f,"bytes":%d,"rps":%.2f,' ..
    '"p50_ms":%.2f,"p95_ms":%.2f,"p99_ms":%.2f,"max_ms":%.2f,' ..
    '"status_errors":%d,"socket_errors":%d,"unexpected":%d}\n',
    summary.requests, seconds, summary.bytes, summary.requests / seconds,
    latency:percentile(50.0) / 1000, latency:percentile(95.0) / 1000,
    latency:percentile(99.0) / 1000, latency.max / 1000,
    errors.status, errors.connect + errors.read + errors.write + errors.timeout,
    wrong))
end
