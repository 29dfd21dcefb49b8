#!lua
-- renew.lua: extend a stage's lease if this run still holds it.
--
-- KEYS[1] the document's state hash
-- ARGV[1] the stage's lease field   ARGV[2] token   ARGV[3] lease ms
--
-- Returns 1 when renewed, 0 when the lease is no longer this token's.
local lease = redis.call('HGET', KEYS[1], ARGV[1])
local token = ARGV[2]
if not lease or string.sub(lease, 1, #token + 1) ~= token .. ' ' then
  return 0
end
local now = redis.call('TIME')
now = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
local tries = string.match(lease, ' (%d+)$') or '1'
redis.call('HSET', KEYS[1], ARGV[1], token .. ' ' .. (now + tonumber(ARGV[3])) .. ' ' .. tries)
return 1
