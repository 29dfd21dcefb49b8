#!lua
-- commit.lua: the last step of stage runs, for a batch of runs (of one
-- partition on a cluster), each all or nothing and on its own: a run whose
-- lease is gone writes nothing (fenced), a run that hits an error is undone
-- and answers that error, and the other runs of the batch go on. The
-- shebang makes Redis refuse the whole script when it is out of memory.
--
-- Per run (k = 5*(i-1) over KEYS; a is the run's cursor over ARGV):
-- KEYS[k+1] output key   KEYS[k+2] state hash
-- KEYS[k+3] next stage's stream, or the completed stream after the last
--           stage on a single Redis (XADD when there are next items)
-- KEYS[k+4] the partition's records stream (XADD when there are record items)
-- KEYS[k+5] the input stream (XACK when the group is not "")
-- Unused KEYS repeat the state hash so that every key stays in the slot.
-- ARGV[a+1] the stage's lease field   ARGV[a+2] lease token
-- ARGV[a+3] output ttl ms   ARGV[a+4] the output value (compressed)
-- ARGV[a+5] state ttl ms, or "" to leave the state's TTL as it is
-- ARGV[a+6] group ("" = no XACK)   ARGV[a+7] input entry id
-- ARGV[a+8] MAXLEN ~ of the next event's XADD, or "" for none
-- ARGV[a+9] s: state items   ARGV[a+10] n: next-event items   ARGV[a+11] m: record items
-- then s state field/value items (HSET), n next-event field/value items and
-- m run-record field/value items; the next run's cursor follows them.
--
-- Returns one reply per run: 1 committed, 0 fenced (the lease is not this
-- token's: another replica owns the run), or an error (nothing written).
-- writes does the steps that can fail (a key of the wrong type, a deleted
-- group), recording in added what it wrote so that the caller can undo it;
-- a top-level function, so no closure is made per run.
local function writes(k, a, ev, rec, n, m, added)
  if n > 0 then
    if ARGV[a + 8] ~= '' then
      added[1] = redis.call('XADD', KEYS[k + 3], 'MAXLEN', '~', ARGV[a + 8], '*', unpack(ARGV, ev, ev + n - 1))
    else
      added[1] = redis.call('XADD', KEYS[k + 3], '*', unpack(ARGV, ev, ev + n - 1))
    end
  end
  if m > 0 then
    added[2] = redis.call('XADD', KEYS[k + 4], '*', unpack(ARGV, rec, rec + m - 1))
  end
  if ARGV[a + 6] ~= '' then
    redis.call('XACK', KEYS[k + 5], ARGV[a + 6], ARGV[a + 7])
  end
end
local function commit(k, a)
  local s, n, m = tonumber(ARGV[a + 9]), tonumber(ARGV[a + 10]), tonumber(ARGV[a + 11])
  local st = a + 12
  local ev, rec = st + s, st + s + n
  -- Fencing. HGET also proves the state is a hash, so the HSET below
  -- cannot fail on its type.
  local lease = redis.call('HGET', KEYS[k + 2], ARGV[a + 1])
  local token = ARGV[a + 2]
  if not lease or string.sub(lease, 1, #token + 1) ~= token .. ' ' then
    return 0
  end
  -- The steps that can fail (a key of the wrong type, a deleted group)
  -- come first, each undone if a later one fails; SET and HSET cannot.
  local added = {}
  local ok, err = pcall(writes, k, a, ev, rec, n, m, added)
  if not ok then
    if added[1] then redis.call('XDEL', KEYS[k + 3], added[1]) end
    if added[2] then redis.call('XDEL', KEYS[k + 4], added[2]) end
    return {err = type(err) == 'table' and err.err or tostring(err)}
  end
  redis.call('SET', KEYS[k + 1], ARGV[a + 4], 'PX', ARGV[a + 3])
  redis.call('HSET', KEYS[k + 2], ARGV[a + 1], '', unpack(ARGV, st, st + s - 1))
  if ARGV[a + 5] ~= '' then
    redis.call('PEXPIRE', KEYS[k + 2], ARGV[a + 5])
  end
  return 1
end
local out = {}
local a = 0
for i = 1, #KEYS / 5 do
  local ok, res = pcall(commit, 5 * (i - 1), a)
  if ok then
    out[i] = res
  else
    out[i] = {err = type(res) == 'table' and res.err or tostring(res)}
  end
  a = a + 11 + tonumber(ARGV[a + 9]) + tonumber(ARGV[a + 10]) + tonumber(ARGV[a + 11])
end
return out
