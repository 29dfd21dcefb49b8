#!lua
-- release.lua: give a lease back when the run stops without a result of its
-- own (shutdown, Redis errors): compare-and-release, so a replica never
-- frees a lease that expired and was taken by another, and the try is
-- given back, since the stage did not fail.
--
-- KEYS[1] the document's state hash
-- ARGV[1] the stage's lease field   ARGV[2] token
--
-- Returns 1 when released, 0 when the lease was not this token's.
local lease = redis.call('HGET', KEYS[1], ARGV[1])
local token = ARGV[2]
if not lease or string.sub(lease, 1, #token + 1) ~= token .. ' ' then
  return 0
end
local tries = tonumber(string.match(lease, ' (%d+)$') or '1')
redis.call('HSET', KEYS[1], ARGV[1], '- 0 ' .. math.max(tries - 1, 0))
return 1
