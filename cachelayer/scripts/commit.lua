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
-- ARGV[14] version       ARGV[15] source          ARGV[16] started ms
-- ARGV[17] attempt
-- ARGV[18] n = number of next-event items; ARGV[19 .. 18+n] next-event
-- field/value items; the remaining ARGV: the run record's field/value items.
--
-- Returns 1 when committed, 0 when fenced off (lock lost).
if redis.call('GET', KEYS[3]) ~= ARGV[3] then
  return 0
end
local st, flags = ARGV[1] .. ':', ARGV[8]
local n = tonumber(ARGV[18])

redis.call('SET', KEYS[1], ARGV[13], 'PX', ARGV[9])
-- pending names the next stage's status field, or (for the last stage) this
-- stage's own, which the later 'completed' then overwrites: one HSET either way.
local pending = st .. 'status'
if string.find(flags, 'c', 1, true) then
  redis.call('XADD', KEYS[4], '*', unpack(ARGV, 19, 18 + n))
  pending = ARGV[11] .. ':status'
end
redis.call('HSET', KEYS[2], pending, 'pending', st .. 'status', 'completed', st .. 'key', ARGV[2],
  st .. 'done', ARGV[2], st .. 'finished', ARGV[4], st .. 'consumer', ARGV[5],
  st .. 'compute_us', ARGV[12], st .. 'error', '', st .. 'started', ARGV[16],
  st .. 'attempts', ARGV[17], 'v', ARGV[14], 'src', ARGV[15])
redis.call('PEXPIRE', KEYS[2], ARGV[10])
if string.find(flags, 'r', 1, true) and #ARGV > 18 + n then
  redis.call('XADD', KEYS[5], '*', unpack(ARGV, 19 + n, #ARGV))
end
if string.find(flags, 'a', 1, true) then
  redis.call('XACK', KEYS[6], ARGV[6], ARGV[7])
end
redis.call('DEL', KEYS[3])
return 1
