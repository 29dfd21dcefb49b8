#!lua
-- expire.lua: delete a consumer of a group if it holds no pending entries
-- and has been idle longer than a bound, in one atomic step, so that a
-- consumer that reads between the check and the delete cannot lose the
-- entries it just took.
--
-- KEYS[1] the stream
-- ARGV[1] group   ARGV[2] consumer   ARGV[3] idle bound ms
--
-- Returns 1 when deleted, 0 when kept (pending entries, recent activity,
-- or no such consumer).
for _, c in ipairs(redis.call('XINFO', 'CONSUMERS', KEYS[1], ARGV[1])) do
  local info = {}
  for i = 1, #c, 2 do
    info[c[i]] = c[i + 1]
  end
  if info['name'] == ARGV[2] then
    if tonumber(info['pending']) > 0 or tonumber(info['idle']) <= tonumber(ARGV[3]) then
      return 0
    end
    return redis.call('XGROUP', 'DELCONSUMER', KEYS[1], ARGV[1], ARGV[2]) >= 0 and 1 or 0
  end
end
return 0
