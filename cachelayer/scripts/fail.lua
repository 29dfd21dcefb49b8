-- fail.lua: record a failed stage run. A transient failure leaves the input
-- entry pending for a retry; a dead one (already copied to the dead-letter
-- stream by the caller) is acknowledged when flags has "a".
--
-- KEYS[1] state hash   KEYS[2] lock
-- KEYS[3] the partition's records stream (XADD when flags has "r")
-- KEYS[4] the input stream               (XACK when flags has "a")
-- Unused KEYS repeat KEYS[1] so that every key stays in the partition's slot.
--
-- ARGV[1] stage   ARGV[2] lock token (releases the lock if still ours)
-- ARGV[3] now ms  ARGV[4] status: failed or dead   ARGV[5] error text
-- ARGV[6] flags   ARGV[7] group   ARGV[8] input entry id   ARGV[9] state ttl ms
-- ARGV[10] attempt  ARGV[11] version  ARGV[12] source; the remaining ARGV:
-- the run record's field/value items.
--
-- Returns 1.
local st = ARGV[1] .. ':'
redis.call('HSET', KEYS[1], st .. 'status', ARGV[4], st .. 'error', ARGV[5],
  st .. 'finished', ARGV[3], st .. 'attempts', ARGV[10], 'v', ARGV[11], 'src', ARGV[12])
redis.call('PEXPIRE', KEYS[1], ARGV[9])
if ARGV[2] ~= '' and redis.call('GET', KEYS[2]) == ARGV[2] then
  redis.call('DEL', KEYS[2])
end
if string.find(ARGV[6], 'r', 1, true) and #ARGV > 12 then
  redis.call('XADD', KEYS[3], '*', unpack(ARGV, 13, #ARGV))
end
if string.find(ARGV[6], 'a', 1, true) then
  redis.call('XACK', KEYS[4], ARGV[7], ARGV[8])
end
return 1
