-- renew.lua: extend a lock's lease if we still hold it.
-- KEYS[1] the lock
-- ARGV[1] token   ARGV[2] lease ms
-- Returns 1 when renewed, 0 when the lock is no longer ours.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
