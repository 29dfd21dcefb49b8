-- begin.lua: the first step of a stage run. Skip check, then lock, then input,
-- so that a redelivered or re-ingested document costs one round trip.
--
-- KEYS[1] output key of this stage for this input (present = already done)
-- KEYS[2] the document's state hash
-- KEYS[3] the (doc, stage) lock
-- KEYS[4] next stage's stream            (used when flags has "c")
-- KEYS[5] the partition's records stream (used when flags has "r")
-- KEYS[6] the input stream               (XACK when flags has "a")
-- KEYS[7] the input: previous output key (GET when flags has "i")
-- Unused KEYS repeat KEYS[2] so that every key stays in the partition's slot.
--
-- ARGV[1] stage            ARGV[2] output key value  ARGV[3] lock token
-- ARGV[4] lock lease ms    ARGV[5] now ms            ARGV[6] consumer
-- ARGV[7] group            ARGV[8] input entry id    ARGV[9] flags
-- ARGV[10] state ttl ms    ARGV[11] attempt          ARGV[12] next stage or ""
-- ARGV[13] version         ARGV[14] source
-- ARGV[15] n = number of next-event items; ARGV[16 .. 15+n] next-event
-- field/value items; the remaining ARGV: the skip record's field/value items.
--
-- Returns {0, saved_us}  skipped: chained, recorded and acked as flags say;
--         {1}            busy: another replica holds the lock; nothing changed;
--         {2, input}     locked: state says processing; input is the previous
--                        output's value, or false when missing or not asked for.
local stage, key, flags = ARGV[1], ARGV[2], ARGV[9]
local st = stage .. ':'

local done = redis.call('EXISTS', KEYS[1]) == 1
if not done then
  -- <stage>:done is the key of the last completed output; unlike status it
  -- is not reset to pending when the previous stage chains on.
  done = redis.call('HGET', KEYS[2], st .. 'done') == key
end

if done then
  local saved = redis.call('HGET', KEYS[2], st .. 'compute_us') or '0'
  local n = tonumber(ARGV[15])
  if string.find(flags, 'c', 1, true) then
    redis.call('XADD', KEYS[4], '*', unpack(ARGV, 16, 15 + n))
    redis.call('HSET', KEYS[2], ARGV[12] .. ':status', 'pending')
  end
  if string.find(flags, 'r', 1, true) then
    local rec = {}
    for i = 16 + n, #ARGV, 2 do
      rec[#rec + 1] = ARGV[i]
      if ARGV[i] == 'time_saved_us' then rec[#rec + 1] = saved else rec[#rec + 1] = ARGV[i + 1] end
    end
    redis.call('XADD', KEYS[5], '*', unpack(rec))
  end
  redis.call('HSET', KEYS[2], st .. 'status', 'skipped', st .. 'key', key, st .. 'done', key,
    st .. 'finished', ARGV[5], st .. 'consumer', ARGV[6], 'v', ARGV[13], 'src', ARGV[14])
  redis.call('PEXPIRE', KEYS[2], ARGV[10])
  if string.find(flags, 'a', 1, true) then
    redis.call('XACK', KEYS[6], ARGV[7], ARGV[8])
  end
  return {0, saved}
end

if not redis.call('SET', KEYS[3], ARGV[3], 'NX', 'PX', ARGV[4]) then
  return {1}
end

redis.call('HSET', KEYS[2], st .. 'status', 'processing', st .. 'key', key,
  st .. 'started', ARGV[5], st .. 'attempts', ARGV[11], st .. 'consumer', ARGV[6],
  'v', ARGV[13], 'src', ARGV[14])
redis.call('PEXPIRE', KEYS[2], ARGV[10])

local input = false
if string.find(flags, 'i', 1, true) then
  input = redis.call('GET', KEYS[7])
end
return {2, input}
