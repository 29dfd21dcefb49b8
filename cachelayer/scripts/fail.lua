#!lua
-- fail.lua: record a failed stage run. A transient failure leaves the input
-- entry pending for a retry and keeps the stage's tries; a dead one (already
-- copied to the dead-letter stream by the caller) is acknowledged when the
-- group is not "", and its lease cleared. A run that held a lease and lost
-- it writes nothing: the stage is another replica's now.
--
-- KEYS[1] state hash
-- KEYS[2] the partition's records stream (XADD when there are record items)
-- KEYS[3] the input stream (XACK when the group is not "")
-- Unused KEYS repeat KEYS[1] so that every key stays in the partition's slot.
-- ARGV[1] the stage's lease field
-- ARGV[2] lease token, or "" when the run never took the lease
-- ARGV[3] "1" to keep the stage's tries (a retry follows), "" to clear them
-- ARGV[4] group ("" = no XACK)   ARGV[5] input entry id   ARGV[6] state ttl ms
-- ARGV[7] s: state items; then s state field/value items, then the run
-- record's field/value items.
--
-- Returns 1 when recorded, 0 when fenced (nothing written).
local token = ARGV[2]
local s = tonumber(ARGV[7])
if token ~= '' then
  local lease = redis.call('HGET', KEYS[1], ARGV[1])
  if not lease or string.sub(lease, 1, #token + 1) ~= token .. ' ' then
    return 0
  end
  local tries = string.match(lease, ' (%d+)$') or '0'
  if ARGV[3] == '1' then
    redis.call('HSET', KEYS[1], ARGV[1], '- 0 ' .. tries)
  else
    redis.call('HSET', KEYS[1], ARGV[1], '')
  end
end
if ARGV[4] ~= '' then
  redis.call('XACK', KEYS[3], ARGV[4], ARGV[5])
end
if #ARGV > 7 + s then
  redis.call('XADD', KEYS[2], '*', unpack(ARGV, 8 + s, #ARGV))
end
redis.call('HSET', KEYS[1], unpack(ARGV, 8, 7 + s))
redis.call('PEXPIRE', KEYS[1], ARGV[6])
return 1
