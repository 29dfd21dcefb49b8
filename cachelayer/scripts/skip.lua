#!lua
-- skip.lua: stage runs whose output is already there: chain on to the next
-- stage, record the skip, mark the state and acknowledge, each run all or
-- nothing and on its own, for a batch of runs (of one partition on a
-- cluster). The shebang makes Redis refuse the whole script when it is out
-- of memory.
--
-- Per run (k = 4*(i-1) over KEYS; a is the run's cursor over ARGV):
-- KEYS[k+1] the document's state hash
-- KEYS[k+2] next stage's stream, or the completed stream after the last
--           stage on a single Redis (XADD when there are next items)
-- KEYS[k+3] the partition's records stream (XADD when there are record items)
-- KEYS[k+4] the input stream (XACK when the group is not "")
-- Unused KEYS repeat the state hash so that every key stays in the slot.
-- ARGV[a+1] group ("" = no XACK)   ARGV[a+2] input entry id
-- ARGV[a+3] state ttl ms   ARGV[a+4] MAXLEN ~ of the next event's XADD, or ""
-- ARGV[a+5] s: state items   ARGV[a+6] n: next-event items   ARGV[a+7] m: record items
-- then s state field/value items, n next-event field/value items and m
-- skip-record field/value items; the next run's cursor follows them.
--
-- Returns one reply per run: 1; 2 when the input entry is no longer pending
-- (another replica's commit acknowledged it after this run read it: the
-- entry was processed and chained on, so nothing is written); or an error
-- (nothing written).
-- writes does the steps that can fail, recording in added what it wrote
-- so that the caller can undo it; a top-level function, so no closure is
-- made per run.
local function writes(k, a, ev, rec, n, m, added)
  if n > 0 then
    if ARGV[a + 4] ~= '' then
      added[1] = redis.call('XADD', KEYS[k + 2], 'MAXLEN', '~', ARGV[a + 4], '*', unpack(ARGV, ev, ev + n - 1))
    else
      added[1] = redis.call('XADD', KEYS[k + 2], '*', unpack(ARGV, ev, ev + n - 1))
    end
  end
  if m > 0 then
    added[2] = redis.call('XADD', KEYS[k + 3], '*', unpack(ARGV, rec, rec + m - 1))
  end
  if ARGV[a + 1] ~= '' then
    redis.call('XACK', KEYS[k + 4], ARGV[a + 1], ARGV[a + 2])
  end
end
local function skip(k, a)
  if ARGV[a + 1] ~= '' and #redis.call('XPENDING', KEYS[k + 4], ARGV[a + 1], ARGV[a + 2], ARGV[a + 2], 1) == 0 then
    return 2
  end
  local s, n, m = tonumber(ARGV[a + 5]), tonumber(ARGV[a + 6]), tonumber(ARGV[a + 7])
  local st = a + 8
  local ev, rec = st + s, st + s + n
  -- The state's type first, so that the HSET below cannot fail on it.
  local t = redis.call('TYPE', KEYS[k + 1]).ok
  if t ~= 'none' and t ~= 'hash' then
    return {err = 'WRONGTYPE the state ' .. KEYS[k + 1] .. ' is not a hash'}
  end
  local added = {}
  local ok, err = pcall(writes, k, a, ev, rec, n, m, added)
  if not ok then
    if added[1] then redis.call('XDEL', KEYS[k + 2], added[1]) end
    if added[2] then redis.call('XDEL', KEYS[k + 3], added[2]) end
    return {err = type(err) == 'table' and err.err or tostring(err)}
  end
  redis.call('HSET', KEYS[k + 1], unpack(ARGV, st, st + s - 1))
  redis.call('PEXPIRE', KEYS[k + 1], ARGV[a + 3])
  return 1
end
local out = {}
local a = 0
for i = 1, #KEYS / 4 do
  local ok, res = pcall(skip, 4 * (i - 1), a)
  if ok then
    out[i] = res
  else
    out[i] = {err = type(res) == 'table' and res.err or tostring(res)}
  end
  a = a + 7 + tonumber(ARGV[a + 5]) + tonumber(ARGV[a + 6]) + tonumber(ARGV[a + 7])
end
return out
