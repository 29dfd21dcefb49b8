-- commit.lua: the last step of stage runs, for a batch of runs of one
-- partition, each all or nothing. Fencing first: a run whose lock expired (or
-- was taken over) writes nothing, and the others of the batch go on.
--
-- Per run i (k = 6*(i-1)):
-- KEYS[k+1] output key   KEYS[k+2] state hash   KEYS[k+3] lock
-- KEYS[k+4] next stage's stream            (XADD when flags has "c")
-- KEYS[k+5] the partition's records stream (XADD when flags has "r")
-- KEYS[k+6] the input stream               (XACK when flags has "a")
-- Unused KEYS repeat the state hash so that every key stays in the slot.
--
-- ARGV is the runs one after the other; each run starts at a cursor p with
-- 19 fixed items:
-- p+0 stage          p+1 output key value   p+2 lock token
-- p+3 now ms         p+4 consumer           p+5 group
-- p+6 input entry id p+7 flags              p+8 output ttl ms
-- p+9 state ttl ms   p+10 next stage or ""  p+11 compute us
-- p+12 the output value (compressed)
-- p+13 version       p+14 source ("" after the first stage)   p+15 started ms
-- p+16 attempt       p+17 n: next-event items   p+18 m: record items
-- then n next-event field/value items, then m run-record items.
--
-- Returns one integer per run: 1 committed, 0 fenced off (lock lost).
local out = {}
local p = 1
for i = 1, #KEYS / 6 do
  local k = 6 * (i - 1)
  local n, m = tonumber(ARGV[p + 17]), tonumber(ARGV[p + 18])
  local ev, rec = p + 19, p + 19 + n
  if redis.call('GET', KEYS[k + 3]) ~= ARGV[p + 2] then
    out[i] = 0
  else
    local st, flags = ARGV[p] .. ':', ARGV[p + 7]
    redis.call('SET', KEYS[k + 1], ARGV[p + 12], 'PX', ARGV[p + 8])
    -- pending names the next stage's status field, or (for the last stage)
    -- this stage's own, which the later 'completed' overwrites: one HSET.
    local pending = st .. 'status'
    if string.find(flags, 'c', 1, true) then
      redis.call('XADD', KEYS[k + 4], '*', unpack(ARGV, ev, ev + n - 1))
      pending = ARGV[p + 10] .. ':status'
    end
    -- Only what status and the skip check read; the first stage also
    -- records version and source, which no later stage changes.
    if ARGV[p + 14] ~= '' then
      redis.call('HSET', KEYS[k + 2], pending, 'pending', st .. 'status', 'completed', st .. 'done', ARGV[p + 1],
        st .. 'finished', ARGV[p + 3], st .. 'consumer', ARGV[p + 4], st .. 'compute_us', ARGV[p + 11],
        st .. 'attempts', ARGV[p + 16], 'v', ARGV[p + 13], 'src', ARGV[p + 14])
    else
      redis.call('HSET', KEYS[k + 2], pending, 'pending', st .. 'status', 'completed', st .. 'done', ARGV[p + 1],
        st .. 'finished', ARGV[p + 3], st .. 'consumer', ARGV[p + 4], st .. 'compute_us', ARGV[p + 11],
        st .. 'attempts', ARGV[p + 16])
    end
    redis.call('HDEL', KEYS[k + 2], st .. 'error') -- a retry or replay that worked
    redis.call('PEXPIRE', KEYS[k + 2], ARGV[p + 9])
    if string.find(flags, 'r', 1, true) and m > 0 then
      redis.call('XADD', KEYS[k + 5], '*', unpack(ARGV, rec, rec + m - 1))
    end
    if string.find(flags, 'a', 1, true) then
      redis.call('XACK', KEYS[k + 6], ARGV[p + 5], ARGV[p + 6])
    end
    redis.call('DEL', KEYS[k + 3])
    out[i] = 1
  end
  p = rec + m
end
return out
