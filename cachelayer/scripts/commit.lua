-- commit.lua: the last step of a stage run, all or nothing. Fencing first: a
-- replica whose lock expired (or was taken over) writes nothing.
--
-- KEYS[1] output key   KEYS[2] state hash   KEYS[3] lock
-- KEYS[4] next stage's stream            (XADD when flags has "c")
-- KEYS[5] the partition's records stream (XADD when flags has "r")
-- KEYS[6] the input stream               (XACK when flags has "a")
-- Unused KEYS repeat KEYS[2] so that every key stays in the partition's slot.
--
-- ARGV[1] stage          ARGV[2] output key value   ARGV[3] lock token
-- ARGV[4] now ms         ARGV[5] consumer           ARGV[6] group
-- ARGV[7] input entry id ARGV[8] flags              ARGV[9] output ttl ms
-- ARGV[10] state ttl ms  ARGV[11] next stage or ""  ARGV[12] compute us
-- ARGV[13] the output value (compressed)
-- ARGV[14] n = number of next-event items; ARGV[15 .. 14+n] next-event
-- field/value items; the remaining ARGV: the run record's field/value items.
--
-- Returns 1 when committed, 0 when fenced off (lock lost).
if redis.call('GET', KEYS[3]) ~= ARGV[3] then
  return 0
end
local stage, flags = ARGV[1], ARGV[8]
local st = stage .. ':'
local n = tonumber(ARGV[14])

redis.call('SET', KEYS[1], ARGV[13], 'PX', ARGV[9])
redis.call('HSET', KEYS[2], st .. 'status', 'completed', st .. 'key', ARGV[2], st .. 'done', ARGV[2],
  st .. 'finished', ARGV[4], st .. 'consumer', ARGV[5], st .. 'compute_us', ARGV[12],
  st .. 'error', '')
if string.find(flags, 'c', 1, true) then
  redis.call('XADD', KEYS[4], '*', unpack(ARGV, 15, 14 + n))
  redis.call('HSET', KEYS[2], ARGV[11] .. ':status', 'pending')
end
redis.call('PEXPIRE', KEYS[2], ARGV[10])
if string.find(flags, 'r', 1, true) and #ARGV > 14 + n then
  redis.call('XADD', KEYS[5], '*', unpack(ARGV, 15 + n, #ARGV))
end
if string.find(flags, 'a', 1, true) then
  redis.call('XACK', KEYS[6], ARGV[6], ARGV[7])
end
redis.call('DEL', KEYS[3])
return 1
