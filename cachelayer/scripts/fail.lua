-- fail.lua: record a failed stage run. A transient failure leaves the input
-- entry pending for a retry; a dead one (already copied to the dead-letter
-- stream by the caller) is acknowledged when the group is not "".
--
-- KEYS[1] state hash   KEYS[2] lock
-- KEYS[3] the partition's records stream (XADD when there are record items)
-- KEYS[4] the input stream               (XACK when the group is not "")
-- Unused KEYS repeat KEYS[1] so that every key stays in the partition's slot.
--
-- ARGV[1] lock token (the lock is released if still ours; "" for none)
-- ARGV[2] group ("" = no XACK)   ARGV[3] input entry id   ARGV[4] state ttl ms
-- ARGV[5] s: state items; then s state field/value items (the stage's
-- failed value, and version and source for the first stage; the stage's
-- done field is left alone), then the run record's field/value items.
--
-- Returns 1.
local s = tonumber(ARGV[5])
redis.call('HSET', KEYS[1], unpack(ARGV, 6, 5 + s))
redis.call('PEXPIRE', KEYS[1], ARGV[4])
if ARGV[1] ~= '' and redis.call('GET', KEYS[2]) == ARGV[1] then
  redis.call('DEL', KEYS[2])
end
if #ARGV > 5 + s then
  redis.call('XADD', KEYS[3], '*', unpack(ARGV, 6 + s, #ARGV))
end
if ARGV[2] ~= '' then
  redis.call('XACK', KEYS[4], ARGV[2], ARGV[3])
end
return 1
