-- skip.lua: stage runs whose output is already there: chain on to the next
-- stage, record the skip, mark the state and acknowledge, all at once, for
-- a batch of runs (of one partition on a cluster).
--
-- Per run i (k = 4*(i-1)):
-- KEYS[k+1] the document's state hash
-- KEYS[k+2] next stage's stream, or the completed stream after the last
--           stage on a single Redis (XADD when there are next items)
-- KEYS[k+3] the partition's records stream (XADD when there are record items)
-- KEYS[k+4] the input stream               (XACK when the group is not "")
-- Unused KEYS repeat the state hash so that every key stays in the slot.
--
-- ARGV is the runs one after the other; each run starts at a cursor p with
-- 12 fixed items:
-- p+0 the stage's field   p+1 its done field   p+2 output key value
-- p+3 the stage value before the compute time: "skipped <now> <attempt> "
-- p+4 the stage value after it: " <consumer>"
-- p+5 group ("" = no XACK)   p+6 input entry id   p+7 state ttl ms
-- p+8 MAXLEN ~ of the next event's XADD, or "" for none
-- p+9 s: more state items   p+10 n: next-event items   p+11 m: record items
-- then s state field/value items, n next-event field/value items, and m
-- skip-record field/value items, whose time_saved_us this script fills
-- from the state.
--
-- Returns, per run, the compute time (µs) of the run that made the output,
-- as saved.
local out = {}
local p = 1
for i = 1, #KEYS / 4 do
  local k = 4 * (i - 1)
  local s, n, m = tonumber(ARGV[p + 9]), tonumber(ARGV[p + 10]), tonumber(ARGV[p + 11])
  local st = p + 12
  local ev, rec = st + s, st + s + n
  -- The stage field is "<status> <finished> <attempts> <compute us> <consumer>...":
  -- a skip keeps the compute time of the run that made the output.
  local old = redis.call('HGET', KEYS[k + 1], ARGV[p])
  local saved = old and string.match(old, '^%S+ %S+ %S+ (%d+)') or '0'
  if n > 0 and ARGV[p + 8] ~= '' then
    redis.call('XADD', KEYS[k + 2], 'MAXLEN', '~', ARGV[p + 8], '*', unpack(ARGV, ev, ev + n - 1))
  elseif n > 0 then
    redis.call('XADD', KEYS[k + 2], '*', unpack(ARGV, ev, ev + n - 1))
  end
  if m > 0 then
    local r = {}
    for j = rec, rec + m - 1, 2 do
      r[#r + 1] = ARGV[j]
      if ARGV[j] == 'time_saved_us' then r[#r + 1] = saved else r[#r + 1] = ARGV[j + 1] end
    end
    redis.call('XADD', KEYS[k + 3], '*', unpack(r))
  end
  redis.call('HSET', KEYS[k + 1], ARGV[p], ARGV[p + 3] .. saved .. ARGV[p + 4], ARGV[p + 1], ARGV[p + 2],
    unpack(ARGV, st, st + s - 1))
  redis.call('PEXPIRE', KEYS[k + 1], ARGV[p + 7])
  if ARGV[p + 5] ~= '' then
    redis.call('XACK', KEYS[k + 4], ARGV[p + 5], ARGV[p + 6])
  end
  out[i] = saved
  p = rec + m
end
return out
