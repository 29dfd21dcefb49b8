-- skip.lua: a stage run whose output is already there: chain on to the next
-- stage, record the skip, mark the state and acknowledge, all at once.
--
-- KEYS[1] the document's state hash
-- KEYS[2] next stage's stream            (XADD when flags has "c")
-- KEYS[3] the partition's records stream (XADD when flags has "r")
-- KEYS[4] the input stream               (XACK when flags has "a")
-- Unused KEYS repeat KEYS[1] so that every key stays in the partition's slot.
--
-- ARGV[1] stage   ARGV[2] output key value   ARGV[3] now ms   ARGV[4] consumer
-- ARGV[5] group   ARGV[6] input entry id     ARGV[7] flags    ARGV[8] state ttl ms
-- ARGV[9] next stage or ""   ARGV[10] version   ARGV[11] source   ARGV[12] attempt
-- ARGV[13] n = number of next-event items; ARGV[14 .. 13+n] next-event
-- field/value items; the remaining ARGV: the skip record's field/value items,
-- whose time_saved_us this script fills from the state hash.
--
-- Returns the compute time (µs) of the run that made the output, as saved.
local st, flags = ARGV[1] .. ':', ARGV[7]
local n = tonumber(ARGV[13])
local saved = redis.call('HGET', KEYS[1], st .. 'compute_us') or '0'
-- pending names the next stage's status field, or (for the last stage) this
-- stage's own, which the later 'skipped' then overwrites: one HSET either way.
local pending = st .. 'status'
if string.find(flags, 'c', 1, true) then
  redis.call('XADD', KEYS[2], '*', unpack(ARGV, 14, 13 + n))
  pending = ARGV[9] .. ':status'
end
if string.find(flags, 'r', 1, true) and #ARGV > 13 + n then
  local rec = {}
  for i = 14 + n, #ARGV, 2 do
    rec[#rec + 1] = ARGV[i]
    if ARGV[i] == 'time_saved_us' then rec[#rec + 1] = saved else rec[#rec + 1] = ARGV[i + 1] end
  end
  redis.call('XADD', KEYS[3], '*', unpack(rec))
end
redis.call('HSET', KEYS[1], pending, 'pending', st .. 'status', 'skipped',
  st .. 'done', ARGV[2], st .. 'finished', ARGV[3], st .. 'consumer', ARGV[4],
  st .. 'attempts', ARGV[12], 'v', ARGV[10], 'src', ARGV[11])
redis.call('PEXPIRE', KEYS[1], ARGV[8])
if string.find(flags, 'a', 1, true) then
  redis.call('XACK', KEYS[4], ARGV[5], ARGV[6])
end
return saved
