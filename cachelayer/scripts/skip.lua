-- skip.lua: a stage run whose output is already there: chain on to the next
-- stage, record the skip, mark the state and acknowledge, all at once.
--
-- KEYS[1] the document's state hash
-- KEYS[2] next stage's stream, or the completed stream after the last stage
--         on a single Redis (XADD when there are next items)
-- KEYS[3] the partition's records stream (XADD when there are record items)
-- KEYS[4] the input stream               (XACK when the group is not "")
-- Unused KEYS repeat KEYS[1] so that every key stays in the partition's slot.
--
-- ARGV[1] the stage's field      ARGV[2] its done field   ARGV[3] output key value
-- ARGV[4] the stage value before the compute time: "skipped <now> <attempt> "
-- ARGV[5] the stage value after it: " <consumer>"
-- ARGV[6] group ("" = no XACK)   ARGV[7] input entry id   ARGV[8] state ttl ms
-- ARGV[9] MAXLEN ~ of the next event's XADD, or "" for none
-- ARGV[10] s: more state items   ARGV[11] n: next-event items
-- then s state field/value items, n next-event field/value items, and the
-- skip record's field/value items, whose time_saved_us this script fills
-- from the state.
--
-- Returns the compute time (µs) of the run that made the output, as saved.
local s, n = tonumber(ARGV[10]), tonumber(ARGV[11])
local ev, rec = 12 + s, 12 + s + n
-- The stage field is "<status> <finished> <attempts> <compute us> <consumer>...":
-- a skip keeps the compute time of the run that made the output.
local old = redis.call('HGET', KEYS[1], ARGV[1])
local saved = old and string.match(old, '^%S+ %S+ %S+ (%d+)') or '0'
if n > 0 and ARGV[9] ~= '' then
  redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[9], '*', unpack(ARGV, ev, ev + n - 1))
elseif n > 0 then
  redis.call('XADD', KEYS[2], '*', unpack(ARGV, ev, ev + n - 1))
end
if #ARGV >= rec then
  local r = {}
  for i = rec, #ARGV, 2 do
    r[#r + 1] = ARGV[i]
    if ARGV[i] == 'time_saved_us' then r[#r + 1] = saved else r[#r + 1] = ARGV[i + 1] end
  end
  redis.call('XADD', KEYS[3], '*', unpack(r))
end
if s > 0 then
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[4] .. saved .. ARGV[5], ARGV[2], ARGV[3], unpack(ARGV, 12, 11 + s))
else
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[4] .. saved .. ARGV[5], ARGV[2], ARGV[3])
end
redis.call('PEXPIRE', KEYS[1], ARGV[8])
if ARGV[6] ~= '' then
  redis.call('XACK', KEYS[4], ARGV[6], ARGV[7])
end
return saved
