-- begin.lua: the first step of stage runs: skip check, then lock, then
-- input, for a batch of runs (of one partition on a cluster) in one round
-- trip. It writes nothing but the locks: "processing" is a lock's existence.
--
-- Per run i (k = 4*(i-1)):
-- KEYS[k+1] output key of this stage for this input (present = already done)
-- KEYS[k+2] the document's state hash
-- KEYS[k+3] the (doc, stage) lock
-- KEYS[k+4] the input: previous output key, read with the other locked
--           runs' inputs in one MGET; the state hash again (k+2) when
--           there is none to load (the first stage)
-- Per run i, the same k:
-- ARGV[k+1] the stage's done field in the state hash ("<stage>:done")
-- ARGV[k+2] output key value   ARGV[k+3] lock token   ARGV[k+4] lock lease ms
--
-- Returns one flat reply per run (no table per run to build and encode):
--   0        done: the output exists, or the state says this stage
--            completed with this key (the output may have expired);
--   1        busy: another replica holds the lock;
--   2        locked, with no input: missing, or none asked for;
--   a string locked: the previous output's value.
local out, want, at = {}, {}, {}
for i = 1, #KEYS / 4 do
  local k = 4 * (i - 1)
  if redis.call('EXISTS', KEYS[k + 1]) == 1 or redis.call('HGET', KEYS[k + 2], ARGV[k + 1]) == ARGV[k + 2] then
    out[i] = 0
  elseif not redis.call('SET', KEYS[k + 3], ARGV[k + 3], 'NX', 'PX', ARGV[k + 4]) then
    out[i] = 1
  else
    out[i] = 2
    if KEYS[k + 4] ~= KEYS[k + 2] then
      want[#want + 1], at[#at + 1] = KEYS[k + 4], i
    end
  end
end
-- The inputs of every locked run in one MGET (inside the same atomic
-- script, so after the locks is as good as with each).
if #want > 0 then
  local vals = redis.call('MGET', unpack(want))
  for j = 1, #want do
    if vals[j] then
      out[at[j]] = vals[j]
    end
  end
end
return out
