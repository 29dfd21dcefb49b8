#!lua
-- deadletter.lua: copy an entry to the dead-letter stream once. The entry
-- is acknowledged by another script afterwards (on a cluster its stream is
-- in another slot); if that fails the entry comes back, and the marker
-- written here keeps it from being dead-lettered twice.
--
-- KEYS[1] the dead-letter stream
-- KEYS[2] the entry's marker (in the dead-letter stream's slot)
-- ARGV[1] marker ttl ms   ARGV[2] MAXLEN ~ of the dead-letter stream
-- then the dead letter's field/value items.
--
-- Returns 1 when written, 0 when this entry was dead-lettered before.
if not redis.call('SET', KEYS[2], '1', 'NX', 'PX', ARGV[1]) then
  return 0
end
redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[2], '*', unpack(ARGV, 3, #ARGV))
return 1
