-- commit.lua: the last step of stage runs, for a batch of runs (of one
-- partition on a cluster), each all or nothing. Fencing first: a run whose
-- lock expired (or was taken over) writes nothing, and the others of the
-- batch go on.
--
-- Per run i (k = 6*(i-1)):
-- KEYS[k+1] output key   KEYS[k+2] state hash   KEYS[k+3] lock
-- KEYS[k+4] next stage's stream, or the completed stream after the last
--           stage on a single Redis (XADD when there are next items)
-- KEYS[k+5] the partition's records stream (XADD when there are record items)
-- KEYS[k+6] the input stream               (XACK when the group is not "";
--           the batch's acks go out as one XACK per stream and group)
-- Unused KEYS repeat the state hash so that every key stays in the slot.
--
-- ARGV is the runs one after the other; each run starts at a cursor p with
-- 11 fixed items:
-- p+0 lock token     p+1 lock lease ms (to put back a lock that is not ours)
-- p+2 output ttl ms  p+3 the output value (compressed)
-- p+4 state ttl ms, or "" to leave the state's TTL as it is
-- p+5 group ("" = no XACK)   p+6 input entry id
-- p+7 MAXLEN ~ of the next event's XADD, or "" for none
-- p+8 s: state items   p+9 n: next-event items   p+10 m: record items
-- then s state field/value items (HSET), n next-event field/value items and
-- m run-record field/value items.
--
-- Returns one integer per run: 1 committed, 0 fenced off (lock lost).
local out = {}
-- XACKs are collected per stream and group and sent at the end, one
-- command each: a batch holds runs of few input streams.
local acks = {}
local p = 1
for i = 1, #KEYS / 6 do
  local k = 6 * (i - 1)
  local s, n, m = tonumber(ARGV[p + 8]), tonumber(ARGV[p + 9]), tonumber(ARGV[p + 10])
  local st = p + 11
  local ev, rec = st + s, st + s + n
  -- GETDEL checks and releases the lock in one call; the script is atomic,
  -- so a lock that turns out to be someone else's is put back unseen.
  local held = redis.call('GETDEL', KEYS[k + 3])
  if held ~= ARGV[p] then
    if held then
      redis.call('SET', KEYS[k + 3], held, 'PX', ARGV[p + 1])
    end
    out[i] = 0
  else
    redis.call('SET', KEYS[k + 1], ARGV[p + 3], 'PX', ARGV[p + 2])
    if n > 0 and ARGV[p + 7] ~= '' then
      redis.call('XADD', KEYS[k + 4], 'MAXLEN', '~', ARGV[p + 7], '*', unpack(ARGV, ev, ev + n - 1))
    elseif n > 0 then
      redis.call('XADD', KEYS[k + 4], '*', unpack(ARGV, ev, ev + n - 1))
    end
    redis.call('HSET', KEYS[k + 2], unpack(ARGV, st, st + s - 1))
    if ARGV[p + 4] ~= '' then
      redis.call('PEXPIRE', KEYS[k + 2], ARGV[p + 4])
    end
    if m > 0 then
      redis.call('XADD', KEYS[k + 5], '*', unpack(ARGV, rec, rec + m - 1))
    end
    if ARGV[p + 5] ~= '' then
      local byGroup = acks[KEYS[k + 6]]
      if not byGroup then
        byGroup = {}
        acks[KEYS[k + 6]] = byGroup
      end
      local ids = byGroup[ARGV[p + 5]]
      if not ids then
        ids = {}
        byGroup[ARGV[p + 5]] = ids
      end
      ids[#ids + 1] = ARGV[p + 6]
    end
    out[i] = 1
  end
  p = rec + m
end
for stream, byGroup in pairs(acks) do
  for group, ids in pairs(byGroup) do
    redis.call('XACK', stream, group, unpack(ids))
  end
end
return out
