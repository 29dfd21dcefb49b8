-- begin.lua: the first step of a stage run: skip check, then lock, then
-- input, in one round trip. It writes nothing but the lock: "processing" is
-- the lock's existence, so the hot path stays small.
--
-- KEYS[1] output key of this stage for this input (present = already done)
-- KEYS[2] the document's state hash
-- KEYS[3] the (doc, stage) lock
-- KEYS[4] the input: previous output key (GET when ARGV[5] is "1")
--         (KEYS[2] again for the first stage, to stay in the partition's slot)
--
-- ARGV[1] stage   ARGV[2] output key value   ARGV[3] lock token
-- ARGV[4] lock lease ms   ARGV[5] "1" to load the input
--
-- Returns {0}         done: the output exists, or the state says this stage
--                     completed with this key (the output may have expired);
--         {1}         busy: another replica holds the lock;
--         {2, input}  locked: input is the previous output's value, or
--                     false when missing or not asked for.
if redis.call('EXISTS', KEYS[1]) == 1 or redis.call('HGET', KEYS[2], ARGV[1] .. ':done') == ARGV[2] then
  return {0}
end
if not redis.call('SET', KEYS[3], ARGV[3], 'NX', 'PX', ARGV[4]) then
  return {1}
end
local input = false
if ARGV[5] == '1' then
  input = redis.call('GET', KEYS[4])
end
return {2, input}
