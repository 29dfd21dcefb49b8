-- release.lua: compare-and-delete, so a replica never frees a lock that
-- expired and was taken by another.
-- KEYS[1] the lock
-- ARGV[1] token
-- Returns 1 when released, 0 when the lock was not ours.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
